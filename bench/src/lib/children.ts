import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';

/**
 * Servers and workers under test run in processes of their own, as they do in production: the load generator
 * must not share their event loop, and a worker's memory is only its own when it is alone in its process.
 * Parent and child talk over the IPC channel: the child says it is ready, answers requests and stops on request.
 */

const tsxLoader = import.meta.resolve('tsx');
const benchTsconfig = fileURLToPath(new URL('../../tsconfig.json', import.meta.url));
const entry = fileURLToPath(new URL('../child.ts', import.meta.url));

export interface ChildMessage {
  type: string;
  id?: number;
  [key: string]: unknown;
}

const running = new Set<BenchChild<any>>();
/** A production API refuses to start without its credential-vault key; the benchmark's servers share one per run. */
const vaultKey = process.env.VAULT_KEY || randomBytes(32).toString('base64');

export class BenchChild<Ready = Record<string, unknown>> {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(value: any): void; reject(error: Error): void }>();
  readonly exited: Promise<number | null>;

  private constructor(
    readonly role: string,
    private readonly child: ChildProcess,
    readonly ready: Ready,
  ) {
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    child.on('message', (message: ChildMessage) => {
      if (message.id === undefined) return;
      const waiting = this.pending.get(message.id);
      if (!waiting) return;
      this.pending.delete(message.id);
      if (message.type === 'error') waiting.reject(new Error(`${role}: ${String(message.message)}`));
      else waiting.resolve(message);
    });
    void this.exited.then((code) => {
      running.delete(this);
      for (const waiting of this.pending.values()) waiting.reject(new Error(`${role} exited (code ${code})`));
      this.pending.clear();
    });
  }

  /** Starts `src/child.ts <role>` and resolves with what it reports once it is ready. */
  static start<Ready = Record<string, unknown>>(role: string, options: Record<string, unknown>, env: NodeJS.ProcessEnv = {}): Promise<BenchChild<Ready>> {
    // BENCH_CPU_PROFILE=<folder>: every child writes a V8 CPU profile there when it stops (open in Chrome DevTools).
    const profile = process.env.BENCH_CPU_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE}/${role}`] : [];
    const child = fork(entry, [role], {
      execArgv: ['--import', tsxLoader, '--expose-gc', ...profile],
      // Production mode, as deployed: graphql-js and Apollo skip their development-time checks.
      env: { ...process.env, NODE_ENV: 'production', VAULT_KEY: vaultKey, ...env, TSX_TSCONFIG_PATH: benchTsconfig, BENCH_CHILD_OPTIONS: JSON.stringify(options) },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      serialization: 'advanced',
    });
    return new Promise((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`${role} exited before it was ready (code ${code})`));
      child.once('exit', onExit);
      child.once('error', reject);
      child.on('message', function onReady(message: ChildMessage) {
        if (message.type === 'error' && message.id === undefined) {
          child.off('exit', onExit);
          reject(new Error(`${role} could not start: ${String(message.message)}`));
          return;
        }
        if (message.type !== 'ready') return;
        child.off('message', onReady);
        child.off('exit', onExit);
        const started = new BenchChild<Ready>(role, child, message as Ready);
        running.add(started);
        resolve(started);
      });
    });
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  request<T = ChildMessage>(type: string, body: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      // A child that has exited (crashed) fails the request at once instead of leaving it waiting for ever.
      if (this.child.exitCode !== null || this.child.signalCode !== null) {
        reject(new Error(`${this.role} exited (code ${this.child.exitCode ?? this.child.signalCode}) before ${type}`));
        return;
      }
      this.pending.set(id, { resolve, reject });
      this.child.send({ ...body, type, id }, (error) => {
        if (!error || !this.pending.delete(id)) return;
        reject(new Error(`${this.role}: could not send ${type}: ${error.message}`));
      });
    });
  }

  /** Asks the child to stop (it closes its connections first); kills it if it has not within 30 s. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.send({ type: 'stop' });
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 30_000);
    await this.exited;
    clearTimeout(timer);
  }

  /** Last resort when the benchmark itself is interrupted. */
  kill(): void {
    this.child.kill('SIGKILL');
  }
}

/** Every child still running, for the benchmark's shutdown. */
export async function stopAllChildren(): Promise<void> {
  await Promise.all([...running].map((child) => child.stop().catch(() => child.kill())));
}

export function killAllChildren(): void {
  for (const child of running) child.kill();
}
