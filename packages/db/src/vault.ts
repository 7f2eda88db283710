import { createCipheriv, createDecipheriv, createHash, randomBytes, randomUUID } from 'node:crypto';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { ProvisioningItem } from './entities/account.js';
import { appendAuditEvent } from './audit-log.js';
import { DepositedCredential } from './entities/vault.js';

/**
 * The credential vault: envelope encryption of the credentials deposited with the communications unit. Each record
 * has a random data key; the secret is sealed with AES-256-GCM under it, and the data key is wrapped by a
 * key-encryption key (KEK) that only a `KeyProvider` holds. Today the KEK is a local key from configuration
 * (`VAULT_KEY`); a KMS replaces it by implementing `KeyProvider` (the record names the KEK that wrapped it).
 */
export interface KeyProvider {
  /** The KEK new records are wrapped with. */
  readonly keyId: string;
  /** Wraps a data key; `context` is bound to it (AAD), so a wrapped key moved to another record does not unwrap. */
  wrap(dataKey: Buffer, context: string): Promise<Buffer>;
  unwrap(wrappedKey: Buffer, keyId: string, context: string): Promise<Buffer>;
}

const ALGORITHM = 'aes-256-gcm';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Decryption failed: wrong key, or the stored bytes were changed. Never carries any part of the secret. */
export class VaultIntegrityError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'VaultIntegrityError';
  }
}

function seal(key: Buffer, plaintext: Buffer, aad: string): { iv: Buffer; authTag: Buffer; ciphertext: Buffer } {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { iv, authTag: cipher.getAuthTag(), ciphertext };
}

function open(key: Buffer, sealed: { iv: Buffer; authTag: Buffer; ciphertext: Buffer }, aad: string, what: string): Buffer {
  try {
    const decipher = createDecipheriv(ALGORITHM, key, sealed.iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(sealed.authTag);
    return Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]);
  } catch {
    throw new VaultIntegrityError(`${what} could not be decrypted: wrong key, or the stored data was changed`);
  }
}

/** A KEK held in this process (from `VAULT_KEY`); its id is a fingerprint, so a record names the key it needs. */
export class LocalKeyProvider implements KeyProvider {
  readonly keyId: string;
  readonly #key: Buffer;

  constructor(key: Buffer, keyId?: string) {
    if (key.length !== KEY_BYTES) throw new Error(`the vault key must be ${KEY_BYTES} bytes (it is ${key.length})`);
    this.#key = Buffer.from(key);
    this.keyId = keyId ?? `local:${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
  }

  async wrap(dataKey: Buffer, context: string): Promise<Buffer> {
    const { iv, authTag, ciphertext } = seal(this.#key, dataKey, context);
    return Buffer.concat([iv, authTag, ciphertext]);
  }

  async unwrap(wrappedKey: Buffer, keyId: string, context: string): Promise<Buffer> {
    if (keyId !== this.keyId) throw new VaultIntegrityError(`the data key was wrapped by ${keyId}, but this process holds ${this.keyId}`);
    const sealed = { iv: wrappedKey.subarray(0, IV_BYTES), authTag: wrappedKey.subarray(IV_BYTES, IV_BYTES + TAG_BYTES), ciphertext: wrappedKey.subarray(IV_BYTES + TAG_BYTES) };
    return open(this.#key, sealed, context, 'the data key');
  }
}

/**
 * The development stack's key when `VAULT_KEY` is unset: fixed, so credentials deposited in a development database
 * still open after a restart, and public, so it protects nothing and is refused in production.
 */
const DEVELOPMENT_KEY = createHash('sha256').update('smg development vault key: never use in production').digest();

/** `VAULT_KEY` (base64 of 32 random bytes); without it the development key, and in production a refusal to start. */
export function keyProviderFromEnv(env: NodeJS.ProcessEnv = process.env, production = env.NODE_ENV === 'production'): KeyProvider {
  const configured = env.VAULT_KEY?.trim();
  if (!configured) {
    if (production) throw new Error('VAULT_KEY must be set in production: base64 of 32 random bytes (openssl rand -base64 32)');
    return new LocalKeyProvider(DEVELOPMENT_KEY, 'local:development');
  }
  const key = Buffer.from(configured, 'base64');
  if (key.length !== KEY_BYTES) throw new Error(`VAULT_KEY must be base64 of ${KEY_BYTES} bytes (it decodes to ${key.length})`);
  return new LocalKeyProvider(key);
}

/** Who deposits, reveals or destroys. */
export interface VaultActor {
  actorId: string;
  actorName: string;
  role: string;
}

export interface CredentialDeposit {
  accountId: string;
  loginName: string;
  loginEmail: string | null;
  secret: string;
}

export interface RevealedCredentials {
  loginName: string;
  loginEmail: string | null;
  secret: string;
  depositedAt: Date;
  depositedByName: string;
}

const recordContext = (record: { id: string; accountId: string }) => `deposited_credential/${record.id}/${record.accountId}`;
const lockAccount = (em: EntityManager, accountId: string) => em.query('select pg_advisory_xact_lock(hashtext($1))', [`credential-vault/${accountId}`]);

/**
 * Crypto-shredding of every live deposit of the account: the wrapped key and the ciphertext are wiped (without the
 * data key nothing can be decrypted, whatever copies of the row exist), the row stays as a tombstone. Idempotent:
 * a retried caller shreds nothing twice and, with the same `idempotencyKey`, audits once. Returns how many were shredded.
 */
export async function shredDepositedCredentials(
  em: EntityManager,
  input: { accountId: string; by: VaultActor; reason: string; at: Date; idempotencyKey: string },
): Promise<number> {
  await lockAccount(em, input.accountId);
  const shredded = await em.find(DepositedCredential, { where: { accountId: input.accountId, destroyedAt: IsNull() }, select: { id: true, municipalityId: true } });
  if (shredded.length === 0) return 0;
  await em
    .createQueryBuilder()
    .update(DepositedCredential)
    .set({
      keyId: null,
      wrappedKey: null,
      iv: null,
      authTag: null,
      ciphertext: null,
      destroyedAt: input.at,
      destroyedById: input.by.actorId,
      destroyedByName: input.by.actorName,
      destroyedReason: input.reason,
    })
    .where('"accountId" = :accountId and "destroyedAt" is null', { accountId: input.accountId })
    .execute();
  await appendAuditEvent(em, {
    idempotencyKey: input.idempotencyKey,
    municipalityId: shredded[0].municipalityId,
    accountId: input.accountId,
    actorId: input.by.actorId,
    actorName: input.by.actorName,
    actorRole: input.by.role,
    occurredAt: input.at,
    action: 'CREDENTIALS_DESTROYED',
    reason: input.reason,
    data: { credentialIds: shredded.map((r) => r.id) },
  });
  return shredded.length;
}

/**
 * Whether the account has credentials deposited that a closure or handover must destroy: a sealed record in the
 * vault, or (seed 001 §3.2's sealed envelope, ticked on the provisioning checklist without the vault) the checklist
 * item. The one place closure and handover ask.
 */
export async function credentialsDeposited(em: EntityManager, accountId: string): Promise<boolean> {
  const [{ deposited }] = await em.query(
    `select exists (select 1 from deposited_credential where "accountId" = $1 and "destroyedAt" is null)
         or exists (select 1 from provisioning_item where "accountId" = $1 and key = 'CREDENTIALS_DEPOSITED' and "completedAt" is not null) as deposited`,
    [accountId],
  );
  return deposited === true;
}

/** The vault's metadata for an account (never the secret): the live deposit, or else the latest tombstone. */
export async function latestCredentialDeposit(em: EntityManager, accountId: string): Promise<DepositedCredential | null> {
  return em
    .getRepository(DepositedCredential)
    .createQueryBuilder('c')
    .select(['c.id', 'c.accountId', 'c.municipalityId', 'c.loginName', 'c.loginEmail', 'c.depositedAt', 'c.depositedByName', 'c.depositedRole', 'c.destroyedAt', 'c.destroyedByName', 'c.destroyedReason'])
    .where('c.accountId = :accountId', { accountId })
    .orderBy('c.destroyedAt', 'DESC', 'NULLS FIRST')
    .addOrderBy('c.depositedAt', 'DESC')
    .getOne();
}

/** Deposit and reveal: the only code that sees a secret in the clear. */
export class CredentialVault {
  constructor(
    private readonly dataSource: DataSource,
    private readonly keys: KeyProvider,
  ) {}

  /** Seals and stores the credentials; an earlier live deposit of the account is shredded (replaced). */
  async deposit(input: CredentialDeposit & { municipalityId: string; by: VaultActor; at: Date }): Promise<DepositedCredential> {
    const id = randomUUID();
    const context = recordContext({ id, accountId: input.accountId });
    const dataKey = randomBytes(KEY_BYTES);
    let sealed: ReturnType<typeof seal>;
    let wrappedKey: Buffer;
    try {
      sealed = seal(dataKey, Buffer.from(input.secret, 'utf8'), context);
      wrappedKey = await this.keys.wrap(dataKey, context);
    } finally {
      dataKey.fill(0);
    }
    return this.dataSource.transaction(async (em) => {
      await shredDepositedCredentials(em, {
        accountId: input.accountId,
        by: input.by,
        reason: 'Ersatta av nya deponerade inloggningsuppgifter.',
        at: input.at,
        idempotencyKey: `credential-vault/${id}#replaced-earlier`,
      });
      const record = em.create(DepositedCredential, {
        id,
        accountId: input.accountId,
        municipalityId: input.municipalityId,
        loginName: input.loginName,
        loginEmail: input.loginEmail,
        keyId: this.keys.keyId,
        wrappedKey,
        ...sealed,
        depositedAt: input.at,
        depositedById: input.by.actorId,
        depositedByName: input.by.actorName,
        depositedRole: input.by.role,
        destroyedAt: null,
        destroyedById: null,
        destroyedByName: null,
        destroyedReason: null,
      });
      await em.insert(DepositedCredential, record);
      await appendAuditEvent(em, {
        idempotencyKey: `credential-vault/${id}#deposited`,
        municipalityId: input.municipalityId,
        accountId: input.accountId,
        actorId: input.by.actorId,
        actorName: input.by.actorName,
        actorRole: input.by.role,
        occurredAt: input.at,
        action: 'CREDENTIALS_DEPOSITED',
        data: { credentialId: id, loginName: input.loginName, keyId: this.keys.keyId },
      });
      return record;
    });
  }

  /**
   * Opens the live deposit of the account for the one who asks, and records who, when and why in the audit trail in
   * the same transaction: no secret leaves the vault without its audit event. Null when nothing is deposited.
   */
  async reveal(input: { accountId: string; by: VaultActor; reason: string; at: Date }): Promise<RevealedCredentials | null> {
    return this.dataSource.transaction(async (em) => {
      const record = await em.findOneBy(DepositedCredential, { accountId: input.accountId, destroyedAt: IsNull() });
      if (!record) return null;
      const context = recordContext(record);
      const dataKey = await this.keys.unwrap(record.wrappedKey!, record.keyId!, context);
      let secret: string;
      try {
        secret = open(dataKey, { iv: record.iv!, authTag: record.authTag!, ciphertext: record.ciphertext! }, context, 'the deposited secret').toString('utf8');
      } finally {
        dataKey.fill(0);
      }
      await appendAuditEvent(em, {
        idempotencyKey: `credential-vault/${record.id}#revealed/${randomUUID()}`,
        municipalityId: record.municipalityId,
        accountId: record.accountId,
        actorId: input.by.actorId,
        actorName: input.by.actorName,
        actorRole: input.by.role,
        occurredAt: input.at,
        action: 'CREDENTIALS_REVEALED',
        reason: input.reason,
        data: { credentialId: record.id },
      });
      return { loginName: record.loginName, loginEmail: record.loginEmail, secret, depositedAt: record.depositedAt, depositedByName: record.depositedByName };
    });
  }
}
