import type { HandoverEvidence, HandoverItemKey, HandoverState, LinkedBoardDecision } from '@smg/domain';
import { WorkflowExecutionAlreadyStartedError, WorkflowFailedError, WorkflowUpdateFailedError, type Client, type WorkflowHandle } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { StepNotAllowedError } from '../client.js';
import { ACCOUNT_ID, LIFECYCLE_STAGE, MUNICIPALITY_ID, UNIT_ID } from '../search-attributes.js';
import { TASK_QUEUE } from '../task-queue.js';
import {
  handoverStateQuery,
  handoverWorkflowId,
  linkDecisionUpdate,
  proposedUpdate,
  recordHandoverItemUpdate,
  retryFinalSnapshotUpdate,
  STEP_NOT_ALLOWED,
  withdrawHandoverUpdate,
  type ActingAs,
  type HandoverInput,
} from './messages.js';
import type { accountHandover } from './workflows.js';

export type { HandoverInput } from './messages.js';
export { handoverWorkflowId } from './messages.js';

const isStepNotAllowed = (failure: unknown): failure is ApplicationFailure =>
  failure instanceof ApplicationFailure && failure.type === STEP_NOT_ALLOWED;

/** The one way the API (and demo data) drive handovers. Each step is an Update; each returns the new state. */
export class HandoverClient {
  private readonly taskQueue: string;

  constructor(
    private readonly client: Client,
    options: { taskQueue?: string } = {},
  ) {
    this.taskQueue = options.taskQueue ?? TASK_QUEUE;
  }

  static workflowId(accountId: string): string {
    return handoverWorkflowId(accountId);
  }

  /**
   * Starts `account-handover/<accountId>` and resolves once the account is HANDING_OVER. Refused when a handover of
   * the account is already under way, or when the account is no longer active by the time the lifecycle looks.
   */
  async propose(input: Omit<HandoverInput, 'proposedAt'>): Promise<HandoverState> {
    let handle: WorkflowHandle<typeof accountHandover>;
    try {
      handle = await this.client.workflow.start<typeof accountHandover>('accountHandover', {
        workflowId: handoverWorkflowId(input.accountId),
        taskQueue: this.taskQueue,
        args: [{ ...input, proposedAt: new Date().toISOString() }],
        typedSearchAttributes: [
          { key: ACCOUNT_ID, value: input.accountId },
          { key: UNIT_ID, value: input.unitId },
          { key: MUNICIPALITY_ID, value: input.municipalityId },
          { key: LIFECYCLE_STAGE, value: 'AWAITING_DECISION' },
        ],
      });
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) throw new StepNotAllowedError('En överlåtelse av kontot pågår redan.');
      throw error;
    }
    return this.step(handle, () => handle.executeUpdate(proposedUpdate));
  }

  linkDecision(accountId: string, decision: LinkedBoardDecision, by: ActingAs) {
    return this.update(accountId, (h) => h.executeUpdate(linkDecisionUpdate, { args: [{ decision, by }] }));
  }

  withdraw(accountId: string, reason: string, by: ActingAs) {
    return this.update(accountId, (h) => h.executeUpdate(withdrawHandoverUpdate, { args: [{ reason, by }] }));
  }

  recordItem(accountId: string, key: HandoverItemKey, evidence: HandoverEvidence, declineReason: string | null, by: ActingAs) {
    return this.update(accountId, (h) => h.executeUpdate(recordHandoverItemUpdate, { args: [{ key, evidence, declineReason, by }] }));
  }

  retryFinalSnapshot(accountId: string, by: ActingAs) {
    return this.update(accountId, (h) => h.executeUpdate(retryFinalSnapshotUpdate, { args: [{ by }] }));
  }

  /** The lifecycle's own view, also after it has ended. */
  state(accountId: string): Promise<HandoverState> {
    return this.handle(accountId).query(handoverStateQuery);
  }

  /** Waits for the handover to end (handed over, refused or withdrawn). */
  result(accountId: string): Promise<HandoverState> {
    return this.handle(accountId).result();
  }

  private handle(accountId: string): WorkflowHandle<typeof accountHandover> {
    return this.client.workflow.getHandle<typeof accountHandover>(handoverWorkflowId(accountId));
  }

  private update(accountId: string, send: (handle: WorkflowHandle<typeof accountHandover>) => Promise<HandoverState>) {
    const handle = this.handle(accountId);
    return this.step(handle, () => send(handle));
  }

  private async step(handle: WorkflowHandle<typeof accountHandover>, send: () => Promise<HandoverState>): Promise<HandoverState> {
    try {
      return await send();
    } catch (error) {
      if (error instanceof WorkflowUpdateFailedError && isStepNotAllowed(error.cause)) throw new StepNotAllowedError(error.cause.message);
      if (error instanceof Error && (error.name === 'WorkflowNotFoundError' || /already completed/i.test(error.message))) {
        // The lifecycle ended before the step arrived: a refused proposal says why in its failure.
        const why = await handle.result().then(
          () => null,
          (failed: unknown) => (failed instanceof WorkflowFailedError && isStepNotAllowed(failed.cause) ? failed.cause.message : null),
        );
        throw new StepNotAllowedError(why ?? 'Kontot har ingen pågående överlåtelse.');
      }
      throw error;
    }
  }
}
