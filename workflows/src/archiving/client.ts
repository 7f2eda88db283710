import { snapshotKey, type ArchivingPeriod, type SnapshotOccasion } from '@smg/domain';
import { ScheduleAlreadyRunning, ScheduleOverlapPolicy, WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import { ACCOUNT_ID, LIFECYCLE_STAGE, MUNICIPALITY_ID } from '../search-attributes.js';
import { TASK_QUEUE } from '../task-queue.js';
import { archivingRunWorkflowId, archivingScheduleId, snapshotWorkflowId, type AccountSnapshotInput, type ArchivingRunInput } from './messages.js';
import type { accountSnapshot, archivingRun, scheduledArchiving } from './workflows.js';

/** Minutes past midnight on the period's first day: the last day's posts are in by then. */
const FIRE_AT = { hour: 0, minute: 5 };
/** A run missed while the server was down is still made if the server is back within this. */
const CATCHUP_WINDOW = '30 days';

/** How the API, the schedule set-up and later lifecycles (closure, handover) start archiving. */
export class ArchivingClient {
  private readonly taskQueue: string;

  constructor(
    private readonly client: Client,
    options: { taskQueue?: string } = {},
  ) {
    this.taskQueue = options.taskQueue ?? TASK_QUEUE;
  }

  /**
   * Starts `archiving-run/<municipality>/<period>`. A period that already ran is run again: accounts that have
   * their package keep it, the others are documented now. Refused while the period's run is still going.
   */
  async startRun(input: Omit<ArchivingRunInput, 'trigger'>): Promise<{ workflowId: string; alreadyRunning: boolean }> {
    const workflowId = archivingRunWorkflowId(input.municipalityId, input.period);
    try {
      await this.client.workflow.start<typeof archivingRun>('archivingRun', {
        workflowId,
        taskQueue: this.taskQueue,
        args: [{ ...input, trigger: 'MANUAL' }],
        typedSearchAttributes: [
          { key: MUNICIPALITY_ID, value: input.municipalityId },
          { key: LIFECYCLE_STAGE, value: 'ARCHIVING' },
        ],
      });
      return { workflowId, alreadyRunning: false };
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) return { workflowId, alreadyRunning: true };
      throw error;
    }
  }

  /** Documents one account for a period or on an occasion (major change, closure, handover). */
  async snapshot(input: { accountId: string; municipalityId: string; period?: ArchivingPeriod; occasion?: SnapshotOccasion; at?: Date; runId?: string | null; requestedByName: string | null }) {
    const reason = input.occasion ?? 'PERIOD_END';
    const key = input.occasion ? snapshotKey(input.occasion, input.at ?? new Date()) : snapshotKey('PERIOD_END', input.period!);
    return this.startSnapshot({ accountId: input.accountId, reason, snapshotKey: key, runId: input.runId ?? null, requestedByName: input.requestedByName }, input.municipalityId);
  }

  /**
   * Documents a failed snapshot again under its own key (the archivist's retry): the same workflow id and row, so it
   * can never make a second package. Nothing new starts while an attempt is still running.
   */
  retry(snapshot: AccountSnapshotInput & { municipalityId: string }) {
    const { municipalityId, ...input } = snapshot;
    return this.startSnapshot(input, municipalityId);
  }

  private async startSnapshot(input: AccountSnapshotInput, municipalityId: string) {
    const workflowId = snapshotWorkflowId(input.accountId, input.snapshotKey);
    try {
      await this.client.workflow.start<typeof accountSnapshot>('accountSnapshot', {
        workflowId,
        taskQueue: this.taskQueue,
        args: [input],
        typedSearchAttributes: [
          { key: ACCOUNT_ID, value: input.accountId },
          { key: MUNICIPALITY_ID, value: municipalityId },
          { key: LIFECYCLE_STAGE, value: 'SNAPSHOT' },
        ],
      });
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
    return { workflowId, snapshotKey: input.snapshotKey };
  }

  /** Waits for a snapshot workflow started by `snapshot` (closure and handover wait before they change anything). */
  async snapshotResult(workflowId: string): Promise<'ARCHIVED' | 'FAILED'> {
    return this.client.workflow.getHandle<typeof accountSnapshot>(workflowId).result();
  }

  async runResult(municipalityId: string, period: ArchivingPeriod): Promise<void> {
    await this.client.workflow.getHandle<typeof archivingRun>(archivingRunWorkflowId(municipalityId, period)).result();
  }

  /**
   * The municipality's Schedule `archiving-schedule/<municipality>`: just after midnight, Stockholm time, on 1 January
   * and 1 July; the workflow it starts reads the policy in force then and runs the period that ended, if its cadence
   * ends one (a yearly policy skips July). Overlaps are skipped; a run missed while the server was down is caught up.
   */
  async ensureSchedule(municipalityId: string) {
    const scheduleId = archivingScheduleId(municipalityId);
    try {
      await this.client.schedule.create({
        scheduleId,
        spec: { calendars: [{ month: ['JANUARY', 'JULY'], dayOfMonth: 1, ...FIRE_AT }], timezone: 'Europe/Stockholm' },
        policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: CATCHUP_WINDOW },
        action: {
          type: 'startWorkflow',
          workflowType: 'scheduledArchiving',
          workflowId: `archiving-schedule/${municipalityId}/tick`,
          taskQueue: this.taskQueue,
          args: [{ municipalityId }] as Parameters<typeof scheduledArchiving>,
          typedSearchAttributes: [{ key: MUNICIPALITY_ID, value: municipalityId }],
        },
      });
    } catch (error) {
      if (!(error instanceof ScheduleAlreadyRunning)) throw error;
    }
    return this.client.schedule.getHandle(scheduleId);
  }
}
