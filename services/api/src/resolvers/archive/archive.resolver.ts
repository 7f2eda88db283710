import {
  Account,
  ArchivingRun,
  DeliveryNotAcceptableError,
  MATCH_END,
  MATCH_START,
  Snapshot,
  acceptDelivery,
  policyInForce,
  searchArchivedItems,
  type ArchiveHit,
  type ArchivedFile,
} from '@smg/db';
import {
  PACKAGED_STATUSES,
  archivingRunStatusLabel,
  isOccasion,
  lastEndedPeriod,
  manualRunRefusal,
  periodLabel,
  snapshotReasonLabel,
  type Permission,
  type SnapshotStatus,
} from '@smg/domain';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { actingRole, authorize } from '../../auth/authorization.js';
import type { ApiContext } from '../../context.js';
import { badUserInput, notFound, stepNotAllowed } from '../../errors.js';
import { AccountType } from '../accounts/account.types.js';
import { MAX_PAGE_SIZE, PageInput, pageWindow } from '../pagination.js';
import { findVisibleAccount } from '../accounts/accounts.resolver.js';
import { scopeOf } from '../accounts/opening-state.js';
import { SnapshotStatus as SnapshotStatusEnum } from '../enums.js';
import { ArchiveSearchInput } from './archive-search.input.js';
import {
  ArchiveSearchResultType,
  ArchivedFileType,
  ArchivedItemType,
  ArchivingPeriodType,
  ArchivingRunType,
  SnapshotPage,
  SnapshotProgressType,
  SnapshotType,
  TextSegmentType,
} from './archive.types.js';
import { TextArg, isId } from '../../validation.js';

/** Where the API serves a snapshot's package and its files (see archive-files.ts). */
export const snapshotPackagePath = (snapshotId: string) => `/api/archive/snapshots/${snapshotId}/package`;
export const snapshotFilePath = (snapshotId: string, path: string) => `/api/archive/snapshots/${snapshotId}/files/${path}`;

/** The whole municipality is the scope of its archive. */
const municipalityScope = (ctx: ApiContext) => ({ municipalityId: ctx.actor!.municipalityId, administrationId: '', unitId: '' });

/**
 * The lifecycle writes what a started workflow did; a mutation that started one waits briefly for that to show, so
 * the caller gets the new state back instead of the old one. Returns the last value when the time is up.
 */
async function untilRecorded<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

function runOf(run: ArchivingRun): ArchivingRunType {
  return { ...run, periodLabel: periodLabel(run.period) };
}

/** "…<start>bibliotek<end>…" as segments, so clients mark the matches without rendering HTML from archived text. */
function segmentsOf(headline: string): TextSegmentType[] {
  const segments: TextSegmentType[] = [];
  for (const [index, part] of headline.split(MATCH_START).entries()) {
    if (index === 0) {
      if (part) segments.push({ text: part, match: false });
      continue;
    }
    const [matched, rest] = part.split(MATCH_END) as [string, string | undefined];
    segments.push({ text: matched, match: true });
    if (rest) segments.push({ text: rest, match: false });
  }
  return segments;
}

function hitOf(hit: ArchiveHit): ArchivedItemType {
  return { ...hit, highlights: segmentsOf(hit.headline) };
}

/**
 * Half-yearly archiving as the archivist sees it (issue "Half-yearly archiving"): runs with their progress, each
 * account's snapshot and package, a search over archived content; manual runs, retries and accepted deliveries.
 * Runs and snapshots are made by the archiving lifecycle; this resolver starts it and reads what it recorded.
 */
@Resolver(() => ArchivingRunType)
export class ArchivingRunResolver {
  @Authorized<Permission>('ARCHIVE_READ')
  @Query(() => [ArchivingRunType], { description: 'My municipality’s archiving runs, newest period first.' })
  async archivingRuns(
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | null,
    @Ctx() ctx: ApiContext,
  ): Promise<ArchivingRunType[]> {
    authorize(ctx.actor!, 'ARCHIVE_READ', municipalityScope(ctx));
    const { offset, limit } = pageWindow(page, MAX_PAGE_SIZE);
    const runs = await ctx.dataSource.getRepository(ArchivingRun).find({
      where: { municipalityId: ctx.actor!.municipalityId },
      order: { period: 'DESC', startedAt: 'DESC' },
      skip: offset,
      take: limit,
    });
    return runs.map(runOf);
  }

  @Authorized<Permission>('ARCHIVE_READ')
  @Query(() => ArchivingRunType, { nullable: true, description: 'Null when there is no such run in my municipality.' })
  async archivingRun(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<ArchivingRunType | null> {
    authorize(ctx.actor!, 'ARCHIVE_READ', municipalityScope(ctx));
    if (!isId(id)) return null;
    const run = await ctx.loaders.archivingRun.load(id);
    return run && run.municipalityId === ctx.actor!.municipalityId ? runOf(run) : null;
  }

  @Authorized<Permission>('ARCHIVE_READ')
  @Query(() => ArchivingPeriodType, { description: 'The period that ended most recently under the policy in force: what a run now documents.' })
  async lastEndedArchivingPeriod(@Ctx() ctx: ApiContext): Promise<ArchivingPeriodType> {
    authorize(ctx.actor!, 'ARCHIVE_READ', municipalityScope(ctx));
    const policy = await policyInForce(ctx.dataSource.manager, ctx.actor!.municipalityId);
    const period = lastEndedPeriod(new Date(), policy?.parameters.snapshotCadence ?? 'HALF_YEARLY');
    return { period, label: periodLabel(period) };
  }

  @Authorized<Permission>('ARCHIVE_RUN')
  @Mutation(() => ArchivingRunType, {
    description:
      'Starts the run for an ended period (archiving-run/<municipality>/<period>). Run again, accounts that have their package keep it and the rest are documented now; while it runs, the running one is returned.',
  })
  async startArchivingRun(@TextArg('period', 20) period: string, @Ctx() ctx: ApiContext): Promise<ArchivingRunType> {
    const actor = ctx.actor!;
    authorize(actor, 'ARCHIVE_RUN', municipalityScope(ctx));
    const policy = await policyInForce(ctx.dataSource.manager, actor.municipalityId);
    const refusal = manualRunRefusal(period.trim(), policy?.parameters.snapshotCadence ?? 'HALF_YEARLY', new Date());
    if (refusal) throw badUserInput([{ field: 'period', message: refusal }]);
    const asked = new Date();
    await ctx.archiving.startRun({ municipalityId: actor.municipalityId, period: period.trim(), startedByName: actor.name });
    const runs = ctx.dataSource.getRepository(ArchivingRun);
    const run = await untilRecorded(
      () => runs.findOneBy({ municipalityId: actor.municipalityId, period: period.trim() }),
      (r) => r !== null && (r.status === 'RUNNING' || (r.finishedAt !== null && r.finishedAt >= asked)),
    );
    if (!run) throw stepNotAllowed('Arkiveringen startades men har inte kommit igång än; kontrollera att arbetsprocessen (workern) körs.');
    return runOf(run);
  }

  @FieldResolver(() => String)
  statusLabel(@Root() run: ArchivingRunType): string {
    return archivingRunStatusLabel[run.status];
  }

  @FieldResolver(() => SnapshotProgressType)
  async progress(@Root() run: ArchivingRunType, @Ctx() ctx: ApiContext): Promise<SnapshotProgressType> {
    const counts = await ctx.loaders.runProgress.load(run.id);
    const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
    return {
      waiting: counts.WAITING,
      capturing: counts.CAPTURING,
      archived: counts.ARCHIVED,
      failed: counts.FAILED,
      accepted: counts.ACCEPTED,
      total,
      done: counts.ARCHIVED + counts.ACCEPTED,
    };
  }

  @FieldResolver(() => SnapshotPage, { description: 'The run’s accounts, failed first, then by account name.' })
  async snapshots(
    @Root() run: ArchivingRunType,
    @Arg('status', () => [SnapshotStatusEnum], { nullable: true }) status: SnapshotStatus[] | null,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | null,
    @Ctx() ctx: ApiContext,
  ): Promise<SnapshotPage> {
    const window = pageWindow(page);
    const query = ctx.dataSource
      .getRepository(Snapshot)
      .createQueryBuilder('s')
      .innerJoin(Account, 'a', 'a.id = s.accountId')
      .where('s.runId = :runId', { runId: run.id });
    if (status?.length) query.andWhere('s.status IN (:...status)', { status });
    const [items, total] = await query
      .orderBy(`case s.status when 'FAILED' then 0 when 'CAPTURING' then 1 when 'WAITING' then 2 else 3 end`)
      .addOrderBy('a.displayName')
      .addOrderBy('s.id')
      .offset(window.offset)
      .limit(window.limit)
      .getManyAndCount();
    return { items, total };
  }
}

@Resolver(() => SnapshotType)
export class SnapshotResolver {
  @Authorized<Permission>('ARCHIVE_READ')
  @Query(() => SnapshotType, { nullable: true, description: 'Null when there is no such snapshot in my municipality.' })
  async snapshot(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<Snapshot | null> {
    return findSnapshot(ctx, id, 'ARCHIVE_READ');
  }

  @Authorized<Permission>('ARCHIVE_READ')
  @Query(() => ArchiveSearchResultType, { description: 'Archived posts and comments by account, time and words, newest first (a records request).' })
  async searchArchive(
    @Arg('input', () => ArchiveSearchInput) input: ArchiveSearchInput,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | null,
    @Ctx() ctx: ApiContext,
  ): Promise<ArchiveSearchResultType> {
    authorize(ctx.actor!, 'ARCHIVE_READ', municipalityScope(ctx));
    if (input.from && input.to && input.from >= input.to) {
      throw badUserInput([{ field: 'to', message: 'Slutdatumet måste komma efter startdatumet.' }]);
    }
    const { total, hits } = await searchArchivedItems(ctx.dataSource.manager, {
      municipalityId: ctx.actor!.municipalityId,
      accountId: input.accountId,
      from: input.from,
      to: input.to,
      text: input.text,
      ...pageWindow(page),
    });
    return { total, items: hits.map(hitOf) };
  }

  @Authorized<Permission>('ARCHIVE_RUN')
  @Mutation(() => SnapshotType, { description: 'Documents a failed account again; its one package is made now, or the reason shows again.' })
  async retrySnapshot(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<Snapshot> {
    const snapshot = await findSnapshot(ctx, id, 'ARCHIVE_RUN');
    if (!snapshot) throw notFound('Ögonblicksbilden finns inte.');
    if (snapshot.status !== 'FAILED') throw stepNotAllowed('Bara en misslyckad ögonblicksbild kan göras om.');
    await ctx.archiving.retry({
      accountId: snapshot.accountId,
      municipalityId: snapshot.municipalityId,
      reason: snapshot.reason,
      snapshotKey: snapshot.snapshotKey,
      runId: snapshot.runId,
      requestedByName: ctx.actor!.name,
    });
    const retried = await untilRecorded(
      () => ctx.dataSource.getRepository(Snapshot).findOneByOrFail({ id: snapshot.id }),
      (s) => s.attempts > snapshot.attempts || s.status !== 'FAILED',
    );
    return retried;
  }

  @Authorized<Permission>('ARCHIVE_RUN')
  @Mutation(() => SnapshotType, { description: 'Documents an account now because of a major change (seed 000 "Dokumentering").' })
  async snapshotAfterMajorChange(@Arg('accountId', () => ID) accountId: string, @Ctx() ctx: ApiContext): Promise<Snapshot> {
    const account = await findVisibleAccount(ctx, accountId);
    if (!account) throw notFound('Kontot finns inte.');
    authorize(ctx.actor!, 'ARCHIVE_RUN', scopeOf(account));
    if (account.status !== 'ACTIVE' && account.status !== 'DORMANT') {
      throw stepNotAllowed('Bara ett konto som är i drift kan dokumenteras efter en förändring.');
    }
    const { snapshotKey } = await ctx.archiving.snapshot({
      accountId: account.id,
      municipalityId: account.municipalityId,
      occasion: 'MAJOR_CHANGE',
      requestedByName: ctx.actor!.name,
    });
    const snapshot = await untilRecorded(
      () => ctx.dataSource.getRepository(Snapshot).findOneBy({ accountId: account.id, snapshotKey }),
      (s) => s !== null,
    );
    if (!snapshot) throw stepNotAllowed('Dokumentationen startades men har inte kommit igång än; kontrollera att arbetsprocessen (workern) körs.');
    return snapshot;
  }

  @Authorized<Permission>('ARCHIVE_ACCEPT')
  @Mutation(() => SnapshotType, { description: 'Records that the package was taken into the e-archive, by whom and when.' })
  async acceptDelivery(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<Snapshot> {
    const snapshot = await findSnapshot(ctx, id, 'ARCHIVE_ACCEPT');
    if (!snapshot) throw notFound('Ögonblicksbilden finns inte.');
    const actor = ctx.actor!;
    try {
      const accepted = await acceptDelivery(ctx.dataSource, {
        snapshotId: snapshot.id,
        municipalityId: actor.municipalityId,
        by: { id: actor.userId, name: actor.name, role: authorize(actor, 'ARCHIVE_ACCEPT', municipalityScope(ctx)) },
      });
      return accepted;
    } catch (error) {
      if (error instanceof DeliveryNotAcceptableError) throw stepNotAllowed(error.message);
      throw error;
    }
  }

  @FieldResolver(() => String)
  reasonLabel(@Root() snapshot: Snapshot): string {
    return snapshotReasonLabel[snapshot.reason];
  }

  // Computed only when asked for: a page of accounts with their latest snapshot asks for none of these.
  @FieldResolver(() => String, { description: 'The period or occasion as people say it, in Swedish.' })
  label(@Root() snapshot: Snapshot): string {
    return isOccasion(snapshot.reason) ? snapshotReasonLabel[snapshot.reason] : periodLabel(snapshot.snapshotKey);
  }

  @FieldResolver(() => [ArchivedFileType])
  files(@Root() snapshot: Snapshot): ArchivedFileType[] {
    return snapshot.files.map((file: ArchivedFile) => ({ ...file, url: snapshotFilePath(snapshot.id, file.path) }));
  }

  @FieldResolver(() => String, { nullable: true, description: 'The whole package as a zip (GET with the bearer token), relative to the API.' })
  packageUrl(@Root() snapshot: Snapshot): string | null {
    return PACKAGED_STATUSES.includes(snapshot.status) ? snapshotPackagePath(snapshot.id) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The PDF/A of the rendered page (GET with the bearer token), relative to the API.' })
  pdfUrl(@Root() snapshot: Snapshot): string | null {
    const pdf = snapshot.files.find((f) => f.role === 'pdf');
    return PACKAGED_STATUSES.includes(snapshot.status) && pdf ? snapshotFilePath(snapshot.id, pdf.path) : null;
  }

  @FieldResolver(() => AccountType)
  async account(@Root() snapshot: Snapshot, @Ctx() ctx: ApiContext): Promise<Account> {
    return (await ctx.loaders.account.load(snapshot.accountId))!;
  }

  @FieldResolver(() => ArchivingRunType, { nullable: true })
  async run(@Root() snapshot: Snapshot, @Ctx() ctx: ApiContext): Promise<ArchivingRunType | null> {
    const run = snapshot.runId ? await ctx.loaders.archivingRun.load(snapshot.runId) : null;
    return run && runOf(run);
  }

  @FieldResolver(() => [String], { description: 'The mutations the signed-in user may take on it now: retrySnapshot, acceptDelivery.' })
  myActions(@Root() snapshot: Snapshot, @Ctx() ctx: ApiContext): string[] {
    const actions: string[] = [];
    const scope = municipalityScope(ctx);
    if (snapshot.status === 'FAILED' && actingRole(ctx.actor!, 'ARCHIVE_RUN', scope)) actions.push('retrySnapshot');
    if (snapshot.status === 'ARCHIVED' && actingRole(ctx.actor!, 'ARCHIVE_ACCEPT', scope)) actions.push('acceptDelivery');
    return actions;
  }
}

/** Where an archived post or comment came from: its account and the snapshot whose package holds it. */
@Resolver(() => ArchivedItemType)
export class ArchivedItemResolver {
  @FieldResolver(() => AccountType)
  async account(@Root() item: ArchivedItemType, @Ctx() ctx: ApiContext): Promise<Account> {
    return (await ctx.loaders.account.load(item.accountId))!;
  }

  @FieldResolver(() => SnapshotType)
  async snapshot(@Root() item: ArchivedItemType, @Ctx() ctx: ApiContext): Promise<Snapshot> {
    return (await ctx.loaders.snapshot.load(item.snapshotId))!;
  }
}

/** The account's documentation history, for everyone who may read the account. */
@Resolver(() => AccountType)
export class AccountSnapshotsResolver {
  @FieldResolver(() => SnapshotType, { nullable: true, description: 'The most recently requested snapshot, whatever its outcome.' })
  async latestSnapshot(@Root() account: Account, @Ctx() ctx: ApiContext): Promise<Snapshot | null> {
    const snapshot = await ctx.loaders.latestSnapshot.load(account.id);
    return snapshot;
  }
}

/** The snapshot if it exists in the actor's municipality and the permission reaches it; null otherwise. */
export async function findSnapshot(ctx: ApiContext, id: string, permission: Permission): Promise<Snapshot | null> {
  if (!ctx.actor || !isId(id)) return null;
  const snapshot = await ctx.dataSource.getRepository(Snapshot).findOneBy({ id, municipalityId: ctx.actor.municipalityId });
  if (!snapshot) return null;
  const account = await ctx.loaders.account.load(snapshot.accountId);
  authorize(ctx.actor, permission, account ? scopeOf(account) : municipalityScope(ctx));
  return snapshot;
}
