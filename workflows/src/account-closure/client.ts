import type { ClosureReason, ClosureState, PlatformRemovalEvidence } from '@smg/domain';
import {
  ScheduleAlreadyRunning,
  ScheduleOverlapPolicy,
  WorkflowExecutionAlreadyStartedError,
  WorkflowFailedError,
  WorkflowIdReusePolicy,
  WorkflowUpdateFailedError,
  type Client,
  type WorkflowHandle,
} from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { STEP_NOT_ALLOWED, type ActingAs } from '../account-opening/messages.js';
import { ACCOUNT_ID, LIFECYCLE_STAGE, MUNICIPALITY_ID } from '../search-attributes.js';
import { TASK_QUEUE } from '../task-queue.js';
import {
  CLOSURE_NOT_ALLOWED,
  activityWatchScheduleId,
  activityWatchWorkflowId,
  closureBegunUpdate,
  closureStateQuery,
  closureWorkflowId,
  confirmCredentialsDestroyedUpdate,
  confirmPlatformRemovalUpdate,
  decideClosureUpdate,
  recordClosureOpinionUpdate,
  reportActivityUpdate,
  watchStateQuery,
  type ClosureDecisionInput,
  type WatchState,
} from './messages.js';
import type { accountClosure, activityWatch, ensureActivityWatches } from './workflows.js';

export type { ClosureDecisionInput, WatchState } from './messages.js';

/** The closure lifecycle refused the step where it stands now; the message is the rule's reason, in Swedish. */
export class ClosureStepRefusedError extends Error {
  override name = 'ClosureStepRefusedError';
}

/** Early morning, Stockholm time: every active account is made sure to be watched once a day. */
const FIRE_AT = { hour: 6, minute: 0 };

/** How the API, the demo data and tests drive the activity watch and closures. */
export class ClosureClient {
  private readonly taskQueue: string;

  constructor(
    private readonly client: Client,
    options: { taskQueue?: string } = {},
  ) {
    this.taskQueue = options.taskQueue ?? TASK_QUEUE;
  }

  /** Starts `activity-watch/<accountId>` unless it already runs. */
  async watch(account: { accountId: string; municipalityId: string }): Promise<{ workflowId: string; alreadyRunning: boolean }> {
    const workflowId = activityWatchWorkflowId(account.accountId);
    try {
      await this.client.workflow.start<typeof activityWatch>('activityWatch', {
        workflowId,
        taskQueue: this.taskQueue,
        args: [account],
        typedSearchAttributes: [
          { key: ACCOUNT_ID, value: account.accountId },
          { key: MUNICIPALITY_ID, value: account.municipalityId },
          { key: LIFECYCLE_STAGE, value: 'WATCHED' },
        ],
      });
      return { workflowId, alreadyRunning: false };
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) return { workflowId, alreadyRunning: true };
      throw error;
    }
  }

  /** An editor says the account is in use; the watch is started first if it is not running. */
  async reportActivity(account: { accountId: string; municipalityId: string }, note: string | null, by: ActingAs): Promise<WatchState> {
    await this.watch(account);
    return this.step(() => this.watchHandle(account.accountId).executeUpdate(reportActivityUpdate, { args: [{ note, by }] }));
  }

  recordOpinion(accountId: string, opinion: string, by: ActingAs): Promise<WatchState> {
    return this.step(() => this.watchHandle(accountId).executeUpdate(recordClosureOpinionUpdate, { args: [{ opinion, by }] }));
  }

  /** The unit manager's decision; a decision to close resolves once the closure it starts has begun (CLOSING). */
  async decide(accountId: string, decision: ClosureDecisionInput, by: ActingAs): Promise<WatchState> {
    const state = await this.step(() => this.watchHandle(accountId).executeUpdate(decideClosureUpdate, { args: [{ ...decision, by }] }));
    if (decision.decision === 'CLOSE') await this.closureBegun(accountId);
    return state;
  }

  /** Waits for the closure the watch is starting to exist and to have made the account CLOSING. */
  private async closureBegun(accountId: string, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        await this.closureHandle(accountId).executeUpdate(closureBegunUpdate);
        return;
      } catch (error) {
        const notYet = error instanceof Error && error.name === 'WorkflowNotFoundError';
        if (!notYet || Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }

  watchState(accountId: string): Promise<WatchState> {
    return this.watchHandle(accountId).query(watchStateQuery);
  }

  /**
   * Starts `account-closure/<accountId>` for a reason other than an inactivity episode (a changed purpose, the activity
   * ended); resolves once the account is CLOSING.
   */
  async requestClosure(input: { accountId: string; municipalityId: string; reason: ClosureReason; explanation: string | null; by: ActingAs }): Promise<ClosureState> {
    const workflowId = closureWorkflowId(input.accountId);
    let handle: WorkflowHandle<typeof accountClosure>;
    try {
      handle = await this.client.workflow.start<typeof accountClosure>('accountClosure', {
        workflowId,
        taskQueue: this.taskQueue,
        args: [{ ...input, episodeId: null, requestedAt: new Date().toISOString() }],
        // An account is closed once; only a closure that could not begin (failed) may be asked for again.
        workflowIdReusePolicy: WorkflowIdReusePolicy.ALLOW_DUPLICATE_FAILED_ONLY,
        typedSearchAttributes: [
          { key: ACCOUNT_ID, value: input.accountId },
          { key: MUNICIPALITY_ID, value: input.municipalityId },
          { key: LIFECYCLE_STAGE, value: 'CLOSING' },
        ],
      });
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) throw new ClosureStepRefusedError('Kontot avslutas redan eller är redan avslutat.');
      throw error;
    }
    return this.step(async () => {
      try {
        return await handle.executeUpdate(closureBegunUpdate);
      } catch (error) {
        // The closure could not begin (the account is not active): its failure says why.
        await handle.result();
        throw error;
      }
    });
  }

  confirmPlatformRemoval(accountId: string, evidence: PlatformRemovalEvidence, by: ActingAs): Promise<ClosureState> {
    return this.step(() => this.closureHandle(accountId).executeUpdate(confirmPlatformRemovalUpdate, { args: [{ evidence, by }] }));
  }

  confirmCredentialsDestroyed(accountId: string, note: string, by: ActingAs): Promise<ClosureState> {
    return this.step(() => this.closureHandle(accountId).executeUpdate(confirmCredentialsDestroyedUpdate, { args: [{ note, by }] }));
  }

  closureState(accountId: string): Promise<ClosureState> {
    return this.closureHandle(accountId).query(closureStateQuery);
  }

  closureResult(accountId: string): Promise<ClosureState> {
    return this.closureHandle(accountId).result();
  }

  /**
   * The municipality's Schedule `activity-watch-schedule/<municipality>`: every morning, Stockholm time, each active
   * account without a running watch gets one (new accounts, and a watch that was stopped). Overlaps are skipped.
   */
  async ensureSchedule(municipalityId: string) {
    const scheduleId = activityWatchScheduleId(municipalityId);
    try {
      await this.client.schedule.create({
        scheduleId,
        spec: { calendars: [{ ...FIRE_AT, dayOfWeek: '*' }], timezone: 'Europe/Stockholm' },
        policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 day' },
        action: {
          type: 'startWorkflow',
          workflowType: 'ensureActivityWatches',
          workflowId: `${scheduleId}/tick`,
          taskQueue: this.taskQueue,
          args: [{ municipalityId }] as Parameters<typeof ensureActivityWatches>,
          typedSearchAttributes: [{ key: MUNICIPALITY_ID, value: municipalityId }],
        },
      });
    } catch (error) {
      if (!(error instanceof ScheduleAlreadyRunning)) throw error;
    }
    return this.client.schedule.getHandle(scheduleId);
  }

  private watchHandle(accountId: string): WorkflowHandle<typeof activityWatch> {
    return this.client.workflow.getHandle<typeof activityWatch>(activityWatchWorkflowId(accountId));
  }

  private closureHandle(accountId: string): WorkflowHandle<typeof accountClosure> {
    return this.client.workflow.getHandle<typeof accountClosure>(closureWorkflowId(accountId));
  }

  private async step<T>(send: () => Promise<T>): Promise<T> {
    try {
      return await send();
    } catch (error) {
      const cause = error instanceof WorkflowUpdateFailedError || error instanceof WorkflowFailedError ? error.cause : undefined;
      const failure = cause instanceof ApplicationFailure ? cause : cause?.cause instanceof ApplicationFailure ? cause.cause : undefined;
      if (failure && (failure.type === STEP_NOT_ALLOWED || failure.type === CLOSURE_NOT_ALLOWED)) {
        throw new ClosureStepRefusedError(failure.message);
      }
      if (error instanceof Error && (error.name === 'WorkflowNotFoundError' || /already completed/i.test(error.message))) {
        throw new ClosureStepRefusedError('Kontot har inget pågående ärende om inaktivitet eller avslut.');
      }
      throw error;
    }
  }
}
