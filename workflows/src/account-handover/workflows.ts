import {
  applyHandoverCommand,
  handoverCommandRefusal,
  initialHandoverState,
  missingHandoverItems,
  SYSTEM_ROLE,
  TERMINAL_HANDOVER_STATUSES,
  type HandoverCommand,
  type HandoverState,
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
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { snapshotWorkflowId } from '../archiving/messages.js';
import { accountSnapshot } from '../archiving/workflows.js';
import { LIFECYCLE_STAGE } from '../search-attributes.js';
import type { createHandoverActivities } from './activities.js';
import {
  handoverStateQuery,
  linkDecisionUpdate,
  proposedUpdate,
  recordHandoverItemUpdate,
  retryFinalSnapshotUpdate,
  STEP_NOT_ALLOWED,
  withdrawHandoverUpdate,
  type ActingAs,
  type HandoverInput,
} from './messages.js';

const activities = proxyActivities<ReturnType<typeof createHandoverActivities>>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds' },
});

/** What a continued run carries over from the one before. */
export interface HandoverCarryOver {
  state: HandoverState;
  sequence: number;
  /** When the board secretary is reminded next, and how many reminders went before. */
  reminderAt: string | null;
  reminders: number;
}

const systemSignature = (at: string): Signature => ({ actorId: 'system', actorName: 'Systemet', role: SYSTEM_ROLE, at });

/**
 * `account-handover/<accountId>`: proposed → the board decides (the secretary reminded on the policy's deadline) →
 * refused: the account is active again; approved: a final snapshot (child `account-snapshot/<accountId>/BEFORE_HANDOVER-…`)
 * is archived before anything changes, then each condition is recorded with its evidence, then the municipality's
 * rights end, and the account leaves the register as HANDED_OVER. The rules live in @smg/domain.
 */
export async function accountHandover(input: HandoverInput, carried?: HandoverCarryOver): Promise<HandoverState> {
  const { workflowId } = workflowInfo();
  const keyPrefix = `${workflowId}/${input.handoverId}`;
  let state =
    carried?.state ??
    initialHandoverState(
      {
        handoverId: input.handoverId,
        accountId: input.accountId,
        municipalityId: input.municipalityId,
        administrationId: input.administrationId,
        unitId: input.unitId,
        boardId: input.boardId,
        platform: input.platform,
      },
      input.credentialsDeposited,
    );
  let sequence = carried?.sequence ?? 0;
  let projected = carried !== undefined;
  let refusal: string | null = null;
  let reminderAt = carried?.reminderAt ?? null;
  let reminders = carried?.reminders ?? 0;

  // Projection writes run one after another, in the order the steps were taken.
  let writes: Promise<unknown> = Promise.resolve();
  const inOrder = <T>(write: () => Promise<T>): Promise<T> => {
    const result = writes.then(write);
    writes = result.catch(() => undefined);
    return result;
  };

  const now = () => new Date(Date.now()).toISOString();
  const signatureOf = (by: ActingAs): Signature => ({ ...by, at: now() });

  const take = async (command: HandoverCommand, signature: Signature) => {
    const before = state;
    state = applyHandoverCommand(state, command, signature);
    sequence += 1;
    const step = sequence;
    upsertSearchAttributes([{ key: LIFECYCLE_STAGE, value: state.status }]);
    const projectedState = state;
    await inOrder(() => activities.projectHandoverStep({ keyPrefix, sequence: step, command, signature, fromStatus: before.status, state: projectedState }));
    return state;
  };

  const refuseUnless = (command: HandoverCommand) => {
    if (!projected) throw ApplicationFailure.create({ type: STEP_NOT_ALLOWED, message: 'Överlåtelsen håller på att registreras.', nonRetryable: true });
    const reason = handoverCommandRefusal(state, command);
    if (reason) throw ApplicationFailure.create({ type: STEP_NOT_ALLOWED, message: reason, nonRetryable: true });
  };

  setHandler(handoverStateQuery, () => state);
  setHandler(proposedUpdate, async () => {
    await condition(() => projected || refusal !== null);
    if (refusal) throw ApplicationFailure.create({ type: STEP_NOT_ALLOWED, message: refusal, nonRetryable: true });
    return state;
  });
  setHandler(linkDecisionUpdate, ({ decision, by }) => take({ type: 'LINK_DECISION', decision }, signatureOf(by)), {
    validator: ({ decision }) => refuseUnless({ type: 'LINK_DECISION', decision }),
  });
  setHandler(withdrawHandoverUpdate, ({ reason, by }) => take({ type: 'WITHDRAW', reason }, signatureOf(by)), {
    validator: ({ reason }) => refuseUnless({ type: 'WITHDRAW', reason }),
  });
  setHandler(
    recordHandoverItemUpdate,
    ({ key, evidence, declineReason, by }) => take({ type: 'RECORD_ITEM', key, evidence, declineReason }, signatureOf(by)),
    { validator: ({ key, evidence, declineReason }) => refuseUnless({ type: 'RECORD_ITEM', key, evidence, declineReason }) },
  );
  setHandler(retryFinalSnapshotUpdate, ({ by }) => take({ type: 'RETRY_SNAPSHOT' }, signatureOf(by)), {
    validator: (_input) => refuseUnless({ type: 'RETRY_SNAPSHOT' }),
  });

  if (!projected) {
    sequence += 1;
    const step = sequence;
    const recorded = await inOrder(() =>
      activities.recordHandoverProposed({ keyPrefix, sequence: step, workflowId, input, state, signature: { ...input.by, at: input.proposedAt } }),
    );
    if (recorded.refusal) {
      refusal = recorded.refusal;
      await condition(allHandlersFinished);
      throw ApplicationFailure.create({ type: STEP_NOT_ALLOWED, message: refusal, nonRetryable: true });
    }
    reminderAt = recorded.reminderAt;
    projected = true;
  }

  while (!TERMINAL_HANDOVER_STATUSES.includes(state.status)) {
    if (workflowInfo().continueAsNewSuggested) {
      await condition(allHandlersFinished);
      await writes;
      return continueAsNew<typeof accountHandover>(input, { state, sequence, reminderAt, reminders });
    }
    if (state.status === 'AWAITING_DECISION') {
      await awaitDecision();
    } else if (state.status === 'FINAL_SNAPSHOT' && state.finalSnapshot?.outcome === 'PENDING') {
      await archiveFinalSnapshot();
    } else if (state.status === 'RELEASE' && missingHandoverItems(state).length === 0) {
      await take({ type: 'COMPLETE' }, systemSignature(now()));
    } else {
      const seen = sequence;
      await condition(() => sequence !== seen || workflowInfo().continueAsNewSuggested);
    }
  }

  await condition(allHandlersFinished);
  await writes;
  return state;

  /** Waits for the board; reminds the board secretaries at the policy's deadline and after each further period. */
  async function awaitDecision() {
    const waiting = () => state.status === 'AWAITING_DECISION';
    while (waiting() && reminderAt) {
      const until = Math.max(1, Date.parse(reminderAt) - Date.now());
      if (await condition(() => !waiting() || workflowInfo().continueAsNewSuggested, until)) return;
      reminders += 1;
      const count = reminders;
      const next = await inOrder(() =>
        activities.remindBoardSecretaries({
          keyPrefix,
          handoverId: input.handoverId,
          accountId: input.accountId,
          count,
          at: now(),
          reminderWorkingDays: input.rules.decisionReminderWorkingDays,
        }),
      );
      reminderAt = next.nextReminderAt;
    }
  }

  /**
   * The final snapshot through the archiving lifecycle, before anything changes on the account. Its key was fixed
   * when the decision was linked, so a retried or replayed handover finds the same snapshot and never packs twice.
   */
  async function archiveFinalSnapshot() {
    const { snapshotKey } = state.finalSnapshot!;
    let outcome: 'ARCHIVED' | 'FAILED';
    let reason: string | null = null;
    try {
      outcome = await executeChild(accountSnapshot, {
        workflowId: snapshotWorkflowId(input.accountId, snapshotKey),
        args: [{ accountId: input.accountId, reason: 'BEFORE_HANDOVER', snapshotKey, runId: null, requestedByName: input.by.actorName }],
        // A snapshot under way finishes even if the handover is stopped: its package must not be left half made.
        parentClosePolicy: ParentClosePolicy.ABANDON,
      });
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) {
        outcome = 'FAILED';
        reason = 'En ögonblicksbild med samma nyckel pågår redan; gör om när den är klar.';
      } else if (error instanceof ChildWorkflowFailure) {
        outcome = 'FAILED';
        reason = error.cause?.message ?? error.message;
      } else {
        throw error;
      }
    }
    if (outcome === 'FAILED' && !reason) {
      reason = (await activities.finalSnapshotOutcome({ accountId: input.accountId, snapshotKey })).failureReason;
    }
    await take({ type: 'SNAPSHOT_FINISHED', outcome, reason }, systemSignature(now()));
  }
}
