import { LocalFolderArchiveStorage } from '@smg/archive';
import { AccountClosure, AuditEvent, Snapshot } from '@smg/db';
import { startPlatformSimulator, type RunningPlatformSimulator } from '@smg/platform-simulator';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClosureClient } from '../src/client.js';
import { activeAccount, deleteOnPlatform, eventually, setLastPost, trail } from './closure-helpers.js';
import { actingAs, createHarness, type Harness } from './helpers.js';

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

    const external = startWorkerProcess(h, archiveDir, simulator.url);
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
    external.kill('SIGKILL');
    await new Promise((resolve) => external.once('exit', resolve));

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
    expect(actions.slice(actions.lastIndexOf('ACTIVATED') + 1)).toEqual([
      'CLOSURE_STARTED',
      'SNAPSHOT_ARCHIVED',
      'CLOSURE_PLATFORM_REMOVAL_CONFIRMED',
      'CLOSURE_CREDENTIALS_DESTROYED',
      'CLOSURE_REMOVED_FROM_REGISTER',
      'CLOSURE_COMMUNICATIONS_NOTIFIED',
      'CLOSED',
    ]);
    const [{ status }] = await h.db.dataSource.query('select status from account where id = $1', [account.accountId]);
    expect(status).toBe('CLOSED');
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
        return h.client.workflow.getHandle(action[action.length - 1].action.workflow.workflowId, action[action.length - 1].action.workflow.firstExecutionRunId).result();
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

/** The worker as its own process (as the stack runs it), so the test can kill it with SIGKILL. */
function startWorkerProcess(h: Harness, archiveDir: string, simulatorUrl: string): ChildProcess {
  const workerFile = fileURLToPath(new URL('../src/worker.ts', import.meta.url));
  const packageDir = fileURLToPath(new URL('..', import.meta.url));
  return spawn(process.execPath, ['--import', 'tsx', workerFile], {
    cwd: packageDir,
    env: {
      // Legacy decorators for TypeORM, as the stack starts the worker (infra/src/lib/stack.ts).
      TSX_TSCONFIG_PATH: path.join(packageDir, 'tsconfig.json'),
      ...process.env,
      DATABASE_URL: h.db.appUrl,
      TEMPORAL_TASK_QUEUE: h.taskQueue,
      ARCHIVE_DIR: archiveDir,
      PLATFORM_API_URL: simulatorUrl,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}
