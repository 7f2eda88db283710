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
 * An embedded PostgreSQL and an in-memory Temporal dev server on free ports, started together and tracked by the
 * stack (so they stop with it): what the test stack and the benchmarks run on, beside a started stack.
 */
export async function startEphemeralServers(stack: Stack, options: EphemeralServersOptions): Promise<EphemeralServers> {
  const [postgresPort, temporalPort] = [await freePort(), await freePort()];
  console.log(`PostgreSQL on ${postgresPort}, Temporal on ${temporalPort}; logs in ${options.logDir}`);
  const temporalAddress = `127.0.0.1:${temporalPort}`;
  const temporal = stack.service(devServerSpec({ port: temporalPort, logFile: join(options.logDir, 'temporal.log') }), 'temporal');
  const [databaseUrl] = await stack.guard(
    Promise.all([
      startEmbeddedPostgres(stack, {
        dataDir: join(options.runDir, 'postgres'),
        port: postgresPort,
        ephemeral: true,
        logFile: join(options.logDir, 'postgres.log'),
      }),
      waitForTemporal(temporalAddress, 120_000, temporal),
    ]),
  );
  return { databaseUrl, temporalAddress };
}
