import { connectAndMigrate } from '../data-source.js';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL saknas: ange databasen som ska migreras.');
  process.exit(1);
}
const dataSource = await connectAndMigrate(url);
const applied = await dataSource.query('select count(*)::int as n from migrations');
console.log(`Databasen är uppdaterad (${applied[0].n} migreringar).`);
await dataSource.destroy();
