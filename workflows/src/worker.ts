import { DEFAULT_ARCHIVE_DIR, packageStorage, type ArchiveStorage } from '@smg/archive';
import { auditKeysFromEnv, createDataSource, parseAuditSigningKey } from '@smg/db';
import { Client, Connection } from '@temporalio/client';
import { connectorConfigFromEnv, type ConnectorConfig } from '@smg/platform';
import type { Duration } from '@temporalio/common';
import { NativeConnection, Worker, bundleWorkflowCode, type WorkerInterceptors, type WorkflowBundle, type WorkflowBundleOption } from '@temporalio/worker';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { createActivities } from './activities.js';
import { AuditCheckpointClient } from './audit-checkpoint/client.js';
import { CaptureBrowser, type ArchivingDeps } from './archiving/activities.js';
import { TASK_QUEUE } from './task-queue.js';

export interface WorkerOptions {
  databaseUrl: string;
  temporalAddress: string;
  namespace?: string;
  taskQueue?: string;
  /** Tests set 0 to force replay: no workflow is kept between tasks (the SDK raises 1 to 2). */
  maxCachedWorkflows?: number;
  /** A bundle made once by `bundleWorkflows()` (or its code in a file), so tests do not bundle for every worker. */
  workflowBundle?: WorkflowBundleOption;
  /** Activity interceptors; the reliability tests' worker process adds one that kills the process. */
  interceptors?: Pick<WorkerInterceptors, 'activity'>;
  /** How long a workflow task waits for this worker's sticky queue before any worker may take it (SDK default 10 s). */
  stickyQueueScheduleToStartTimeout?: Duration;
  /** Where archive packages are kept and built; default .local/archive of the repository (ARCHIVE_DIR). */
  archiveDir?: string;
  /** Archive storage; default a local folder under archiveDir. */
  archiveStorage?: ArchiveStorage;
  /** The platforms (or the simulator) snapshots read from; default from the environment (PLATFORM_API_URL, tokens). */
  connectors?: ConnectorConfig;
  /** The audit checkpoints' Ed25519 signing key, PEM or base64 PKCS#8; default AUDIT_SIGNING_KEY. */
  auditSigningKey?: string;
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

/** What the archiving activities run on: storage and staging under the archive folder, the platforms, one browser. */
export function archivingDeps(options: Pick<WorkerOptions, 'archiveDir' | 'archiveStorage' | 'connectors'> = {}): Omit<ArchivingDeps, 'dataSource'> {
  const archiveDir = options.archiveDir ?? DEFAULT_ARCHIVE_DIR;
  return {
    storage: options.archiveStorage ?? packageStorage(archiveDir),
    stagingDir: path.join(archiveDir, 'staging'),
    connectors: options.connectors ?? connectorConfigFromEnv(),
    captureBrowser: new CaptureBrowser(process.env.CHROMIUM_PATH),
  };
}

/** Runs the lifecycles' worker until `shutdown()`. */
export async function startWorker(options: WorkerOptions): Promise<{ shutdown(): Promise<void> }> {
  const dataSource = await createDataSource(options.databaseUrl, { poolSize: 5 }).initialize();
  const connection = await NativeConnection.connect({ address: options.temporalAddress });
  const archiving = archivingDeps(options);
  const auditSigningKey = options.auditSigningKey ? parseAuditSigningKey(options.auditSigningKey) : auditKeysFromEnv().signingKey;
  const worker = await Worker.create({
    connection,
    namespace: options.namespace ?? 'default',
    taskQueue: options.taskQueue ?? TASK_QUEUE,
    workflowBundle: options.workflowBundle ?? (await bundleWorkflows()),
    activities: createActivities({ dataSource, archiving, auditSigningKey }),
    ...(options.maxCachedWorkflows !== undefined ? { maxCachedWorkflows: options.maxCachedWorkflows } : {}),
    ...(options.interceptors ? { interceptors: options.interceptors } : {}),
    ...(options.stickyQueueScheduleToStartTimeout ? { stickyQueueScheduleToStartTimeout: options.stickyQueueScheduleToStartTimeout } : {}),
  });
  const running = worker.run();
  return {
    async shutdown() {
      worker.shutdown();
      await running;
      await archiving.captureBrowser.close();
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
  const taskQueue = process.env.TEMPORAL_TASK_QUEUE || TASK_QUEUE;
  if (!process.env.AUDIT_SIGNING_KEY) console.warn('AUDIT_SIGNING_KEY saknas: granskningsloggens kontrollpunkter kan inte signeras.');
  const worker = await startWorker({ databaseUrl, temporalAddress, namespace: process.env.TEMPORAL_NAMESPACE, taskQueue });
  console.log(`Worker kör på kön ${taskQueue} mot ${temporalAddress}.`);
  // The audit chains are checkpointed as long as a worker of this queue runs.
  const connection = await Connection.connect({ address: temporalAddress });
  const schedule = await new AuditCheckpointClient(new Client({ connection, namespace: process.env.TEMPORAL_NAMESPACE ?? 'default' }), { taskQueue }).ensureSchedule();
  await connection.close();
  console.log(`Kontrollpunktsschema: ${schedule.scheduleId}`);
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      worker.shutdown().then(() => process.exit(0));
    });
  }
}
