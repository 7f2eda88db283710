import type { KeyObject } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { auditKeysFromEnv, verifyAuditCheckpoints, type CheckpointFailure } from './audit-checkpoint.js';

/** Where a municipality's audit chain first breaks, and how. */
export interface BrokenAuditLink {
  municipalityId: string;
  /** The event at which the chain no longer holds (the one after a deleted event, or the edited event itself). */
  eventId: string;
  chainIndex: number;
  problem: 'EDITED' | 'MISSING_BEFORE' | 'WRONG_PREVIOUS_HASH';
  /** In Swedish, for the command's output. */
  description: string;
}

export interface AuditChainReport {
  /** Events checked, over all municipalities. */
  checked: number;
  municipalities: number;
  /** The first broken link of each municipality whose chain is broken; empty when every chain holds. */
  broken: BrokenAuditLink[];
  /** Signed checkpoints checked. */
  checkpoints: number;
  /** The first checkpoint of each municipality that the chain no longer agrees with (or whose signature fails). */
  checkpointFailures: CheckpointFailure[];
}

interface ChainRow {
  id: string;
  municipalityId: string;
  chainIndex: string;
  previousHash: string | null;
  hash: string;
  recomputed: string;
  expectedPrevious: string | null;
  previousIndex: string | null;
}

/**
 * Recomputes every municipality's audit chain in the database with the same functions the insert trigger uses
 * (migration AuditHashChain) and reports the first broken link of each: an event whose content no longer gives its
 * hash (edited), a gap in the chain positions (deleted), or a previous hash that is not the previous event's.
 * Then checks the signed checkpoints (audit-checkpoint.ts) with the verification keys (default: from the
 * environment), which find a cut-off tail and a chain rewritten with fresh hashes.
 */
export async function verifyAuditChain(
  dataSource: DataSource,
  options: { verificationKeys?: KeyObject[] } = {},
): Promise<AuditChainReport> {
  const rows: ChainRow[] = await dataSource.query(`
    SELECT e.id::text AS id, e."municipalityId", e."chainIndex"::text AS "chainIndex", e."previousHash", e.hash,
           audit_event_hash(e."previousHash", e) AS recomputed,
           lag(e.hash) OVER w AS "expectedPrevious", lag(e."chainIndex") OVER w AS "previousIndex"
      FROM audit_event e
    WINDOW w AS (PARTITION BY e."municipalityId" ORDER BY e."chainIndex")
     ORDER BY e."municipalityId", e."chainIndex"`);
  const broken = new Map<string, BrokenAuditLink>();
  const municipalities = new Set<string>();
  for (const row of rows) {
    municipalities.add(row.municipalityId);
    if (broken.has(row.municipalityId)) continue;
    const index = Number(row.chainIndex);
    const expectedIndex = row.previousIndex === null ? 1 : Number(row.previousIndex) + 1;
    const link = (problem: BrokenAuditLink['problem'], description: string) =>
      broken.set(row.municipalityId, { municipalityId: row.municipalityId, eventId: row.id, chainIndex: index, problem, description });
    if (index !== expectedIndex) {
      link('MISSING_BEFORE', `Händelse ${row.id} (plats ${index}): ${index - expectedIndex} händelse(r) före den saknas (plats ${expectedIndex}–${index - 1}).`);
    } else if ((row.previousHash ?? null) !== (row.expectedPrevious ?? null)) {
      link('WRONG_PREVIOUS_HASH', `Händelse ${row.id} (plats ${index}): föregående hash stämmer inte med händelsen före.`);
    } else if (row.recomputed !== row.hash) {
      link('EDITED', `Händelse ${row.id} (plats ${index}): innehållet har ändrats efter att det skrevs (hashen stämmer inte).`);
    }
  }
  const checkpoints = await verifyAuditCheckpoints(dataSource, options.verificationKeys ?? auditKeysFromEnv().verificationKeys);
  for (const failure of checkpoints.failures) municipalities.add(failure.municipalityId);
  return {
    checked: rows.length,
    municipalities: municipalities.size,
    broken: [...broken.values()],
    checkpoints: checkpoints.checked,
    checkpointFailures: checkpoints.failures,
  };
}
