import { createDataSource } from '@smg/db';
import { NativeConnection, Worker, bundleWorkflowCode, type WorkflowBundle } from '@temporalio/worker';
import { fileURLToPath } from 'node:url';
import { createActivities } from './activities.js';
import { TASK_QUEUE } from './task-queue.js';

export interface WorkerOptions {
  databaseUrl: string;
  temporalAddress: string;
  namespace?: string;
  taskQueue?: string;
  /** Tests set this tiny to force eviction and replay. */
  maxCachedWorkflows?: number;
  /** A bundle made once by `bundleWorkflows()`, so tests do not bundle for every worker. */
  workflowBundle?: WorkflowBundle;
}

const workflowsPath = fileURLToPath(new URL('./workflows.ts', import.meta.url));

/**
 * Bundles the workflow code. Sources import each other as `./x.js` (TypeScript's ESM style), so webpack is told
 * to look for the `.ts` file first.
 */
export function bundleWorkflows(): Promise<WorkflowBundle> {
  return bundleWorkflowCode({
    workflowsPath,
    webpackConfigHook: (config) => ({
      ...config,
      resolve: { ...config.resolve, extensionAlias: { '.js': ['.ts', '.js'] } },
    }),
  });
}

/** Runs the lifecycles' worker until `shutdown()`. */
export async function startWorker(options: WorkerOptions): Promise<{ shutdown(): Promise<void> }> {
  const dataSource = await createDataSource(options.databaseUrl, { poolSize: 5 }).initialize();
  const connection = await NativeConnection.connect({ address: options.temporalAddress });
  const worker = await Worker.create({
    connection,
    namespace: options.namespace ?? 'default',
    taskQueue: options.taskQueue ?? TASK_QUEUE,
    workflowBundle: options.workflowBundle ?? (await bundleWorkflows()),
    activities: createActivities({ dataSource }),
    ...(options.maxCachedWorkflows !== undefined ? { maxCachedWorkflows: options.maxCachedWorkflows } : {}),
  });
  const running = worker.run();
  return {
    async shutdown() {
      worker.shutdown();
      await running;
      await connection.close();
      await dataSource.destroy();
    },
  };
}

// Run directly (`tsx workflows/src/worker.ts`): the worker of the started stack.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const databaseUrl = process.env.DATABASE_URL;
  const temporalAddress = process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233';
  if (!databaseUrl) {
    console.error('DATABASE_URL saknas.');
    process.exit(1);
  }
  const worker = await startWorker({ databaseUrl, temporalAddress, namespace: process.env.TEMPORAL_NAMESPACE });
  console.log(`Worker kör på kön ${TASK_QUEUE} mot ${temporalAddress}.`);
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      worker.shutdown().then(() => process.exit(0));
    });
  }
}
