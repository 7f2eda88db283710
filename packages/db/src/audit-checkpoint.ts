import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import type { DataSource } from 'typeorm';

/**
 * Signed checkpoints of the audit chains. The hash chain alone finds an edited or a removed event in the middle;
 * it cannot tell a chain whose newest events were cut off, or one rewritten from the start with fresh hashes, from
 * an honest one. A checkpoint pins a municipality's chain position and hash at a moment with an Ed25519 signature
 * whose private key only the worker holds (AUDIT_SIGNING_KEY), so neither goes unnoticed by verify-audit.
 */

/** What a checkpoint's signature covers: a fixed prefix, then its fields, one per line. */
export function checkpointPayload(checkpoint: { municipalityId: string; chainIndex: string | number; hash: string; signedAt: Date }): Buffer {
  return Buffer.from(
    ['smg-audit-checkpoint/1', checkpoint.municipalityId, String(checkpoint.chainIndex), checkpoint.hash, checkpoint.signedAt.toISOString()].join('\n'),
    'utf8',
  );
}

/** The first 16 hex digits of sha256 over the public key (SPKI DER): names the key without giving it away. */
export function auditKeyId(key: KeyObject): string {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 16);
}

function requireEd25519(key: KeyObject, what: string): KeyObject {
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`${what} är inte en Ed25519-nyckel (${key.asymmetricKeyType}).`);
  return key;
}

/** The signing key: PEM ("BEGIN PRIVATE KEY") or base64 of the PKCS#8 DER. */
export function parseAuditSigningKey(text: string): KeyObject {
  const trimmed = text.trim();
  const key = trimmed.includes('-----BEGIN')
    ? createPrivateKey(trimmed)
    : createPrivateKey({ key: Buffer.from(trimmed, 'base64'), format: 'der', type: 'pkcs8' });
  return requireEd25519(key, 'AUDIT_SIGNING_KEY');
}

/** Verification keys: PEM blocks ("BEGIN PUBLIC KEY"), or base64 SPKI DER separated by commas or white space. */
export function parseAuditVerificationKeys(text: string): KeyObject[] {
  const pems = text.match(/-----BEGIN PUBLIC KEY-----[\s\S]+?-----END PUBLIC KEY-----/g);
  if (pems) return pems.map((pem) => requireEd25519(createPublicKey(pem), 'AUDIT_VERIFICATION_KEYS'));
  return text
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((b64) => requireEd25519(createPublicKey({ key: Buffer.from(b64, 'base64'), format: 'der', type: 'spki' }), 'AUDIT_VERIFICATION_KEYS'));
}

/**
 * The keys from the environment: AUDIT_SIGNING_KEY for the worker, AUDIT_VERIFICATION_KEYS for verify-audit (the
 * public keys of the current and earlier signing keys). Without verification keys, the signing key's public key is
 * used, which suits the development stack; an auditor needs only the public keys.
 */
export function auditKeysFromEnv(env: NodeJS.ProcessEnv = process.env): { signingKey?: KeyObject; verificationKeys: KeyObject[] } {
  const signingKey = env.AUDIT_SIGNING_KEY ? parseAuditSigningKey(env.AUDIT_SIGNING_KEY) : undefined;
  const verificationKeys = env.AUDIT_VERIFICATION_KEYS
    ? parseAuditVerificationKeys(env.AUDIT_VERIFICATION_KEYS)
    : signingKey
      ? [createPublicKey(signingKey)]
      : [];
  return { signingKey, verificationKeys };
}

export interface WrittenCheckpoint {
  municipalityId: string;
  chainIndex: number;
  hash: string;
  signedAt: Date;
  keyId: string;
}

/**
 * Signs and stores a checkpoint for every municipality whose chain has grown since its last checkpoint (the
 * position's unique index makes a retried call write nothing twice). Needs only SELECT and INSERT.
 */
export async function writeAuditCheckpoints(dataSource: DataSource, signingKey: KeyObject, now = new Date()): Promise<WrittenCheckpoint[]> {
  const keyId = auditKeyId(signingKey);
  const heads: Array<{ municipalityId: string; chainIndex: string; hash: string }> = await dataSource.query(`
    SELECT head."municipalityId", head."chainIndex"::text AS "chainIndex", head.hash
      FROM (SELECT DISTINCT ON ("municipalityId") "municipalityId", "chainIndex", hash
              FROM audit_event ORDER BY "municipalityId", "chainIndex" DESC) head
     WHERE NOT EXISTS (SELECT 1 FROM audit_checkpoint c
                        WHERE c."municipalityId" = head."municipalityId" AND c."chainIndex" >= head."chainIndex")`);
  const written: WrittenCheckpoint[] = [];
  for (const head of heads) {
    const checkpoint = { municipalityId: head.municipalityId, chainIndex: head.chainIndex, hash: head.hash, signedAt: now };
    const signature = sign(null, checkpointPayload(checkpoint), signingKey).toString('base64');
    const inserted: unknown[] = await dataSource.query(
      `INSERT INTO audit_checkpoint ("municipalityId", "chainIndex", hash, "signedAt", "keyId", signature)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT ("municipalityId", "chainIndex") DO NOTHING RETURNING id`,
      [head.municipalityId, head.chainIndex, head.hash, now, keyId, signature],
    );
    if (inserted.length > 0) written.push({ municipalityId: head.municipalityId, chainIndex: Number(head.chainIndex), hash: head.hash, signedAt: now, keyId });
  }
  return written;
}

/** A checkpoint the audit log no longer agrees with. */
export interface CheckpointFailure {
  municipalityId: string;
  checkpointId: string;
  chainIndex: number;
  problem: 'SIGNATURE_INVALID' | 'UNKNOWN_KEY' | 'EVENTS_MISSING' | 'HASH_DIFFERS';
  /** In Swedish, for the command's output. */
  description: string;
}

interface CheckpointRow {
  id: string;
  municipalityId: string;
  chainIndex: string;
  hash: string;
  signedAt: Date;
  keyId: string;
  signature: string;
  eventHash: string | null;
  lastIndex: string | null;
}

/**
 * Checks every checkpoint: its signature with the key it names, and that the chain still has the checkpointed hash
 * at that position. Reports the first failing checkpoint of each municipality (oldest first).
 */
export async function verifyAuditCheckpoints(dataSource: DataSource, verificationKeys: KeyObject[]): Promise<{ checked: number; failures: CheckpointFailure[] }> {
  const keys = new Map(verificationKeys.map((key) => [auditKeyId(key), key]));
  const rows: CheckpointRow[] = await dataSource.query(`
    SELECT c.id::text AS id, c."municipalityId", c."chainIndex"::text AS "chainIndex", c.hash, c."signedAt", c."keyId", c.signature,
           e.hash AS "eventHash",
           (SELECT max(last."chainIndex") FROM audit_event last WHERE last."municipalityId" = c."municipalityId")::text AS "lastIndex"
      FROM audit_checkpoint c
      LEFT JOIN audit_event e ON e."municipalityId" = c."municipalityId" AND e."chainIndex" = c."chainIndex"
     ORDER BY c."municipalityId", c."chainIndex"`);
  const failures = new Map<string, CheckpointFailure>();
  for (const row of rows) {
    if (failures.has(row.municipalityId)) continue;
    const index = Number(row.chainIndex);
    const fail = (problem: CheckpointFailure['problem'], description: string) =>
      failures.set(row.municipalityId, { municipalityId: row.municipalityId, checkpointId: row.id, chainIndex: index, problem, description });
    const key = keys.get(row.keyId);
    const at = `Kontrollpunkt ${row.id} (plats ${index}, signerad ${row.signedAt.toISOString()})`;
    if (!key) {
      fail('UNKNOWN_KEY', `${at}: signerad med en okänd nyckel (${row.keyId}); signaturen kan inte kontrolleras.`);
    } else if (!verify(null, checkpointPayload(row), key, Buffer.from(row.signature, 'base64'))) {
      fail('SIGNATURE_INVALID', `${at}: signaturen är ogiltig.`);
    } else if (row.eventHash === null) {
      const last = row.lastIndex === null ? 0 : Number(row.lastIndex);
      fail(
        'EVENTS_MISSING',
        last < index
          ? `${at}: händelserna efter plats ${last} saknas (kedjan slutar före kontrollpunkten).`
          : `${at}: händelsen på plats ${index} saknas.`,
      );
    } else if (row.eventHash !== row.hash) {
      fail('HASH_DIFFERS', `${at}: händelsen på plats ${index} har en annan hash än den signerade; kedjan har skrivits om.`);
    }
  }
  return { checked: rows.length, failures: [...failures.values()] };
}
