import { LocalFolderArchiveStorage, validateSip } from '@smg/archive';
import { Account, AccountAdministrator, AccountHandover, BoardDecision, CredentialVault, DepositedCredential, HandoverItem, LocalKeyProvider, Snapshot, UploadedFile } from '@smg/db';
import {
  REGISTER_STATUSES,
  type BoardDecisionOutcome,
  type HandoverEvidence,
  type HandoverItemKey,
  type LinkedBoardDecision,
} from '@smg/domain';
import { startPlatformSimulator, type RunningPlatformSimulator } from '@smg/platform-simulator';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { historyText } from '../src/testing.js';
import { HandoverClient } from '../src/account-handover/client.js';
import { StepNotAllowedError } from '../src/client.js';
import { eventually } from './closure-helpers.js';
import {
  actingAs,
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
 * Handover by board decision through the real worker, Temporal, PostgreSQL and the archiving lifecycle (Chromium,
 * Ghostscript, veraPDF, commons-ip against the platform simulator): approved, refused, and a worker killed between
 * the final snapshot and the register update.
 */
describe('handover of an account to another owner by board decision', () => {
  let h: Harness;
  let simulator: RunningPlatformSimulator;
  let archiveDir: string;
  let handovers: HandoverClient;
  let worker: { shutdown(): Promise<void> } | null = null;
  let paragraph = 40;
  const startWorker = async () => (worker = await h.startWorker({ archiveDir, connectors: { simulatorUrl: simulator.url } }));
  const storage = () => new LocalFolderArchiveStorage(path.join(archiveDir, 'packages'));
  const manager = () => actingAs(h.org, 'unitManager', 'UNIT_MANAGER');
  const secretary = () => actingAs(h.org, 'boardSecretary', 'BOARD_SECRETARY');
  const communications = () => actingAs(h.org, 'communications', 'COMMUNICATIONS');

  beforeAll(async () => {
    h = await createHarness();
    simulator = await startPlatformSimulator({ port: 0, host: '127.0.0.1' });
    archiveDir = await mkdtemp(path.join(tmpdir(), 'smg-handover-test-'));
    handovers = new HandoverClient(h.client, { taskQueue: h.taskQueue });
    await startWorker();
  });
  afterAll(async () => {
    await worker?.shutdown();
    await h?.close();
    await simulator?.close();
    await rm(archiveDir, { recursive: true, force: true });
  });

  async function propose(accountId: string) {
    return handovers.propose({
      handoverId: randomUUID(),
      accountId,
      municipalityId: h.org.municipality.id,
      administrationId: h.org.units.library.administrationId,
      unitId: h.org.units.library.id,
      boardId: h.org.boards.culture.id,
      platform: 'INSTAGRAM',
      newOwner: { kind: 'ORGANISATION', name: 'Läsföreningen Bokcirkeln', contactName: 'Berit Bok', email: 'berit@bokcirkeln.se', phone: null },
      reason: 'Läsecirklarna drivs sedan i höstas av föreningen; biblioteket ska inte längre publicera i kanalen.',
      by: manager(),
      rules: { decisionReminderWorkingDays: 5 },
      policyVersionId: null,
      credentialsDeposited: true,
    });
  }

  /** A decision as the board secretary registers it, with its minutes extract; returns it as the handover links it. */
  async function registerDecision(accountId: string, outcome: BoardDecisionOutcome, board: 'culture' | 'education' = 'culture'): Promise<LinkedBoardDecision> {
    const content = Buffer.from(`%PDF-1.4\n% Protokollsutdrag ${paragraph}\n`);
    const sha256 = createHash('sha256').update(content).digest('hex');
    const file = await h.db.dataSource.getRepository(UploadedFile).save({
      municipalityId: h.org.municipality.id,
      fileName: 'protokollsutdrag.pdf',
      mimeType: 'application/pdf',
      size: content.length,
      sha256,
      content,
      uploadedAt: new Date(),
      uploadedById: h.org.users.boardSecretary.id,
      uploadedByName: h.org.users.boardSecretary.name,
      attachedTo: null,
      accountId,
    });
    paragraph += 1;
    const decision = await h.db.dataSource.getRepository(BoardDecision).save({
      municipalityId: h.org.municipality.id,
      boardId: h.org.boards[board].id,
      meetingDate: '2026-11-10',
      paragraph: `§ ${paragraph}`,
      diaryNumber: `KFN 2026/${paragraph}`,
      decisionText: outcome === 'APPROVE' ? 'Nämnden beslutar att kontot överlåts till föreningen.' : 'Nämnden avslår förslaget.',
      outcome,
      minutesFileId: file.id,
      accountId,
      registeredAt: new Date(),
      registeredById: h.org.users.boardSecretary.id,
      registeredByName: h.org.users.boardSecretary.name,
      handoverId: null,
      linkedAt: null,
    });
    return {
      decisionId: decision.id,
      boardId: decision.boardId,
      boardName: h.org.boards[board].name,
      meetingDate: decision.meetingDate,
      paragraph: decision.paragraph,
      diaryNumber: decision.diaryNumber,
      outcome,
      minutesFile: { id: file.id, fileName: file.fileName, mimeType: file.mimeType, size: file.size, sha256 },
    };
  }

  const EVIDENCE: Record<HandoverItemKey, { evidence: HandoverEvidence; declineReason?: string }> = {
    PROFILE_SHOWS_NEW_OWNER: { evidence: { url: 'https://www.instagram.com/biblioteket_test' } },
    LOGO_REMOVED: { evidence: { url: 'https://www.instagram.com/biblioteket_test', note: 'Ny profilbild med föreningens logotyp.' } },
    ANNOUNCEMENT_PUBLISHED: { evidence: { url: 'https://www.instagram.com/p/overlatelse' } },
    RESPONSIBILITY_ACCEPTED: { evidence: { url: 'https://bokcirkeln.se/overtagande.pdf' } },
    RENAMED: { evidence: {}, declineReason: 'Föreningen behåller namnet som följarna känner igen.' },
    ADMIN_RIGHTS_REMOVED: { evidence: { note: 'Kommunens administratörer borttagna 2026-11-23.' } },
    CREDENTIALS_DESTROYED: { evidence: { note: 'Det förseglade kuvertet strimlat i närvaro av två personer.' } },
  };
  const record = (accountId: string, key: HandoverItemKey) =>
    handovers.recordItem(accountId, key, EVIDENCE[key].evidence, EVIDENCE[key].declineReason ?? null, key.startsWith('ADMIN') || key.startsWith('CRED') ? communications() : manager());

  const accountOf = (id: string) => h.db.dataSource.getRepository(Account).findOneByOrFail({ id });
  const finalSnapshots = (accountId: string) => h.db.dataSource.getRepository(Snapshot).findBy({ accountId, reason: 'BEFORE_HANDOVER' });
  const listed = async (id: string) => REGISTER_STATUSES.includes((await accountOf(id)).status);

  const handoverTrail = async (accountId: string) =>
    (await auditActions(h, accountId)).filter(
      (a) => !['OPENING_STARTED', 'PLAN_SUBMITTED', 'CONSULTATION_RECORDED', 'APPROVED', 'PROVISIONING_STARTED', 'PROVISIONING_ITEM_COMPLETED', 'ACTIVATED'].includes(a),
    );
  const HANDED_OVER_TRAIL = [
    'HANDOVER_PROPOSED',
    'BOARD_DECISION_LINKED',
    'SNAPSHOT_ARCHIVED',
    'FINAL_SNAPSHOT_ARCHIVED',
    ...Array(5).fill('HANDOVER_CONDITION_RECORDED'),
    ...Array(2).fill('HANDOVER_RELEASE_RECORDED'),
    'REMOVED_FROM_REGISTER',
    'HANDED_OVER',
  ];
  const CONDITIONS_AND_RELEASE = [
    'PROFILE_SHOWS_NEW_OWNER',
    'LOGO_REMOVED',
    'ANNOUNCEMENT_PUBLISHED',
    'RESPONSIBILITY_ACCEPTED',
    'RENAMED',
    'ADMIN_RIGHTS_REMOVED',
    'CREDENTIALS_DESTROYED',
  ] as const;

  async function untilTrue(check: () => Promise<boolean>, timeoutMs = 120_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error('timed out');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  it('approved: final snapshot first, then each condition with its evidence, then the account leaves the register as HANDED_OVER', async () => {
    const accountId = await activeAccount(h);
    expect(await h.db.dataSource.getRepository(AccountAdministrator).countBy({ accountId })).toBe(2);
    // The credentials are in the vault: the release step must shred them.
    const vault = new CredentialVault(h.db.dataSource, new LocalKeyProvider(randomBytes(32)));
    const secret = `Bokcirkel-${randomBytes(6).toString('hex')}`;
    const by = { actorId: h.org.users.editor.id, actorName: h.org.users.editor.name, role: 'EDITOR' };
    await vault.deposit({ accountId, municipalityId: h.org.municipality.id, loginName: 'biblioteket_test', loginEmail: null, secret, by, at: new Date() });

    const proposed = await propose(accountId);
    expect(proposed.status).toBe('AWAITING_DECISION');
    expect((await accountOf(accountId)).status).toBe('HANDING_OVER');
    expect(await listed(accountId)).toBe(true);

    // Without a linked approving decision nothing can proceed; a second handover cannot start beside this one.
    await expect(record(accountId, 'PROFILE_SHOWS_NEW_OWNER')).rejects.toThrow(/nämnden har godkänt/);
    await expect(propose(accountId)).rejects.toThrow(StepNotAllowedError);
    // A decision of a board not responsible for the library is refused by the lifecycle itself.
    await expect(handovers.linkDecision(accountId, await registerDecision(accountId, 'APPROVE', 'education'), secretary())).rejects.toThrow(/ansvarar för kontots/);

    const decision = await registerDecision(accountId, 'APPROVE');
    const linked = await handovers.linkDecision(accountId, decision, secretary());
    expect(linked.status).toBe('FINAL_SNAPSHOT');
    // Nothing changes on the account before the final snapshot is delivered.
    await expect(record(accountId, 'PROFILE_SHOWS_NEW_OWNER')).rejects.toThrow(/ögonblicksbilden är arkiverad/);

    await untilTrue(async () => (await handovers.state(accountId)).status === 'CONDITIONS');
    const [snapshot] = await finalSnapshots(accountId);
    expect(snapshot.status).toBe('ARCHIVED');
    expect(snapshot.snapshotKey).toBe(linked.finalSnapshot!.snapshotKey);
    expect(snapshot.pdfaValidation?.passed).toBe(true);
    const packages = await storage().list({ municipality: h.org.municipality.id, period: snapshot.snapshotKey });
    expect(packages.map((p) => p.key.accountId)).toEqual([accountId]);
    expect((await validateSip(storage().objectPath(packages[0].key))).valid).toBe(true);

    // Findable in the Temporal UI by account and stage.
    await untilTrue(async () => {
      const ids: string[] = [];
      for await (const w of h.client.workflow.list({ query: `AccountId = '${accountId}' AND LifecycleStage = 'CONDITIONS'` })) ids.push(w.workflowId);
      return ids.length === 1 && ids[0] === `account-handover/${accountId}`;
    }, 30_000);

    await expect(handovers.recordItem(accountId, 'LOGO_REMOVED', {}, null, manager())).rejects.toThrow(/Ange underlag/);
    await expect(record(accountId, 'ADMIN_RIGHTS_REMOVED')).rejects.toThrow(/alla villkor/);
    for (const key of ['PROFILE_SHOWS_NEW_OWNER', 'LOGO_REMOVED', 'ANNOUNCEMENT_PUBLISHED', 'RESPONSIBILITY_ACCEPTED', 'RENAMED'] as const) {
      await record(accountId, key);
    }
    expect((await handovers.state(accountId)).status).toBe('RELEASE');
    expect(await listed(accountId)).toBe(true);
    await record(accountId, 'ADMIN_RIGHTS_REMOVED');
    await record(accountId, 'CREDENTIALS_DESTROYED');

    const result = await handovers.result(accountId);
    expect(result.status).toBe('HANDED_OVER');
    const [tombstone] = await h.db.dataSource.getRepository(DepositedCredential).findBy({ accountId });
    expect(tombstone).toMatchObject({ wrappedKey: null, ciphertext: null, destroyedByName: h.org.users.communications.name, destroyedReason: `Kontot överlåts: ${EVIDENCE.CREDENTIALS_DESTROYED.evidence.note}` });
    expect(await vault.reveal({ accountId, by: { ...by, role: 'COMMUNICATIONS' }, reason: 'Kontroll efter överlåtelsen.', at: new Date() })).toBeNull();
    const history = historyText(await h.client.workflow.getHandle(`account-handover/${accountId}`).fetchHistory());
    expect(history).toContain('Bokcirkeln');
    expect(history).not.toContain(secret);
    expect((await accountOf(accountId)).status).toBe('HANDED_OVER');
    expect(await listed(accountId)).toBe(false);
    expect(await h.db.dataSource.getRepository(AccountAdministrator).countBy({ accountId })).toBe(0);

    const handover = await h.db.dataSource.getRepository(AccountHandover).findOneByOrFail({ accountId });
    expect(handover).toMatchObject({ status: 'HANDED_OVER', decisionId: decision.decisionId, finalSnapshotStatus: 'ARCHIVED', newOwnerName: 'Läsföreningen Bokcirkeln' });
    expect(handover.endedAt).not.toBeNull();
    const items = await h.db.dataSource.getRepository(HandoverItem).find({ where: { handoverId: handover.id }, order: { position: 'ASC' } });
    for (const item of items) {
      expect(item.completedAt, item.key).not.toBeNull();
      expect(item.completedByName).toBeTruthy();
    }
    expect(items.find((i) => i.key === 'RENAMED')).toMatchObject({ declineReason: EVIDENCE.RENAMED.declineReason, evidenceUrl: null });
    expect(items.find((i) => i.key === 'LOGO_REMOVED')).toMatchObject({ evidenceUrl: 'https://www.instagram.com/biblioteket_test', completedRole: 'UNIT_MANAGER' });
    expect((await h.db.dataSource.getRepository(BoardDecision).findOneByOrFail({ id: decision.decisionId })).handoverId).toBe(handover.id);

    const trail = (await auditActions(h, accountId)).filter((a) => !['OPENING_STARTED', 'PLAN_SUBMITTED', 'CONSULTATION_RECORDED', 'APPROVED', 'PROVISIONING_STARTED', 'PROVISIONING_ITEM_COMPLETED', 'ACTIVATED'].includes(a));
    expect(trail).toEqual([
      'CREDENTIALS_DEPOSITED',
      'HANDOVER_PROPOSED',
      'BOARD_DECISION_LINKED',
      'SNAPSHOT_ARCHIVED',
      'FINAL_SNAPSHOT_ARCHIVED',
      ...Array(5).fill('HANDOVER_CONDITION_RECORDED'),
      'HANDOVER_RELEASE_RECORDED',
      // Shredding the vault is part of the release step that records the credentials destroyed, audited once.
      'CREDENTIALS_DESTROYED',
      'HANDOVER_RELEASE_RECORDED',
      'REMOVED_FROM_REGISTER',
      'HANDED_OVER',
    ]);
    const [decisionEvent] = await h.db.dataSource.query(`select data from audit_event where "accountId" = $1 and action = 'BOARD_DECISION_LINKED'`, [accountId]);
    expect(decisionEvent.data.detail).toMatch(/^Kultur- och fritidsnämnden 2026-11-10 § \d+, dnr KFN 2026\/\d+: Bifall/);
    expect(decisionEvent.data.evidence.file.sha256).toBe(decision.minutesFile.sha256);
    // Once handed over, nothing more can be recorded.
    await expect(record(accountId, 'RENAMED')).rejects.toThrow(StepNotAllowedError);

    await recordHistory(h.client, `account-handover/${accountId}`, 'account-handover-to-handed-over');
  }, 300_000);

  it('a worker SIGKILLed after every activity of the handover and its final snapshot, with no workflow cache, hands over once with nothing twice', async () => {
    const started = Date.now();
    await worker!.shutdown();
    worker = null;
    const crashing = await startCrashingWorker(h, {
      killAfterFirstAttemptOf: /^(account-handover|account-snapshot)\//,
      maxCachedWorkflows: 0,
      archiveDir,
      simulatorUrl: simulator.url,
    });
    let kills: KillRecord[] = [];
    const accountId = await activeAccount(h);
    try {
      await propose(accountId);
      await handovers.linkDecision(accountId, await registerDecision(accountId, 'APPROVE'), secretary());
      await eventually(() => handovers.state(accountId), (s) => s.status === 'CONDITIONS', 'the final snapshot', 240_000);
      for (const key of CONDITIONS_AND_RELEASE) await record(accountId, key);
      expect((await handovers.result(accountId)).status).toBe('HANDED_OVER');
    } finally {
      kills = await crashing.stop();
      await startWorker();
    }

    const [snapshot] = await finalSnapshots(accountId);
    await expectKilledAtEveryActivity(h.client, 'handover', [`account-handover/${accountId}`, snapshot.workflowId], kills, started);
    expect(await handoverTrail(accountId)).toEqual(HANDED_OVER_TRAIL);
    expect((await finalSnapshots(accountId)).map((s) => s.status)).toEqual(['ARCHIVED']);
    expect((await storage().list({ municipality: h.org.municipality.id, period: snapshot.snapshotKey })).map((p) => p.key.accountId)).toEqual([accountId]);
    const handover = await h.db.dataSource.getRepository(AccountHandover).findOneByOrFail({ accountId });
    const items = await h.db.dataSource.getRepository(HandoverItem).findBy({ handoverId: handover.id });
    expect(items.map((i) => i.key).sort()).toEqual([...CONDITIONS_AND_RELEASE].sort());
    expect(await h.db.dataSource.getRepository(AccountHandover).countBy({ accountId })).toBe(1);
    expect(await h.db.dataSource.getRepository(AccountAdministrator).countBy({ accountId })).toBe(0);
    expect((await accountOf(accountId)).status).toBe('HANDED_OVER');
    expect(await duplicatedSideEffects(h.db.dataSource, accountId)).toEqual([]);
  }, 400_000);

  it('refused: the decision is recorded, the account is active again and listed, and nothing was archived', async () => {
    const accountId = await activeAccount(h);
    await propose(accountId);
    const decision = await registerDecision(accountId, 'REFUSE');
    const refused = await handovers.linkDecision(accountId, decision, secretary());
    expect(refused.status).toBe('REFUSED');
    expect(refused.lastReason).toMatch(/^Nämnden avslog överlåtelsen \(Kultur- och fritidsnämnden 2026-11-10 § \d+, dnr KFN 2026\/\d+\)\.$/);
    expect((await handovers.result(accountId)).status).toBe('REFUSED');
    expect((await accountOf(accountId)).status).toBe('ACTIVE');
    expect(await listed(accountId)).toBe(true);
    expect(await finalSnapshots(accountId)).toEqual([]);
    expect(await h.db.dataSource.getRepository(AccountAdministrator).countBy({ accountId })).toBe(2);
    expect((await auditActions(h, accountId)).slice(-3)).toEqual(['HANDOVER_PROPOSED', 'BOARD_DECISION_LINKED', 'HANDOVER_REFUSED']);
    const handover = await h.db.dataSource.getRepository(AccountHandover).findOneByOrFail({ accountId });
    expect(handover).toMatchObject({ status: 'REFUSED', decisionId: decision.decisionId, finalSnapshotKey: null });

    // Refused is not the end of the account: a new proposal may follow, as a handover of its own, and be withdrawn.
    const again = await propose(accountId);
    expect(again.handoverId).not.toBe(handover.id);
    await expect(handovers.withdraw(accountId, ' ', manager())).rejects.toThrow(/skäl/);
    expect((await handovers.withdraw(accountId, 'Föreningen drog sig ur.', manager())).status).toBe('WITHDRAWN');
    expect((await accountOf(accountId)).status).toBe('ACTIVE');
    expect(await h.db.dataSource.getRepository(AccountHandover).countBy({ accountId })).toBe(2);
  });

  it('only an active account can be proposed for handover', async () => {
    const accountId = await activeAccount(h);
    await h.db.dataSource.getRepository(Account).update({ id: accountId }, { status: 'CLOSING' });
    await expect(propose(accountId)).rejects.toThrow('Bara ett aktivt konto kan överlåtas.');
    expect(await h.db.dataSource.getRepository(AccountHandover).countBy({ accountId })).toBe(0);
    expect((await accountOf(accountId)).status).toBe('CLOSING');
  });

  it('a worker killed between the final snapshot and the register update leaves one snapshot and the account listed or delisted, never between', async () => {
    const accountId = await activeAccount(h);
    await worker!.shutdown();
    worker = null;

    let external = await startWorkerProcess(h, { archiveDir, simulatorUrl: simulator.url });
    await propose(accountId);
    await handovers.linkDecision(accountId, await registerDecision(accountId, 'APPROVE'), secretary());
    // Killed the hard way the moment the snapshot is stored, before the handover has taken it in.
    await untilTrue(async () => (await finalSnapshots(accountId)).some((s) => s.status === 'ARCHIVED'), 180_000);
    await killWorkerProcess(external);
    expect(await finalSnapshots(accountId)).toHaveLength(1);
    expect((await accountOf(accountId)).status).toBe('HANDING_OVER');
    expect(await listed(accountId)).toBe(true);

    external = await startWorkerProcess(h, { archiveDir, simulatorUrl: simulator.url });
    await untilTrue(async () => (await handovers.state(accountId)).status === 'CONDITIONS', 120_000);
    for (const key of CONDITIONS_AND_RELEASE.slice(0, -1)) await record(accountId, key);
    // The last step is accepted and the register update follows on its own: kill the worker right there.
    await record(accountId, 'CREDENTIALS_DESTROYED');
    await killWorkerProcess(external);
    const atKill = await accountOf(accountId);
    const delisted = !(await listed(accountId));
    const administrators = await h.db.dataSource.getRepository(AccountAdministrator).countBy({ accountId });
    // Either nothing of the final write happened, or all of it did.
    expect([atKill.status, delisted, administrators]).toSatisfy(
      ([status, gone, admins]: [string, boolean, number]) => (status === 'HANDING_OVER' && !gone && admins === 2) || (status === 'HANDED_OVER' && gone && admins === 0),
    );

    await startWorker();
    expect((await handovers.result(accountId)).status).toBe('HANDED_OVER');
    expect((await accountOf(accountId)).status).toBe('HANDED_OVER');
    expect(await listed(accountId)).toBe(false);
    const snapshots = await finalSnapshots(accountId);
    expect(snapshots.map((s) => s.status)).toEqual(['ARCHIVED']);
    expect((await storage().list({ municipality: h.org.municipality.id, period: snapshots[0].snapshotKey })).map((p) => p.key.accountId)).toEqual([accountId]);
    const actions = await auditActions(h, accountId);
    for (const action of ['SNAPSHOT_ARCHIVED', 'FINAL_SNAPSHOT_ARCHIVED', 'REMOVED_FROM_REGISTER', 'HANDED_OVER']) {
      expect(actions.filter((a) => a === action), action).toHaveLength(1);
    }
  }, 400_000);
});
