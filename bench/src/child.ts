/**
 * A process under test, started by BenchChild (lib/children.ts): `child.ts <role>` with its options as JSON in
 * BENCH_CHILD_OPTIONS. It reports `ready`, answers requests by type and samples its own memory, so a worker's peak
 * is measured in the worker and nowhere else.
 */
import 'reflect-metadata';
import { JAVA_SERVER_TMP_PREFIX } from '@smg/archive/java-server';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { writeHeapSnapshot } from 'node:v8';
import type { ChildMessage } from './lib/children.js';

export interface ChildRole {
  /** Sent to the parent with `ready`. */
  ready: Record<string, unknown>;
  handlers?: Record<string, (message: ChildMessage) => Promise<Record<string, unknown>>>;
  stop(): Promise<void>;
}

type RoleStarter = (options: any) => Promise<ChildRole>;

const roles: Record<string, () => Promise<RoleStarter>> = {
  api: async () => (await import('./api/servers.js')).startTypeGraphqlApi,
  'graphql-js': async () => (await import('./api/servers.js')).startGraphqlJsBaseline,
  'raw-sql': async () => (await import('./api/servers.js')).startRawSqlBaseline,
  worker: async () => (await import('./lifecycles/worker.js')).startLifecycleWorker,
  'empty-worker': async () => (await import('./lifecycles/worker.js')).startEmptyWorkflowWorker,
  'capture-loop': async () => (await import('./archiving/capture-loop.js')).startCaptureLoop,

};

/**
 * Peak resident set and V8 heap since the last reset, sampled often enough to catch a run's high-water mark; and, once
 * a second, the resident set of the Java validators the process keeps running (@smg/archive's veraPDF and commons-ip
 * servers), its children. With
 * BENCH_LIVE_HEAP=1 it also collects garbage once a second and keeps the largest heap left after that: what the
 * process really holds, where the plain heap peak mostly says when V8 chose to collect.
 */
class MemorySampler {
  private peakRss = 0;
  private peakHeap = 0;
  private peakLiveHeap = 0;
  private liveHeapAtReset = 0;
  private peakJavaServersRss = 0;
  private readonly timer = setInterval(() => this.sample(), 50);
  private readonly childTimer = setInterval(() => this.sampleJavaServers(), 1000);
  private readonly collector?: NodeJS.Timeout;

  constructor() {
    this.timer.unref();
    this.childTimer.unref();
    this.sample();
    if (process.env.BENCH_LIVE_HEAP === '1') {
      this.collector = setInterval(() => {
        this.peakLiveHeap = Math.max(this.peakLiveHeap, liveHeap());
      }, 1000);
      this.collector.unref();
    }
  }

  private sample(): void {
    const { rss, heapUsed } = process.memoryUsage();
    this.peakRss = Math.max(this.peakRss, rss);
    this.peakHeap = Math.max(this.peakHeap, heapUsed);
  }

  /** The servers are the children (of any of this process's threads) whose command line names a JavaServer's folder. */
  private sampleJavaServers(): void {
    let kB = 0;
    for (const pid of readdirSync('/proc/self/task').flatMap((task) => readIfThere(`/proc/self/task/${task}/children`).split(' '))) {
      if (!pid || !readIfThere(`/proc/${pid}/cmdline`).includes(JAVA_SERVER_TMP_PREFIX)) continue;
      kB += Number(/VmRSS:\s+(\d+) kB/.exec(readIfThere(`/proc/${pid}/status`))?.[1] ?? 0);
    }
    this.peakJavaServersRss = Math.max(this.peakJavaServersRss, kB * 1024);
  }

  peaks() {
    this.sample();
    this.sampleJavaServers();
    const peaks = {
      peakRssMB: this.peakRss / 2 ** 20,
      peakHeapMB: this.peakHeap / 2 ** 20,
      peakLiveHeapMB: this.peakLiveHeap / 2 ** 20,
      peakJavaServersRssMB: this.peakJavaServersRss / 2 ** 20,
      // What the process still holds now the work is done, against what it held when the work began: a leak shows as
      // growth here even where no sampled peak catches it.
      liveHeapAtResetMB: this.liveHeapAtReset / 2 ** 20,
      liveHeapNowMB: liveHeap() / 2 ** 20,
    };
    heapSnapshot('after');
    return peaks;
  }

  reset(): void {
    heapSnapshot('before');
    this.peakRss = 0;
    this.peakHeap = 0;
    this.peakJavaServersRss = 0;
    // A collection first (when exposed), so the next peak is not the garbage of the previous phase.
    this.liveHeapAtReset = this.peakLiveHeap = liveHeap();
    this.sample();
  }
}

/** The heap used after a full collection (the child runs with --expose-gc). */
function liveHeap(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}

let heapSnapshots = 0;

/**
 * BENCH_HEAP_SNAPSHOTS=<folder>: the process writes a V8 heap snapshot there when a phase begins (its memory is reset)
 * and when it ends (its memory is read), named by role and pid and numbered in order. Snapshots after phases of
 * different lengths, compared in Chrome DevTools, show what a process keeps per unit of work. Writing one raises the
 * resident set, so the RSS peaks of such a run are not comparable with others.
 */
function heapSnapshot(label: 'before' | 'after'): void {
  const folder = process.env.BENCH_HEAP_SNAPSHOTS;
  if (!folder) return;
  mkdirSync(folder, { recursive: true });
  writeHeapSnapshot(join(folder, `${process.argv[2]}-${process.pid}-${++heapSnapshots}-${label}.heapsnapshot`));
}

/** A file under /proc of a thread or process that may have ended since it was listed: empty then. */
function readIfThere(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/**
 * BENCH_ALLOCATION_PROFILE=<folder>: the process samples what it allocates from start to stop, garbage included, and
 * writes it there as a .heapprofile (open in Chrome DevTools' Memory tab). A CPU profile shows garbage collection as
 * one line; this shows which code made the garbage.
 */
async function sampleAllocations(): Promise<(() => Promise<void>) | undefined> {
  const folder = process.env.BENCH_ALLOCATION_PROFILE;
  if (!folder) return undefined;
  const session = new Session();
  session.connect();
  await session.post('HeapProfiler.enable');
  // Node's typings lag behind V8's protocol here: without these two flags only the objects still alive are kept.
  await session.post('HeapProfiler.startSampling', { samplingInterval: 8192, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true } as object);
  return async () => {
    const { profile } = await session.post('HeapProfiler.stopSampling');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `${process.argv[2]}-${process.pid}.heapprofile`), JSON.stringify(profile));
  };
}

const send = (message: ChildMessage) => process.send?.(message);

async function main(): Promise<void> {
  const role = process.argv[2];
  const load = roles[role];
  if (!load) throw new Error(`unknown role ${role}; known: ${Object.keys(roles).join(', ')}`);
  const options = JSON.parse(process.env.BENCH_CHILD_OPTIONS ?? '{}');
  const memory = new MemorySampler();
  const allocations = await sampleAllocations();
  const started = await (await load())(options);
  const handlers: NonNullable<ChildRole['handlers']> = {
    ...started.handlers,
    memory: async () => memory.peaks(),
    /** CPU time the process has used so far (user + system): per request it is steadier than wall time on a busy machine. */
    cpu: async () => {
      const { user, system } = process.cpuUsage();
      return { cpuMs: (user + system) / 1000 };
    },
    resetMemory: async () => {
      memory.reset();
      return {};
    },
  };
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await allocations?.();
    await started.stop().catch((error: unknown) => console.error(`${role}: stopping failed`, error));
    process.exit(0);
  };
  process.on('message', (message: ChildMessage) => {
    if (message.type === 'stop') {
      void stop();
      return;
    }
    const handler = handlers[message.type];
    if (!handler) {
      send({ type: 'error', id: message.id, message: `no handler for ${message.type}` });
      return;
    }
    handler(message).then(
      (answer) => send({ ...answer, type: message.type, id: message.id }),
      (error: unknown) => send({ type: 'error', id: message.id, message: error instanceof Error ? error.stack ?? error.message : String(error) }),
    );
  });
  // The parent went away (killed, crashed): nothing is left running on its behalf.
  process.on('disconnect', () => void stop());
  send({ ...started.ready, type: 'ready' });
}

main().catch((error: unknown) => {
  send({ type: 'error', message: error instanceof Error ? error.stack ?? error.message : String(error) });
  console.error(error);
  process.exit(1);
});
