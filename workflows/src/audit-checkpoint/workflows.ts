import { proxyActivities } from '@temporalio/workflow';
import type { createAuditCheckpointActivities } from './activities.js';
import type { AuditCheckpointResult } from './messages.js';

const activities = proxyActivities<ReturnType<typeof createAuditCheckpointActivities>>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '5 seconds', maximumInterval: '1 minute', nonRetryableErrorTypes: ['AuditSigningKeyMissing'] },
});

/** What the checkpoint Schedule starts: one signed checkpoint per audit chain that grew since the last. */
export async function auditCheckpoint(): Promise<AuditCheckpointResult> {
  return activities.signAuditCheckpoints();
}
