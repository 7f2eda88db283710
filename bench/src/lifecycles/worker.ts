/**
 * Workers as child processes (child.ts roles): the lifecycles' own worker exactly as the stack runs it, optionally
 * with the snapshot capture replaced by a no-op (benchmark P3's fan-out run), and the empty-workflow worker that
 * gives P2 its engine ceiling.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createDataSource } from '@smg/db';
import { createActivities, startWorker } from '@smg/workflows';
import { archivingDeps, bundleWorkflows } from '@smg/workflows/worker';
import { DefaultLogger, NativeConnection, Runtime, Worker, bundleWorkflowCode } from '@temporalio/worker';
import type { ChildRole } from '../child.js';

export interface LifecycleWorkerOptions {
  databaseUrl: string;
  temporalAddress: string;
  taskQueue: string;
  /** Where archive packages are built and stored. */
  archiveDir?: string;
  /** The platform simulator the snapshots read from. */
  simulatorUrl?: string;
  /**
   * `noop`: the capture activity (render, PDF/A, validation, packing) only marks the snapshot archived, so a run
   * over 100,000 accounts measures the orchestration alone. The worker is otherwise the production one.
   */
  capture?: 'real' | 'noop';
  /** The workflow code bundled once by the parent (a file), so each worker starts in seconds. */
  workflowBundleFile?: string;
}

async function bundleOf(options: LifecycleWorkerOptions): Promise<{ code: string } | undefined> {
  return options.workflowBundleFile ? { code: await readFile(options.workflowBundleFile, 'utf8') } : undefined;
}

/** Workers log every state change at INFO; in a benchmark's output only warnings are worth a line. */
function quietRuntime(): void {
  Runtime.install({ logger: new DefaultLogger('WARN') });
}

export async function startLifecycleWorker(options: LifecycleWorkerOptions): Promise<ChildRole> {
  quietRuntime();
  const connectors = options.simulatorUrl ? { simulatorUrl: options.simulatorUrl } : undefined;
  if (options.capture !== 'noop') {
    const worker = await startWorker({
      workflowBundle: await bundleOf(options),
      databaseUrl: options.databaseUrl,
      temporalAddress: options.temporalAddress,
      taskQueue: options.taskQueue,
      archiveDir: options.archiveDir,
      connectors,
    });
    return { ready: {}, stop: () => worker.shutdown() };
  }

  // The production activities, with one swapped: the worker is built here only because startWorker takes no
  // activity overrides (and production code should not carry a benchmark switch).
  const dataSource = await createDataSource(options.databaseUrl, { poolSize: 5 }).initialize();
  const connection = await NativeConnection.connect({ address: options.temporalAddress });
  const archiving = archivingDeps({ archiveDir: options.archiveDir, connectors });
  const activities = createActivities({ dataSource, archiving });
  const worker = await Worker.create({
    connection,
    taskQueue: options.taskQueue,
    workflowBundle: (await bundleOf(options)) ?? (await bundleWorkflows()),
    activities: {
      ...activities,
      async captureSnapshot({ snapshotId }: { snapshotId: string }): Promise<void> {
        await dataSource.query(`update snapshot set status = 'ARCHIVED', "capturedAt" = now() where id = $1`, [snapshotId]);
      },
    },
  });
  const running = worker.run();
  return {
    ready: {},
    async stop() {
      worker.shutdown();
      await running;
      await connection.close();
      await dataSource.destroy();
    },
  };
}

export async function startEmptyWorkflowWorker(options: { temporalAddress: string; taskQueue: string }): Promise<ChildRole> {
  quietRuntime();
  const connection = await NativeConnection.connect({ address: options.temporalAddress });
  const worker = await Worker.create({
    connection,
    taskQueue: options.taskQueue,
    workflowBundle: await bundleWorkflowCode({ workflowsPath: fileURLToPath(new URL('./empty-workflow.ts', import.meta.url)) }),
  });
  const running = worker.run();
  return {
    ready: {},
    async stop() {
      worker.shutdown();
      await running;
      await connection.close();
    },
  };
}
