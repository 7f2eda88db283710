import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  buildSip,
  convertToPdfA,
  keyPath,
  launchCaptureBrowser,
  renderPageToPdf,
  validatePdfA,
  validateSip,
  type ArchiveStorage,
  type PackageKey,
  type PreservationAgent,
} from '@smg/archive';
import { Account, ArchivedItem, ArchivingRun, AuditEvent, PolicyVersion, Snapshot, policyInForce, settleRunStatus, type ArchivedFile, type ValidationOutcome } from '@smg/db';
import {
  PACKAGED_STATUSES,
  SYSTEM_ROLE,
  lastEndedPeriod,
  periodBounds,
  periodEndMonths,
  platformLabel,
  snapshotReasonLabel,
} from '@smg/domain';
import { connectorFor, type ConnectorConfig, type PlatformComment, type PlatformPost } from '@smg/platform';
import { Context } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import type { Browser } from 'playwright-core';
import type { DataSource } from 'typeorm';
import type { AccountSnapshotInput, ArchivingRunInput } from './messages.js';

export interface ArchivingDeps {
  dataSource: DataSource;
  storage: ArchiveStorage;
  connectors: ConnectorConfig;
  /** Where packages are built before they are stored; a retry finds a finished build here and stores that one. */
  stagingDir: string;
  captureBrowser: CaptureBrowser;
}

/** One headless Chromium shared by the captures of a worker (each capture gets a context of its own). */
export class CaptureBrowser {
  private browser: Promise<Browser> | null = null;

  constructor(private readonly chromiumPath?: string) {}

  get(): Promise<Browser> {
    this.browser ??= launchCaptureBrowser(this.chromiumPath).then((b) => {
      b.on('disconnected', () => (this.browser = null));
      return b;
    });
    return this.browser;
  }

  async close(): Promise<void> {
    const open = this.browser;
    this.browser = null;
    if (open) await (await open).close().catch(() => undefined);
  }
}

/** What a finished build left in its staging folder: enough to store and record it after a crash. */
interface BuiltPackage {
  packageId: string;
  packageDir: string;
  files: ArchivedFile[];
  pdfaValidation: ValidationOutcome;
  sipValidation: ValidationOutcome;
  capturedAt: string;
  exportFile: string;
}

interface ExportedItem {
  kind: 'POST' | 'COMMENT' | 'REPLY';
  externalId: string;
  parentExternalId: string | null;
  publishedAt: string;
  author: string | null;
  text: string;
  permalink: string | null;
}

const software = (name: string, version?: string): PreservationAgent => ({ name, type: 'software', version });

/** Posts, comments and replies as one flat list, the way a records request searches them. */
function flatten(posts: PlatformPost[]): ExportedItem[] {
  const items: ExportedItem[] = [];
  const comments = (list: PlatformComment[], parent: string, kind: 'COMMENT' | 'REPLY', permalink: string | null) => {
    for (const c of list) {
      items.push({ kind, externalId: c.id, parentExternalId: parent, publishedAt: c.createdAt.toISOString(), author: c.author, text: c.text, permalink });
      comments(c.replies, c.id, 'REPLY', permalink);
    }
  };
  for (const post of posts) {
    items.push({ kind: 'POST', externalId: post.id, parentExternalId: null, publishedAt: post.createdAt.toISOString(), author: null, text: post.text, permalink: post.permalink });
    comments(post.comments, post.id, 'COMMENT', post.permalink);
  }
  return items;
}

/** Activities of the archiving lifecycle. */
export function createArchivingActivities(deps: ArchivingDeps) {
  const { dataSource } = deps;

  async function loadSnapshot(snapshotId: string) {
    const snapshot = await dataSource.getRepository(Snapshot).findOneByOrFail({ id: snapshotId });
    const [account] = await dataSource.query(
      `select a.id, a."displayName", a.handle, a."webAddress", a.platform, a."activatedAt", a."createdAt",
              m.name as "municipalityName", u.name as "unitName", b.name as "boardName"
         from account a join municipality m on m.id = a."municipalityId" join unit u on u.id = a."unitId"
         join administration ad on ad.id = a."administrationId" join board b on b.id = ad."boardId"
        where a.id = $1`,
      [snapshot.accountId],
    );
    return { snapshot, account };
  }

  /** Renders, converts, validates, exports and packs; each check that fails makes the snapshot fail with its reason. */
  async function buildPackage(snapshot: Snapshot, account: Record<string, any>, staging: string): Promise<BuiltPackage> {
    await rm(staging, { recursive: true, force: true });
    const work = join(staging, 'work');
    await mkdir(work, { recursive: true });
    const ref = { platform: account.platform, handle: account.handle ?? '', webAddress: account.webAddress };
    const connector = connectorFor(account.platform, deps.connectors);
    const bounds =
      snapshot.reason === 'PERIOD_END'
        ? periodBounds(snapshot.snapshotKey)
        : { start: new Date(account.activatedAt ?? account.createdAt), end: snapshot.requestedAt };

    const rendered = await renderPageToPdf({ url: connector.publicPageUrl(ref), outFile: join(work, 'rendered.pdf'), browser: await deps.captureBrowser.get() });
    const title = `${account.displayName} (${platformLabel[account.platform as keyof typeof platformLabel]}) – ${snapshotReasonLabel[snapshot.reason]} ${snapshot.snapshotKey}`;
    const converted = await convertToPdfA({ inFile: rendered.outFile, outFile: join(work, 'page.pdf'), title });
    const pdfa = await validatePdfA(converted.outFile);
    if (!pdfa.compliant) {
      throw ApplicationFailure.nonRetryable(
        `PDF/A-2b underkändes av veraPDF: ${pdfa.exception ?? pdfa.failedRules.map((r) => r.clause ?? r.description).join(', ')}`,
        'SnapshotInvalid',
      );
    }

    const [profile, posts] = await Promise.all([connector.profile(ref), connector.postsSince(ref, bounds.start)]);
    const inPeriod = posts.filter((p) => p.createdAt.getTime() < bounds.end.getTime());
    const exportFile = join(work, 'export.json');
    await writeFile(
      exportFile,
      JSON.stringify(
        { account: { id: account.id, displayName: account.displayName, platform: account.platform, handle: account.handle, webAddress: account.webAddress }, snapshotKey: snapshot.snapshotKey, periodStart: bounds.start, periodEnd: bounds.end, profile, posts: inPeriod, items: flatten(inPeriod) },
        null,
        2,
      ),
    );

    const packageId = `smg-${snapshot.id}`;
    const sip = await buildSip({
      outDir: join(staging, 'package'),
      packageId,
      label: `${account.displayName} – ögonblicksbild ${snapshot.snapshotKey}`,
      agent: { name: account.municipalityName },
      archivist: { name: `${account.boardName}, ${account.municipalityName}` },
      files: [
        { path: converted.outFile, role: 'pdf', name: 'page.pdf' },
        { path: exportFile, role: 'export', name: 'export.json' },
      ],
      events: [
        { type: 'capture', dateTime: rendered.finishedAt, detail: `Den publika sidan ${rendered.url} återgavs, ${rendered.expandClicks} "visa fler" öppnade`, outcome: rendered.truncated ? 'warning' : 'success', agent: software('Chromium', rendered.browserVersion) },
        { type: 'migration', dateTime: converted.finishedAt, detail: 'PDF konverterad till PDF/A-2b', outcome: 'success', agent: software('Ghostscript', converted.ghostscriptVersion), files: ['page.pdf'] },
        { type: 'validation', dateTime: pdfa.finishedAt, detail: pdfa.profile, outcome: 'success', agent: software('veraPDF', pdfa.validator.version), files: ['page.pdf'], fileRole: 'source' },
      ],
      metadata: {
        title,
        creator: account.municipalityName,
        accountId: account.id,
        accountName: account.displayName,
        platform: account.platform,
        accountUrl: account.webAddress,
        periodStart: bounds.start.toISOString().slice(0, 10),
        periodEnd: bounds.end.toISOString().slice(0, 10),
        capturedAt: rendered.finishedAt,
        language: 'swe',
      },
    });
    const sipCheck = await validateSip(sip.dir);
    if (!sipCheck.valid) {
      throw ApplicationFailure.nonRetryable(`E-ARK-paketet underkändes av commons-ip: ${sipCheck.errors.map((e) => e.id).join(', ')}`, 'SnapshotInvalid');
    }
    const built: BuiltPackage = {
      packageId,
      packageDir: sip.dir,
      files: [...sip.files, ...sip.metadataFiles].map((f) => ({ path: f.href, role: f.role, sha256: f.sha256, size: f.size, mimeType: f.mimeType })),
      pdfaValidation: { passed: true, validator: `veraPDF ${pdfa.validator.version}`, problems: [] },
      sipValidation: {
        passed: true,
        validator: `commons-ip ${sipCheck.validator.version}`,
        problems: sipCheck.warnings.map((w) => `${w.id}: ${w.description}`),
      },
      capturedAt: rendered.finishedAt.toISOString(),
      exportFile,
    };
    // Written last: its presence means everything above is finished and checked.
    await writeFile(join(staging, 'built.json'), JSON.stringify(built));
    return built;
  }

  /**
   * Documents the account and stores its package exactly once: a build that finished before a crash is stored and
   * recorded as it is; storing is a no-op when the package is already there.
   */
  async function capture(snapshotId: string): Promise<void> {
    const { snapshot, account } = await loadSnapshot(snapshotId);
    if (PACKAGED_STATUSES.includes(snapshot.status)) return;
    const staging = join(deps.stagingDir, `smg-${snapshot.id}`);
    const key: PackageKey = { municipality: snapshot.municipalityId, period: snapshot.snapshotKey, accountId: snapshot.accountId, packageId: `smg-${snapshot.id}` };
    let built: BuiltPackage | null = await readFile(join(staging, 'built.json'), 'utf8').then(JSON.parse, () => null);
    if (!built) {
      if (await deps.storage.exists(key)) {
        throw ApplicationFailure.nonRetryable('Paketet finns redan i arkivlagringen men bygget som hör till det saknas; kontrollera lagringen.', 'SnapshotInvalid');
      }
      built = await buildPackage(snapshot, account, staging);
    }
    await deps.storage.put(key, built.packageDir);
    const items: ExportedItem[] = JSON.parse(await readFile(built.exportFile, 'utf8')).items;
    await dataSource.transaction(async (em) => {
      for (let i = 0; i < items.length; i += 500) {
        await em
          .createQueryBuilder()
          .insert()
          .into(ArchivedItem)
          .values(items.slice(i, i + 500).map((item) => ({ ...item, publishedAt: new Date(item.publishedAt), snapshotId: snapshot.id, municipalityId: snapshot.municipalityId, accountId: snapshot.accountId })))
          .orIgnore()
          .execute();
      }
      await em.getRepository(Snapshot).update(snapshot.id, {
        status: 'ARCHIVED',
        capturedAt: new Date(built.capturedAt),
        packageId: built.packageId,
        storageKey: keyPath(key),
        files: built.files,
        pdfaValidation: built.pdfaValidation,
        sipValidation: built.sipValidation,
        postCount: items.filter((i) => i.kind === 'POST').length,
        commentCount: items.filter((i) => i.kind !== 'POST').length,
        failureReason: null,
      });
      await em
        .createQueryBuilder()
        .insert()
        .into(AuditEvent)
        .values({
          idempotencyKey: `${snapshot.workflowId}#archived`,
          municipalityId: snapshot.municipalityId,
          accountId: snapshot.accountId,
          actorId: 'system',
          actorName: 'Systemet',
          actorRole: SYSTEM_ROLE,
          occurredAt: new Date(),
          action: 'SNAPSHOT_ARCHIVED',
          reason: `${snapshotReasonLabel[snapshot.reason]}: ${snapshot.snapshotKey}`,
          fromStatus: null,
          toStatus: null,
          data: { snapshotId: snapshot.id, packageId: built.packageId },
        })
        .orIgnore()
        .execute();
      if (snapshot.runId) await settleRunStatus(em, snapshot.runId);
    });
    await rm(staging, { recursive: true, force: true });
  }

  return {
    /** Records the run (once per municipality and period) and returns its id. */
    async openArchivingRun(input: ArchivingRunInput, workflowId: string): Promise<string> {
      await dataSource
        .createQueryBuilder()
        .insert()
        .into(ArchivingRun)
        .values({ municipalityId: input.municipalityId, period: input.period, workflowId, trigger: input.trigger, startedByName: input.startedByName, status: 'RUNNING', startedAt: new Date() })
        .orIgnore()
        .execute();
      const run = await dataSource.getRepository(ArchivingRun).findOneByOrFail({ municipalityId: input.municipalityId, period: input.period });
      // A period run again (a catch-up or a retry of the whole run) is the same run, running again.
      if (run.status !== 'RUNNING') await dataSource.getRepository(ArchivingRun).update(run.id, { status: 'RUNNING', finishedAt: null, workflowId });
      return run.id;
    },

    /** The next page of active accounts after `after`, each given a waiting snapshot in this run; returns their ids. */
    async enqueueAccountsDue(input: { runId: string; municipalityId: string; period: string; after: string | null; limit: number }): Promise<string[]> {
      const rows: Array<{ id: string }> = await dataSource.query(
        `select id from account where "municipalityId" = $1 and status = 'ACTIVE' and ($2::uuid is null or id > $2::uuid) order by id limit $3`,
        [input.municipalityId, input.after, input.limit],
      );
      if (rows.length === 0) return [];
      await dataSource.query(
        `insert into snapshot ("municipalityId", "accountId", "runId", reason, "snapshotKey", "workflowId", status, "requestedAt")
         select $1::uuid, id, $2::uuid, 'PERIOD_END', $3::varchar, 'account-snapshot/' || id || '/' || $3::varchar, 'WAITING', now() from unnest($4::uuid[]) as id
         on conflict ("accountId", "snapshotKey") do update set "runId" = excluded."runId"`,
        [input.municipalityId, input.runId, input.period, rows.map((r) => r.id)],
      );
      await dataSource.query(`update archiving_run set "accountsDue" = (select count(*) from snapshot where "runId" = $1) where id = $1`, [input.runId]);
      return rows.map((r) => r.id);
    },

    async closeArchivingRun(input: { runId: string }): Promise<void> {
      await dataSource.transaction(async (em) => {
        await em.query(`update archiving_run set "finishedAt" = now() where id = $1`, [input.runId]);
        await settleRunStatus(em, input.runId);
      });
    },

    /**
     * The snapshot's row, marked as being captured (one more attempt); null when it already has its package, so the
     * workflow ends without making another.
     */
    async beginSnapshot(input: AccountSnapshotInput, workflowId: string): Promise<string | null> {
      const account = await dataSource.getRepository(Account).findOneByOrFail({ id: input.accountId });
      await dataSource
        .createQueryBuilder()
        .insert()
        .into(Snapshot)
        .values({ municipalityId: account.municipalityId, accountId: account.id, runId: input.runId, reason: input.reason, snapshotKey: input.snapshotKey, workflowId, status: 'WAITING', requestedAt: new Date() })
        .orIgnore()
        .execute();
      const snapshot = await dataSource.getRepository(Snapshot).findOneByOrFail({ accountId: input.accountId, snapshotKey: input.snapshotKey });
      if (PACKAGED_STATUSES.includes(snapshot.status)) return null;
      await dataSource.getRepository(Snapshot).update(snapshot.id, { status: 'CAPTURING', attempts: snapshot.attempts + 1, failureReason: null, workflowId });
      return snapshot.id;
    },

    /** `capture` with heartbeats, so a worker that dies mid-capture is noticed within the heartbeat timeout. */
    async captureSnapshot(input: { snapshotId: string }): Promise<void> {
      const context = Context.current();
      const beating = setInterval(() => context.heartbeat(), 2_000);
      try {
        await capture(input.snapshotId);
      } finally {
        clearInterval(beating);
      }
    },

    async failSnapshot(input: { snapshotId: string; reason: string }): Promise<void> {
      await dataSource.transaction(async (em) => {
        await em.getRepository(Snapshot).update({ id: input.snapshotId }, { status: 'FAILED', failureReason: input.reason.slice(0, 2000) });
        const { runId } = await em.getRepository(Snapshot).findOneByOrFail({ id: input.snapshotId });
        if (runId) await settleRunStatus(em, runId);
      });
    },

    async failSnapshotByKey(input: { accountId: string; snapshotKey: string; reason: string }): Promise<void> {
      await dataSource
        .getRepository(Snapshot)
        .update({ accountId: input.accountId, snapshotKey: input.snapshotKey, status: 'CAPTURING' }, { status: 'FAILED', failureReason: input.reason.slice(0, 2000) });
    },

    /** The period that ends at `at` under the policy in force, or null when its cadence ends none then (July, yearly). */
    async periodEndingAt(input: { municipalityId: string; at: string }): Promise<string | null> {
      const at = new Date(input.at);
      const policy: PolicyVersion | null = await policyInForce(dataSource.manager, input.municipalityId, at);
      const cadence = policy?.parameters.snapshotCadence ?? 'HALF_YEARLY';
      const month = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', month: '2-digit' }).format(at));
      return periodEndMonths(cadence).includes(month) ? lastEndedPeriod(at, cadence) : null;
    },
  };
}

