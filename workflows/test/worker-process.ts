/**
 * The lifecycles' worker as its own process, started by `startWorkerProcess` in helpers.ts so a test can kill it
 * with SIGKILL: the same `startWorker` as the stack's worker (src/worker.ts), with the test's options from the
 * environment. With KILL_AFTER_FIRST_ATTEMPT_OF=<regular expression on the workflow id>, the process kills itself the
 * moment the first attempt of any activity of a matching workflow has returned: its side effects are committed, the
 * completion never reaches Temporal. Before dying it writes the activity's id to KILL_RECORD_FILE. SIGTERM shuts it
 * down gracefully.
 */
import { Context } from '@temporalio/activity';
import { writeFileSync } from 'node:fs';
import { startWorker } from '../src/worker.js';

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

export interface KillRecord {
  workflowId: string;
  runId: string;
  activityId: string;
  activityType: string;
}

const killPattern = process.env.KILL_AFTER_FIRST_ATTEMPT_OF ? new RegExp(process.env.KILL_AFTER_FIRST_ATTEMPT_OF) : null;
const killRecordFile = killPattern ? env('KILL_RECORD_FILE') : '';

let worker: { shutdown(): Promise<void> } | undefined;
let stopping = false;
process.on('SIGTERM', () => {
  if (stopping) return;
  stopping = true;
  (worker?.shutdown() ?? Promise.resolve()).then(() => process.exit(0));
});

// A spare started ahead (START_ON_STDIN=1) has loaded everything and waits for a line on stdin to begin polling.
if (process.env.START_ON_STDIN === '1') await new Promise((resolve) => process.stdin.once('data', resolve));

worker = await startWorker({
  databaseUrl: env('DATABASE_URL'),
  temporalAddress: env('TEMPORAL_ADDRESS'),
  namespace: process.env.TEMPORAL_NAMESPACE,
  taskQueue: env('TEMPORAL_TASK_QUEUE'),
  ...(process.env.WORKFLOW_BUNDLE_PATH ? { workflowBundle: { codePath: process.env.WORKFLOW_BUNDLE_PATH } } : {}),
  ...(process.env.MAX_CACHED_WORKFLOWS ? { maxCachedWorkflows: Number(process.env.MAX_CACHED_WORKFLOWS) } : {}),
  ...(killPattern
    ? {
        // A killed worker's sticky queue has no poller: its workflows' next tasks go to the restarted worker after 1 s
        // instead of 10.
        stickyQueueScheduleToStartTimeout: '1 second',
        interceptors: {
          activity: [
            () => ({
              inbound: {
                async execute(input, next) {
                  const result = await next(input);
                  const { workflowExecution, activityId, activityType, attempt } = Context.current().info;
                  const { workflowId = '', runId = '' } = workflowExecution ?? {};
                  if (attempt === 1 && killPattern.test(workflowId)) {
                    const record: KillRecord = { workflowId, runId, activityId, activityType };
                    writeFileSync(killRecordFile, JSON.stringify(record));
                    process.kill(process.pid, 'SIGKILL');
                  }
                  return result;
                },
              },
            }),
          ],
        },
      }
    : {}),
});
