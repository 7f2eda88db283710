import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface ProcessSpec {
  /** Short name used as the output prefix and in failure messages. */
  name: string;
  command: string;
  args: string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Output goes to this file instead of the console (the test stack keeps the console for vitest). */
  logFile?: string;
  /** Output goes straight to our console, unprefixed (vitest's own progress display). */
  inheritOutput?: boolean;
  /** Signal that asks the process to stop; SIGKILL follows after `stopTimeoutMs`. */
  stopSignal?: NodeJS.Signals;
  stopTimeoutMs?: number;
  /**
   * Send the stop signal to the whole process group (default) or only to the leader, for wrappers that stop
   * their own children in a particular way (the PostgreSQL wrapper asks postgres for a fast shutdown).
   */
  signalGroup?: boolean;
}

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

const colours = [36, 33, 35, 32, 34, 91, 96, 93];
let nextColour = 0;
let prefixWidth = 10;

/** Aligns the prefixes of all processes that will be started, so the interleaved output stays readable. */
export function alignPrefixes(names: string[]): void {
  prefixWidth = Math.max(prefixWidth, ...names.map((name) => name.length));
}

export function describeExit({ code, signal }: ExitStatus): string {
  return signal ? `signal ${signal}` : `code ${code}`;
}

/**
 * A child process in its own process group, so that Ctrl-C in the terminal reaches only the orchestrator,
 * which then stops everything in order (apps before Temporal before PostgreSQL).
 */
export class ManagedProcess {
  readonly name: string;
  readonly exited: Promise<ExitStatus>;
  exitStatus: ExitStatus | undefined;
  stopping = false;
  private readonly child: ChildProcess;
  private readonly spec: ProcessSpec;
  private readonly log: WriteStream | undefined;

  constructor(spec: ProcessSpec) {
    this.spec = spec;
    this.name = spec.name;
    this.log = spec.logFile ? createWriteStream(spec.logFile, { flags: 'a' }) : undefined;
    this.child = spawn(spec.command, spec.args, {
      cwd: spec.cwd,
      env: spec.env ?? process.env,
      detached: true,
      stdio: spec.inheritOutput ? ['ignore', 'inherit', 'inherit'] : ['ignore', 'pipe', 'pipe'],
    });
    const write = this.writer();
    for (const stream of [this.child.stdout, this.child.stderr]) {
      if (stream) createInterface({ input: stream, crlfDelay: Infinity }).on('line', write);
    }
    this.exited = new Promise((resolve) => {
      this.child.once('error', (error) => {
        write(`could not start ${spec.command}: ${error.message}`);
        this.exitStatus = { code: 127, signal: null };
        resolve(this.exitStatus);
      });
      this.child.once('exit', (code, signal) => {
        this.exitStatus = { code, signal };
        resolve(this.exitStatus);
      });
    });
    // Close the log only once the pipes are drained, so the last lines (often the error) are kept.
    this.child.once('close', () => this.log?.end());
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  private writer(): (line: string) => void {
    if (this.log) {
      const log = this.log;
      return (line) => log.write(`${line}\n`);
    }
    const label = this.name.padEnd(prefixWidth);
    const colour = colours[nextColour++ % colours.length];
    const prefix = process.stdout.isTTY ? `\x1b[${colour}m${label} |\x1b[0m ` : `${label} | `;
    return (line) => process.stdout.write(`${prefix}${line}\n`);
  }

  /** Stops the process and everything it started; resolves once the whole process group is gone. */
  async stop(): Promise<void> {
    this.stopping = true;
    const pid = this.child.pid;
    if (pid === undefined) return;
    if (!this.exitStatus) {
      const signal = this.spec.stopSignal ?? 'SIGTERM';
      signalProcess(this.spec.signalGroup === false ? pid : -pid, signal);
      const exitedInTime = await Promise.race([
        this.exited.then(() => true),
        delay(this.spec.stopTimeoutMs ?? 10_000).then(() => false),
      ]);
      if (!exitedInTime) {
        process.stdout.write(`${this.name} did not stop within ${this.spec.stopTimeoutMs ?? 10_000} ms; killing it\n`);
        signalProcess(-pid, 'SIGKILL');
        await this.exited;
      }
    }
    await killLeftovers(pid);
  }

  /** Last resort on a second Ctrl-C: no waiting, no order. */
  kill(): void {
    this.stopping = true;
    if (this.child.pid !== undefined) signalProcess(-this.child.pid, 'SIGKILL');
  }
}

/** Processes of the group that outlived their leader (a grandchild that ignored the signal) are killed. */
async function killLeftovers(pgid: number): Promise<void> {
  for (let attempt = 0; attempt < 20 && groupAlive(pgid); attempt++) {
    signalProcess(-pgid, attempt < 10 ? 'SIGTERM' : 'SIGKILL');
    await delay(200);
  }
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

function signalProcess(target: number, signal: NodeJS.Signals): void {
  try {
    process.kill(target, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
