import type { ServerProcesses } from './process-cpu.js';

/** What every benchmark gets from main.ts: the servers it runs against and where to say what it is doing. */
export interface BenchContext {
  /** PostgreSQL superuser URL (database "postgres"); each benchmark creates and drops a database of its own. */
  databaseServerUrl: string;
  temporalAddress: string;
  /** A folder of the run's own for files (archive packages, staging); removed afterwards. */
  workDir: string;
  /** The ephemeral servers' main processes, for their CPU time; empty against servers started by someone else. */
  servers: ServerProcesses;
  log(message: string): void;
}
