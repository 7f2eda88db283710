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
} from '@smg/db';
import type { SnapshotCounts } from '@smg/domain';
import DataLoader from 'dataloader';
import { In, type DataSource, type ObjectLiteral } from 'typeorm';

/**
 * Per-request batching: every field that needs related rows asks a loader, so a page of accounts with units,
 * plans, approvals and history costs one statement per kind of row, not one per account.
 */
export function createLoaders(dataSource: DataSource) {
  const byId = <T extends ObjectLiteral & { id: string }>(entity: new () => T) =>
    new DataLoader<string, T | null>(async (ids) => {
      const rows = await dataSource.getRepository(entity).findBy({ id: In([...ids]) } as never);
      const found = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => found.get(id) ?? null);
    });

  /** Rows grouped by account, in the order the query gives them. */
  const groupByAccount = <T extends { accountId: string | null }>(ids: readonly string[], rows: T[]): T[][] => {
    const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
    for (const row of rows) if (row.accountId) groups.get(row.accountId)?.push(row);
    return ids.map((id) => groups.get(id)!);
  };

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
    latestSnapshot: new DataLoader<string, Snapshot | null>(async (accountIds) => {
      const rows = await dataSource
        .getRepository(Snapshot)
        .createQueryBuilder('s')
        .distinctOn(['s.accountId'])
        .where('s.accountId IN (:...accountIds)', { accountIds })
        .orderBy('s.accountId')
        .addOrderBy('s.requestedAt', 'DESC')
        .getMany();
      const found = new Map(rows.map((r) => [r.accountId, r]));
      return accountIds.map((id) => found.get(id) ?? null);
    }),

    /** The plan's latest revision: the draft being written, or the one last submitted. */
    currentPlan: new DataLoader<string, ActivityPlan | null>(async (accountIds) => {
      const rows = await dataSource
        .getRepository(ActivityPlan)
        .createQueryBuilder('p')
        .distinctOn(['p.accountId'])
        .where('p.accountId IN (:...accountIds)', { accountIds })
        .orderBy('p.accountId')
        .addOrderBy('p.revision', 'DESC')
        .getMany();
      const found = new Map(rows.map((r) => [r.accountId, r]));
      return accountIds.map((id) => found.get(id) ?? null);
    }),

    /** The approval chain of the latest submitted revision, in chain order (kept after a send-back so the reason shows). */
    currentApprovals: new DataLoader<string, ApprovalStep[]>(async (accountIds) => {
      const rows = await dataSource
        .getRepository(ApprovalStep)
        .createQueryBuilder('s')
        .where('s.accountId IN (:...accountIds)', { accountIds })
        .andWhere(
          's.planRevision = (select max(latest."planRevision") from approval_step latest where latest."accountId" = s."accountId")',
        )
        .orderBy('s.position', 'ASC')
        .getMany();
      return groupByAccount(accountIds, rows);
    }),

    provisioning: new DataLoader<string, ProvisioningItem[]>(async (accountIds) => {
      const rows = await dataSource
        .getRepository(ProvisioningItem)
        .find({ where: { accountId: In([...accountIds]) }, order: { position: 'ASC' } });
      return groupByAccount(accountIds, rows);
    }),

    administrators: new DataLoader<string, AccountAdministrator[]>(async (accountIds) => {
      const rows = await dataSource
        .getRepository(AccountAdministrator)
        .find({ where: { accountId: In([...accountIds]) }, order: { name: 'ASC' } });
      return groupByAccount(accountIds, rows);
    }),

    /** Oldest first; the identity column breaks ties between events written in the same instant. */
    history: new DataLoader<string, AuditEvent[]>(async (accountIds) => {
      const rows = await dataSource
        .getRepository(AuditEvent)
        .find({ where: { accountId: In([...accountIds]) }, order: { occurredAt: 'ASC', id: 'ASC' } });
      return groupByAccount(accountIds, rows);
    }),

    /** The account's latest handover (an account may have had a refused one before). */
    latestHandover: new DataLoader<string, AccountHandover | null>(async (accountIds) => {
      const rows = await dataSource
        .getRepository(AccountHandover)
        .createQueryBuilder('h')
        .distinctOn(['h.accountId'])
        .where('h.accountId IN (:...accountIds)', { accountIds })
        .orderBy('h.accountId')
        .addOrderBy('h.proposedAt', 'DESC')
        .getMany();
      const found = new Map(rows.map((r) => [r.accountId, r]));
      return accountIds.map((id) => found.get(id) ?? null);
    }),

    handoverItems: new DataLoader<string, HandoverItem[]>(async (handoverIds) => {
      const rows = await dataSource.getRepository(HandoverItem).find({ where: { handoverId: In([...handoverIds]) }, order: { position: 'ASC' } });
      const groups = new Map<string, HandoverItem[]>(handoverIds.map((id) => [id, []]));
      for (const row of rows) groups.get(row.handoverId)?.push(row);
      return handoverIds.map((id) => groups.get(id)!);
    }),

    boardDecision: byId(BoardDecision),
    /** Files without their bytes (the content column is never selected by default). */
    file: byId(UploadedFile),

    /** A snapshot by account and key (the final snapshot of a handover). */
    snapshotByKey: new DataLoader<string, Snapshot | null>(async (keys) => {
      const pairs = keys.map((k) => k.split('|') as [string, string]);
      const rows = await dataSource
        .getRepository(Snapshot)
        .find({ where: pairs.map(([accountId, snapshotKey]) => ({ accountId, snapshotKey })) });
      const found = new Map(rows.map((r) => [`${r.accountId}|${r.snapshotKey}`, r]));
      return keys.map((k) => found.get(k) ?? null);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
