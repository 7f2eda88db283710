import { auditKeyId, writeAuditCheckpoints } from '@smg/db';
import { ApplicationFailure } from '@temporalio/common';
import type { KeyObject } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { AuditCheckpointResult } from './messages.js';

export interface AuditCheckpointDeps {
  dataSource: DataSource;
  /** The Ed25519 key checkpoints are signed with (AUDIT_SIGNING_KEY); without it no checkpoint can be written. */
  signingKey?: KeyObject;
}

export function createAuditCheckpointActivities({ dataSource, signingKey }: AuditCheckpointDeps) {
  return {
    /** Signs a checkpoint of every audit chain that grew since its last one. */
    async signAuditCheckpoints(): Promise<AuditCheckpointResult> {
      if (!signingKey) {
        throw ApplicationFailure.nonRetryable('AUDIT_SIGNING_KEY saknas: workern kan inte signera granskningsloggens kontrollpunkter.', 'AuditSigningKeyMissing');
      }
      const written = await writeAuditCheckpoints(dataSource, signingKey);
      return { written: written.length, keyId: auditKeyId(signingKey) };
    },
  };
}
