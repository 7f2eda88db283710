import 'reflect-metadata';
import { startApiServer } from './server.js';

/** The API process: PORT (4000), DATABASE_URL, TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE, TEMPORAL_TASK_QUEUE, OIDC_*. */
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error('DATABASE_URL must be set (postgres://user:password@host:port/database)');
  process.exit(1);
}

const server = await startApiServer({
  port: Number(process.env.PORT ?? 4000),
  databaseUrl,
  temporalAddress: process.env.TEMPORAL_ADDRESS ?? 'localhost:7233',
  namespace: process.env.TEMPORAL_NAMESPACE || undefined,
  taskQueue: process.env.TEMPORAL_TASK_QUEUE || undefined,
});
console.log(`GraphQL API on ${server.url}`);
if (!process.env.VAULT_KEY) {
  console.log('DEVELOPMENT ONLY credential-vault key (VAULT_KEY is unset; the API refuses to start so in production).');
}
if (server.api.authenticator.developmentIssuer) {
  console.log(`DEVELOPMENT ONLY sign-in is on (devUsers / devSignIn); keys at ${server.jwksUrl}. Set OIDC_ISSUER to turn it off.`);
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.close().then(
      () => process.exit(0),
      (error) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
