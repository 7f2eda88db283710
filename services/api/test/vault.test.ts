import { randomBytes } from 'node:crypto';
import { format } from 'node:util';
import { historyText } from '@smg/workflows/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ACCOUNT_FIELDS, errorCodes, openAccount, startTestApi, type Result, type TestApi } from './support.js';

const VAULT_FIELDS = `${ACCOUNT_FIELDS} credentialActions credentialDeposit { depositedAt depositedByName destroyedAt destroyedByName destroyedReason }`;
const ACCOUNT = `query($id: ID!) { account(id: $id) { ${VAULT_FIELDS} } }`;
const DEPOSIT = `mutation($id: ID!, $input: CredentialDepositInput!) { depositCredentials(accountId: $id, input: $input) { ${VAULT_FIELDS} } }`;
const REVEAL = `mutation($id: ID!, $reason: String) { revealCredentials(accountId: $id, reason: $reason) { loginName loginEmail secret depositedAt depositedByName } }`;

function ok<T>(result: Result<T>): T {
  expect(result.errors).toBeUndefined();
  return result.data!;
}

/**
 * The credential vault through GraphQL with the real worker: deposit (ticking the provisioning checklist through the
 * opening workflow), reveal only by the communications unit with a reason, and the secret nowhere it should not be.
 * Destruction on closure and handover is tested with those lifecycles (workflows/test/closure.test.ts, handover.test.ts).
 */
describe('credential vault through GraphQL', () => {
  let t: TestApi;
  const SECRET = `Hemligt-${randomBytes(8).toString('hex')}-lösen`;
  /** Everything written to the console while the suite runs, as it would be printed. */
  const logged: string[] = [];

  beforeAll(async () => {
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      const original = console[method].bind(console);
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        logged.push(format(...args));
        original(...args);
      });
    }
    t = await startTestApi({ withWorker: true });
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await t?.close();
  });

  const provisioningAccount = (name: string) => openAccount(t, name, 'PROVISIONING');
  const input = (secret = SECRET) => ({ loginName: 'biblioteket_demokommun', loginEmail: 'biblioteket.instagram@demokommun.se', secret });

  let accountId: string;

  it('those who provision deposit; the checklist item is ticked through the opening; the account shows metadata only', async () => {
    accountId = await provisioningAccount('valv');
    expect(errorCodes(await t.run('archivist', DEPOSIT, { id: accountId, input: input() }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.run('otherUnitManager', DEPOSIT, { id: accountId, input: input() }))).toEqual(['FORBIDDEN']);

    const blank = await t.run('editor', DEPOSIT, { id: accountId, input: { loginName: ' ', loginEmail: 'inte-en-adress', secret: '  ' } });
    expect(errorCodes(blank)).toEqual(['BAD_USER_INPUT']);
    expect(blank.errors![0].extensions!.fieldErrors).toEqual([
      { field: 'loginName', message: 'Ange användarnamnet eller inloggningen för kontot.' },
      { field: 'loginEmail', message: 'Ange en giltig e-postadress för inloggningen, eller lämna fältet tomt.' },
      { field: 'secret', message: 'Ange lösenordet eller annan hemlig inloggningsuppgift.' },
    ]);
    // A refused secret is not echoed back in the error either.
    const tooLong = await t.run('editor', DEPOSIT, { id: accountId, input: input(SECRET.repeat(100)) });
    expect(tooLong.errors![0].extensions!.fieldErrors).toEqual([{ field: 'secret', message: 'Högst 2000 tecken.' }]);
    expect(JSON.stringify(tooLong)).not.toContain(SECRET);

    // graphql-js would repeat the whole refused value in its message; the API keeps only why it was refused.
    const malformed = await t.run('editor', DEPOSIT, { id: accountId, input: { loginEmail: null, secret: SECRET } });
    expect(errorCodes(malformed)).toEqual(['BAD_USER_INPUT']);
    expect(malformed.errors![0].message).toBe('Variable "$input" got an invalid value (not repeated here); Field "loginName" of required type "String!" was not provided.');
    expect(JSON.stringify(malformed)).not.toContain(SECRET);

    const deposited = ok(await t.run<any>('editor', DEPOSIT, { id: accountId, input: input() })).depositCredentials;
    expect(JSON.stringify(deposited)).not.toContain(SECRET);
    expect(deposited.credentialDeposit).toMatchObject({ depositedByName: t.org.users.editor.name, destroyedAt: null });
    expect(deposited.credentialActions).toEqual(['depositCredentials']);
    const item = deposited.provisioning.find((i: any) => i.key === 'CREDENTIALS_DEPOSITED');
    expect(item.completedByName).toBe(t.org.users.editor.name);
    expect(deposited.history.map((e: any) => e.action)).toEqual(expect.arrayContaining(['CREDENTIALS_DEPOSITED', 'PROVISIONING_ITEM_COMPLETED']));
    expect(ok(await t.run<any>('communications', ACCOUNT, { id: accountId })).account.credentialActions).toEqual(['depositCredentials', 'revealCredentials']);
  });

  it('only the communications unit reveals, with a reason; the secret is returned by the mutation, and every reveal is audited', async () => {
    for (const user of ['editor', 'unitManager', 'headOfAdministration', 'archivist', 'auditor'] as const) {
      const refused = await t.run(user, REVEAL, { id: accountId, reason: 'Vill se.' });
      expect(errorCodes(refused), user).toEqual(['FORBIDDEN']);
      expect(JSON.stringify(refused)).not.toContain(SECRET);
    }
    for (const reason of [null, '   ']) {
      const missing = await t.run('communications', REVEAL, { id: accountId, reason });
      expect(errorCodes(missing)).toEqual(['BAD_USER_INPUT']);
      expect(missing.errors![0].extensions!.fieldErrors).toEqual([{ field: 'reason', message: 'Ange skälet till att inloggningsuppgifterna behöver visas.' }]);
    }
    const reason = 'Redaktörerna är sjuka; kommunikationsenheten besvarar frågorna i kanalen.';
    const revealed = ok(await t.run<any>('communications', REVEAL, { id: accountId, reason })).revealCredentials;
    expect(revealed).toMatchObject({ loginName: 'biblioteket_demokommun', loginEmail: 'biblioteket.instagram@demokommun.se', secret: SECRET, depositedByName: t.org.users.editor.name });
    ok(await t.run<any>('communications', REVEAL, { id: accountId, reason: 'Lösenordet byts efter semestern.' }));

    const history = ok(await t.run<any>('auditor', ACCOUNT, { id: accountId })).account.history;
    expect(history.filter((e: any) => e.action === 'CREDENTIALS_REVEALED').map((e: any) => [e.actorName, e.actorRole, e.reason])).toEqual([
      [t.org.users.communications.name, 'COMMUNICATIONS', reason],
      [t.org.users.communications.name, 'COMMUNICATIONS', 'Lösenordet byts efter semestern.'],
    ]);
    // Nothing else can read the secret back: the account and its history show metadata only.
    expect(JSON.stringify(history)).not.toContain(SECRET);
  });

  it('a tampered record fails loudly, and the failure is logged without the secret', async () => {
    const other = await provisioningAccount('manipulerad');
    ok(await t.run('communications', DEPOSIT, { id: other, input: input() }));
    await t.db.dataSource.query(`update deposited_credential set ciphertext = set_byte(ciphertext, 0, get_byte(ciphertext, 0) # 1) where "accountId" = $1`, [other]);
    const failed = await t.run('communications', REVEAL, { id: other, reason: 'Kontroll.' });
    expect(errorCodes(failed)).toEqual(['VAULT_INTEGRITY']);
    expect(failed.errors![0].message).toBe('Inloggningsuppgifterna kunde inte dekrypteras: fel nyckel eller ändrade data. Kontakta systemförvaltningen.');
    expect(logged.join('\n')).toContain(`[api] credential vault: account ${other}: the deposited secret could not be decrypted: wrong key, or the stored data was changed`);
    // No reveal is recorded for an attempt that showed nothing.
    const [{ count }] = await t.db.dataSource.query(`select count(*)::int as count from audit_event where "accountId" = $1 and action = 'CREDENTIALS_REVEALED'`, [other]);
    expect(count).toBe(0);
  });

  it('the secret is nowhere else: not logged, not in any audit row, not in a Temporal history, not in the stored row', async () => {
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.join('\n')).not.toContain(SECRET);
    const audit: Array<{ row: string }> = await t.db.dataSource.query(`select row_to_json(e)::text as row from audit_event e`);
    expect(audit.some((e) => e.row.includes('CREDENTIALS_REVEALED'))).toBe(true);
    expect(audit.filter((e) => e.row.includes(SECRET))).toEqual([]);
    const stored: Array<{ row: string }> = await t.db.dataSource.query(`select row_to_json(c)::text as row from deposited_credential c`);
    expect(stored.length).toBe(2);
    expect(stored.filter((c) => c.row.includes(SECRET))).toEqual([]);
    const opening = historyText(await t.temporal.workflow.getHandle(`account-opening/${accountId}`).fetchHistory());
    expect(opening).toContain('Deponerade krypterat i systemets valv');
    expect(opening).not.toContain(SECRET);
  });
});
