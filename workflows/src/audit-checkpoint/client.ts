import { ScheduleAlreadyRunning, ScheduleOverlapPolicy, type Client } from '@temporalio/client';
import { TASK_QUEUE } from '../task-queue.js';
import { auditCheckpointScheduleId } from './messages.js';
import type { auditCheckpoint } from './workflows.js';

/** How often the audit chains are checkpointed: events newer than the last checkpoint are only chained, not signed. */
const DEFAULT_INTERVAL = '1 hour';

export class AuditCheckpointClient {
  private readonly taskQueue: string;

  constructor(
    private readonly client: Client,
    options: { taskQueue?: string } = {},
  ) {
    this.taskQueue = options.taskQueue ?? TASK_QUEUE;
  }

  /**
   * The Schedule `audit-checkpoint-schedule/<task queue>`: every `every` (default hourly) it signs a checkpoint of
   * each audit chain that grew. Overlaps are skipped, a missed run is not caught up (the next one covers it).
   * An existing Schedule is left as it is.
   */
  async ensureSchedule(options: { every?: string } = {}) {
    const scheduleId = auditCheckpointScheduleId(this.taskQueue);
    try {
      await this.client.schedule.create({
        scheduleId,
        spec: { intervals: [{ every: options.every ?? DEFAULT_INTERVAL }] },
        policies: { overlap: ScheduleOverlapPolicy.SKIP },
        action: {
          type: 'startWorkflow',
          workflowType: 'auditCheckpoint',
          workflowId: `${scheduleId}/tick`,
          taskQueue: this.taskQueue,
          args: [] as Parameters<typeof auditCheckpoint>,
        },
      });
    } catch (error) {
      if (!(error instanceof ScheduleAlreadyRunning)) throw error;
    }
    return this.client.schedule.getHandle(scheduleId);
  }
}
