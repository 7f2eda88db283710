/** The Temporal Schedule that signs the audit chains' checkpoints, one per task queue (tests run queues of their own). */
export const auditCheckpointScheduleId = (taskQueue: string) => `audit-checkpoint-schedule/${taskQueue}`;

/** What one checkpoint run did. */
export interface AuditCheckpointResult {
  /** Municipalities whose chain had grown and got a new signed checkpoint. */
  written: number;
  keyId: string;
}
