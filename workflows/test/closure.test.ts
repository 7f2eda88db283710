import { AccountClosure, CredentialVault, DepositedCredential, InactivityEpisode, LocalKeyProvider, Snapshot, seedDemoOrganisation, type DemoOrganisation } from '@smg/db';
import { createTestDatabase, type TestDatabase } from '@smg/db/testing';
import { isWorkingDay } from '@smg/domain/calendar';
import { LocalFolderArchiveStorage } from '@smg/archive';
import { startPlatformSimulator, type RunningPlatformSimulator } from '@smg/platform-simulator';
import { temporal } from '@temporalio/proto';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { historyText } from '../src/testing.js';
import { createActivities } from '../src/activities.js';
import { ClosureClient, ClosureStepRefusedError, OpeningClient } from '../src/client.js';
import { ACCOUNT_ID, LIFECYCLE_STAGE, MUNICIPALITY_ID, UNIT_ID } from '../src/search-attributes.js';
import { activityWatchWorkflowId, closureWorkflowId } from '../src/account-closure/messages.js';
import { openingWorkflowId } from '../src/account-opening/messages.js';
import { archivingDeps } from '../src/worker.js';
import { activeAccount as makeActiveAccount, deleteOnPlatform, eventually, notificationsOf, publishPost, setLastPost, trail } from './closure-helpers.js';
import { actingAs, recordHistory, workflowBundle } from './helpers.js';
import { skipTime } from './time-skipping.js';

const DAY = 24 * 3600 * 1000;

/** What happened after the opening made the account active. */
const afterActivation = (actions: string[]) => actions.slice(actions.lastIndexOf('ACTIVATED') + 1);

/**
 * Closure after inactivity on the time-skipping test server: months without a post pass in seconds on durable timers,
 * while the activities read the platform simulator and write the real database, and the final snapshot is rendered,
 * validated and stored for real. The demo municipality runs on Torsby's policy: inactive after 90 days, 30 days'
 * grace, 10 working days to decide.
 */
describe('closure after inactivity (time-skipped)', () => {
  let env: TestWorkflowEnvironment;
  let db: TestDatabase;
  let org: DemoOrganisation;
  let worker: Worker;
  let running: Promise<void>;
  let simulator: RunningPlatformSimulator;
  let archiveDir: string;
  let openings: OpeningClient;
  let closures: ClosureClient;
  const taskQueue = `closure-${randomUUID()}`;

  let activities: ReturnType<typeof createActivities>;
  /** The accounts the running test made, so a sleep that does not skip can say what each of their workflows was doing. */
  let accounts: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    org = await seedDemoOrganisation(db.dataSource);
    simulator = await startPlatformSimulator({ port: 0, host: '127.0.0.1' });
    archiveDir = await mkdtemp(path.join(tmpdir(), 'smg-closure-test-'));
    activities = createActivities({ dataSource: await db.appDataSource(), archiving: archivingDeps({ archiveDir, connectors: { simulatorUrl: simulator.url } }) });
  });
  afterAll(async () => {
    await simulator?.close();
    await db?.drop();
    if (archiveDir) await rm(archiveDir, { recursive: true, force: true });
  });

  // A time-skipping server of each test's own. The server skips only while nothing holds time still, and it counts
  // what does; a hold it fails to release (its known bugs around a child workflow's or a timed-out activity's end)
  // once made the months of the two tests after the first pass in real time. A test's leftovers now die with it.
  beforeEach(async () => {
    const serverPath = process.env.TEMPORAL_TEST_SERVER_PATH;
    if (!serverPath) throw new Error('TEMPORAL_TEST_SERVER_PATH is not set: run the tests with infra/test.sh');
    env = await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path: serverPath } } });
    await env.connection.operatorService.addSearchAttributes({
      namespace: env.namespace ?? 'default',
      searchAttributes: Object.fromEntries(
        [ACCOUNT_ID, UNIT_ID, MUNICIPALITY_ID, LIFECYCLE_STAGE].map((key) => [key.name, temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD]),
      ),
    });
    worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowBundle: await workflowBundle(), activities });
    running = worker.run();
    openings = new OpeningClient(env.client, { taskQueue });
    closures = new ClosureClient(env.client, { taskQueue });
    accounts = [];
  });
  afterEach(async () => {
    worker?.shutdown();
    await running;
    await env?.teardown();
  });

  const activeAccount = async (...args: Parameters<typeof makeActiveAccount>) => {
    const account = await makeActiveAccount(...args);
    accounts.push(account.accountId);
    return account;
  };
  const sleep = (duration: string) =>
    skipTime(env, duration, accounts.flatMap((id) => [openingWorkflowId(id), activityWatchWorkflowId(id), closureWorkflowId(id)]));
  const now = async () => new Date(await env.currentTimeMs());
  const episodes = (accountId: string) => db.dataSource.getRepository(InactivityEpisode).find({ where: { accountId }, order: { number: 'ASC' } });
  const statusOf = async (accountId: string) => (await db.dataSource.query('select status from account where id = $1', [accountId]))[0].status as string;
  const manager = () => actingAs(org, 'unitManager', 'UNIT_MANAGER');
  const communications = () => actingAs(org, 'communications', 'COMMUNICATIONS');
  const editor = () => actingAs(org, 'editor', 'EDITOR');

  it('months of inactivity → warning → grace period → opinion → decision to close → final snapshot → CLOSED', async () => {
    const account = await activeAccount(openings, org, { name: 'tyst' });
    // The credentials are in the vault: confirming them destroyed must shred them.
    const vault = new CredentialVault(db.dataSource, new LocalKeyProvider(randomBytes(32)));
    const secret = `Tyst-${randomBytes(6).toString('hex')}`;
    const depositor = { actorId: org.users.editor.id, actorName: org.users.editor.name, role: 'EDITOR' };
    await vault.deposit({ accountId: account.accountId, municipalityId: org.municipality.id, loginName: 'tyst_konto', loginEmail: null, secret, by: depositor, at: new Date() });
    await setLastPost(simulator.url, account, new Date((await now()).getTime() - 10 * DAY));
    await closures.watch(account);

    // 79 days on: still within the 90 days since the last post; nothing is sent.
    await sleep('79 days');
    expect(await episodes(account.accountId)).toEqual([]);
    expect(await notificationsOf(db.dataSource, account.accountId)).toEqual([]);

    // Past the threshold: the library's editor and unit manager are warned (not the other units' managers).
    await sleep('3 days');
    const [warned] = await episodes(account.accountId);
    expect(warned).toMatchObject({ number: 1, stage: 'WARNED' });
    expect(warned.graceEndsAt.getTime() - warned.warnedAt.getTime()).toBe(30 * DAY);
    expect(await notificationsOf(db.dataSource, account.accountId)).toEqual([
      { kind: 'INACTIVITY_WARNING', name: org.users.editor.name },
      { kind: 'INACTIVITY_WARNING', name: org.users.unitManager.name },
    ]);
    // Nobody decides during the grace period.
    await expect(closures.recordOpinion(account.accountId, 'Stäng.', communications())).rejects.toThrow(/Fristen/);

    // The grace period passes without a post: the communications unit is asked for its opinion, the manager to decide.
    await sleep('31 days');
    const [awaiting] = await episodes(account.accountId);
    expect(awaiting.stage).toBe('AWAITING_OPINION');
    expect(isWorkingDay(awaiting.decisionDueAt!)).toBe(true);
    expect((await notificationsOf(db.dataSource, account.accountId)).slice(2)).toEqual([
      { kind: 'CLOSURE_DECISION_REQUESTED', name: org.users.unitManager.name },
      { kind: 'CLOSURE_OPINION_REQUESTED', name: org.users.communications.name },
    ]);

    // The manager decides only after the communications unit's opinion.
    await expect(closures.decide(account.accountId, { decision: 'CLOSE', revivalPlan: null, reviewAt: null, comment: null }, manager())).rejects.toThrow(
      new ClosureStepRefusedError('Kommunikationsenheten har inte yttrat sig ännu; beslutet fattas i samråd med den.'),
    );
    await closures.recordOpinion(account.accountId, 'Kanalen har inte uppdaterats på fyra månader; vi tillstyrker att den avslutas.', communications());
    const decided = await closures.decide(account.accountId, { decision: 'CLOSE', revivalPlan: null, reviewAt: null, comment: 'Enligt samrådet.' }, manager());
    expect(decided.episode?.stage).toBe('CLOSE_DECIDED');

    // The closure: the final snapshot first; nothing is shut before it is archived.
    await eventually(() => statusOf(account.accountId), (status) => status === 'CLOSING', 'the closure to begin', 30_000);
    await expect(closures.confirmPlatformRemoval(account.accountId, { url: null, note: 'Raderat.' }, editor())).rejects.toThrow(
      /ögonblicksbilden är inte arkiverad/,
    );
    await eventually(() => closures.closureState(account.accountId), (s) => s.stage === 'AWAITING_PLATFORM_REMOVAL', 'the final snapshot');
    expect(await statusOf(account.accountId)).toBe('CLOSING');
    await expect(closures.confirmCredentialsDestroyed(account.accountId, 'Kuvertet makulerat.', communications())).rejects.toThrow(/Bekräfta först/);

    await deleteOnPlatform(simulator.url, account);
    const removed = await closures.confirmPlatformRemoval(account.accountId, { url: null, note: 'Kontot raderat i Instagram-appen av Elin.' }, editor());
    expect(removed.platformRemoval?.platformCheck).toBe('GONE');
    await closures.confirmCredentialsDestroyed(account.accountId, 'Det förseglade kuvertet makulerades i dokumentförstöraren.', communications());
    const closed = await closures.closureResult(account.accountId);
    expect(closed.stage).toBe('CLOSED');
    expect(await statusOf(account.accountId)).toBe('CLOSED');

    const snapshots = await db.dataSource.getRepository(Snapshot).findBy({ accountId: account.accountId });
    expect(snapshots.map((s) => [s.reason, s.status])).toEqual([['BEFORE_CLOSURE', 'ARCHIVED']]);
    const packages = await new LocalFolderArchiveStorage(path.join(archiveDir, 'packages')).list({ municipality: org.municipality.id, period: snapshots[0].snapshotKey });
    expect(packages.map((p) => p.key.accountId)).toEqual([account.accountId]);
    const closure = await db.dataSource.getRepository(AccountClosure).findOneByOrFail({ accountId: account.accountId });
    expect(closure).toMatchObject({
      reason: 'INACTIVITY',
      episodeId: warned.id,
      requestedByName: org.users.unitManager.name,
      snapshotStatus: 'ARCHIVED',
      credentialsDeposited: true,
      platformCheck: 'GONE',
      platformRemovedByName: org.users.editor.name,
      credentialsDestroyedByName: org.users.communications.name,
      stage: 'CLOSED',
    });
    for (const step of ['snapshotArchivedAt', 'platformRemovedAt', 'credentialsDestroyedAt', 'delistedAt', 'communicationsNotifiedAt', 'closedAt'] as const) {
      expect(closure[step], step).toBeInstanceOf(Date);
    }
    const [tombstone] = await db.dataSource.getRepository(DepositedCredential).findBy({ accountId: account.accountId });
    expect(tombstone).toMatchObject({ keyId: null, wrappedKey: null, iv: null, authTag: null, ciphertext: null, loginName: 'tyst_konto', destroyedByName: org.users.communications.name });
    expect(tombstone.destroyedReason).toBe('Kontot avslutas: Det förseglade kuvertet makulerades i dokumentförstöraren.');
    expect(await vault.reveal({ accountId: account.accountId, by: { ...depositor, role: 'COMMUNICATIONS' }, reason: 'Kontroll efter avslutet.', at: new Date() })).toBeNull();
    const history = historyText(await env.client.workflow.getHandle(`account-closure/${account.accountId}`).fetchHistory());
    expect(history).toContain('dokumentförstöraren');
    expect(history).not.toContain(secret);
    const actions = await trail(db.dataSource, account.accountId);
    expect(afterActivation(actions)).toEqual([
      'CREDENTIALS_DEPOSITED',
      'INACTIVITY_WARNED',
      'INACTIVITY_DECISION_REQUESTED',
      'INACTIVITY_OPINION_RECORDED',
      'INACTIVITY_CLOSE_DECIDED',
      'CLOSURE_STARTED',
      'SNAPSHOT_ARCHIVED',
      'CLOSURE_PLATFORM_REMOVAL_CONFIRMED',
      'CLOSURE_CREDENTIALS_DESTROYED',
      // Shredding the vault is part of the step that records the credentials destroyed, audited once.
      'CREDENTIALS_DESTROYED',
      'CLOSURE_REMOVED_FROM_REGISTER',
      'CLOSURE_COMMUNICATIONS_NOTIFIED',
      'CLOSED',
    ]);
    expect((await notificationsOf(db.dataSource, account.accountId)).filter((n) => n.kind === 'ACCOUNT_CLOSED')).toEqual([
      { kind: 'ACCOUNT_CLOSED', name: org.users.communications.name },
    ]);
    // The watch ended with the closure it started.
    expect((await env.client.workflow.getHandle(`activity-watch/${account.accountId}`).result()).closureWorkflowId).toBe(`account-closure/${account.accountId}`);
    await recordHistory(env.client, `account-closure/${account.accountId}`, 'account-closure-after-inactivity');
  });

  it('activity during the grace period ends the episode, whether seen on the platform or reported by an editor', async () => {
    const posted = await activeAccount(openings, org, { name: 'postar' });
    const reported = await activeAccount(openings, org, { name: 'rapporterar' });
    const lastPost = new Date((await now()).getTime() - 85 * DAY);
    await setLastPost(simulator.url, posted, lastPost);
    await setLastPost(simulator.url, reported, lastPost);
    await closures.watch(posted);
    await closures.watch(reported);

    await sleep('6 days');
    expect((await episodes(posted.accountId)).map((e) => e.stage)).toEqual(['WARNED']);
    expect((await episodes(reported.accountId)).map((e) => e.stage)).toEqual(['WARNED']);

    // Ten days into the grace period one account posts again; the daily check sees it.
    await sleep('10 days');
    const postedAt = await now();
    await publishPost(simulator.url, posted, postedAt);
    // The other account's editor reports activity (a platform the connector cannot read, say).
    const afterReport = await closures.reportActivity(reported, 'Vi har publicerat två filmer i veckan.', editor());
    expect(afterReport.lastActivityAt).not.toBeNull();
    await sleep('2 days');

    const [revivedByPost] = await episodes(posted.accountId);
    expect(revivedByPost).toMatchObject({ stage: 'REVIVED', revivalSource: 'PLATFORM' });
    // The platform gives times in whole seconds.
    expect(revivedByPost.revivedAt?.getTime()).toBe(Math.floor(postedAt.getTime() / 1000) * 1000);
    const [revivedByReport] = await episodes(reported.accountId);
    expect(revivedByReport).toMatchObject({ stage: 'REVIVED', revivalSource: 'EDITOR_REPORT' });

    // The end of the grace period passes: no opinion or decision is asked for, the accounts stay active and watched.
    await sleep('20 days');
    for (const account of [posted, reported]) {
      expect((await episodes(account.accountId)).map((e) => e.stage)).toEqual(['REVIVED']);
      expect(await statusOf(account.accountId)).toBe('ACTIVE');
      expect((await notificationsOf(db.dataSource, account.accountId)).map((n) => n.kind)).toEqual(['INACTIVITY_WARNING', 'INACTIVITY_WARNING']);
      const state = await closures.watchState(account.accountId);
      expect(state.closureWorkflowId).toBeNull();
      expect(Date.parse(state.nextCheckAt!)).toBeGreaterThan((await now()).getTime());
    }
    expect(afterActivation(await trail(db.dataSource, posted.accountId))).toEqual(['INACTIVITY_WARNED', 'INACTIVITY_REVIVED']);
    expect(afterActivation(await trail(db.dataSource, reported.accountId))).toEqual([
      'INACTIVITY_WARNED',
      'INACTIVITY_ACTIVITY_REPORTED',
      'INACTIVITY_REVIVED',
    ]);
  });

  it('no decision within the deadline escalates to the communications unit, once; keeping the account sets a new review', async () => {
    const account = await activeAccount(openings, org, { name: 'obeslutat' });
    await setLastPost(simulator.url, account, new Date((await now()).getTime() - 100 * DAY));
    await closures.watch(account);

    await sleep('32 days');
    const [awaiting] = await episodes(account.accountId);
    expect(awaiting.stage).toBe('AWAITING_OPINION');
    await closures.recordOpinion(account.accountId, 'Kontot kan leva vidare om biblioteket avsätter tid.', communications());

    // Three weeks pass without a decision: the communications unit is told once, however long it then waits.
    await sleep('21 days');
    await sleep('30 days');
    const [late] = await episodes(account.accountId);
    expect(late.stage).toBe('AWAITING_DECISION');
    expect(late.escalatedAt).not.toBeNull();
    expect(late.escalatedAt!.getTime()).toBeGreaterThanOrEqual(late.decisionDueAt!.getTime());
    expect((await notificationsOf(db.dataSource, account.accountId)).filter((n) => n.kind === 'ESCALATION')).toEqual([
      { kind: 'ESCALATION', name: org.users.communications.name },
    ]);
    expect((await trail(db.dataSource, account.accountId)).filter((a) => a === 'ESCALATED')).toHaveLength(1);

    // Keeping needs a plan and a review date ahead.
    const reviewAt = new Date((await now()).getTime() + 60 * DAY).toISOString();
    await expect(closures.decide(account.accountId, { decision: 'KEEP', revivalPlan: ' ', reviewAt, comment: null }, manager())).rejects.toThrow(
      /Beskriv kort hur kontot ska bli aktivt igen/,
    );
    const kept = await closures.decide(
      account.accountId,
      { decision: 'KEEP', revivalPlan: 'Två inlägg i veckan om lovaktiviteter; Elin ansvarar.', reviewAt, comment: null },
      manager(),
    );
    expect(kept.episode?.stage).toBe('KEPT');
    expect(await statusOf(account.accountId)).toBe('ACTIVE');

    // Nothing happens before the review date; on it, still without a post, a new episode starts.
    await sleep('59 days');
    expect((await episodes(account.accountId)).map((e) => e.stage)).toEqual(['KEPT']);
    await sleep('2 days');
    expect((await episodes(account.accountId)).map((e) => [e.number, e.stage])).toEqual([
      [1, 'KEPT'],
      [2, 'WARNED'],
    ]);
    expect(afterActivation(await trail(db.dataSource, account.accountId))).toEqual([
      'INACTIVITY_WARNED',
      'INACTIVITY_DECISION_REQUESTED',
      'INACTIVITY_OPINION_RECORDED',
      'ESCALATED',
      'INACTIVITY_KEEP_DECIDED',
      'INACTIVITY_WARNED',
    ]);
    await recordHistory(env.client, `activity-watch/${account.accountId}`, 'activity-watch-escalated-kept');
  });

  it('a manager closes an account directly for a changed purpose: the watch ends, no credentials to destroy on Facebook', async () => {
    const account = await activeAccount(openings, org, { name: 'syfte', platform: 'FACEBOOK' });
    await setLastPost(simulator.url, account, new Date((await now()).getTime() - DAY));
    await closures.watch(account);
    await sleep('1 day');

    const begun = await closures.requestClosure({
      accountId: account.accountId,
      municipalityId: account.municipalityId,
      reason: 'CHANGED_PURPOSE',
      explanation: 'Projektet är avslutat och informationen finns nu på webbplatsen.',
      by: manager(),
    });
    expect(begun).toMatchObject({ stage: 'FINAL_SNAPSHOT', credentialsDeposited: false });
    expect(await statusOf(account.accountId)).toBe('CLOSING');
    // The watch has been told and has ended.
    expect((await env.client.workflow.getHandle(`activity-watch/${account.accountId}`).result()).closureWorkflowId).toBe(`account-closure/${account.accountId}`);
    await expect(
      closures.requestClosure({ accountId: account.accountId, municipalityId: account.municipalityId, reason: 'ACTIVITY_ENDED', explanation: null, by: manager() }),
    ).rejects.toThrow(ClosureStepRefusedError);

    await eventually(() => closures.closureState(account.accountId), (s) => s.stage === 'AWAITING_PLATFORM_REMOVAL', 'the final snapshot');
    // Unpublished rather than deleted: the platform still answers, which is recorded beside the manager's word.
    const removed = await closures.confirmPlatformRemoval(account.accountId, { url: 'https://www.facebook.com/help/unpublish', note: 'Sidan är avpublicerad.' }, manager());
    expect(removed.platformRemoval?.platformCheck).toBe('STILL_PUBLISHED');
    expect((await closures.closureResult(account.accountId)).stage).toBe('CLOSED');

    const closure = await db.dataSource.getRepository(AccountClosure).findOneByOrFail({ accountId: account.accountId });
    expect(closure).toMatchObject({ reason: 'CHANGED_PURPOSE', episodeId: null, credentialsDeposited: false, credentialsDestroyedAt: null, platformCheck: 'STILL_PUBLISHED' });
    expect(closure.credentialsNote).toBe('Inga inloggningsuppgifter var deponerade för kontot.');
    expect(afterActivation(await trail(db.dataSource, account.accountId))).toEqual([
      'CLOSURE_STARTED',
      'SNAPSHOT_ARCHIVED',
      'CLOSURE_PLATFORM_REMOVAL_CONFIRMED',
      'CLOSURE_REMOVED_FROM_REGISTER',
      'CLOSURE_COMMUNICATIONS_NOTIFIED',
      'CLOSED',
    ]);
    // A closed account cannot be closed again.
    await expect(
      closures.requestClosure({ accountId: account.accountId, municipalityId: account.municipalityId, reason: 'ACTIVITY_ENDED', explanation: null, by: manager() }),
    ).rejects.toThrow(ClosureStepRefusedError);
  });
});
