import { LocalFolderArchiveStorage } from '@smg/archive';
import { AccountClosure, AuditEvent, Snapshot } from '@smg/db';
import { startPlatformSimulator, type RunningPlatformSimulator } from '@smg/platform-simulator';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClosureClient } from '../src/client.js';
import { activeAccount, deleteOnPlatform, eventually, notificationsOf, setLastPost, trail } from './closure-helpers.js';
import {
  actingAs,
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

/** What a closure asked for directly records after the opening's ACTIVATED. */
const CLOSED_TRAIL = [
  'CLOSURE_STARTED',
  'SNAPSHOT_ARCHIVED',
  'CLOSURE_PLATFORM_REMOVAL_CONFIRMED',
  'CLOSURE_CREDENTIALS_DESTROYED',
  'CLOSURE_REMOVED_FROM_REGISTER',
  'CLOSURE_COMMUNICATIONS_NOTIFIED',
  'CLOSED',
];

/**
 * The closure through the real worker (as its own process, killed with SIGKILL), Temporal dev server, PostgreSQL,
 * Chromium and the archive validators: however the worker dies, the account ends with exactly one final snapshot.
 */
describe('the closure survives its worker', () => {
  let h: Harness;
  let simulator: RunningPlatformSimulator;
  let archiveDir: string;
  let closures: ClosureClient;
  let worker: { shutdown(): Promise<void> } | null = null;
  const startWorker = async () => (worker = await h.startWorker({ archiveDir, connectors: { simulatorUrl: simulator.url } }));

  beforeAll(async () => {
    h = await createHarness();
    simulator = await startPlatformSimulator({ port: 0, host: '127.0.0.1' });
    archiveDir = await mkdtemp(path.join(tmpdir(), 'smg-closure-kill-'));
    closures = new ClosureClient(h.client, { taskQueue: h.taskQueue });
    await startWorker();
  });
  afterAll(async () => {
    await worker?.shutdown();
    await h?.close();
    await simulator?.close();
    if (archiveDir) await rm(archiveDir, { recursive: true, force: true });
  });

  it('a worker killed between the final snapshot and the closure leaves exactly one snapshot and one package', async () => {
    const account = await activeAccount(h.openings, h.org, { name: 'kill' });
    await setLastPost(simulator.url, account, new Date(Date.now() - 3 * 24 * 3600 * 1000));
    await worker!.shutdown();
    worker = null;

    const external = await startWorkerProcess(h, { archiveDir, simulatorUrl: simulator.url });
    await closures.requestClosure({
      accountId: account.accountId,
      municipalityId: account.municipalityId,
      reason: 'ACTIVITY_ENDED',
      explanation: 'Projektet Sommarläsning är avslutat.',
      by: actingAs(h.org, 'unitManager', 'UNIT_MANAGER'),
    });
    const { snapshotKey } = await h.db.dataSource.getRepository(AccountClosure).findOneByOrFail({ accountId: account.accountId });
    const storage = new LocalFolderArchiveStorage(path.join(archiveDir, 'packages'));
    const packages = async () => (await storage.list({ municipality: h.org.municipality.id, period: snapshotKey })).map((p) => p.key.accountId);

    // Killed the hard way as soon as the package is stored: the snapshot and the closure have yet to record it.
    await eventually(packages, (stored) => stored.length >= 1, 'the final package', 180_000);
    await killWorkerProcess(external);

    await startWorker();
    await eventually(() => closures.closureState(account.accountId), (s) => s.stage === 'AWAITING_PLATFORM_REMOVAL', 'the closure to record the snapshot', 180_000);
    await deleteOnPlatform(simulator.url, account);
    await closures.confirmPlatformRemoval(account.accountId, { url: null, note: 'Kontot raderat.' }, actingAs(h.org, 'editor', 'EDITOR'));
    await closures.confirmCredentialsDestroyed(account.accountId, 'Kuvertet makulerat.', actingAs(h.org, 'communications', 'COMMUNICATIONS'));
    expect((await closures.closureResult(account.accountId)).stage).toBe('CLOSED');

    const snapshots = await h.db.dataSource.getRepository(Snapshot).findBy({ accountId: account.accountId });
    expect(snapshots.map((s) => [s.reason, s.status])).toEqual([['BEFORE_CLOSURE', 'ARCHIVED']]);
    expect(await packages()).toEqual([account.accountId]);
    expect(await h.db.dataSource.getRepository(AuditEvent).countBy({ accountId: account.accountId, action: 'SNAPSHOT_ARCHIVED' })).toBe(1);
    const [{ duplicates }] = await h.db.dataSource.query(
      `select count(*)::int as duplicates from (select "externalId" from archived_item where "accountId" = $1 group by 1 having count(*) > 1) d`,
      [account.accountId],
    );
    expect(duplicates).toBe(0);
    const actions = await trail(h.db.dataSource, account.accountId);
    expect(actions.slice(actions.lastIndexOf('ACTIVATED') + 1)).toEqual(CLOSED_TRAIL);
    const [{ status }] = await h.db.dataSource.query('select status from account where id = $1', [account.accountId]);
    expect(status).toBe('CLOSED');
  }, 400_000);

  it('a worker SIGKILLed after every activity of the closure and its final snapshot, with no workflow cache, closes once with nothing twice', async () => {
    const started = Date.now();
    await worker!.shutdown();
    worker = null;
    const crashing = await startCrashingWorker(h, {
      killAfterFirstAttemptOf: /^(account-closure|account-snapshot)\//,
      maxCachedWorkflows: 0,
      archiveDir,
      simulatorUrl: simulator.url,
    });
    let kills: KillRecord[] = [];
    const account = await activeAccount(h.openings, h.org, { name: 'matris' });
    try {
      await setLastPost(simulator.url, account, new Date(Date.now() - 3 * 24 * 3600 * 1000));
      await closures.requestClosure({
        accountId: account.accountId,
        municipalityId: account.municipalityId,
        reason: 'ACTIVITY_ENDED',
        explanation: 'Projektet Läslust är avslutat.',
        by: actingAs(h.org, 'unitManager', 'UNIT_MANAGER'),
      });
      await eventually(() => closures.closureState(account.accountId), (s) => s.stage === 'AWAITING_PLATFORM_REMOVAL', 'the final snapshot', 240_000);
      await deleteOnPlatform(simulator.url, account);
      await closures.confirmPlatformRemoval(account.accountId, { url: null, note: 'Kontot raderat.' }, actingAs(h.org, 'editor', 'EDITOR'));
      await closures.confirmCredentialsDestroyed(account.accountId, 'Kuvertet makulerat.', actingAs(h.org, 'communications', 'COMMUNICATIONS'));
      expect((await closures.closureResult(account.accountId)).stage).toBe('CLOSED');
    } finally {
      kills = await crashing.stop();
      await startWorker();
    }

    const [snapshot] = await h.db.dataSource.getRepository(Snapshot).findBy({ accountId: account.accountId });
    await expectKilledAtEveryActivity(h.client, 'closure', [`account-closure/${account.accountId}`, snapshot.workflowId], kills, started);
    const actions = await trail(h.db.dataSource, account.accountId);
    expect(actions.slice(actions.lastIndexOf('ACTIVATED') + 1)).toEqual(CLOSED_TRAIL);
    expect(snapshot).toMatchObject({ reason: 'BEFORE_CLOSURE', status: 'ARCHIVED' });
    const stored = await new LocalFolderArchiveStorage(path.join(archiveDir, 'packages')).list({ municipality: h.org.municipality.id, period: snapshot.snapshotKey });
    expect(stored.map((p) => p.key.accountId)).toEqual([account.accountId]);
    expect(await h.db.dataSource.getRepository(AccountClosure).countBy({ accountId: account.accountId })).toBe(1);
    expect((await notificationsOf(h.db.dataSource, account.accountId)).filter((n) => n.kind === 'ACCOUNT_CLOSED')).toEqual([
      { kind: 'ACCOUNT_CLOSED', name: h.org.users.communications.name },
    ]);
    const [{ status }] = await h.db.dataSource.query('select status from account where id = $1', [account.accountId]);
    expect(status).toBe('CLOSED');
    expect(await duplicatedSideEffects(h.db.dataSource, account.accountId)).toEqual([]);
  }, 400_000);

  it('the daily Schedule watches every active account once, at 06:00 Stockholm time', async () => {
    const account = await activeAccount(h.openings, h.org, { name: 'bevakas' });
    await setLastPost(simulator.url, account, new Date());
    const schedule = await closures.ensureSchedule(h.org.municipality.id);
    try {
      const description = await schedule.describe();
      const [next] = description.info.nextActionTimes;
      const stockholm = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit' }).format(next);
      expect(stockholm).toBe('06:00');
      expect(description.policies.overlap).toBe('SKIP');

      const tick = async () => {
        const before = (await schedule.describe()).info.recentActions.length;
        await schedule.trigger();
        const action = await eventually(
          async () => (await schedule.describe()).info.recentActions,
          (actions) => actions.length > before,
          'the schedule to start its workflow',
          60_000,
        );
        const { workflowId, firstExecutionRunId } = action[action.length - 1].action.workflow;
        const watched = await h.client.workflow.getHandle(workflowId, firstExecutionRunId).result();
        if (watched > 0) await recordHistory(h.client, workflowId, 'ensure-activity-watches', firstExecutionRunId);
        return watched;
      };
      // Only the active account (the one closed above is not watched); a second tick finds it watched already.
      expect(await tick()).toBe(1);
      expect((await h.client.workflow.getHandle(`activity-watch/${account.accountId}`).describe()).status.name).toBe('RUNNING');
      expect(await tick()).toBe(0);
      const watched = await eventually(() => closures.watchState(account.accountId), (s) => s.nextCheckAt !== null, 'the first look');
      expect(watched.episode).toBeNull();
      // Posted today: the next look is when it could first pass the 90 days, at most a month away.
      expect(Date.parse(watched.nextCheckAt!)).toBeGreaterThan(Date.now() + 29 * 24 * 3600 * 1000);
      await h.client.workflow.getHandle(`activity-watch/${account.accountId}`).terminate('test over');
    } finally {
      await schedule.delete();
    }
  });
});
