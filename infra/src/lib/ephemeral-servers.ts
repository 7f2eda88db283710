import { join } from 'node:path';
import { freePort } from './ports.js';
import { startEmbeddedPostgres } from './postgres.js';
import type { Stack } from './stack.js';
import { devServerSpec, waitForTemporal } from './temporal.js';
import { startTemporalOnPostgres } from './temporal-server.js';

export interface EphemeralServersOptions {
  /** Folder for the database files; thrown away when PostgreSQL stops. */
  runDir: string;
  /** Folder that keeps postgres.log and temporal.log after the run. */
  logDir: string;
  /**
   * The Temporal server itself, keeping its databases on this PostgreSQL (temporal-server.ts), instead of the dev
   * server's in-memory SQLite: for runs with more workflows than that store holds.
   */
  temporalOnPostgres?: boolean;
}

export interface EphemeralServers {
  /** Superuser, database "postgres": callers create databases of their own. */
  databaseUrl: string;
  temporalAddress: string;
  /** The Temporal server's process (its CPU time is measured by the benchmarks). */
  temporalPid: number | undefined;
}

/**
 * An embedded PostgreSQL and an in-memory Temporal dev server (or the Temporal server on that PostgreSQL) on free
 * ports, tracked by the stack (so they stop with it): what the test stack and the benchmarks run on, beside a started
 * stack.
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
  const logFile = join(options.logDir, 'temporal.log');
  if (options.temporalOnPostgres) {
    const { address, pid } = await startTemporalOnPostgres(stack, { databaseUrl, runDir: options.runDir, logFile });
    console.log(`Temporal server on PostgreSQL at ${address}`);
    return { databaseUrl, temporalAddress: address, temporalPid: pid };
  }
  const temporalPort = await freePort();
  console.log(`Temporal on ${temporalPort}`);
  const temporalAddress = `127.0.0.1:${temporalPort}`;
  const temporal = stack.service(devServerSpec({ port: temporalPort, logFile }), 'temporal');
  await stack.guard(waitForTemporal(temporalAddress, 120_000, temporal));
  return { databaseUrl, temporalAddress, temporalPid: temporal.pid };
}
