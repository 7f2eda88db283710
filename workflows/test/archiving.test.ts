import { ArchivedItem, AuditEvent, Snapshot } from '@smg/db';
import { lastEndedPeriod } from '@smg/domain';
import { LocalFolderArchiveStorage, validateSip } from '@smg/archive';
import { startPlatformSimulator, type RunningPlatformSimulator } from '@smg/platform-simulator';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArchivingClient } from '../src/archiving/client.js';
import { loadDemoData } from '../src/demo/load-demo-data.js';
import {
  activeAccount,
  auditActions,
  createHarness,
  duplicatedSideEffects,
  expectKilledAtEveryActivity,
  killWorkerProcess,
  recordHistory,
  startCrashingWorker,
  startWorkerProcess,
  type Harness,
  type KillRecord,
} from './helpers.js';

/**
 * Half-yearly archiving through the real worker, Temporal, PostgreSQL, Chromium, Ghostscript, veraPDF, commons-ip and
 * the platform simulator: every active account ends with exactly one valid package, also when the worker dies.
 */
describe('half-yearly archiving', () => {
  let h: Harness;
  let simulator: RunningPlatformSimulator;
  let archiveDir: string;
  let archiving: ArchivingClient;
  let worker: { shutdown(): Promise<void> } | null = null;
  const storage = () => new LocalFolderArchiveStorage(path.join(archiveDir, 'packages'));
  const startWorker = async () => (worker = await h.startWorker({ archiveDir, connectors: { simulatorUrl: simulator.url } }));

  beforeAll(async () => {
    h = await createHarness();
    simulator = await startPlatformSimulator({ port: 0, host: '127.0.0.1' });
    archiveDir = await mkdtemp(path.join(tmpdir(), 'smg-archive-test-'));
    archiving = new ArchivingClient(h.client, { taskQueue: h.taskQueue });
    await startWorker();
    await loadDemoData({ dataSource: h.db.dataSource, client: h.client, taskQueue: h.taskQueue });
  });
  afterAll(async () => {
    await worker?.shutdown();
    await h?.close();
    await simulator?.close();
    await rm(archiveDir, { recursive: true, force: true });
  });

  const activeAccounts = async () =>
    ((await h.db.dataSource.query(`select id from account where "municipalityId" = $1 and status = 'ACTIVE' order by id`, [h.org.municipality.id])) as Array<{ id: string }>).map(
      (r) => r.id,
    );
  const snapshotsOf = (period: string) => h.db.dataSource.getRepository(Snapshot).find({ where: { snapshotKey: period }, order: { accountId: 'ASC' } });
  const packagesOf = async (period: string) => (await storage().list({ municipality: h.org.municipality.id, period })).map((p) => p.key.accountId).sort();

  it('documents every active demo account as a valid PDF/A and E-ARK package, once, also when the period is run again', async () => {
    const accounts = await activeAccounts();
    expect(accounts.length).toBeGreaterThanOrEqual(2);

    await archiving.startRun({ municipalityId: h.org.municipality.id, period: '2026-H2', startedByName: 'Arvid Arkivarie' });
    await archiving.runResult(h.org.municipality.id, '2026-H2');
    await recordHistory(h.client, `archiving-run/${h.org.municipality.id}/2026-H2`, 'archiving-run-period');
    await recordHistory(h.client, `account-snapshot/${accounts[0]}/2026-H2`, 'account-snapshot-archived');

    const snapshots = await snapshotsOf('2026-H2');
    expect(snapshots.map((s) => s.accountId)).toEqual(accounts);
    for (const snapshot of snapshots) {
      expect(snapshot.status, snapshot.failureReason ?? '').toBe('ARCHIVED');
      expect(snapshot.pdfaValidation?.passed).toBe(true);
      expect(snapshot.pdfaValidation?.validator).toMatch(/^veraPDF /);
      expect(snapshot.sipValidation?.passed).toBe(true);
      expect(snapshot.files.map((f) => f.path)).toEqual(expect.arrayContaining(['representations/rep1/data/page.pdf', 'representations/rep1/data/export.json']));
      for (const file of snapshot.files) expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(snapshot.postCount).toBeGreaterThan(0);
    }
    expect(await packagesOf('2026-H2')).toEqual(accounts);
    // The stored object itself passes the E-ARK reference validator, not just the folder it was built from.
    const [first] = await storage().list({ municipality: h.org.municipality.id, period: '2026-H2' });
    const zip = storage().objectPath(first.key);
    expect((await validateSip(zip)).valid).toBe(true);

    const items = await h.db.dataSource.getRepository(ArchivedItem).countBy({ snapshotId: snapshots[0].id });
    expect(items).toBe(snapshots[0].postCount + snapshots[0].commentCount);
    const [run] = await h.db.dataSource.query(`select status, "accountsDue" from archiving_run where period = '2026-H2'`);
    expect(run).toEqual({ status: 'COMPLETED', accountsDue: accounts.length });

    // Run again: nothing new is packed, nothing is recorded twice.
    await archiving.startRun({ municipalityId: h.org.municipality.id, period: '2026-H2', startedByName: 'Arvid Arkivarie' });
    await archiving.runResult(h.org.municipality.id, '2026-H2');
    expect(await packagesOf('2026-H2')).toEqual(accounts);
    expect((await snapshotsOf('2026-H2')).map((s) => s.capturedAt?.toISOString())).toEqual(snapshots.map((s) => s.capturedAt?.toISOString()));
    expect(await h.db.dataSource.getRepository(ArchivedItem).countBy({ snapshotId: snapshots[0].id })).toBe(items);
    expect(await h.db.dataSource.getRepository(AuditEvent).countBy({ action: 'SNAPSHOT_ARCHIVED' })).toBe(accounts.length);
  });

  it('a failed account is reported and retryable without failing the run', async () => {
    const [accountId] = await activeAccounts();
    const [account] = await h.db.dataSource.query(`select "webAddress", handle from account where id = $1`, [accountId]);
    // Without a handle the platform cannot say which account it is: the capture fails after its retries.
    await h.db.dataSource.query(`update account set handle = null where id = $1`, [accountId]);
    await archiving.startRun({ municipalityId: h.org.municipality.id, period: '2026-H1', startedByName: null });
    await archiving.runResult(h.org.municipality.id, '2026-H1');
    const failed = (await snapshotsOf('2026-H1')).find((s) => s.accountId === accountId)!;
    expect(failed.status).toBe('FAILED');
    expect(failed.failureReason).toBeTruthy();
    expect((await snapshotsOf('2026-H1')).filter((s) => s.status === 'ARCHIVED')).toHaveLength((await activeAccounts()).length - 1);
    const [run] = await h.db.dataSource.query(`select status from archiving_run where period = '2026-H1'`);
    expect(run.status).toBe('COMPLETED_WITH_FAILURES');

    await h.db.dataSource.query(`update account set handle = $2, "webAddress" = $3 where id = $1`, [accountId, account.handle, account.webAddress]);
    const retry = await archiving.snapshot({ accountId, municipalityId: h.org.municipality.id, period: '2026-H1', runId: failed.runId, requestedByName: 'Arvid Arkivarie' });
    expect(await archiving.snapshotResult(retry.workflowId)).toBe('ARCHIVED');
    const retried = await h.db.dataSource.getRepository(Snapshot).findOneByOrFail({ id: failed.id });
    expect(retried.status).toBe('ARCHIVED');
    expect(retried.attempts).toBe(2);
    expect(await packagesOf('2026-H1')).toEqual(await activeAccounts());
  });

  it('a worker killed in the middle of a run loses nothing: every account ends with exactly one package', async () => {
    // More accounts than the window, so the kill lands while some are being captured and others wait.
    await h.db.dataSource.query(
      `insert into account (id, "municipalityId", "unitId", "administrationId", platform, scope, "displayName", handle, "webAddress", "functionalEmail", status, "planRevision", "workflowId", "policyVersionId", "createdById", "activatedAt")
       select gen_random_uuid(), "municipalityId", "unitId", "administrationId", platform, scope, "displayName" || ' ' || n, handle || n, "webAddress" || n, "functionalEmail", status, "planRevision", "workflowId" || '-' || n, "policyVersionId", "createdById", "activatedAt"
         from account, generate_series(1, 4) as n where "municipalityId" = $1 and status = 'ACTIVE' and handle = 'demokommun'`,
      [h.org.municipality.id],
    );
    const accounts = await activeAccounts();
    await worker!.shutdown();
    worker = null;

    const external = await startWorkerProcess(h, { archiveDir, simulatorUrl: simulator.url });
    await archiving.startRun({ municipalityId: h.org.municipality.id, period: '2025-H2', startedByName: null, concurrency: 2 });
    // Kill it the hard way once the first package is stored and others are still in the making.
    await untilTrue(async () => (await packagesOf('2025-H2')).length >= 1, 120_000);
    await killWorkerProcess(external);
    const atKill = await packagesOf('2025-H2');
    expect(atKill.length).toBeLessThan(accounts.length);

    await startWorker();
    await archiving.runResult(h.org.municipality.id, '2025-H2');
    const snapshots = await snapshotsOf('2025-H2');
    expect(snapshots.map((s) => [s.accountId, s.status])).toEqual(accounts.map((id) => [id, 'ARCHIVED']));
    expect(await packagesOf('2025-H2')).toEqual(accounts);
    const [{ duplicates }] = await h.db.dataSource.query(
      `select count(*)::int as duplicates from (select "snapshotId", "externalId" from archived_item group by 1, 2 having count(*) > 1) d`,
    );
    expect(duplicates).toBe(0);
  }, 300_000);

  it('the Schedule fires just after midnight Stockholm time at each half-year end and runs the period that ended', async () => {
    const schedule = await archiving.ensureSchedule(h.org.municipality.id);
    try {
      const description = await schedule.describe();
      const next = description.info.nextActionTimes.slice(0, 2).map((t) => t.toISOString());
      // 1 January 00:05 is in CET (UTC+1), 1 July 00:05 in CEST (UTC+2): the next two of those from now.
      const now = new Date();
      const expected = [now.getFullYear(), now.getFullYear() + 1]
        .flatMap((year) => [`${year}-01-01T00:05:00+01:00`, `${year}-07-01T00:05:00+02:00`])
        .map((t) => new Date(t))
        .filter((t) => t > now)
        .slice(0, 2)
        .map((t) => t.toISOString());
      expect(next).toEqual(expected);
      expect(description.policies.overlap).toBe('SKIP');

      // Triggered now, the tick reads the policy in force (half-yearly) and runs the period that ended only on
      // 1 January or 1 July; on any other day it starts nothing.
      await schedule.trigger();
      let tickId: string | undefined;
      await untilTrue(async () => {
        tickId = (await schedule.describe()).info.recentActions[0]?.action.workflow.workflowId;
        return tickId !== undefined;
      }, 60_000);
      const period = await h.client.workflow.getHandle(tickId!).result();
      await recordHistory(h.client, tickId!, 'scheduled-archiving-tick');
      const stockholmMonth = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', month: '2-digit' }).format(now));
      expect(period).toBe([1, 7].includes(stockholmMonth) ? lastEndedPeriod(now, 'HALF_YEARLY') : null);
    } finally {
      await schedule.delete();
    }
  });
});

async function untilTrue(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * The kill matrix of archiving: a run over one account, its worker SIGKILLed after the first attempt of every activity
 * of the run and of the account's snapshot, on a database of its own so the run documents just that account.
 */
describe('half-yearly archiving killed at every step', () => {
  let h: Harness;
  let simulator: RunningPlatformSimulator;
  let archiveDir: string;

  beforeAll(async () => {
    h = await createHarness();
    simulator = await startPlatformSimulator({ port: 0, host: '127.0.0.1' });
    archiveDir = await mkdtemp(path.join(tmpdir(), 'smg-archive-kill-'));
  });
  afterAll(async () => {
    await h?.close();
    await simulator?.close();
    if (archiveDir) await rm(archiveDir, { recursive: true, force: true });
  });

  it('a worker SIGKILLed after every activity of the run and the snapshot, with no workflow cache, stores one package', async () => {
    const started = Date.now();
    const archiving = new ArchivingClient(h.client, { taskQueue: h.taskQueue });
    const crashing = await startCrashingWorker(h, {
      killAfterFirstAttemptOf: /^(archiving-run|account-snapshot)\//,
      maxCachedWorkflows: 0,
      archiveDir,
      simulatorUrl: simulator.url,
    });
    let kills: KillRecord[] = [];
    const accountId = await activeAccount(h);
    try {
      await archiving.startRun({ municipalityId: h.org.municipality.id, period: '2026-H1', startedByName: 'Arvid Arkivarie', concurrency: 1 });
      await archiving.runResult(h.org.municipality.id, '2026-H1');
    } finally {
      kills = await crashing.stop();
    }

    const [snapshot] = await h.db.dataSource.getRepository(Snapshot).findBy({ accountId });
    await expectKilledAtEveryActivity(h.client, 'archiving', [`archiving-run/${h.org.municipality.id}/2026-H1`, snapshot.workflowId], kills, started);
    expect(kills.map((k) => k.activityType)).toContain('captureSnapshot');
    expect(snapshot).toMatchObject({ snapshotKey: '2026-H1', status: 'ARCHIVED' });
    const stored = await new LocalFolderArchiveStorage(path.join(archiveDir, 'packages')).list({ municipality: h.org.municipality.id, period: '2026-H1' });
    expect(stored.map((p) => p.key.accountId)).toEqual([accountId]);
    expect(await h.db.dataSource.getRepository(ArchivedItem).countBy({ snapshotId: snapshot.id })).toBe(snapshot.postCount + snapshot.commentCount);
    const trail = await auditActions(h, accountId);
    expect(trail.slice(trail.indexOf('ACTIVATED') + 1)).toEqual(['SNAPSHOT_ARCHIVED']);
    const runs = await h.db.dataSource.query(`select status, "accountsDue" from archiving_run where period = '2026-H1'`);
    expect(runs).toEqual([{ status: 'COMPLETED', accountsDue: 1 }]);
    expect(await duplicatedSideEffects(h.db.dataSource, accountId)).toEqual([]);
  }, 400_000);
});
