import {
  ActivityFailure,
  ApplicationFailure,
  ChildWorkflowFailure,
  ParentClosePolicy,
  continueAsNew,
  proxyActivities,
  setHandler,
  startChild,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { ACCOUNT_ID, LIFECYCLE_STAGE, MUNICIPALITY_ID } from '../search-attributes.js';
import type { createArchivingActivities } from './activities.js';
import {
  archivingProgressQuery,
  archivingRunWorkflowId,
  snapshotWorkflowId,
  type AccountSnapshotInput,
  type ArchivingRunCarryOver,
  type ArchivingRunInput,
} from './messages.js';

type ArchivingActivities = ReturnType<typeof createArchivingActivities>;

const bookkeeping = proxyActivities<ArchivingActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds' },
});

/** Rendering, conversion, validation and packing: minutes, and a few tries before the account is reported failed. */
const capture = proxyActivities<ArchivingActivities>({
  startToCloseTimeout: '10 minutes',
  heartbeatTimeout: '20 seconds',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumAttempts: 3, nonRetryableErrorTypes: ['SnapshotInvalid'] },
});

const DEFAULT_CONCURRENCY = 2;
const DEFAULT_ACCOUNTS_PER_RUN = 500;
const PAGE_SIZE = 200;

/**
 * `archiving-run/<municipality>/<period>`: documents every account due in the period, a child
 * `account-snapshot/<accountId>/<period>` each, at most `concurrency` at a time (a sliding window). After
 * `accountsPerRun` children, or when the server suggests it, it waits for those in flight and continues as new with
 * its cursor, so 100,000 accounts never make one long history. A failed account is reported, never fails the run.
 */
export async function archivingRun(input: ArchivingRunInput, carried?: ArchivingRunCarryOver): Promise<void> {
  const concurrency = input.concurrency ?? DEFAULT_CONCURRENCY;
  const accountsPerRun = input.accountsPerRun ?? DEFAULT_ACCOUNTS_PER_RUN;
  const runId = carried?.runId ?? (await bookkeeping.openArchivingRun(input, workflowInfo().workflowId));
  let cursor = carried?.cursor ?? null;
  let started = carried?.started ?? 0;
  let startedThisRun = 0;
  const inFlight = new Set<Promise<unknown>>();
  setHandler(archivingProgressQuery, () => ({ started, inFlight: inFlight.size, cursor }));
  upsertSearchAttributes({ [MUNICIPALITY_ID.name]: [input.municipalityId], [LIFECYCLE_STAGE.name]: ['ARCHIVING'] });

  const drain = () => Promise.all(inFlight);
  let page: string[] = [];
  let exhausted = false;
  for (;;) {
    if (page.length === 0 && !exhausted) {
      page = await bookkeeping.enqueueAccountsDue({ runId, municipalityId: input.municipalityId, period: input.period, after: cursor, limit: PAGE_SIZE });
      exhausted = page.length < PAGE_SIZE;
    }
    const accountId = page.shift();
    if (!accountId) break;
    while (inFlight.size >= concurrency) await Promise.race(inFlight);
    const child = documentAccount({ accountId, reason: 'PERIOD_END', snapshotKey: input.period, runId, requestedByName: input.startedByName });
    inFlight.add(child);
    void child.finally(() => inFlight.delete(child));
    cursor = accountId;
    started += 1;
    startedThisRun += 1;
    if (startedThisRun >= accountsPerRun || workflowInfo().continueAsNewSuggested) {
      await drain();
      await continueAsNew<typeof archivingRun>(input, { runId, cursor, started });
    }
  }
  await drain();
  upsertSearchAttributes({ [LIFECYCLE_STAGE.name]: ['ARCHIVED'] });
  await bookkeeping.closeArchivingRun({ runId });
}

/** Starts the account's snapshot and resolves when it has ended; one already running for the same key is left to finish. */
async function documentAccount(input: AccountSnapshotInput): Promise<void> {
  try {
    const handle = await startChild(accountSnapshot, {
      workflowId: snapshotWorkflowId(input.accountId, input.snapshotKey),
      args: [input],
      // A snapshot in progress finishes even if the run is stopped: its package must not be left half made.
      parentClosePolicy: ParentClosePolicy.ABANDON,
    });
    await handle.result();
  } catch (error) {
    if (error instanceof WorkflowExecutionAlreadyStartedError) return;
    // A snapshot that broke rather than failed its capture is still one account's outcome, not the run's.
    if (error instanceof ChildWorkflowFailure) {
      await bookkeeping.failSnapshotByKey({ accountId: input.accountId, snapshotKey: input.snapshotKey, reason: error.cause?.message ?? error.message });
      return;
    }
    throw error;
  }
}

/**
 * `account-snapshot/<accountId>/<key>`: the account's public page rendered and saved as PDF/A, its posts and comments
 * exported, checksummed, packed as an E-ARK SIP, validated and stored once. Also started on its own before closure,
 * before handover and on a major change. A failure after the retries is recorded as the snapshot's outcome, so a run
 * goes on and the archivist can retry it.
 */
export async function accountSnapshot(input: AccountSnapshotInput): Promise<'ARCHIVED' | 'FAILED'> {
  upsertSearchAttributes({ [ACCOUNT_ID.name]: [input.accountId], [LIFECYCLE_STAGE.name]: ['SNAPSHOT'] });
  const snapshotId = await bookkeeping.beginSnapshot(input, workflowInfo().workflowId);
  if (snapshotId === null) return 'ARCHIVED'; // already packaged: a retry never makes a second package
  try {
    await capture.captureSnapshot({ snapshotId });
    upsertSearchAttributes({ [LIFECYCLE_STAGE.name]: ['ARCHIVED'] });
    return 'ARCHIVED';
  } catch (error) {
    if (!(error instanceof ActivityFailure)) throw error;
    const cause = error.cause instanceof ApplicationFailure ? error.cause.message : (error.cause?.message ?? error.message);
    await bookkeeping.failSnapshot({ snapshotId, reason: cause });
    upsertSearchAttributes({ [LIFECYCLE_STAGE.name]: ['FAILED'] });
    return 'FAILED';
  }
}

/**
 * What the municipality's Schedule starts at each period end: reads the policy in force and, when its cadence
 * ends a period now, starts that period's run (which outlives this workflow).
 */
export async function scheduledArchiving(input: { municipalityId: string }): Promise<string | null> {
  const period = await bookkeeping.periodEndingAt({ municipalityId: input.municipalityId, at: workflowInfo().runStartTime.toISOString() });
  if (!period) return null;
  try {
    await startChild(archivingRun, {
      workflowId: archivingRunWorkflowId(input.municipalityId, period),
      args: [{ municipalityId: input.municipalityId, period, trigger: 'SCHEDULE', startedByName: null }],
      parentClosePolicy: ParentClosePolicy.ABANDON,
    });
  } catch (error) {
    // The archivist started this period by hand already: nothing to do.
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
  }
  return period;
}
