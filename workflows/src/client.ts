import {
  DEFAULT_OPENING_RULES,
  type ActivityPlanContent,
  type Decision,
  type OpeningRules,
  type OpeningState,
  type ProvisioningEvidence,
  type ProvisioningItemKey,
} from '@smg/domain';
import { WorkflowUpdateFailedError, type Client, type WorkflowHandle } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import {
  completeProvisioningItemUpdate,
  decideUpdate,
  openedUpdate,
  openingWorkflowId,
  recordConsultationUpdate,
  savePlanUpdate,
  STEP_NOT_ALLOWED,
  stateQuery,
  submitPlanUpdate,
  withdrawUpdate,
  type ActingAs,
  type OpeningInput,
} from './account-opening/messages.js';
import type { accountOpening } from './account-opening/workflows.js';
import { ACCOUNT_ID, LIFECYCLE_STAGE, MUNICIPALITY_ID, UNIT_ID } from './search-attributes.js';
import { TASK_QUEUE } from './task-queue.js';

export type { ActingAs, OpeningInput } from './account-opening/messages.js';
export { ArchivingClient } from './archiving/client.js';
export { archivingRunWorkflowId, snapshotWorkflowId } from './archiving/messages.js';

/** The lifecycle refused the step where it stands now; the message is the rule's reason, in Swedish. */
export class StepNotAllowedError extends Error {
  override name = 'StepNotAllowedError';
}

/** The one way the API (and demo data) drive account openings. Each step is an Update; each returns the new state. */
export class OpeningClient {
  private readonly taskQueue: string;

  constructor(
    private readonly client: Client,
    options: { taskQueue?: string } = {},
  ) {
    this.taskQueue = options.taskQueue ?? TASK_QUEUE;
  }

  static workflowId(accountId: string): string {
    return openingWorkflowId(accountId);
  }

  /** Starts `account-opening/<accountId>`; resolves once the account, its draft plan and the audit event are stored. */
  async apply(
    input: Omit<OpeningInput, 'appliedAt' | 'policyVersionId' | 'rules'> & { policyVersionId?: string | null; rules?: OpeningRules },
  ): Promise<OpeningState> {
    const handle = await this.client.workflow.start<typeof accountOpening>('accountOpening', {
      workflowId: openingWorkflowId(input.accountId),
      taskQueue: this.taskQueue,
      args: [
        {
          ...input,
          rules: input.rules ?? DEFAULT_OPENING_RULES,
          policyVersionId: input.policyVersionId ?? null,
          appliedAt: new Date().toISOString(),
        },
      ],
      typedSearchAttributes: [
        { key: ACCOUNT_ID, value: input.accountId },
        { key: UNIT_ID, value: input.unitId },
        { key: MUNICIPALITY_ID, value: input.municipalityId },
        { key: LIFECYCLE_STAGE, value: 'DRAFT' },
      ],
    });
    return this.step(() => handle.executeUpdate(openedUpdate));
  }

  savePlan(accountId: string, plan: ActivityPlanContent, by: ActingAs) {
    return this.update(accountId, (h) => h.executeUpdate(savePlanUpdate, { args: [{ plan, by }] }));
  }

  submitPlan(accountId: string, by: ActingAs) {
    return this.update(accountId, (h) => h.executeUpdate(submitPlanUpdate, { args: [{ by }] }));
  }

  recordConsultation(accountId: string, opinion: string, by: ActingAs) {
    return this.update(accountId, (h) => h.executeUpdate(recordConsultationUpdate, { args: [{ opinion, by }] }));
  }

  decide(accountId: string, step: 'UNIT_MANAGER' | 'HEAD_OF_ADMINISTRATION', decision: Decision, reason: string | null, by: ActingAs) {
    return this.update(accountId, (h) => h.executeUpdate(decideUpdate, { args: [{ step, decision, reason, by }] }));
  }

  completeProvisioningItem(accountId: string, key: ProvisioningItemKey, evidence: ProvisioningEvidence, by: ActingAs) {
    return this.update(accountId, (h) => h.executeUpdate(completeProvisioningItemUpdate, { args: [{ key, evidence, by }] }));
  }

  withdraw(accountId: string, reason: string, by: ActingAs) {
    return this.update(accountId, (h) => h.executeUpdate(withdrawUpdate, { args: [{ reason, by }] }));
  }

  /** The lifecycle's own view, also after it has ended (queries work on closed workflows). */
  state(accountId: string): Promise<OpeningState> {
    return this.handle(accountId).query(stateQuery);
  }

  private handle(accountId: string): WorkflowHandle<typeof accountOpening> {
    return this.client.workflow.getHandle<typeof accountOpening>(openingWorkflowId(accountId));
  }

  private update(accountId: string, send: (handle: WorkflowHandle<typeof accountOpening>) => Promise<OpeningState>) {
    const handle = this.handle(accountId);
    return this.step(() => send(handle));
  }

  private async step(send: () => Promise<OpeningState>): Promise<OpeningState> {
    try {
      return await send();
    } catch (error) {
      if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure && error.cause.type === STEP_NOT_ALLOWED) {
        throw new StepNotAllowedError(error.cause.message);
      }
      // The lifecycle has ended (active, rejected, withdrawn): no step can be taken on it any more.
      if (error instanceof Error && (error.name === 'WorkflowNotFoundError' || /already completed/i.test(error.message))) {
        throw new StepNotAllowedError('Kontot har ingen pågående ansökan.');
      }
      throw error;
    }
  }
}

export { ClosureClient, ClosureStepRefusedError, type ClosureDecisionInput, type WatchState } from './account-closure/client.js';
