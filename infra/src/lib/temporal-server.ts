/**
 * The Temporal server itself (not the CLI's dev server) on PostgreSQL: what the fan-out benchmark needs at 100,000
 * accounts, where the dev server's SQLite store stops answering in time. It is built from the server's Go module, of
 * the version the pinned CLI's dev server embeds, into .local/tools on first use (Go must be installed), and keeps its
 * two databases, `temporal` and `temporal_visibility`, on the PostgreSQL it is given.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort, freePortIn } from './ports.js';
import { delay } from './processes.js';
import { localDir } from './postgres.js';
import type { Stack } from './stack.js';
import { registerSearchAttributes, temporalCliPath, waitForTemporal } from './temporal.js';

const run = promisify(execFile);

/** The server version of the dev server in the pinned Temporal CLI, so both measure the same engine. */
export const TEMPORAL_SERVER_VERSION = 'v1.32.0';
const SERVER_MODULE = 'go.temporal.io/server';

const toolsDir = () => localDir('tools', `temporal-server-${TEMPORAL_SERVER_VERSION}`);

/** Builds the server and its schema tool once; answers the folder of the module's PostgreSQL schemas. */
async function ensureBuilt(stack: Stack, logFile?: string): Promise<{ server: string; sqlTool: string; schemaDir: string }> {
  const bin = toolsDir();
  // `go install` names them after their folders.
  const server = join(bin, 'server');
  const sqlTool = join(bin, 'sql');
  try {
    await run('go', ['version']);
  } catch {
    throw new Error('The Temporal server on PostgreSQL is built from its Go module: install Go (1.26 or later) first.');
  }
  if (!existsSync(server) || !existsSync(sqlTool)) {
    console.log(`building the Temporal server ${TEMPORAL_SERVER_VERSION} with Go (a few minutes, once) into ${bin}`);
    await stack.task({
      name: 'go-install',
      command: 'go',
      args: ['install', `${SERVER_MODULE}/cmd/server@${TEMPORAL_SERVER_VERSION}`, `${SERVER_MODULE}/cmd/tools/sql@${TEMPORAL_SERVER_VERSION}`],
      env: { ...process.env, GOBIN: bin },
      logFile,
    });
  }
  const { stdout } = await run('go', ['env', 'GOMODCACHE']);
  const schemaDir = join(stdout.trim(), `${SERVER_MODULE}@${TEMPORAL_SERVER_VERSION}`, 'schema', 'postgresql', 'v12');
  if (!existsSync(schemaDir)) await run('go', ['mod', 'download', `${SERVER_MODULE}@${TEMPORAL_SERVER_VERSION}`]);
  return { server, sqlTool, schemaDir };
}

export interface TemporalOnPostgresOptions {
  /** Superuser URL of the PostgreSQL that keeps Temporal's databases. */
  databaseUrl: string;
  /** Folder for the server's configuration. */
  runDir: string;
  logFile?: string;
}

/** Starts the server on free ports with its databases created and migrated, the namespace `default` and the search attributes registered. */
export async function startTemporalOnPostgres(stack: Stack, options: TemporalOnPostgresOptions): Promise<{ address: string; pid: number | undefined }> {
  const { server, sqlTool, schemaDir } = await ensureBuilt(stack, options.logFile);
  const db = new URL(options.databaseUrl);
  const connection = {
    connectAddr: `${db.hostname}:${db.port || 5432}`,
    user: decodeURIComponent(db.username),
    password: decodeURIComponent(db.password),
  };
  for (const [database, schema] of [['temporal', 'temporal'], ['temporal_visibility', 'visibility']]) {
    const sql = (...args: string[]) =>
      stack.task({
        name: 'temporal-sql',
        command: sqlTool,
        args: ['--plugin', 'postgres12', '--ep', db.hostname, '-p', db.port || '5432', '-u', connection.user, '--pw', connection.password, '--db', database, ...args],
        logFile: options.logFile,
      });
    await sql('create-database');
    await sql('setup-schema', '-v', '0.0');
    await sql('update-schema', '-d', join(schemaDir, schema, 'versioned'));
  }

  const port = await freePort();
  // The cluster's membership table keeps ports as smallint.
  const membershipPort = () => freePortIn(20_000, 32_767);
  const service = async (grpcPort: number) => ({ rpc: { grpcPort, membershipPort: await membershipPort(), bindOnLocalHost: true } });
  const datastore = (databaseName: string, maxConns: number) => ({
    sql: { pluginName: 'postgres12', databaseName, connectProtocol: 'tcp', ...connection, maxConns, maxIdleConns: maxConns, maxConnLifetime: '1h' },
  });
  // JSON is YAML, which is what the server reads.
  const config = {
    log: { stdout: true, level: 'warn' },
    persistence: {
      defaultStore: 'default',
      visibilityStore: 'visibility',
      numHistoryShards: 4,
      datastores: { default: datastore('temporal', 20), visibility: datastore('temporal_visibility', 4) },
    },
    global: { membership: { maxJoinDuration: '30s', broadcastAddress: '127.0.0.1' } },
    services: {
      frontend: { rpc: { ...(await service(port)).rpc, httpPort: await freePort() } },
      history: await service(await freePort()),
      matching: await service(await freePort()),
      worker: await service(await freePort()),
    },
    clusterMetadata: {
      enableGlobalNamespace: false,
      failoverVersionIncrement: 10,
      masterClusterName: 'active',
      currentClusterName: 'active',
      clusterInformation: { active: { enabled: true, initialFailoverVersion: 1, rpcName: 'frontend', rpcAddress: `127.0.0.1:${port}` } },
    },
    dcRedirectionPolicy: { policy: 'noop' },
  };
  await mkdir(options.runDir, { recursive: true });
  const configFile = join(options.runDir, 'temporal-server.yaml');
  await writeFile(configFile, JSON.stringify(config, null, 2));

  const address = `127.0.0.1:${port}`;
  const temporal = stack.service(
    { name: 'temporal', command: server, args: ['--config-file', configFile, '--allow-no-auth', 'start'], logFile: options.logFile, stopTimeoutMs: 15_000 },
    'temporal',
  );
  await stack.guard(waitForTemporal(address, 120_000, temporal));
  await stack.guard(retried(() => createNamespace(address, 'default')));
  // A new namespace reaches the other services' caches within seconds.
  await stack.guard(retried(() => registerSearchAttributes(address, 'default')));
  return { address, pid: temporal.pid };
}

async function createNamespace(address: string, namespace: string): Promise<void> {
  try {
    await run(temporalCliPath(), ['operator', 'namespace', 'create', '--address', address, '--namespace', namespace, '--retention', '24h']);
  } catch (error) {
    const output = `${(error as { stderr?: string }).stderr ?? ''} ${(error as Error).message}`;
    if (!/already exists/i.test(output)) throw error;
  }
}

/** Tries a step every second for half a minute: the services of a server that just started join one by one. */
async function retried<T>(step: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await step();
    } catch (error) {
      if (attempt >= 30) throw error;
      await delay(1000);
    }
  }
}
