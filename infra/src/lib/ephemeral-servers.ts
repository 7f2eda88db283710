import { join } from 'node:path';
import { freePort } from './ports.js';
import { startEmbeddedPostgres } from './postgres.js';
import type { Stack } from './stack.js';
import { devServerSpec, waitForTemporal } from './temporal.js';

export interface EphemeralServersOptions {
  /** Folder for the database files; thrown away when PostgreSQL stops. */
  runDir: string;
  /** Folder that keeps postgres.log and temporal.log after the run. */
  logDir: string;
}

export interface EphemeralServers {
  /** Superuser, database "postgres": callers create databases of their own. */
  databaseUrl: string;
  temporalAddress: string;
}

/**
 * An embedded PostgreSQL and an in-memory Temporal dev server on free ports, tracked by the stack (so they stop with
 * it): what the test stack and the benchmarks run on, beside a started stack.
 *
 * PostgreSQL starts first. The dev server's internal services listen on ports the system chooses, and started side by
 * side, one of them could take the port chosen for PostgreSQL while it was still creating its cluster
 * ("Address already in use").
 */
export async function startEphemeralServers(stack: Stack, options: EphemeralServersOptions): Promise<EphemeralServers> {
  const postgresPort = await freePort();
  console.log(`PostgreSQL on ${postgresPort}; logs in ${options.logDir}`);
  const databaseUrl = await stack.guard(
    startEmbeddedPostgres(stack, {
      dataDir: join(options.runDir, 'postgres'),
      port: postgresPort,
      ephemeral: true,
      logFile: join(options.logDir, 'postgres.log'),
    }),
  );
  const temporalPort = await freePort();
  console.log(`Temporal on ${temporalPort}`);
  const temporalAddress = `127.0.0.1:${temporalPort}`;
  const temporal = stack.service(devServerSpec({ port: temporalPort, logFile: join(options.logDir, 'temporal.log') }), 'temporal');
  await stack.guard(waitForTemporal(temporalAddress, 120_000, temporal));
  return { databaseUrl, temporalAddress };
}
