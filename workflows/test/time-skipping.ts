import { temporal } from '@temporalio/proto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Duration } from '@temporalio/common';

const EventType = temporal.api.enums.v1.EventType;

/**
 * `env.sleep` on the time-skipping server, failing with what the test's workflows were doing if time does not skip
 * within `realTimeLimitMs`. The server skips only while nothing holds its time lock (a workflow task outstanding, an
 * activity running); a task that never completes, or a lock the server fails to release, makes the sleep take its
 * whole duration in real time, and the test would otherwise end on its timeout with nothing said.
 */
export async function skipTime(env: TestWorkflowEnvironment, duration: Duration, workflowIds: string[], realTimeLimitMs = 30_000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const stuck = new Promise<'stuck'>((resolve) => {
    timer = setTimeout(() => resolve('stuck'), realTimeLimitMs);
  });
  const startedAt = await env.currentTimeMs();
  try {
    if ((await Promise.race([env.sleep(duration).then(() => 'skipped' as const), stuck])) === 'skipped') return;
  } finally {
    clearTimeout(timer);
  }
  const skipped = (await env.currentTimeMs()) - startedAt;
  const states = await Promise.all(workflowIds.map((id) => describeForDiagnosis(env, id)));
  throw new Error(
    `time did not skip ${String(duration)} within ${realTimeLimitMs / 1000} s of real time (it moved ${Math.round(skipped / 1000)} s); ` +
      `the workflows:\n${states.join('\n')}`,
  );
}

/** A workflow's status, pending activities and last events, for a failure message. */
async function describeForDiagnosis(env: TestWorkflowEnvironment, workflowId: string): Promise<string> {
  try {
    const handle = env.client.workflow.getHandle(workflowId);
    const description = await handle.describe();
    const activities = (description.raw.pendingActivities ?? []).map(
      (a) => `${a.activityType?.name} (attempt ${a.attempt}, state ${a.state}${a.lastFailure?.message ? `, last failure: ${a.lastFailure.message}` : ''})`,
    );
    const events = (await handle.fetchHistory()).events ?? [];
    const last = events.slice(-6).map((e) => EventType[e.eventType ?? 0]?.replace(/^EVENT_TYPE_/, '') ?? String(e.eventType));
    return `- ${workflowId}: ${description.status.name}; pending activities: ${activities.join(', ') || 'none'}; last events: ${last.join(' → ')}`;
  } catch (error) {
    return `- ${workflowId}: not described (${error instanceof Error ? error.message : String(error)})`;
  }
}
