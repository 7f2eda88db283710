import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ManagedProcess, describeExit, type ProcessSpec } from './processes.js';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/**
 * Order of shutdown: apps first (they still talk to the servers while draining), then Temporal, then PostgreSQL
 * (the worker's last activity may write a projection row).
 */
export type Tier = 'app' | 'temporal' | 'database';
const shutdownOrder: Tier[] = ['app', 'temporal', 'database'];

export class StackFailure extends Error {}

/**
 * The processes one command started, stopped together and in order: on Ctrl-C / SIGTERM, on a required process
 * exiting, or on a step failing. A second Ctrl-C kills at once.
 */
export class Stack {
  private readonly processes: Array<{ process: ManagedProcess; tier: Tier }> = [];
  private shuttingDown = false;
  private rejectFailure: (error: Error) => void = () => {};
  /** Rejects as soon as a required process exits on its own; steps race against it. */
  readonly failure: Promise<never>;

  constructor(private readonly onStopped: (code: number) => void = (code) => process.exit(code)) {
    this.failure = new Promise<never>((_, reject) => (this.rejectFailure = reject));
    this.failure.catch(() => {});
    const signals: Array<[NodeJS.Signals, number]> = [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]];
    for (const [signal, code] of signals) {
      process.on(signal, () => {
        if (this.shuttingDown) {
          console.log(`\n${signal} again: killing everything now`);
          for (const { process: child } of this.processes) child.kill();
          this.onStopped(code);
          return;
        }
        console.log(`\n${signal}: stopping everything (press Ctrl-C again to kill at once)`);
        void this.shutdown(code);
      });
    }
  }

  /** Stops the stack because of something that is not a process exit (a background step failed). */
  fail(error: Error): void {
    this.rejectFailure(error);
  }

  get isShuttingDown(): boolean {
    return this.shuttingDown;
  }

  /** Starts a long-running process; if it exits while the stack is up, the whole stack stops. */
  service(spec: ProcessSpec, tier: Tier = 'app'): ManagedProcess {
    const child = this.track(new ManagedProcess(spec), tier);
    void child.exited.then((status) => {
      if (!child.stopping && !this.shuttingDown) {
        this.rejectFailure(new StackFailure(`${child.name} exited unexpectedly (${describeExit(status)})`));
      }
    });
    return child;
  }

  /** Runs a process to completion; a non-zero exit fails the step. */
  async task(spec: ProcessSpec): Promise<void> {
    const child = this.track(new ManagedProcess(spec), 'app');
    const status = await this.guard(child.exited);
    if (status.code !== 0 && !this.shuttingDown) {
      throw new StackFailure(`${child.name} failed (${describeExit(status)})`);
    }
  }

  track(child: ManagedProcess, tier: Tier): ManagedProcess {
    this.processes.push({ process: child, tier });
    return child;
  }

  /** Awaits a step, but gives up as soon as a required process has died. */
  guard<T>(step: Promise<T>): Promise<T> {
    return Promise.race([step, this.failure]);
  }

  /** Stops everything in order; resolves when all process groups are gone. */
  async stopAll(): Promise<void> {
    this.shuttingDown = true;
    for (const tier of shutdownOrder) {
      const running = this.processes.filter((entry) => entry.tier === tier).map((entry) => entry.process);
      await Promise.all(running.map((child) => child.stop()));
    }
  }

  async shutdown(code: number): Promise<void> {
    if (this.shuttingDown) return;
    await this.stopAll();
    this.onStopped(code);
  }
}

/** Node with tsx as an import hook: one process per child instead of the tsx CLI's two. */
const tsxLoader = import.meta.resolve('tsx');

/**
 * A TypeScript entry point of some package, run the way `tsx <file>` would run it from that package's folder,
 * with that package's tsconfig: without a tsconfig that turns on experimentalDecorators, esbuild compiles
 * decorators as TC39 decorators, which TypeORM and type-graphql do not understand.
 */
export function tsxSpec(name: string, entry: string, env: NodeJS.ProcessEnv): ProcessSpec {
  const file = join(repoRoot, entry);
  if (!existsSync(file)) throw new StackFailure(`${name}: ${entry} does not exist`);
  let packageDir = dirname(file);
  while (!existsSync(join(packageDir, 'package.json')) && packageDir !== repoRoot) packageDir = dirname(packageDir);
  const tsconfig = existsSync(join(packageDir, 'tsconfig.json'))
    ? join(packageDir, 'tsconfig.json')
    : join(repoRoot, 'tsconfig.base.json');
  return {
    name,
    command: process.execPath,
    args: ['--import', tsxLoader, relative(packageDir, file)],
    cwd: packageDir,
    env: { ...env, TSX_TSCONFIG_PATH: tsconfig },
  };
}

/** pnpm at the version package.json pins, whether or not `corepack enable` could install the shim. */
export function pnpmSpec(name: string, args: string[], env: NodeJS.ProcessEnv): ProcessSpec {
  return {
    name,
    command: 'corepack',
    args: ['pnpm', ...args],
    cwd: repoRoot,
    env: { ...env, COREPACK_ENABLE_DOWNLOAD_PROMPT: '0', COREPACK_INTEGRITY_KEYS: '0' },
  };
}
