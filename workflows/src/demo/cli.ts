import { createDataSource } from '@smg/db';
import { Client, Connection } from '@temporalio/client';
import { ArchivingClient } from '../archiving/client.js';
import { ClosureClient } from '../account-closure/client.js';
import { loadDemoData } from './load-demo-data.js';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error('DATABASE_URL saknas.');
  process.exit(1);
}
const dataSource = await createDataSource(databaseUrl).initialize();
const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233' });
const client = new Client({ connection, namespace: process.env.TEMPORAL_NAMESPACE ?? 'default' });
try {
  const { organisation, created } = await loadDemoData({ dataSource, client });
  console.log(
    created > 0
      ? `Demodata laddad: ${organisation.municipality.name} med ${Object.keys(organisation.users).length} användare och ${created} konton i olika skeden.`
      : `Demodata fanns redan för ${organisation.municipality.name}; inget ändrat.`,
  );
  // Half-yearly archiving runs on its own from here (visible under Schedules in the Temporal UI).
  const schedule = await new ArchivingClient(client).ensureSchedule(organisation.municipality.id);
  console.log(`Arkiveringsschema: ${schedule.scheduleId}`);
  // Every active account's last activity is watched; the schedule starts the watches each morning, and now.
  const watches = await new ClosureClient(client).ensureSchedule(organisation.municipality.id);
  await watches.trigger();
  console.log(`Aktivitetsbevakning: ${watches.scheduleId}`);
} finally {
  await connection.close();
  await dataSource.destroy();
}
