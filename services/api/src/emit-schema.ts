import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { SCHEMA_FILE, buildApiSchema, printApiSchema, withoutBanner } from './schema.js';

/**
 * `tsx src/emit-schema.ts` rewrites services/api/schema.graphql from the resolvers.
 * `tsx src/emit-schema.ts --check` exits 1 when the committed file differs from what the code builds (it runs
 * under tsx, without decorator metadata, as the API does, so it also proves every type is declared explicitly).
 */
if (process.argv.includes('--check')) {
  const built = printApiSchema(await buildApiSchema());
  const committed = withoutBanner(readFileSync(SCHEMA_FILE, 'utf8'));
  if (built !== committed) {
    console.error(`${SCHEMA_FILE} is out of date: run \`pnpm --filter @smg/api emit-schema\` and commit it.`);
    process.exit(1);
  }
  console.log(`${SCHEMA_FILE} matches the code.`);
} else {
  await buildApiSchema({ emitSchemaFile: SCHEMA_FILE });
  console.log(`wrote ${SCHEMA_FILE}`);
}
