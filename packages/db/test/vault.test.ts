import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Account,
  AuditEvent,
  CredentialVault,
  DepositedCredential,
  LocalKeyProvider,
  VaultIntegrityError,
  credentialsDeposited,
  keyProviderFromEnv,
  latestCredentialDeposit,
  seedDemoOrganisation,
  shredDepositedCredentials,
  type DemoOrganisation,
} from '../src/index.js';
import { createTestDatabase, type TestDatabase } from '../src/testing.js';

const SECRET = `Sommar-${randomBytes(6).toString('hex')}-lösen`;

describe('credential vault (envelope encryption on the real database)', () => {
  let db: TestDatabase;
  let org: DemoOrganisation;
  const keys = new LocalKeyProvider(randomBytes(32));
  let vault: CredentialVault;
  const communications = () => ({ actorId: org.users.communications.id, actorName: org.users.communications.name, role: 'COMMUNICATIONS' });
  const editor = () => ({ actorId: org.users.editor.id, actorName: org.users.editor.name, role: 'EDITOR' });

  beforeAll(async () => {
    db = await createTestDatabase();
    org = await seedDemoOrganisation(db.dataSource);
    vault = new CredentialVault(db.dataSource, keys);
  });
  afterAll(async () => {
    await db?.drop();
  });

  async function newAccount(): Promise<string> {
    const id = randomUUID();
    const unit = org.units.library;
    await db.dataSource.getRepository(Account).insert({
      id,
      municipalityId: org.municipality.id,
      unitId: unit.id,
      administrationId: unit.administrationId,
      platform: 'INSTAGRAM',
      scope: 'UNIT',
      displayName: `Biblioteket ${id.slice(0, 6)}`,
      handle: null,
      webAddress: 'https://www.instagram.com/biblioteket',
      functionalEmail: 'biblioteket.instagram@demokommun.se',
      status: 'ACTIVE',
      workflowId: `account-opening/${id}`,
      policyVersionId: null,
      createdById: org.users.editor.id,
      activatedAt: new Date(),
    });
    return id;
  }
  const deposit = (accountId: string, secret = SECRET) =>
    vault.deposit({ accountId, municipalityId: org.municipality.id, loginName: 'biblioteket_demokommun', loginEmail: 'biblioteket.instagram@demokommun.se', secret, by: editor(), at: new Date() });
  const actionsOf = async (accountId: string) =>
    (await db.dataSource.getRepository(AuditEvent).find({ where: { accountId }, order: { chainIndex: 'ASC' } })).map((e) => e.action);

  it('stores only ciphertext: the raw row, in any encoding, does not contain the secret; reveal opens it and is audited with the reason', async () => {
    const accountId = await newAccount();
    expect(await credentialsDeposited(db.dataSource.manager, accountId)).toBe(false);
    await deposit(accountId);
    expect(await credentialsDeposited(db.dataSource.manager, accountId)).toBe(true);

    const [raw] = await db.dataSource.query(`select row_to_json(c)::text as json, encode(c.ciphertext, 'escape') as escaped from deposited_credential c where "accountId" = $1`, [accountId]);
    expect(raw.json).toContain('biblioteket_demokommun');
    expect(raw.json).not.toContain(SECRET);
    expect(raw.escaped).not.toContain(SECRET);
    expect(Buffer.from(raw.json).includes(Buffer.from(SECRET))).toBe(false);
    const row = await db.dataSource.getRepository(DepositedCredential).findOneByOrFail({ accountId });
    expect(row.keyId).toBe(keys.keyId);
    expect(row.ciphertext!.includes(Buffer.from(SECRET, 'utf8'))).toBe(false);
    expect(row.wrappedKey!.length).toBe(12 + 16 + 32);

    const revealed = await vault.reveal({ accountId, by: communications(), reason: 'Redaktören är sjuk; kommunikationsenheten besvarar frågor.', at: new Date() });
    expect(revealed).toMatchObject({ loginName: 'biblioteket_demokommun', secret: SECRET, depositedByName: org.users.editor.name });
    const events = await db.dataSource.getRepository(AuditEvent).find({ where: { accountId }, order: { chainIndex: 'ASC' } });
    expect(events.map((e) => [e.action, e.actorRole, e.reason])).toEqual([
      ['CREDENTIALS_DEPOSITED', 'EDITOR', null],
      ['CREDENTIALS_REVEALED', 'COMMUNICATIONS', 'Redaktören är sjuk; kommunikationsenheten besvarar frågor.'],
    ]);
    expect(JSON.stringify(events)).not.toContain(SECRET);
  });

  it('refuses to decrypt tampered ciphertext, a data key moved to another record, or a record of another key', async () => {
    const accountId = await newAccount();
    const record = await deposit(accountId);
    const by = communications();
    const reveal = () => vault.reveal({ accountId, by, reason: 'Kontroll.', at: new Date() });

    await db.dataSource.query(`update deposited_credential set ciphertext = set_byte(ciphertext, 0, get_byte(ciphertext, 0) # 1) where id = $1`, [record.id]);
    await expect(reveal()).rejects.toThrow(VaultIntegrityError);
    await expect(reveal()).rejects.toThrow('the deposited secret could not be decrypted: wrong key, or the stored data was changed');
    // A failed reveal gives nothing away, so it leaves no reveal in the trail either.
    expect(await actionsOf(accountId)).toEqual(['CREDENTIALS_DEPOSITED']);

    const other = await deposit(await newAccount(), 'ett-annat-lösenord');
    await db.dataSource.query(`update deposited_credential set "wrappedKey" = $1, iv = $2, "authTag" = $3, ciphertext = $4 where id = $5`, [other.wrappedKey, other.iv, other.authTag, other.ciphertext, record.id]);
    await expect(reveal()).rejects.toThrow('the data key could not be decrypted');

    const elsewhere = new CredentialVault(db.dataSource, new LocalKeyProvider(randomBytes(32)));
    await expect(elsewhere.reveal({ accountId: other.accountId, by, reason: 'Kontroll.', at: new Date() })).rejects.toThrow(/was wrapped by local:[0-9a-f]{16}, but this process holds local:/);
  });

  it('shreds by wiping the wrapped key and ciphertext, keeps a tombstone, audits once however often it is retried', async () => {
    const accountId = await newAccount();
    await deposit(accountId, 'gammalt-lösenord');
    await deposit(accountId);
    // A new deposit replaces the earlier one, which is shredded.
    expect(await db.dataSource.getRepository(DepositedCredential).countBy({ accountId })).toBe(2);
    const shred = () =>
      db.dataSource.transaction((em) =>
        shredDepositedCredentials(em, { accountId, by: communications(), reason: 'Kontot avslutas.', at: new Date(), idempotencyKey: `account-closure/${accountId}#vault-shredded` }),
      );
    expect(await shred()).toBe(1);
    expect(await shred()).toBe(0);
    const rows = await db.dataSource.getRepository(DepositedCredential).findBy({ accountId });
    for (const row of rows) {
      expect(row).toMatchObject({ keyId: null, wrappedKey: null, iv: null, authTag: null, ciphertext: null, loginName: 'biblioteket_demokommun' });
      expect(row.destroyedAt).toBeInstanceOf(Date);
    }
    expect(rows.map((r) => r.destroyedReason).sort()).toEqual(['Ersatta av nya deponerade inloggningsuppgifter.', 'Kontot avslutas.']);
    expect(await actionsOf(accountId)).toEqual(['CREDENTIALS_DEPOSITED', 'CREDENTIALS_DESTROYED', 'CREDENTIALS_DEPOSITED', 'CREDENTIALS_DESTROYED']);
    expect(await vault.reveal({ accountId, by: communications(), reason: 'Kontroll.', at: new Date() })).toBeNull();
    expect(await credentialsDeposited(db.dataSource.manager, accountId)).toBe(false);
    expect(await latestCredentialDeposit(db.dataSource.manager, accountId)).toMatchObject({ destroyedByName: org.users.communications.name, destroyedReason: 'Kontot avslutas.' });
    // Nothing half shredded: the database refuses a tombstone that still holds its ciphertext.
    await expect(db.dataSource.query(`update deposited_credential set ciphertext = '\\x00' where "accountId" = $1`, [accountId])).rejects.toThrow(/CHK_deposited_credential_sealed_or_shredded/);
  });

  it('takes its key from VAULT_KEY, refuses a malformed one, and refuses to run in production without one', () => {
    const key = randomBytes(32);
    expect(keyProviderFromEnv({ VAULT_KEY: key.toString('base64') }).keyId).toBe(new LocalKeyProvider(key).keyId);
    expect(() => keyProviderFromEnv({ VAULT_KEY: randomBytes(16).toString('base64') })).toThrow('VAULT_KEY must be base64 of 32 bytes (it decodes to 16)');
    expect(() => keyProviderFromEnv({ NODE_ENV: 'production' })).toThrow(/VAULT_KEY must be set in production/);
    expect(keyProviderFromEnv({ NODE_ENV: 'development' }).keyId).toBe('local:development');
  });
});
