/**
 * The local stack, started by infra/start.sh after infra/setup.sh:
 * embedded PostgreSQL and the Temporal dev server (unless DATABASE_URL / TEMPORAL_ADDRESS point elsewhere),
 * the platform simulator, migrations, the worker, demo data, the API and the frontends. Data stays under .local/
 * between runs.
 *
 *   --servers-only   start PostgreSQL and Temporal only, for running a package by hand against them
 *
 * Migrations and the demo data run as the database owner; the worker and the API connect as the application's
 * login role smg_app (APP_DATABASE_URL, or created here with a development password). The worker signs the audit
 * checkpoints with AUDIT_SIGNING_KEY, or with a development key made once and kept in .local/.
 */
import { generateKeyPairSync } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { ensureAppLogin } from '@smg/db/app-role';
import { alignPrefixes } from './lib/processes.js';
import { assertPortsFree, waitForPort } from './lib/ports.js';
import { createDatabaseIfMissing, localDir, redact, startEmbeddedPostgres } from './lib/postgres.js';
import { Stack, StackFailure, pnpmSpec, tsxSpec } from './lib/stack.js';
import { devServerSpec, registerSearchAttributes, waitForTemporal } from './lib/temporal.js';

const PORTS = { postgres: 54329, temporal: 7233, temporalUi: 8233, api: 4000, app: 8080, simulator: 4100 };
const DATABASE_NAME = 'sociala_medier';
const serversOnly = process.argv.includes('--servers-only');
const namespace = process.env.TEMPORAL_NAMESPACE || 'default';
const externalDatabaseUrl = process.env.DATABASE_URL;
const externalTemporalAddress = process.env.TEMPORAL_ADDRESS;

const stack = new Stack();
/** Only for the local embedded server, which listens on localhost alone. */
const DEV_APP_PASSWORD = 'smg_app_dev';

/**
 * The development signing key for audit checkpoints, made once and kept (with its public key, for verify-audit) in
 * .local/, so checkpoints of earlier runs still verify. AUDIT_SIGNING_KEY from the environment wins.
 */
async function auditSigningKey(): Promise<string> {
  if (process.env.AUDIT_SIGNING_KEY) return process.env.AUDIT_SIGNING_KEY;
  const privateFile = localDir('audit-signing-key.pem');
  if (!existsSync(privateFile)) {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    await mkdir(localDir(), { recursive: true });
    await writeFile(privateFile, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    await writeFile(localDir('audit-verification-key.pem'), publicKey.export({ type: 'spki', format: 'pem' }));
  }
  return readFile(privateFile, 'utf8');
}

async function startDatabase(): Promise<string> {
  if (externalDatabaseUrl) {
    console.log(`PostgreSQL: using DATABASE_URL ${redact(externalDatabaseUrl)}`);
    return externalDatabaseUrl;
  }
  const superuserUrl = await startEmbeddedPostgres(stack, { dataDir: localDir('postgres'), port: PORTS.postgres });
  return createDatabaseIfMissing(superuserUrl, DATABASE_NAME);
}

async function startTemporal(): Promise<string> {
  if (externalTemporalAddress) {
    console.log(`Temporal: using TEMPORAL_ADDRESS ${externalTemporalAddress}`);
    await stack.guard(waitForTemporal(externalTemporalAddress, 30_000));
    await registerSearchAttributes(externalTemporalAddress, namespace);
    return externalTemporalAddress;
  }
  await mkdir(localDir('temporal'), { recursive: true });
  const address = `127.0.0.1:${PORTS.temporal}`;
  const server = stack.service(
    devServerSpec({ port: PORTS.temporal, uiPort: PORTS.temporalUi, dbFile: localDir('temporal', 'temporal.db') }),
    'temporal',
  );
  await stack.guard(waitForTemporal(address, 120_000, server));
  return address;
}

function banner(lines: string[]): void {
  const rule = '─'.repeat(64);
  console.log(`\n${rule}\n${lines.map((line) => `  ${line}`).join('\n')}\n${rule}\n`);
}

async function main(): Promise<void> {
  const ports = [
    ...(externalDatabaseUrl ? [] : [{ port: PORTS.postgres, what: 'PostgreSQL' }]),
    ...(externalTemporalAddress
      ? []
      : [
          { port: PORTS.temporal, what: 'Temporal' },
          { port: PORTS.temporalUi, what: 'Temporal UI' },
        ]),
    ...(serversOnly
      ? []
      : [
          { port: PORTS.api, what: 'API' },
          { port: PORTS.app, what: 'app' },
          { port: PORTS.simulator, what: 'platform simulator' },
        ]),
  ];
  await assertPortsFree(ports);
  alignPrefixes(['postgres', 'temporal', 'build', 'simulator', 'migrate', 'worker', 'demo', 'api', 'frontends']);

  const baseEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'development' };

  // The frontend build needs neither server, so it runs while they boot.
  const build = serversOnly
    ? Promise.resolve()
    : stack.task(pnpmSpec('build', ['--filter', './frontends/**', '--if-present', 'run', 'build'], baseEnv));
  build.catch((error: Error) => stack.fail(error));

  const [databaseUrl, temporalAddress] = await stack.guard(Promise.all([startDatabase(), startTemporal()]));
  const env: NodeJS.ProcessEnv = {
    ...baseEnv,
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: temporalAddress,
    TEMPORAL_NAMESPACE: namespace,
    // Real platforms are out of reach in development: the connector talks to the simulator instead.
    PLATFORM_API_URL: `http://localhost:${PORTS.simulator}`,
  };
  const temporalUi = externalTemporalAddress
    ? `Temporal:     ${temporalAddress} (external server)`
    : `Temporal UI:  http://localhost:${PORTS.temporalUi}`;

  if (serversOnly) {
    banner([
      'PostgreSQL and Temporal are running (Ctrl-C stops them):',
      `export DATABASE_URL='${databaseUrl}'`,
      `export TEMPORAL_ADDRESS='${temporalAddress}' TEMPORAL_NAMESPACE='${namespace}'`,
      temporalUi,
    ]);
    await stack.failure;
    return;
  }

  stack.service(tsxSpec('simulator', 'services/platform-simulator/src/main.ts', { ...baseEnv, PORT: String(PORTS.simulator) }));
  await stack.task(tsxSpec('migrate', 'packages/db/src/cli/migrate.ts', env));
  // The API and the worker may not change or remove audit events: they run as smg_app (in smg_api), not the owner.
  const appEnv: NodeJS.ProcessEnv = {
    ...env,
    DATABASE_URL: process.env.APP_DATABASE_URL || (await stack.guard(ensureAppLogin(databaseUrl, DEV_APP_PASSWORD))),
  };
  // Demo data goes through the workflows, so the worker must be polling before it runs.
  stack.service(tsxSpec('worker', 'workflows/src/worker.ts', { ...appEnv, AUDIT_SIGNING_KEY: await auditSigningKey() }));
  stack.service(tsxSpec('api', 'services/api/src/main.ts', { ...appEnv, PORT: String(PORTS.api) }));
  await stack.guard(waitForPort(PORTS.simulator, 60_000, 'the platform simulator'));
  await stack.task(tsxSpec('demo', 'workflows/src/demo/cli.ts', env));
  await stack.guard(waitForPort(PORTS.api, 120_000, 'the API'));
  await stack.guard(build);
  stack.service(
    tsxSpec('frontends', 'frontends/root-config/server.ts', {
      ...env,
      PORT: String(PORTS.app),
      API_URL: `http://localhost:${PORTS.api}`,
    }),
  );
  await stack.guard(waitForPort(PORTS.app, 60_000, 'the frontends server'));

  banner([
    'Sociala medier – styrning is running. Ctrl-C stops everything.',
    '',
    `App:          http://localhost:${PORTS.app}`,
    `GraphQL:      http://localhost:${PORTS.api}/graphql`,
    `Plattformssimulator: http://localhost:${PORTS.simulator}`,
    temporalUi,
    `PostgreSQL:   ${redact(databaseUrl)} (API and worker as ${redact(appEnv.DATABASE_URL!)})`,
    '',
    'Logga in som demoanvändare på appens startsida',
  ]);
  await stack.failure;
}

main().catch(async (error: unknown) => {
  if (stack.isShuttingDown) return;
  const message = error instanceof StackFailure ? error.message : error instanceof Error ? error.stack : String(error);
  console.error(`\n✗ ${message}\nstopping everything that was started`);
  await stack.shutdown(1);
});
