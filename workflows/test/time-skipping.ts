import { temporal } from '@temporalio/proto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { WorkflowExecutionDescription } from '@temporalio/client';
import type { Duration } from '@temporalio/common';
import { tsToMs } from '@temporalio/common/lib/time';

const EventType = temporal.api.enums.v1.EventType;
type HistoryEvent = temporal.api.history.v1.IHistoryEvent;

/**
 * Test-server time: a timer of the test's workflows due within this much of where a skip lands is skipped past too,
 * so that it does not fire while what the test sends next is being handled (see `skipTime`).
 */
const TIMER_GUARD_MS = 10 * 60_000;
/** Real time a workflow may take to finish the work a skip left it (a task, its activities) before it counts as settled anyway. */
const SETTLE_LIMIT_MS = 10_000;

/**
 * `env.sleep` on the time-skipping server, failing with what the test's workflows were doing if time does not skip
 * within `realTimeLimitMs`. The server skips only while nothing holds its time lock (a workflow task outstanding, an
 * activity running); a task that never completes, or a lock the server fails to release, makes the sleep take its
 * whole duration in real time, and the test would otherwise end on its timeout with nothing said.
 *
 * Between skips the server's clock runs at real pace, and a skip lands a few milliseconds before the timers of a
 * workflow that checks at a fixed interval (each timer started a little after the instant the last skip landed on).
 * If such a timer fires while the workflow is handling what the test sends next (an update that ends a
 * `condition` with a timeout, so the worker cancels the timer), the server refuses the cancel of a timer that fired
 * and never gives the run another workflow task (temporalio/sdk-java#2606, #3088): the update waits forever. So the
 * skip ends only with the workflows settled and no timer of theirs due within `TIMER_GUARD_MS`; it goes on past such a
 * timer. The real server accepts that cancel, so the workflows keep their timers as they are.
 */
export async function skipTime(env: TestWorkflowEnvironment, duration: Duration, workflowIds: string[], realTimeLimitMs = 30_000): Promise<void> {
  await sleepOrExplain(env, duration, workflowIds, realTimeLimitMs);
  for (let round = 0; round < 10; round++) {
    await settled(env, workflowIds);
    const now = await env.currentTimeMs();
    const soon = (await Promise.all(workflowIds.map((id) => pendingTimersDue(env, id)))).flat().filter((due) => due - now < TIMER_GUARD_MS);
    if (soon.length === 0) return;
    await sleepOrExplain(env, Math.max(...soon) - now + 1000, workflowIds, realTimeLimitMs);
  }
  throw new Error(`after skipping ${String(duration)}, the workflows' timers kept falling due within ${TIMER_GUARD_MS / 60_000} minutes`);
}

async function sleepOrExplain(env: TestWorkflowEnvironment, duration: Duration, workflowIds: string[], realTimeLimitMs: number): Promise<void> {
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

/** Waits until none of the workflows has a workflow task or an activity under way, for at most `SETTLE_LIMIT_MS`. */
async function settled(env: TestWorkflowEnvironment, workflowIds: string[]): Promise<void> {
  const busy = async (workflowId: string) => {
    const history = await historyOf(env, workflowId);
    if (!history) return false;
    const { description, events } = history;
    if (description.status.name !== 'RUNNING') return false;
    const last = events.at(-1)?.eventType;
    return (
      (description.raw.pendingActivities ?? []).length > 0 ||
      last === EventType.EVENT_TYPE_WORKFLOW_TASK_SCHEDULED ||
      last === EventType.EVENT_TYPE_WORKFLOW_TASK_STARTED
    );
  };
  const deadline = Date.now() + SETTLE_LIMIT_MS;
  while (Date.now() < deadline && (await Promise.all(workflowIds.map(busy))).some(Boolean)) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** When each timer the workflow's current run has started, and that has neither fired nor been cancelled, falls due (test-server time). */
async function pendingTimersDue(env: TestWorkflowEnvironment, workflowId: string): Promise<number[]> {
  const history = await historyOf(env, workflowId);
  if (!history || history.description.status.name !== 'RUNNING') return [];
  const due = new Map<string, number>();
  for (const event of history.events) {
    const started = event.timerStartedEventAttributes;
    if (started?.timerId) due.set(started.timerId, tsToMs(event.eventTime) + tsToMs(started.startToFireTimeout));
    const ended = event.timerFiredEventAttributes?.timerId ?? event.timerCanceledEventAttributes?.timerId;
    if (ended) due.delete(ended);
  }
  return [...due.values()];
}

/** The workflow's description and its current run's events; undefined if the test has not started it. */
async function historyOf(env: TestWorkflowEnvironment, workflowId: string): Promise<{ description: WorkflowExecutionDescription; events: HistoryEvent[] } | undefined> {
  const handle = env.client.workflow.getHandle(workflowId);
  try {
    const description = await handle.describe();
    return { description, events: (await handle.fetchHistory()).events ?? [] };
  } catch (error) {
    if (error instanceof Error && error.name === 'WorkflowNotFoundError') return undefined;
    throw error;
  }
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
