import {
  applyOpeningCommand,
  initialOpeningState,
  openingCommandRefusal,
  pendingApprovalStep,
  SYSTEM_ROLE,
  TERMINAL_STATUSES,
  type OpeningCommand,
  type OpeningState,
  type Signature,
} from '@smg/domain';
import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  continueAsNew,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import { LIFECYCLE_STAGE } from '../search-attributes.js';
import type { ApprovalDeadlines, createOpeningActivities } from './activities.js';
import {
  completeProvisioningItemUpdate,
  decideUpdate,
  openedUpdate,
  recordConsultationUpdate,
  savePlanUpdate,
  STEP_NOT_ALLOWED,
  stateQuery,
  submitPlanUpdate,
  withdrawUpdate,
  type ActingAs,
  type OpeningInput,
} from './messages.js';

const activities = proxyActivities<ReturnType<typeof createOpeningActivities>>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds' },
});

/** What a continued run carries over from the one before. */
export interface OpeningCarryOver {
  state: OpeningState;
  /** Number of state changes so far: the audit events' idempotency keys are built from it. */
  sequence: number;
  /** Deadlines of the step waiting now, if any. */
  deadlines: ApprovalDeadlines | null;
}

const systemSignature = (at: string): Signature => ({ actorId: 'system', actorName: 'Systemet', role: SYSTEM_ROLE, at });

/**
 * `account-opening/<accountId>`: DRAFT → IN_REVIEW → APPROVED → PROVISIONING → ACTIVE, or REJECTED / WITHDRAWN.
 * The rules live in @smg/domain; this function keeps the state durably, takes each step as an Update whose
 * validator asks the rules, and writes the database projection through idempotent activities.
 */
export async function accountOpening(input: OpeningInput, carried?: OpeningCarryOver): Promise<OpeningState> {
  const { workflowId } = workflowInfo();
  let state = carried?.state ?? initialOpeningState({ ...input, platform: input.plan.platform });
  let sequence = carried?.sequence ?? 0;
  let projected = carried !== undefined;
  let deadlines: ApprovalDeadlines | null = carried?.deadlines ?? null;

  // Projection writes run one after another, in the order the steps were taken.
  let writes: Promise<unknown> = Promise.resolve();
  const inOrder = <T>(write: () => Promise<T>): Promise<T> => {
    const result = writes.then(write);
    writes = result.catch(() => undefined);
    return result;
  };

  const now = () => new Date(Date.now()).toISOString();
  const signatureOf = (by: ActingAs): Signature => ({ ...by, at: now() });

  const take = async (command: OpeningCommand, signature: Signature, detail: { reason?: string | null } = {}) => {
    const before = state;
    state = applyOpeningCommand(state, command, signature, input.rules);
    sequence += 1;
    const step = sequence;
    upsertSearchAttributes([{ key: LIFECYCLE_STAGE, value: state.status }]);
    const projectedState = state;
    const next = await inOrder(() =>
      activities.projectOpeningStep({
        workflowId,
        sequence: step,
        command,
        signature,
        fromStatus: before.status,
        state: projectedState,
        reason: detail.reason ?? null,
        rules: input.rules,
      }),
    );
    if (next) deadlines = next;
    return state;
  };

  const refuseUnless = (command: OpeningCommand) => {
    if (!projected) throw ApplicationFailure.create({ type: STEP_NOT_ALLOWED, message: 'Ansökan håller på att skapas.', nonRetryable: true });
    const refusal = openingCommandRefusal(state, command);
    if (refusal) throw ApplicationFailure.create({ type: STEP_NOT_ALLOWED, message: refusal, nonRetryable: true });
  };

  setHandler(stateQuery, () => state);
  setHandler(openedUpdate, async () => {
    await condition(() => projected);
    return state;
  });
  setHandler(
    savePlanUpdate,
    async ({ plan, by }) => {
      const signature = signatureOf(by);
      sequence += 1;
      const step = sequence;
      await inOrder(() => activities.savePlanDraft({ workflowId, sequence: step, state, plan, signature }));
      return state;
    },
    { validator: (_input) => refuseUnless({ type: 'SAVE_PLAN' }) },
  );
  setHandler(submitPlanUpdate, ({ by }) => take({ type: 'SUBMIT_PLAN' }, signatureOf(by)), {
    validator: (_input) => refuseUnless({ type: 'SUBMIT_PLAN' }),
  });
  setHandler(
    recordConsultationUpdate,
    ({ opinion, by }) => take({ type: 'RECORD_CONSULTATION', opinion }, signatureOf(by), { reason: opinion }),
    { validator: ({ opinion }) => refuseUnless({ type: 'RECORD_CONSULTATION', opinion }) },
  );
  setHandler(
    decideUpdate,
    ({ step, decision, reason, by }) => take({ type: 'DECIDE', step, decision, reason }, signatureOf(by), { reason }),
    { validator: ({ step, decision, reason }) => refuseUnless({ type: 'DECIDE', step, decision, reason }) },
  );
  setHandler(
    completeProvisioningItemUpdate,
    ({ key, evidence, by }) => take({ type: 'COMPLETE_PROVISIONING_ITEM', key, evidence }, signatureOf(by), { reason: evidence.note }),
    { validator: ({ key, evidence }) => refuseUnless({ type: 'COMPLETE_PROVISIONING_ITEM', key, evidence }) },
  );
  setHandler(withdrawUpdate, ({ reason, by }) => take({ type: 'WITHDRAW', reason }, signatureOf(by), { reason }), {
    validator: ({ reason }) => refuseUnless({ type: 'WITHDRAW', reason }),
  });

  if (!projected) {
    sequence += 1;
    const step = sequence;
    await inOrder(() =>
      activities.recordOpeningStarted({ workflowId, sequence: step, input, signature: { ...input.by, at: input.appliedAt } }),
    );
    projected = true;
  }

  while (!TERMINAL_STATUSES.includes(state.status) && state.status !== 'ACTIVE') {
    if (workflowInfo().continueAsNewSuggested) {
      await condition(allHandlersFinished);
      await writes;
      return continueAsNew<typeof accountOpening>(input, { state, sequence, deadlines });
    }
    if (state.status === 'APPROVED') {
      await take({ type: 'START_PROVISIONING' }, systemSignature(now()));
      continue;
    }
    const pending = pendingApprovalStep(state);
    if (pending) {
      await awaitDecision(pending.kind);
      continue;
    }
    const seen = sequence;
    await condition(() => sequence !== seen || workflowInfo().continueAsNewSuggested);
  }

  await condition(allHandlersFinished);
  await writes;
  return state;

  /**
   * Waits for the pending step to be decided; reminds those who may decide at the reminder deadline and tells
   * the communications unit at the escalation deadline (working days, Europe/Stockholm; durable timers).
   */
  async function awaitDecision(kind: NonNullable<ReturnType<typeof pendingApprovalStep>>['kind']) {
    const revision = state.planRevision;
    const stillPending = () => state.status === 'IN_REVIEW' && state.planRevision === revision && pendingApprovalStep(state)?.kind === kind;
    // The step that left this one waiting set its deadlines; wait for that write if it is still under way.
    await condition(() => (deadlines?.revision === revision && deadlines.kind === kind) || !stillPending());
    if (!stillPending()) return;
    const { reminderAt, escalationAt } = deadlines!;
    const until = (iso: string) => Math.max(1, Date.parse(iso) - Date.now());
    if (await condition(() => !stillPending(), until(reminderAt))) return;
    await inOrder(() => activities.notifyOverdueApproval({ workflowId, accountId: input.accountId, revision, kind, level: 'REMINDER', at: now() }));
    if (await condition(() => !stillPending(), until(escalationAt))) return;
    await inOrder(() => activities.notifyOverdueApproval({ workflowId, accountId: input.accountId, revision, kind, level: 'ESCALATION', at: now() }));
    await condition(() => !stillPending());
  }
}
