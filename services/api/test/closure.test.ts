import { startPlatformSimulator, type RunningPlatformSimulator } from '@smg/platform-simulator';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, openAccount, startTestApi, type Result, type TestApi } from './support.js';

const CLOSURE_FIELDS = `
  id status displayName closureActions
  activity { lastActivityAt lastReportedActivityAt lastReportedByName }
  inactivity { stage open }
  closure { reason reasonLabel explanation requestedByName stage stageLabel snapshotStatus credentialsDeposited platformCheck
    steps { key label doneAt doneByName note } }
  history { action label actorName reason }
`;
const ACCOUNT = `query($id: ID!) { account(id: $id) { ${CLOSURE_FIELDS} } }`;
const REGISTER = `query($m: ID) { register(municipalityId: $m) { displayName } }`;
const REQUEST = `mutation($id: ID!, $input: AccountClosureRequestInput!) { requestAccountClosure(accountId: $id, input: $input) { ${CLOSURE_FIELDS} } }`;
const REMOVED = `mutation($id: ID!, $input: PlatformRemovalInput!) { confirmPlatformRemoval(accountId: $id, input: $input) { ${CLOSURE_FIELDS} } }`;
const DESTROYED = `mutation($id: ID!, $note: String!) { confirmCredentialsDestroyed(accountId: $id, note: $note) { ${CLOSURE_FIELDS} } }`;
const REPORT = `mutation($id: ID!, $note: String) { reportAccountActivity(accountId: $id, note: $note) { ${CLOSURE_FIELDS} } }`;
const OPINION = `mutation($id: ID!, $opinion: String!) { recordClosureOpinion(accountId: $id, opinion: $opinion) { ${CLOSURE_FIELDS} } }`;
const DECIDE = `mutation($id: ID!, $input: ClosureDecisionInput!) { decideOnInactiveAccount(accountId: $id, input: $input) { ${CLOSURE_FIELDS} } }`;
const CASES = `query { closureCases { id displayName status closureActions } }`;

function ok<T>(result: Result<T>): T {
  expect(result.errors).toBeUndefined();
  return result.data!;
}

describe('closure through GraphQL, the real workflows and the projection', () => {
  let t: TestApi;
  let simulator: RunningPlatformSimulator;
  let archiveDir: string;

  beforeAll(async () => {
    simulator = await startPlatformSimulator({ port: 0, host: '127.0.0.1' });
    archiveDir = await mkdtemp(path.join(tmpdir(), 'smg-api-closure-'));
    t = await startTestApi({ withWorker: true, archiving: { archiveDir, simulatorUrl: simulator.url } });
  });
  afterAll(async () => {
    await t?.close();
    await simulator?.close();
    if (archiveDir) await rm(archiveDir, { recursive: true, force: true });
  });

  /** An account opened through the real lifecycle (the opening's own API tests cover its mutations). */
  const activeAccount = (name: string) => openAccount(t, name, 'ACTIVE');

  async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, timeoutMs = 180_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await read();
      if (done(value)) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(value)}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  const read = async (id: string) => ok(await t.run<any>('unitManager', ACCOUNT, { id })).account;
  const registered = async () => ok(await t.run<any>(null, REGISTER, { m: t.org.municipality.id })).register.map((e: any) => e.displayName);

  it('a unit manager closes an account for a changed purpose; each step by its role, in order; the register drops it', async () => {
    const id = await activeAccount('sommarlasning');
    expect(await registered()).toContain('Biblioteket sommarlasning');
    expect((await read(id)).closureActions).toEqual(['reportAccountActivity', 'requestAccountClosure']);
    expect(ok(await t.run<any>('editor', ACCOUNT, { id })).account.closureActions).toEqual(['reportAccountActivity']);

    const input = { reason: 'ACTIVITY_ENDED', explanation: 'Sommarläsningen 2026 är avslutad; nästa år används den centrala kanalen.' };
    const otherManager = await t.run('otherUnitManager', REQUEST, { id, input });
    expect(errorCodes(otherManager)).toEqual(['FORBIDDEN']);
    expect(otherManager.errors![0].message).toBe('Bara verksamhetsansvarig chef för kontots verksamhet kan begära att kontot avslutas.');
    const viaInactivity = await t.run('unitManager', REQUEST, { id, input: { ...input, reason: 'INACTIVITY' } });
    expect(viaInactivity.errors![0].extensions!.fieldErrors).toEqual([
      { field: 'reason', message: 'Ett inaktivt konto avslutas genom beslutet i ärendet om inaktivitet; välj ett annat skäl här.' },
    ]);
    const unexplained = await t.run('unitManager', REQUEST, { id, input: { ...input, explanation: '  ' } });
    expect(unexplained.errors![0].extensions!.fieldErrors).toEqual([{ field: 'explanation', message: 'Beskriv varför kontot ska avslutas.' }]);
    expect((await read(id)).status).toBe('ACTIVE');

    const requested = ok(await t.run<any>('unitManager', REQUEST, { id, input })).requestAccountClosure;
    expect(requested.status).toBe('CLOSING');
    expect(requested.closure).toMatchObject({ reason: 'ACTIVITY_ENDED', requestedByName: t.org.users.unitManager.name, stage: 'FINAL_SNAPSHOT', credentialsDeposited: true });
    // Still on the platform, so still in the register until the closure removes it.
    expect(await registered()).toContain('Biblioteket sommarlasning');
    expect(errorCodes(await t.run('unitManager', REQUEST, { id, input }))).toEqual(['STEP_NOT_ALLOWED']);

    const early = await t.run('editor', REMOVED, { id, input: { note: 'Raderat.' } });
    expect(errorCodes(early)).toEqual(['STEP_NOT_ALLOWED']);
    expect(early.errors![0].message).toMatch(/ögonblicksbilden är inte arkiverad/);

    await eventually(() => read(id), (a) => a.closure.stage === 'AWAITING_PLATFORM_REMOVAL', 'the final snapshot');
    const badLink = await t.run('editor', REMOVED, { id, input: { url: 'instagram.com/x', note: 'Raderat.' } });
    expect(badLink.errors![0].extensions!.fieldErrors).toEqual([{ field: 'url', message: 'Länken måste börja med http:// eller https://.' }]);
    const removed = ok(await t.run<any>('editor', REMOVED, { id, input: { note: 'Kontot raderat i appen; sidan ger "finns inte".' } })).confirmPlatformRemoval;
    expect(removed.closure.stage).toBe('AWAITING_CREDENTIALS_DESTROYED');
    expect(removed.closureActions).toEqual([]);

    const byEditor = await t.run('editor', DESTROYED, { id, note: 'Makulerat.' });
    expect(errorCodes(byEditor)).toEqual(['FORBIDDEN']);
    ok(await t.run('communications', DESTROYED, { id, note: 'Det förseglade kuvertet makulerades.' }));

    const closed = await eventually(() => read(id), (a) => a.status === 'CLOSED', 'CLOSED', 30_000);
    expect(closed.closure.steps.map((s: any) => [s.key, s.doneAt !== null])).toEqual([
      ['FINAL_SNAPSHOT', true],
      ['PLATFORM_REMOVED', true],
      ['CREDENTIALS_DESTROYED', true],
      ['REMOVED_FROM_REGISTER', true],
      ['COMMUNICATIONS_NOTIFIED', true],
    ]);
    expect(closed.closure.steps[1].doneByName).toBe(t.org.users.editor.name);
    expect(closed.history.slice(-7).map((e: any) => e.label)).toEqual([
      'Avslut påbörjat',
      'Ögonblicksbild arkiverad',
      'Kontot borttaget eller avpublicerat på plattformen',
      'Deponerade inloggningsuppgifter förstörda',
      'Borttaget ur den offentliga förteckningen',
      'Kommunikationsenheten underrättad om avslutet',
      'Kontot är avslutat',
    ]);
    expect(await registered()).not.toContain('Biblioteket sommarlasning');
    const notified = ok(await t.run<any>('communications', `query { notifications { kind message } }`)).notifications;
    expect(notified.filter((n: any) => n.kind === 'ACCOUNT_CLOSED').map((n: any) => n.message)).toEqual([
      expect.stringContaining('"Biblioteket sommarlasning" är avslutat (verksamheten eller projektet har upphört)'),
    ]);
    expect(errorCodes(await t.run('unitManager', REQUEST, { id, input }))).toEqual(['STEP_NOT_ALLOWED']);
  });

  it('an editor reports activity; opinions and decisions are refused without an inactivity episode, content first', async () => {
    const id = await activeAccount('aktivt');
    const reported = ok(await t.run<any>('editor', REPORT, { id, note: 'Vi publicerar varje vecka i berättelser.' })).reportAccountActivity;
    expect(reported.activity).toMatchObject({ lastReportedByName: t.org.users.editor.name });
    expect(reported.history.at(-1)).toMatchObject({ label: 'Aktivitet rapporterad', actorName: t.org.users.editor.name, reason: 'Vi publicerar varje vecka i berättelser.' });
    expect(errorCodes(await t.run('auditor', REPORT, { id }))).toEqual(['FORBIDDEN']);

    const opinion = await t.run('communications', OPINION, { id, opinion: 'Stäng.' });
    expect(errorCodes(opinion)).toEqual(['STEP_NOT_ALLOWED']);
    expect(opinion.errors![0].message).toBe('Kontot har inget pågående ärende om inaktivitet.');
    const unplanned = await t.run('unitManager', DECIDE, { id, input: { decision: 'KEEP', revivalPlan: '', reviewAt: null } });
    expect(unplanned.errors![0].extensions!.fieldErrors).toEqual([
      { field: 'revivalPlan', message: 'Beskriv kort hur kontot ska bli aktivt igen.' },
      { field: 'reviewAt', message: 'Ange när kontot ska följas upp igen.' },
    ]);
    expect(errorCodes(await t.run('unitManager', DECIDE, { id, input: { decision: 'CLOSE' } }))).toEqual(['STEP_NOT_ALLOWED']);
    expect(errorCodes(await t.run('otherUnitManager', DECIDE, { id, input: { decision: 'CLOSE' } }))).toEqual(['FORBIDDEN']);
    // Nothing waits for anyone: no case in the closure inbox.
    expect(ok(await t.run<any>('communications', CASES)).closureCases).toEqual([]);
  });
});
