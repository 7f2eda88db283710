import {
  Account,
  AccountAdministrator,
  ActivityPlan,
  Administration,
  ArchivingRun,
  ApprovalStep,
  AccountHandover,
  AuditEvent,
  Board,
  BoardDecision,
  HandoverItem,
  Municipality,
  ProvisioningItem,
  Snapshot,
  Unit,
  snapshotCountsByRun,
  UploadedFile,
  plainRows,
} from '@smg/db';
import type { SnapshotCounts } from '@smg/domain';
import DataLoader from 'dataloader';
import type { DataSource, ObjectLiteral } from 'typeorm';

/**
 * Per-request batching: every field that needs related rows asks a loader, so a page of accounts with units,
 * plans, approvals and history costs one statement per kind of row, not one per account.
 */
export function createLoaders(dataSource: DataSource) {
  // Plain rows (no per-row TypeORM hydration): these loaders answer every list page.
  const rows = <T extends ObjectLiteral>(entity: new () => T) => plainRows(dataSource, entity);

  const byId = <T extends ObjectLiteral & { id: string }>(entity: new () => T) =>
    new DataLoader<string, T | null>(async (ids) => {
      const found = new Map((await rows(entity).select('where id = any($1)', [ids])).map((r) => [r.id, r]));
      return ids.map((id) => found.get(id) ?? null);
    });

  /** Each account's rows (those matching `and`, when given), in `orderBy` order. */
  const perAccount = <T extends ObjectLiteral & { accountId: string | null }>(entity: new () => T, orderBy: string, and?: string) =>
    new DataLoader<string, T[]>(async (accountIds) => {
      const groups = new Map<string, T[]>(accountIds.map((id) => [id, []]));
      const tail = `where "accountId" = any($1)${and ? ` and ${and}` : ''} order by ${orderBy}`;
      for (const row of await rows(entity).select(tail, [accountIds])) {
        if (row.accountId) groups.get(row.accountId)?.push(row);
      }
      return accountIds.map((id) => groups.get(id)!);
    });

  /** Each account's latest row by `orderBy`, or null. */
  const latestPerAccount = <T extends ObjectLiteral & { accountId: string | null }>(entity: new () => T, orderBy: string) =>
    new DataLoader<string, T | null>(async (accountIds) => {
      const latest = await rows(entity).select(`where "accountId" = any($1) order by "accountId", ${orderBy}`, [accountIds], { distinctOn: '"accountId"' });
      const found = new Map(latest.map((r) => [r.accountId, r]));
      return accountIds.map((id) => found.get(id) ?? null);
    });

  return {
    municipality: byId(Municipality),
    board: byId(Board),
    administration: byId(Administration),
    unit: byId(Unit),
    account: byId(Account),
    archivingRun: byId(ArchivingRun),
    snapshot: byId(Snapshot),

    /** How many of each run's accounts are in each snapshot state: one grouped count for a page of runs. */
    runProgress: new DataLoader<string, SnapshotCounts>(async (runIds) => {
      const counts = await snapshotCountsByRun(dataSource.manager, runIds);
      return runIds.map((id) => counts.get(id)!);
    }),

    /** The account's most recently requested snapshot, whatever its outcome. */
    latestSnapshot: latestPerAccount(Snapshot, '"requestedAt" desc'),

    /** The plan's latest revision: the draft being written, or the one last submitted. */
    currentPlan: latestPerAccount(ActivityPlan, 'revision desc'),

    /** The approval chain of the latest submitted revision, in chain order (kept after a send-back so the reason shows). */
    currentApprovals: perAccount(
      ApprovalStep,
      'position asc',
      '"planRevision" = (select max(latest."planRevision") from approval_step latest where latest."accountId" = approval_step."accountId")',
    ),

    provisioning: perAccount(ProvisioningItem, 'position asc'),

    administrators: perAccount(AccountAdministrator, 'name asc'),

    /** Oldest first; the identity column breaks ties between events written in the same instant. */
    history: perAccount(AuditEvent, '"occurredAt" asc, id asc'),

    /** The account's latest handover (an account may have had a refused one before). */
    latestHandover: latestPerAccount(AccountHandover, '"proposedAt" desc'),

    handoverItems: new DataLoader<string, HandoverItem[]>(async (handoverIds) => {
      const items = await rows(HandoverItem).select('where "handoverId" = any($1) order by position asc', [handoverIds]);
      const groups = new Map<string, HandoverItem[]>(handoverIds.map((id) => [id, []]));
      for (const row of items) groups.get(row.handoverId)?.push(row);
      return handoverIds.map((id) => groups.get(id)!);
    }),

    boardDecision: byId(BoardDecision),
    /** Files without their bytes (the content column is never selected by default). */
    file: byId(UploadedFile),

    /** A snapshot by account and key (the final snapshot of a handover). */
    snapshotByKey: new DataLoader<string, Snapshot | null>(async (keys) => {
      const pairs = keys.map((k) => k.split('|') as [string, string]);
      const found = await rows(Snapshot).select(
        'where ("accountId", "snapshotKey") in (select * from unnest($1::uuid[], $2::varchar[]))',
        [pairs.map(([accountId]) => accountId), pairs.map(([, snapshotKey]) => snapshotKey)],
      );
      const byKey = new Map(found.map((r) => [`${r.accountId}|${r.snapshotKey}`, r]));
      return keys.map((k) => byKey.get(k) ?? null);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
