import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Connection } from '@temporalio/client';
import { delay, describeExit, type ManagedProcess, type ProcessSpec } from './processes.js';

const run = promisify(execFile);

/**
 * Custom search attributes the workflows keep current, so operations can filter in the Temporal UI
 * ("all openings waiting for approval in unit X") without the database.
 */
export const SEARCH_ATTRIBUTES = ['AccountId', 'UnitId', 'MunicipalityId', 'LifecycleStage'] as const;

export function temporalCliPath(): string {
  const path = process.env.TEMPORAL_CLI_PATH;
  if (!path) throw new Error('TEMPORAL_CLI_PATH is not set: run this through infra/start.sh or infra/test.sh');
  return path;
}

export interface DevServerOptions {
  port: number;
  /** Web UI port; without it the server runs headless. */
  uiPort?: number;
  /** SQLite file that keeps workflows across restarts; without it everything lives in memory. */
  dbFile?: string;
  logFile?: string;
}

export function devServerSpec(options: DevServerOptions): ProcessSpec {
  const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(options.port), '--log-level', 'error'];
  if (options.uiPort) args.push('--ui-port', String(options.uiPort), '--ui-ip', '127.0.0.1');
  else args.push('--headless');
  if (options.dbFile) args.push('--db-filename', options.dbFile);
  for (const name of SEARCH_ATTRIBUTES) args.push('--search-attribute', `${name}=Keyword`);
  return { name: 'temporal', command: temporalCliPath(), args, logFile: options.logFile, stopTimeoutMs: 15_000 };
}

/** Waits until the frontend service answers health checks (the port opens well before that). */
export async function waitForTemporal(address: string, timeoutMs: number, server?: ManagedProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (server?.exitStatus) throw new Error(`the Temporal server exited while starting (${describeExit(server.exitStatus)})`);
    try {
      const connection = await Connection.connect({ address, connectTimeout: 2000 });
      try {
        const { status } = await connection.healthService.check({});
        // 1 = SERVING
        if (status === 1) return;
        lastError = new Error(`health status ${status}`);
      } finally {
        await connection.close();
      }
    } catch (error) {
      lastError = error;
    }
    await delay(500);
  }
  throw new Error(`Temporal at ${address} did not become healthy within ${timeoutMs / 1000} s: ${String(lastError)}`);
}

/** For a server we did not start: registering is idempotent, an attribute that exists already is fine. */
export async function registerSearchAttributes(address: string, namespace: string): Promise<void> {
  for (const name of SEARCH_ATTRIBUTES) {
    try {
      await run(temporalCliPath(), [
        'operator', 'search-attribute', 'create',
        '--address', address, '--namespace', namespace,
        '--name', name, '--type', 'Keyword',
      ]);
    } catch (error) {
      const output = `${(error as { stderr?: string }).stderr ?? ''} ${(error as Error).message}`;
      if (!/already exists/i.test(output)) throw new Error(`registering search attribute ${name} failed: ${output.trim()}`);
    }
  }
}
