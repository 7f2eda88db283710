import {
  TERMINAL_STATUSES,
  applyClosureCommand,
  applyInactivityCommand,
  closureCommandRefusal,
  inactiveFrom,
  inactivityCommandRefusal,
  initialClosureState,
  isOpenEpisode,
  isRevival,
  snapshotKey,
  validateClosureDecision,
  type ClosureCommand,
  type ClosureState,
  type InactivityCommand,
  type InactivityEpisodeState,
  type Signature,
} from '@smg/domain';
import {
  ApplicationFailure,
  ChildWorkflowFailure,
  ParentClosePolicy,
  allHandlersFinished,
  condition,
  continueAsNew,
  executeChild,
  getExternalWorkflowHandle,
  proxyActivities,
  setHandler,
  sleep,
  startChild,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { STEP_NOT_ALLOWED, type ActingAs } from '../account-opening/messages.js';
import { snapshotWorkflowId } from '../archiving/messages.js';
import { accountSnapshot } from '../archiving/workflows.js';
import { ACCOUNT_ID, LIFECYCLE_STAGE, MUNICIPALITY_ID } from '../search-attributes.js';
import type { createClosureActivities } from './activities.js';
import {
  activityWatchWorkflowId,
  closureBegunUpdate,
  closureStartedSignal,
  closureStateQuery,
  closureWorkflowId,
  confirmCredentialsDestroyedUpdate,
  confirmPlatformRemovalUpdate,
  decideClosureUpdate,
  recordClosureOpinionUpdate,
  reportActivityUpdate,
  watchStateQuery,
  type ActivityWatchCarryOver,
  type ActivityWatchInput,
  type ClosureInput,
  type WatchState,
} from './messages.js';

const activities = proxyActivities<ReturnType<typeof createClosureActivities>>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

const DAY = 24 * 3600 * 1000;
/** The longest the watch sleeps without looking: a new policy version or a quiet platform is noticed within it. */
const LONGEST_SLEEP = 30 * DAY;
/** How often the platform is asked during the grace period, so returning activity ends the episode soon. */
const GRACE_CHECK_INTERVAL = DAY;
/** How long the watch waits before looking again at an account that is neither active nor ended (being handed over). */
const NOT_ACTIVE_RECHECK = DAY;
/** Loop turns per run before continuing as new, keeping a years-long watch's history small. */
const TURNS_PER_RUN = 200;
/** How long a closure waits before trying a failed final snapshot again. */
const SNAPSHOT_RETRY_AFTER = '6 hours';

const refuse = (message: string) => ApplicationFailure.create({ type: STEP_NOT_ALLOWED, message, nonRetryable: true });
const nowIso = () => new Date(Date.now()).toISOString();
const signatureOf = (by: ActingAs): Signature => ({ ...by, at: nowIso() });
const until = (iso: string) => Math.max(1, Date.parse(iso) - Date.now());

/**
 * `activity-watch/<accountId>`: looks at the account's last activity (the platform's newest post or comment, or an
 * editor's report) when it could next pass the policy's inactivity threshold, at least monthly, on durable timers.
 * Past the threshold an episode starts: the editors and the unit manager are warned and the grace period runs, with
 * the platform checked daily; activity ends the episode. After the grace period the communications unit gives its
 * opinion and the unit manager decides keep (with a plan and a review date) or close, escalated to the communications
 * unit if the decision is late. Close starts `account-closure/<accountId>`, which ends the watch.
 */
export async function activityWatch(input: ActivityWatchInput, carried?: ActivityWatchCarryOver): Promise<WatchState> {
  const { workflowId } = workflowInfo();
  const { accountId } = input;
  let episode: InactivityEpisodeState | null = carried?.episode ?? null;
  let reviewAt: string | null = carried?.reviewAt ?? null;
  let lastActivityAt: string | null = carried?.lastActivityAt ?? null;
  let nextCheckAt: string | null = null;
  let closing: string | null = null;
  /** The account left ACTIVE for good (closed, handed over) without telling the watch. */
  let ended = false;
  /** Bumped by every handler, so a sleeping loop wakes to look again. */
  let changes = 0;

  let writes: Promise<unknown> = Promise.resolve();
  const inOrder = <T>(write: () => Promise<T>): Promise<T> => {
    const result = writes.then(write);
    writes = result.catch(() => undefined);
    return result;
  };
  const view = (): WatchState => ({ accountId, episode, lastActivityAt, nextCheckAt, reviewAt, closureWorkflowId: closing });

  const refuseUnless = (command: InactivityCommand) => {
    if (closing || ended) throw refuse('Kontot håller på att avslutas.');
    const refusal = inactivityCommandRefusal(episode, command);
    if (refusal) throw refuse(refusal);
  };
  const step = async (command: InactivityCommand, by: ActingAs) => {
    const signature = signatureOf(by);
    episode = applyInactivityCommand(episode, command, signature);
    const after = episode;
    if (after.stage === 'KEPT') reviewAt = after.decision!.reviewAt;
    changes += 1;
    await inOrder(() => activities.projectEpisodeStep({ accountId, episode: after, command, signature }));
    return view();
  };

  setHandler(watchStateQuery, view);
  setHandler(closureStartedSignal, ({ closureWorkflowId: id }) => {
    closing = id;
    changes += 1;
  });
  setHandler(
    reportActivityUpdate,
    async ({ note, by }) => {
      const at = nowIso();
      await inOrder(() => activities.recordReportedActivity({ accountId, workflowId, at, by, note }));
      if (!lastActivityAt || Date.parse(at) > Date.parse(lastActivityAt)) lastActivityAt = at;
      changes += 1;
      return view();
    },
    {
      validator: (_input) => {
        if (closing || ended) throw refuse('Kontot bevakas inte längre; ingen aktivitet kan rapporteras.');
      },
    },
  );
  setHandler(recordClosureOpinionUpdate, ({ opinion, by }) => step({ type: 'RECORD_OPINION', opinion }, by), {
    validator: ({ opinion }) => refuseUnless({ type: 'RECORD_OPINION', opinion }),
  });
  setHandler(
    decideClosureUpdate,
    ({ decision, revivalPlan, reviewAt: review, comment, by }) => step({ type: 'DECIDE', decision, revivalPlan, reviewAt: review, comment }, by),
    {
      validator: ({ decision, revivalPlan, reviewAt: review, comment }) => {
        refuseUnless({ type: 'DECIDE', decision, revivalPlan, reviewAt: review, comment });
        const problems = validateClosureDecision({ decision, revivalPlan, reviewAt: review }, new Date(Date.now()));
        if (problems.length > 0) throw refuse(problems.map((p) => p.message).join(' '));
      },
    },
  );

  upsertSearchAttributes({ [ACCOUNT_ID.name]: [accountId], [MUNICIPALITY_ID.name]: [input.municipalityId], [LIFECYCLE_STAGE.name]: ['WATCHED'] });

  /** Sleeps `ms` unless something happens first (a report, a decision, a closure). */
  const waitFor = async (ms: number) => {
    const seen = changes;
    await condition(() => changes !== seen || closing !== null, Math.max(1, ms));
    nextCheckAt = null;
  };

  for (let turn = 0; ; turn++) {
    if (episode?.stage === 'CLOSE_DECIDED' && !closing) {
      closing = closureWorkflowId(accountId);
      await closeAsDecided(episode);
      continue;
    }
    if (closing || ended) {
      if (episode && isOpenEpisode(episode)) {
        const open = episode;
        await inOrder(() => activities.supersedeEpisode({ episodeId: open.episodeId, at: nowIso() }));
        episode = { ...open, stage: 'SUPERSEDED' };
      }
      await condition(allHandlersFinished);
      await writes;
      upsertSearchAttributes({ [LIFECYCLE_STAGE.name]: [closing ? 'CLOSING' : 'ENDED'] });
      return view();
    }
    if (turn >= TURNS_PER_RUN || workflowInfo().continueAsNewSuggested) {
      await condition(allHandlersFinished);
      await writes;
      return continueAsNew<typeof activityWatch>(input, { episode: episode && isOpenEpisode(episode) ? episode : null, reviewAt, lastActivityAt });
    }

    await writes;
    const check = await activities.checkActivity({ accountId, workflowId, at: nowIso() });
    lastActivityAt = check.lastActivityAt;
    if (TERMINAL_STATUSES.includes(check.accountStatus) || check.accountStatus === 'CLOSING') {
      // Closed, handed over or being closed by a closure that could not tell us: nothing more to watch.
      ended = true;
      continue;
    }
    if (check.accountStatus !== 'ACTIVE') {
      await waitFor(NOT_ACTIVE_RECHECK);
      continue;
    }
    if ((!episode || !isOpenEpisode(episode)) && check.openEpisode) episode = check.openEpisode;
    if (!reviewAt && check.reviewAt) reviewAt = check.reviewAt;

    if (!episode || !isOpenEpisode(episode)) {
      episode = null;
      const since = lastActivityAt ?? check.activatedAt ?? nowIso();
      let due = inactiveFrom(new Date(since), check.policy.thresholdDays).getTime();
      // A kept account is looked at again on its review date, not before.
      if (reviewAt && Date.parse(reviewAt) > due) due = Date.parse(reviewAt);
      if (Date.now() < due) {
        nextCheckAt = new Date(Math.min(due, Date.now() + LONGEST_SLEEP)).toISOString();
        const next = nextCheckAt;
        await inOrder(() => activities.recordNextCheck({ accountId, nextCheckAt: next }));
        await waitFor(until(next));
        continue;
      }
      reviewAt = null;
      const at = nowIso();
      const started = await activities.startEpisode({ accountId, workflowId, at, lastActivityAt, policy: check.policy });
      episode = started;
      upsertSearchAttributes({ [LIFECYCLE_STAGE.name]: ['INACTIVE'] });
      continue;
    }

    if (episode.stage === 'WARNED') {
      const warned = episode;
      if (isRevival(warned, lastActivityAt ? new Date(lastActivityAt) : null)) {
        const activityAt = lastActivityAt!;
        await inOrder(() => activities.endEpisodeRevived({ episodeId: warned.episodeId, at: nowIso(), activityAt, source: check.lastActivitySource ?? 'PLATFORM' }));
        episode = { ...warned, stage: 'REVIVED', revivedAt: lastActivityAt };
        upsertSearchAttributes({ [LIFECYCLE_STAGE.name]: ['WATCHED'] });
        continue;
      }
      if (Date.now() >= Date.parse(warned.graceEndsAt)) {
        const { decisionDueAt } = await activities.requestDecision({ episodeId: warned.episodeId, at: nowIso() });
        episode = { ...warned, stage: 'AWAITING_OPINION', decisionDueAt };
        upsertSearchAttributes({ [LIFECYCLE_STAGE.name]: ['AWAITING_CLOSURE_DECISION'] });
        continue;
      }
      nextCheckAt = new Date(Math.min(Date.parse(warned.graceEndsAt), Date.now() + GRACE_CHECK_INTERVAL)).toISOString();
      await waitFor(until(nextCheckAt));
      continue;
    }

    // Waiting for the opinion and the decision: the communications unit is told once when the deadline passes.
    nextCheckAt = null;
    const waiting = episode;
    const stillOpen = () => episode?.episodeId === waiting.episodeId && isOpenEpisode(episode) && closing === null;
    if (!waiting.escalatedAt && waiting.decisionDueAt) {
      if (!(await condition(() => !stillOpen(), until(waiting.decisionDueAt)))) {
        const at = nowIso();
        await inOrder(() => activities.escalateEpisode({ episodeId: waiting.episodeId, at }));
        episode = { ...episode!, escalatedAt: at };
      }
      continue;
    }
    await condition(() => !stillOpen());
  }

  /**
   * Starts the closure the unit manager decided on and stays until it has ended, so the watch's history shows how the
   * episode ended. Abandoned, not cancelled, if the watch is stopped: a closure under way goes on.
   */
  async function closeAsDecided(decided: InactivityEpisodeState): Promise<void> {
    const decision = decided.decision!;
    try {
      const closure = await startChild(accountClosure, {
        workflowId: closureWorkflowId(accountId),
        args: [
          {
            accountId,
            municipalityId: input.municipalityId,
            reason: 'INACTIVITY',
            explanation: decision.comment,
            episodeId: decided.episodeId,
            by: { actorId: decision.by.actorId, actorName: decision.by.actorName, role: decision.by.role === 'SYSTEM' ? 'UNIT_MANAGER' : decision.by.role },
            requestedAt: decision.by.at,
          },
        ],
        parentClosePolicy: ParentClosePolicy.ABANDON,
      });
      upsertSearchAttributes({ [LIFECYCLE_STAGE.name]: ['CLOSING'] });
      await closure.result();
    } catch (error) {
      // A manager asked to close it directly a moment before: that closure goes on without this watch.
      if (error instanceof WorkflowExecutionAlreadyStartedError) return;
      // The closure could not begin (the account stopped being active meanwhile): the watch ends; the next look at
      // the account, by the daily schedule, starts a new one if it is active again.
      if (error instanceof ChildWorkflowFailure) return;
      throw error;
    }
  }
}

/**
 * `account-closure/<accountId>`: ACTIVE → CLOSING → CLOSED. A final snapshot through the archiving lifecycle before
 * anything is shut (seed 004), retried until it is archived; then the unit confirms the account was deleted or
 * unpublished on the platform (with evidence, and what the platform itself answers); the communications unit destroys
 * the deposited credentials (when there are any); the account leaves the public register; the communications unit is
 * notified; CLOSED.
 */
export async function accountClosure(input: ClosureInput): Promise<ClosureState> {
  const { workflowId } = workflowInfo();
  let state = initialClosureState(input.accountId, input.reason);
  let begun = false;

  let writes: Promise<unknown> = Promise.resolve();
  const inOrder = <T>(write: () => Promise<T>): Promise<T> => {
    const result = writes.then(write);
    writes = result.catch(() => undefined);
    return result;
  };
  const refuseUnless = (command: ClosureCommand) => {
    if (!begun) throw refuse('Avslutet håller på att påbörjas.');
    const refusal = closureCommandRefusal(state, command);
    if (refusal) throw refuse(refusal);
  };

  setHandler(closureStateQuery, () => state);
  setHandler(closureBegunUpdate, async () => {
    await condition(() => begun);
    return state;
  });
  setHandler(
    confirmPlatformRemovalUpdate,
    async ({ evidence, by }) => {
      const signature = signatureOf(by);
      const command: ClosureCommand = { type: 'CONFIRM_PLATFORM_REMOVAL', evidence };
      // The step is taken at once, so a second confirmation is refused while the platform is being asked.
      state = applyClosureCommand(state, command, signature, 'UNKNOWN');
      // Queued at once, so the closure's last steps wait for this one to be recorded with the platform's answer.
      await inOrder(async () => {
        const platformCheck = await activities.checkPlatformRemoval({ accountId: input.accountId });
        state = { ...state, platformRemoval: { ...state.platformRemoval!, platformCheck } };
        await activities.projectClosureStep({ workflowId, state, command, signature });
      });
      return state;
    },
    { validator: ({ evidence }) => refuseUnless({ type: 'CONFIRM_PLATFORM_REMOVAL', evidence }) },
  );
  setHandler(
    confirmCredentialsDestroyedUpdate,
    async ({ note, by }) => {
      const signature = signatureOf(by);
      const command: ClosureCommand = { type: 'CONFIRM_CREDENTIALS_DESTROYED', note };
      state = applyClosureCommand(state, command, signature);
      const after = state;
      await inOrder(() => activities.projectClosureStep({ workflowId, state: after, command, signature }));
      return state;
    },
    { validator: ({ note }) => refuseUnless({ type: 'CONFIRM_CREDENTIALS_DESTROYED', note }) },
  );

  upsertSearchAttributes({ [ACCOUNT_ID.name]: [input.accountId], [MUNICIPALITY_ID.name]: [input.municipalityId], [LIFECYCLE_STAGE.name]: ['CLOSING'] });
  // Keyed by when the closure was asked for: a replay or a retry finds the same snapshot and package.
  const key = snapshotKey('BEFORE_CLOSURE', new Date(input.requestedAt));
  const snapshotId = snapshotWorkflowId(input.accountId, key);
  const begin = await activities.beginClosure({ workflowId, closure: input, snapshotKey: key, snapshotWorkflowId: snapshotId, at: nowIso() });
  state = { ...state, credentialsDeposited: begin.credentialsDeposited };
  begun = true;
  // A closure decided in an episode was started by the watch, which has ended; any other tells the watch to end.
  if (!input.episodeId) {
    try {
      await getExternalWorkflowHandle(activityWatchWorkflowId(input.accountId)).signal(closureStartedSignal, { closureWorkflowId: workflowId });
    } catch {
      // No watch is running for the account.
    }
  }

  upsertSearchAttributes({ [LIFECYCLE_STAGE.name]: ['FINAL_SNAPSHOT'] });
  for (let attempt = 1; ; attempt++) {
    let outcome: 'ARCHIVED' | 'FAILED';
    try {
      outcome = await executeChild(accountSnapshot, {
        workflowId: snapshotId,
        args: [{ accountId: input.accountId, reason: 'BEFORE_CLOSURE', snapshotKey: key, runId: null, requestedByName: input.by.actorName }],
        // The package must not be left half made if the closure is stopped.
        parentClosePolicy: ParentClosePolicy.ABANDON,
      });
    } catch (error) {
      if (!(error instanceof ChildWorkflowFailure)) throw error;
      outcome = 'FAILED';
    }
    const at = nowIso();
    await inOrder(() => activities.recordClosureSnapshot({ workflowId, accountId: input.accountId, outcome, attempt, at }));
    if (outcome === 'ARCHIVED') break;
    state = { ...state, snapshot: 'FAILED' };
    await sleep(SNAPSHOT_RETRY_AFTER);
  }
  state = { ...state, snapshot: 'ARCHIVED', stage: 'AWAITING_PLATFORM_REMOVAL' };
  upsertSearchAttributes({ [LIFECYCLE_STAGE.name]: ['AWAITING_PLATFORM_REMOVAL'] });

  await condition(() => state.stage === 'FINISHING');
  await writes;
  upsertSearchAttributes({ [LIFECYCLE_STAGE.name]: ['FINISHING'] });
  await activities.delistClosedAccount({ workflowId, accountId: input.accountId, at: nowIso() });
  await activities.notifyCommunicationsOfClosure({ workflowId, accountId: input.accountId, at: nowIso() });
  await activities.completeClosure({ workflowId, accountId: input.accountId, at: nowIso() });
  state = { ...state, stage: 'CLOSED' };
  upsertSearchAttributes({ [LIFECYCLE_STAGE.name]: ['CLOSED'] });
  await condition(allHandlersFinished);
  return state;
}

const WATCH_PAGE = 200;
const WATCHES_PER_RUN = 1000;

/**
 * What the municipality's daily Schedule starts: every active account gets its `activity-watch/<accountId>` unless
 * one is running (a new account, or a watch that was stopped), paging through the accounts and continuing as new.
 */
export async function ensureActivityWatches(input: { municipalityId: string }, carried?: { cursor: string | null; started: number }): Promise<number> {
  let cursor = carried?.cursor ?? null;
  let started = carried?.started ?? 0;
  let seenThisRun = 0;
  for (;;) {
    const page = await activities.activeAccountsAfter({ municipalityId: input.municipalityId, after: cursor, limit: WATCH_PAGE });
    for (const accountId of page) {
      try {
        await startChild(activityWatch, {
          workflowId: activityWatchWorkflowId(accountId),
          args: [{ accountId, municipalityId: input.municipalityId }],
          parentClosePolicy: ParentClosePolicy.ABANDON,
        });
        started += 1;
      } catch (error) {
        if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
      }
      cursor = accountId;
      seenThisRun += 1;
    }
    if (page.length < WATCH_PAGE) return started;
    if (seenThisRun >= WATCHES_PER_RUN || workflowInfo().continueAsNewSuggested) {
      return continueAsNew<typeof ensureActivityWatches>(input, { cursor, started });
    }
  }
}
