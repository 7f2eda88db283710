import { Account, BoardDecision, Snapshot, UploadedFile } from '@smg/db';
import { DEFAULT_OPENING_RULES, type ProvisioningItemKey } from '@smg/domain';
import { startPlatformSimulator, type RunningPlatformSimulator } from '@smg/platform-simulator';
import { OpeningClient } from '@smg/workflows/client';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type RunningApiServer } from '../src/server.js';
import { errorCodes, startTestApi, temporalAddress, validPlan, type Result, type TestApi } from './support.js';

/**
 * Handover by board decision through GraphQL, the attachment endpoint, the real workflow (with the archiving
 * lifecycle's final snapshot against the platform simulator) and its projection: approved and refused.
 */

const HANDOVER_FIELDS = `
  id status statusLabel reason proposedByName decisionDueAt workflowId myActions lastReason
  responsibleBoard { id name }
  newOwner { kind kindLabel name contactName email phone unit { name } }
  decision { id citation outcome outcomeLabel meetingDate paragraph diaryNumber registeredByName linkedAt board { name } minutesFile { id fileName sha256 size downloadPath } }
  finalSnapshot { snapshotKey status packageId attempts }
  items { key label group optional completedAt completedByName completedRole evidenceUrl evidenceNote declineReason evidenceFile { id fileName sha256 } }
`;
const ACCOUNT = `query($id: ID!) { account(id: $id) { id status mayProposeHandover myActions handover { ${HANDOVER_FIELDS} }
  history { action label actorName detail reason evidence { url note file { fileName sha256 } } } } }`;
const PROPOSE = `mutation($id: ID!, $input: HandoverProposalInput!) { proposeHandover(accountId: $id, input: $input) { id status mayProposeHandover handover { ${HANDOVER_FIELDS} } } }`;
const WITHDRAW = `mutation($id: ID!, $reason: String!) { withdrawHandover(accountId: $id, reason: $reason) { id status handover { status lastReason } } }`;
const REGISTER = `mutation($input: BoardDecisionInput!) { registerBoardDecision(input: $input) { id citation outcome linkedAt account { id status handover { status } } minutesFile { sha256 fileName } } }`;
const LINK = `mutation($id: ID!, $decisionId: ID!) { linkBoardDecision(accountId: $id, decisionId: $decisionId) { id status handover { status } } }`;
const RECORD = `mutation($id: ID!, $key: HandoverItemKey!, $evidence: HandoverEvidenceInput!) { recordHandoverItem(accountId: $id, key: $key, evidence: $evidence) { id status handover { status items { key completedAt } } } }`;
const REGISTER_LIST = `query($m: ID) { register(municipalityId: $m) { displayName } }`;
const HANDOVERS = `query($awaiting: Boolean) { handovers(awaitingMyDecision: $awaiting) { id status account { id } myActions } }`;

const PDF = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n`);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

function ok<T>(result: Result<T>): T {
  expect(result.errors).toBeUndefined();
  return result.data!;
}

const fieldErrors = (result: Result<unknown>) =>
  Object.fromEntries(((result.errors?.[0]?.extensions?.fieldErrors as Array<{ field: string; message: string }>) ?? []).map((e) => [e.field, e.message]));

describe('handover by board decision through GraphQL, the real workflow and its projection', () => {
  let t: TestApi;
  let http: RunningApiServer;
  let simulator: RunningPlatformSimulator;
  let archiveDir: string;
  const tokens = new Map<string, string>();

  beforeAll(async () => {
    simulator = await startPlatformSimulator({ port: 0, host: '127.0.0.1' });
    archiveDir = await mkdtemp(path.join(tmpdir(), 'smg-api-handover-'));
    t = await startTestApi({ withWorker: true, archiving: { archiveDir, simulatorUrl: simulator.url } });
    http = await startApiServer({ port: 0, host: '127.0.0.1', databaseUrl: t.db.appUrl, temporalAddress: temporalAddress(), taskQueue: t.taskQueue });
  });
  afterAll(async () => {
    await http?.close();
    await t?.close();
    await simulator?.close();
    if (archiveDir) await rm(archiveDir, { recursive: true, force: true });
  });

  const origin = () => new URL(http.url).origin;
  /** A token from the HTTP server's own development issuer, signed in as the microfrontends do. */
  async function token(user: keyof TestApi['org']['users']): Promise<string> {
    if (!tokens.has(user)) {
      const response = await fetch(http.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation($id: ID!) { devSignIn(userId: $id) { token } }', variables: { id: t.org.users[user].id } }),
      });
      tokens.set(user, ((await response.json()) as any).data.devSignIn.token);
    }
    return tokens.get(user)!;
  }
  async function upload(user: keyof TestApi['org']['users'] | null, body: Buffer, type: string, name: string) {
    const headers: Record<string, string> = { 'content-type': type, 'x-file-name': encodeURIComponent(name) };
    if (user) headers.authorization = `Bearer ${await token(user)}`;
    const response = await fetch(`${origin()}/api/files`, { method: 'POST', headers, body: new Uint8Array(body) });
    return { status: response.status, body: (await response.json()) as any };
  }

  /** An active library account on Instagram, whose credentials were deposited at opening. */
  async function activeAccount(name: string): Promise<string> {
    const openings = new OpeningClient(t.temporal, { taskQueue: t.taskQueue });
    const accountId = randomUUID();
    const by = (user: keyof TestApi['org']['users'], role: any) => ({ actorId: t.org.users[user].id, actorName: t.org.users[user].name, role });
    await openings.apply({
      accountId,
      municipalityId: t.org.municipality.id,
      administrationId: t.org.units.library.administrationId,
      unitId: t.org.units.library.id,
      scope: 'UNIT',
      plan: validPlan({ displayName: name, handle: name.toLowerCase().replace(/\W+/g, '_') }),
      by: by('editor', 'EDITOR'),
      rules: DEFAULT_OPENING_RULES,
    });
    await openings.submitPlan(accountId, by('editor', 'EDITOR'));
    await openings.recordConsultation(accountId, 'Tillstyrks.', by('communications', 'COMMUNICATIONS'));
    await openings.decide(accountId, 'UNIT_MANAGER', 'APPROVE', null, by('unitManager', 'UNIT_MANAGER'));
    await openings.decide(accountId, 'HEAD_OF_ADMINISTRATION', 'APPROVE', null, by('headOfAdministration', 'HEAD_OF_ADMINISTRATION'));
    let state = await openings.state(accountId);
    for (let i = 0; state.status !== 'PROVISIONING' && i < 100; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      state = await openings.state(accountId);
    }
    const evidence = (key: ProvisioningItemKey) =>
      key === 'FUNCTIONAL_EMAIL'
        ? { functionalEmail: 'biblioteket.instagram@demokommun.se' }
        : key === 'ADMINISTRATORS_TWO_FACTOR'
          ? { administrators: validPlan().administrators.map((a) => ({ name: a.name, email: a.email, twoFactorConfirmed: true })) }
          : { url: 'https://www.instagram.com/biblioteket_demokommun', note: 'Klart.' };
    for (const item of state.provisioning) await openings.completeProvisioningItem(accountId, item.key, evidence(item.key), by('editor', 'EDITOR'));
    return accountId;
  }

  async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, timeoutMs = 180_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await read();
      if (done(value)) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(value)}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  const proposal = {
    newOwner: { kind: 'ORGANISATION', name: 'Läsföreningen Bokcirkeln', contactName: 'Berit Bok', email: 'berit@bokcirkeln.se' },
    reason: 'Läsecirklarna drivs av föreningen sedan i höstas; biblioteket ska inte längre publicera i kanalen.',
  };
  const decisionInput = (accountId: string, minutesFileId: string, overrides: Record<string, unknown> = {}) => ({
    boardId: t.org.boards.culture.id,
    accountId,
    meetingDate: '2026-11-10',
    paragraph: '§ 45',
    diaryNumber: 'KFN 2026/123',
    decisionText: 'Kultur- och fritidsnämnden beslutar att kontot överlåts till Läsföreningen Bokcirkeln.',
    outcome: 'APPROVE',
    minutesFileId,
    ...overrides,
  });
  const registerNames = async () => ok(await t.run<any>(null, REGISTER_LIST, { m: t.org.municipality.id })).register.map((e: any) => e.displayName);

  it('approved: proposed by the unit manager, decided by the responsible board, snapshot first, conditions with evidence, then out of the register', async () => {
    const accountId = await activeAccount('Bokcirkeln på biblioteket');
    const before = ok(await t.run<any>('unitManager', ACCOUNT, { id: accountId })).account;
    expect(before).toMatchObject({ status: 'ACTIVE', mayProposeHandover: true, handover: null });
    expect(ok(await t.run<any>('editor', ACCOUNT, { id: accountId })).account.mayProposeHandover).toBe(false);

    // Only the account's own unit manager (or the communications unit) proposes; the proposal is checked field by field.
    expect(errorCodes(await t.run('editor', PROPOSE, { id: accountId, input: proposal }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.run('otherUnitManager', PROPOSE, { id: accountId, input: proposal }))).toEqual(['FORBIDDEN']);
    const bad = await t.run('unitManager', PROPOSE, { id: accountId, input: { newOwner: { kind: 'ORGANISATION', name: ' ' }, reason: '' } });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(Object.keys(fieldErrors(bad))).toEqual(['reason', 'newOwner.name', 'newOwner.email', 'newOwner.contactName']);
    expect((await t.db.dataSource.getRepository(Account).findOneByOrFail({ id: accountId })).status).toBe('ACTIVE');

    const proposed = ok(await t.run<any>('unitManager', PROPOSE, { id: accountId, input: proposal })).proposeHandover;
    expect(proposed).toMatchObject({ status: 'HANDING_OVER', mayProposeHandover: false });
    expect(proposed.handover).toMatchObject({
      status: 'AWAITING_DECISION',
      statusLabel: 'Väntar på nämndens beslut',
      workflowId: `account-handover/${accountId}`,
      responsibleBoard: { name: 'Kultur- och fritidsnämnden' },
      newOwner: { kind: 'ORGANISATION', name: 'Läsföreningen Bokcirkeln', contactName: 'Berit Bok', email: 'berit@bokcirkeln.se' },
      proposedByName: 'Ulf Enhetschef',
      myActions: ['withdrawHandover'],
    });
    expect(proposed.handover.items.map((i: any) => `${i.group}:${i.key}`)).toEqual([
      'CONDITION:PROFILE_SHOWS_NEW_OWNER',
      'CONDITION:LOGO_REMOVED',
      'CONDITION:ANNOUNCEMENT_PUBLISHED',
      'CONDITION:RESPONSIBILITY_ACCEPTED',
      'CONDITION:RENAMED',
      'RELEASE:ADMIN_RIGHTS_REMOVED',
      'RELEASE:CREDENTIALS_DESTROYED',
    ]);
    // Still the municipality's until the handover is done: listed in the register.
    expect(await registerNames()).toContain('Bokcirkeln på biblioteket');
    // Other lifecycles refuse to act on it, and a second proposal is refused.
    const opening = await t.run('editor', 'mutation($id: ID!) { withdraw(accountId: $id, reason: "Test") { id } }', { id: accountId });
    expect(errorCodes(opening)).toEqual(['STEP_NOT_ALLOWED']);
    expect(opening.errors?.[0].message).toMatch(/håller på att överlåtas/);
    expect(errorCodes(await t.run('communications', PROPOSE, { id: accountId, input: proposal }))).toEqual(['STEP_NOT_ALLOWED']);
    // Without a linked approving decision, nothing proceeds.
    const early = await t.run('unitManager', RECORD, { id: accountId, key: 'LOGO_REMOVED', evidence: { url: 'https://www.instagram.com/x' } });
    expect(errorCodes(early)).toEqual(['STEP_NOT_ALLOWED']);
    expect(early.errors?.[0].message).toMatch(/nämnden har godkänt/);

    // The board secretary sees it among the handovers awaiting a decision.
    const awaiting = ok(await t.run<any>('boardSecretary', HANDOVERS, { awaiting: true })).handovers;
    expect(awaiting).toEqual([{ id: proposed.handover.id, status: 'AWAITING_DECISION', account: { id: accountId }, myActions: ['registerBoardDecision'] }]);
    expect(ok(await t.run<any>('unitManager', HANDOVERS, { awaiting: true })).handovers).toEqual([]);

    // Attachments: signed in, allowed roles only, PDF/PNG/JPEG by their bytes, within the size limit; SHA-256 recorded.
    expect((await upload(null, PDF('x'), 'application/pdf', 'x.pdf')).status).toBe(401);
    expect((await upload('auditor', PDF('x'), 'application/pdf', 'x.pdf')).status).toBe(403);
    const html = await upload('boardSecretary', Buffer.from('<html><script>alert(1)</script></html>'), 'application/pdf', 'x.pdf');
    expect(html).toMatchObject({ status: 415, body: { error: { code: 'UNSUPPORTED_MEDIA_TYPE' } } });
    expect((await upload('boardSecretary', Buffer.concat([PDF('stor'), Buffer.alloc(10 * 1024 * 1024)]), 'application/pdf', 'stor.pdf')).status).toBe(413);
    expect((await upload('boardSecretary', Buffer.alloc(0), 'application/pdf', 'tom.pdf')).status).toBe(400);
    const minutesBytes = PDF('Protokollsutdrag KFN 2026-11-10 § 45, justerat');
    const minutes = await upload('boardSecretary', minutesBytes, 'application/pdf', '../Protokollsutdrag § 45.pdf');
    expect(minutes.status).toBe(201);
    expect(minutes.body).toEqual({
      id: expect.any(String),
      fileName: 'Protokollsutdrag § 45.pdf',
      mimeType: 'application/pdf',
      size: minutesBytes.length,
      sha256: createHash('sha256').update(minutesBytes).digest('hex'),
    });
    const picture = await upload('boardSecretary', PNG, 'image/png', 'bild.png');

    // A decision of a board that is not responsible for the library is refused at its field, and nothing is stored.
    const wrongBoard = await t.run('boardSecretary', REGISTER, { input: decisionInput(accountId, minutes.body.id, { boardId: t.org.boards.education.id }) });
    expect(errorCodes(wrongBoard)).toEqual(['BAD_USER_INPUT']);
    expect(fieldErrors(wrongBoard).boardId).toBe(
      'Barn- och utbildningsnämnden ansvarar inte för kontots verksamhet; bara Kultur- och fritidsnämnden kan besluta om överlåtelsen.',
    );
    expect(fieldErrors(await t.run('boardSecretary', REGISTER, { input: decisionInput(accountId, picture.body.id) })).minutesFileId).toMatch(/PDF/);
    expect(fieldErrors(await t.run('boardSecretary', REGISTER, { input: decisionInput(accountId, minutes.body.id, { meetingDate: '2099-01-01', paragraph: '' }) }))).toMatchObject({
      meetingDate: expect.stringMatching(/framtiden/),
      paragraph: expect.any(String),
    });
    expect(errorCodes(await t.run('unitManager', REGISTER, { input: decisionInput(accountId, minutes.body.id) }))).toEqual(['FORBIDDEN']);
    expect(await t.db.dataSource.getRepository(BoardDecision).count()).toBe(0);
    expect((await t.db.dataSource.getRepository(UploadedFile).findOneByOrFail({ id: minutes.body.id })).attachedTo).toBeNull();

    const registered = ok(await t.run<any>('boardSecretary', REGISTER, { input: decisionInput(accountId, minutes.body.id) })).registerBoardDecision;
    expect(registered).toMatchObject({
      citation: 'Kultur- och fritidsnämnden 2026-11-10 § 45, dnr KFN 2026/123',
      outcome: 'APPROVE',
      linkedAt: expect.any(String),
      minutesFile: { sha256: minutes.body.sha256, fileName: 'Protokollsutdrag § 45.pdf' },
      account: { id: accountId, status: 'HANDING_OVER', handover: { status: 'FINAL_SNAPSHOT' } },
    });
    // The same paragraph of the same meeting is registered once; an attached file is not attached again.
    const again = await t.run('boardSecretary', REGISTER, { input: decisionInput(accountId, minutes.body.id) });
    expect(errorCodes(again)).toEqual(['STEP_NOT_ALLOWED']);

    // The final snapshot is archived before anything changes; then the conditions open.
    const conditions = await eventually(
      async () => ok(await t.run<any>('unitManager', ACCOUNT, { id: accountId })).account,
      (a) => a.handover.status === 'CONDITIONS',
      'the final snapshot',
    );
    expect(conditions.handover.finalSnapshot).toMatchObject({ status: 'ARCHIVED', attempts: 1, packageId: expect.stringMatching(/^smg-/) });
    expect(conditions.handover.myActions).toEqual(['recordHandoverItem']);
    expect(await t.db.dataSource.getRepository(Snapshot).countBy({ accountId, reason: 'BEFORE_HANDOVER' })).toBe(1);

    // A condition without evidence is refused; the rename may be declined, with a reason.
    const noEvidence = await t.run('unitManager', RECORD, { id: accountId, key: 'LOGO_REMOVED', evidence: { note: 'Klart.' } });
    expect(errorCodes(noEvidence)).toEqual(['BAD_USER_INPUT']);
    expect(Object.keys(fieldErrors(noEvidence))).toEqual(['evidence']);
    const someoneElsesFile = await t.run('unitManager', RECORD, { id: accountId, key: 'LOGO_REMOVED', evidence: { fileId: picture.body.id } });
    expect(fieldErrors(someoneElsesFile).fileId).toMatch(/finns inte/);
    const letterBytes = PDF('Föreningen tar över ansvaret för allt innehåll, historiskt och framåt. /Berit Bok');
    const letter = await upload('unitManager', letterBytes, 'application/pdf', 'övertagande.pdf');
    const url = 'https://www.instagram.com/bokcirkeln_pa_biblioteket';
    ok(await t.run('unitManager', RECORD, { id: accountId, key: 'PROFILE_SHOWS_NEW_OWNER', evidence: { url } }));
    ok(await t.run('editor', RECORD, { id: accountId, key: 'LOGO_REMOVED', evidence: { url, note: 'Föreningens logotyp i profil- och omslagsbild.' } }));
    ok(await t.run('unitManager', RECORD, { id: accountId, key: 'ANNOUNCEMENT_PUBLISHED', evidence: { url: `${url}/p/overlatelse` } }));
    ok(await t.run('unitManager', RECORD, { id: accountId, key: 'RESPONSIBILITY_ACCEPTED', evidence: { fileId: letter.body.id } }));
    expect(errorCodes(await t.run('unitManager', RECORD, { id: accountId, key: 'RENAMED', evidence: { declineReason: ' ' } }))).toEqual(['BAD_USER_INPUT']);
    const afterConditions = ok(
      await t.run<any>('unitManager', RECORD, { id: accountId, key: 'RENAMED', evidence: { declineReason: 'Föreningen behåller namnet som följarna känner igen.' } }),
    ).recordHandoverItem;
    expect(afterConditions.handover.status).toBe('RELEASE');
    expect(await registerNames()).toContain('Bokcirkeln på biblioteket');

    // Deposited credentials are the communications unit's to destroy.
    const notMine = await t.run('unitManager', RECORD, { id: accountId, key: 'CREDENTIALS_DESTROYED', evidence: { note: 'Förstörda.' } });
    expect(errorCodes(notMine)).toEqual(['FORBIDDEN']);
    ok(await t.run('communications', RECORD, { id: accountId, key: 'ADMIN_RIGHTS_REMOVED', evidence: { note: 'Kommunens administratörer och kommunikationsenheten borttagna 2026-11-23.' } }));
    ok(await t.run('communications', RECORD, { id: accountId, key: 'CREDENTIALS_DESTROYED', evidence: { note: 'Kuvertet strimlat i närvaro av två personer.' } }));

    const done = await eventually(
      async () => ok(await t.run<any>('communications', ACCOUNT, { id: accountId })).account,
      (a) => a.status === 'HANDED_OVER',
      'the handover to end',
    );
    expect(done.handover).toMatchObject({ status: 'HANDED_OVER', myActions: [] });
    expect(done.handover.items.every((i: any) => i.completedAt && i.completedByName)).toBe(true);
    expect(done.handover.items.find((i: any) => i.key === 'RESPONSIBILITY_ACCEPTED').evidenceFile).toEqual({
      id: letter.body.id,
      fileName: 'övertagande.pdf',
      sha256: createHash('sha256').update(letterBytes).digest('hex'),
    });
    expect(done.handover.items.find((i: any) => i.key === 'LOGO_REMOVED')).toMatchObject({ completedByName: 'Elin Redaktör', completedRole: 'EDITOR', evidenceUrl: url });
    expect(await registerNames()).not.toContain('Bokcirkeln på biblioteket');

    // The timeline shows the decision and each condition with its evidence.
    const history = done.history.filter((e: any) => e.detail);
    expect(history.find((e: any) => e.action === 'BOARD_DECISION_LINKED')).toMatchObject({
      detail: 'Kultur- och fritidsnämnden 2026-11-10 § 45, dnr KFN 2026/123: Bifall – kontot får överlåtas',
      actorName: 'Nora Nämndsekreterare',
      evidence: { file: { fileName: 'Protokollsutdrag § 45.pdf', sha256: minutes.body.sha256 } },
    });
    expect(history.find((e: any) => e.action === 'HANDOVER_CONDITION_RECORDED' && e.detail.startsWith('Ett inlägg'))).toMatchObject({ evidence: { url: `${url}/p/overlatelse` } });
    expect(history.find((e: any) => e.detail.startsWith('Kontot har bytt namn'))).toMatchObject({ reason: 'Avstått: Föreningen behåller namnet som följarna känner igen.', evidence: null });
    expect(done.history.map((e: any) => e.action).slice(-3)).toEqual(['HANDOVER_RELEASE_RECORDED', 'REMOVED_FROM_REGISTER', 'HANDED_OVER']);

    // The minutes extract comes back byte for byte, with its checksum, to those who may read the account.
    const download = await fetch(`${origin()}/api/files/${minutes.body.id}`, { headers: { authorization: `Bearer ${await token('auditor')}` } });
    expect(download.status).toBe(200);
    expect(download.headers.get('x-checksum-sha256')).toBe(minutes.body.sha256);
    expect(download.headers.get('content-disposition')).toContain("filename*=UTF-8''Protokollsutdrag%20%C2%A7%2045.pdf");
    expect(Buffer.from(await download.arrayBuffer()).equals(minutesBytes)).toBe(true);
    // An upload not attached to anything is its uploader's alone.
    expect((await fetch(`${origin()}/api/files/${picture.body.id}`, { headers: { authorization: `Bearer ${await token('auditor')}` } })).status).toBe(404);
    expect((await fetch(`${origin()}/api/files/${picture.body.id}`, { headers: { authorization: `Bearer ${await token('boardSecretary')}` } })).status).toBe(200);
  }, 300_000);

  it('refused: the decision is recorded with its minutes, the account is active and listed again, nothing is archived', async () => {
    const accountId = await activeAccount('Sagostunden');
    ok(await t.run('communications', PROPOSE, { id: accountId, input: { newOwner: { kind: 'MUNICIPAL_UNIT', unitId: t.org.units.youthCentres.id }, reason: 'Fritidsgårdarna tar över sagostunderna.' } }));
    const { handover } = ok(await t.run<any>('unitManager', ACCOUNT, { id: accountId })).account;
    expect(handover.newOwner).toMatchObject({ kind: 'MUNICIPAL_UNIT', name: 'Fritidsgårdarna', unit: { name: 'Fritidsgårdarna' } });

    const minutes = await upload('boardSecretary', PDF('avslag § 46'), 'application/pdf', 'utdrag.pdf');
    ok(await t.run('boardSecretary', REGISTER, { input: decisionInput(accountId, minutes.body.id, { paragraph: '§ 46', outcome: 'REFUSE', decisionText: 'Nämnden avslår förslaget.' }) }));
    const after = ok(await t.run<any>('unitManager', ACCOUNT, { id: accountId })).account;
    expect(after).toMatchObject({ status: 'ACTIVE', mayProposeHandover: true });
    expect(after.handover).toMatchObject({ status: 'REFUSED', finalSnapshot: null, decision: { outcome: 'REFUSE', paragraph: '§ 46' } });
    expect(after.handover.lastReason).toBe('Nämnden avslog överlåtelsen (Kultur- och fritidsnämnden 2026-11-10 § 46, dnr KFN 2026/123).');
    expect(after.history.map((e: any) => e.action).slice(-4)).toEqual(['HANDOVER_PROPOSED', 'BOARD_DECISION_REGISTERED', 'BOARD_DECISION_LINKED', 'HANDOVER_REFUSED']);
    expect(await registerNames()).toContain('Sagostunden');
    expect(await t.db.dataSource.getRepository(Snapshot).countBy({ accountId })).toBe(0);
    // Nothing more happens on a refused handover.
    expect(errorCodes(await t.run('unitManager', RECORD, { id: accountId, key: 'LOGO_REMOVED', evidence: { url: 'https://x.se' } }))).toEqual(['STEP_NOT_ALLOWED']);

    // A new proposal may follow, and be withdrawn before the board decides; a decision registered without a handover
    // awaiting it is refused before anything is stored.
    ok(await t.run('unitManager', PROPOSE, { id: accountId, input: proposal }));
    expect(ok(await t.run<any>('unitManager', WITHDRAW, { id: accountId, reason: 'Föreningen drog sig ur.' })).withdrawHandover).toMatchObject({
      status: 'ACTIVE',
      handover: { status: 'WITHDRAWN', lastReason: 'Föreningen drog sig ur.' },
    });
    const late = await upload('boardSecretary', PDF('sent'), 'application/pdf', 'sent.pdf');
    expect(errorCodes(await t.run('boardSecretary', REGISTER, { input: decisionInput(accountId, late.body.id, { paragraph: '§ 47' }) }))).toEqual(['STEP_NOT_ALLOWED']);
    expect(errorCodes(await t.run('boardSecretary', LINK, { id: accountId, decisionId: randomUUID() }))).toEqual(['STEP_NOT_ALLOWED']);
    expect(await t.db.dataSource.getRepository(BoardDecision).countBy({ accountId })).toBe(1);
  }, 180_000);
});
