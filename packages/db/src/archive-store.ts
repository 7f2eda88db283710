import { emptySnapshotCounts, type Role, type SnapshotCounts, type SnapshotStatus } from '@smg/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { Snapshot } from './entities/archive.js';
import { AuditEvent } from './entities/audit.js';

/**
 * The archive's projection queries and the one change the archivist makes directly: accepting a delivery. Runs and
 * snapshots themselves are written by the archiving lifecycle's activities.
 */

/**
 * A finished run's status from its snapshots: settled when the run closes and again when a retried account ends, so
 * a run whose failures were all retried reads as completed.
 */
export async function settleRunStatus(em: EntityManager, runId: string): Promise<void> {
  await em.query(
    `update archiving_run set status = case when exists (select 1 from snapshot where "runId" = $1 and status = 'FAILED')
       then 'COMPLETED_WITH_FAILURES' else 'COMPLETED' end
     where id = $1 and "finishedAt" is not null`,
    [runId],
  );
}

/** Per run: how many of its accounts wait, are being documented, are archived, failed or accepted. */
export async function snapshotCountsByRun(em: EntityManager, runIds: readonly string[]): Promise<Map<string, SnapshotCounts>> {
  const rows: Array<{ runId: string; status: SnapshotStatus; count: string }> = await em.query(
    `select "runId", status, count(*) as count from snapshot where "runId" = any($1::uuid[]) group by "runId", status`,
    [runIds],
  );
  const counts = new Map(runIds.map((id) => [id, emptySnapshotCounts()]));
  for (const row of rows) counts.get(row.runId)![row.status] = Number(row.count);
  return counts;
}

export class DeliveryNotAcceptableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DeliveryNotAcceptableError';
  }
}

/**
 * The archivist takes an archived package into the e-archive: recorded with who and when, audited, once. A
 * snapshot without a valid stored package, or one already accepted, is refused.
 */
export async function acceptDelivery(
  dataSource: DataSource,
  input: { snapshotId: string; municipalityId: string; by: { id: string; name: string; role: Role }; at?: Date },
): Promise<Snapshot> {
  return dataSource.transaction(async (em) => {
    const snapshot = await em.getRepository(Snapshot).findOne({ where: { id: input.snapshotId, municipalityId: input.municipalityId }, lock: { mode: 'pessimistic_write' } });
    if (!snapshot) throw new DeliveryNotAcceptableError('Ögonblicksbilden finns inte.');
    if (snapshot.status === 'ACCEPTED') {
      throw new DeliveryNotAcceptableError(`Leveransen togs redan emot av ${snapshot.acceptedByName} ${snapshot.acceptedAt!.toISOString().slice(0, 10)}.`);
    }
    if (snapshot.status !== 'ARCHIVED') throw new DeliveryNotAcceptableError('Bara ett arkiverat paket kan tas emot i e-arkivet.');
    if (!snapshot.pdfaValidation?.passed || !snapshot.sipValidation?.passed) {
      throw new DeliveryNotAcceptableError('Paketet klarade inte valideringen och kan inte tas emot.');
    }
    const at = input.at ?? new Date();
    Object.assign(snapshot, { status: 'ACCEPTED', acceptedAt: at, acceptedById: input.by.id, acceptedByName: input.by.name });
    await em.save(snapshot);
    await em.save(
      em.create(AuditEvent, {
        idempotencyKey: `${snapshot.workflowId}#accepted`,
        municipalityId: snapshot.municipalityId,
        accountId: snapshot.accountId,
        actorId: input.by.id,
        actorName: input.by.name,
        actorRole: input.by.role,
        occurredAt: at,
        action: 'DELIVERY_ACCEPTED',
        reason: `Paket ${snapshot.packageId} (${snapshot.snapshotKey})`,
        data: { snapshotId: snapshot.id, packageId: snapshot.packageId },
      }),
    );
    if (snapshot.runId) await settleRunStatus(em, snapshot.runId);
    return snapshot;
  });
}

export interface ArchiveSearch {
  municipalityId: string;
  accountId?: string | null;
  /** Published at or after. */
  from?: Date | null;
  /** Published before. */
  to?: Date | null;
  /** Words, phrases in quotes, `-word` to exclude (web search syntax), matched with Swedish stemming. */
  text?: string | null;
  limit: number;
  offset: number;
}

/** Marks the matched words in a headline; control characters never occur in archived text the platforms give. */
export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';

export interface ArchiveHit {
  id: string;
  snapshotId: string;
  accountId: string;
  kind: string;
  externalId: string;
  publishedAt: Date;
  author: string | null;
  text: string;
  permalink: string | null;
  /** The text with the matched words between MATCH_START and MATCH_END (the whole text when no words were given). */
  headline: string;
}

/**
 * Archived posts and comments matching an account, a date range and words: what a records request asks for.
 * Newest first; the text condition uses the same expression as the Swedish GIN index.
 */
export async function searchArchivedItems(em: EntityManager, search: ArchiveSearch): Promise<{ total: number; hits: ArchiveHit[] }> {
  const text = search.text?.trim() || null;
  const conditions = ['i."municipalityId" = $1'];
  const params: unknown[] = [search.municipalityId];
  const add = (sql: (n: string) => string, value: unknown) => {
    params.push(value);
    conditions.push(sql(`$${params.length}`));
  };
  if (search.accountId) add((n) => `i."accountId" = ${n}::uuid`, search.accountId);
  if (search.from) add((n) => `i."publishedAt" >= ${n}`, search.from);
  if (search.to) add((n) => `i."publishedAt" < ${n}`, search.to);
  let query = 'null::tsquery';
  if (text) {
    add((n) => `to_tsvector('swedish', i.text) @@ websearch_to_tsquery('swedish', ${n})`, text);
    query = `websearch_to_tsquery('swedish', $${params.length})`;
  }
  const where = conditions.join(' and ');
  const [{ total }] = await em.query(`select count(*)::int as total from archived_item i where ${where}`, params);
  const hits: ArchiveHit[] = await em.query(
    `select i.id, i."snapshotId", i."accountId", i.kind, i."externalId", i."publishedAt", i.author, i.text, i.permalink,
       case when ${query} is null then i.text
         else ts_headline('swedish', i.text, ${query}, 'StartSel=${MATCH_START}, StopSel=${MATCH_END}, HighlightAll=true') end as headline
     from archived_item i where ${where}
     order by i."publishedAt" desc, i.id
     limit ${Number(search.limit)} offset ${Number(search.offset)}`,
    params,
  );
  return { total, hits };
}
