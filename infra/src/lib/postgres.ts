import { join } from 'node:path';
import pg from 'pg';
import { delay, type ManagedProcess, type ProcessSpec } from './processes.js';
import { repoRoot, tsxSpec, type Stack } from './stack.js';

export const POSTGRES_PASSWORD = 'postgres';

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  /** Throw the data folder away on stop (test stack). */
  ephemeral?: boolean;
  logFile?: string;
}

export function serverUrl(port: number, database = 'postgres'): string {
  return `postgres://postgres:${POSTGRES_PASSWORD}@127.0.0.1:${port}/${database}`;
}

/** infra/src/postgres-server.ts for one cluster: what startEmbeddedPostgres runs, and what restart tests run themselves. */
export function embeddedPostgresSpec(options: EmbeddedPostgresOptions): ProcessSpec {
  const args = ['--data-dir', options.dataDir, '--port', String(options.port), '--password', POSTGRES_PASSWORD];
  if (options.ephemeral) args.push('--ephemeral');
  const spec = tsxSpec('postgres', 'infra/src/postgres-server.ts', process.env);
  return {
    ...spec,
    args: [...spec.args, ...args],
    logFile: options.logFile,
    // The wrapper asks postgres for a fast shutdown itself; signalling the group would also send SIGTERM
    // (a "smart" shutdown that waits for clients) straight to postgres.
    signalGroup: false,
    stopTimeoutMs: 30_000,
  };
}

/** Starts infra/src/postgres-server.ts and resolves with the superuser URL once it accepts queries. */
export async function startEmbeddedPostgres(stack: Stack, options: EmbeddedPostgresOptions): Promise<string> {
  const server = stack.service(embeddedPostgresSpec(options), 'database');
  const url = serverUrl(options.port);
  await stack.guard(waitForPostgres(url, 120_000, server));
  return url;
}

export async function waitForPostgres(url: string, timeoutMs: number, server?: ManagedProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (server?.exitStatus) throw new Error('PostgreSQL exited while starting');
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.query('select 1');
      return;
    } catch (error) {
      lastError = error;
    } finally {
      await client.end().catch(() => {});
    }
    await delay(300);
  }
  throw new Error(`PostgreSQL at ${redact(url)} did not answer within ${timeoutMs / 1000} s: ${String(lastError)}`);
}

export async function createDatabaseIfMissing(superuserUrl: string, database: string): Promise<string> {
  const client = new pg.Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (!rowCount) await client.query(`create database ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
  const url = new URL(superuserUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}

export const localDir = (...parts: string[]): string => join(repoRoot, '.local', ...parts);
