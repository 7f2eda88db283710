import { execFile } from 'node:child_process';
import { createHash, generateKeyPairSync, randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_LOGIN_ROLE, AuditEvent, auditKeyId, createDataSource, verifyAuditChain, writeAuditCheckpoints } from '../src/index.js';
import { createTestDatabase, type TestDatabase } from '../src/testing.js';

const run = promisify(execFile);
const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));

/** Written the way every lifecycle activity writes its events: an insert that ignores a repeated idempotency key. */
async function writeEvents(dataSource: DataSource, municipalityId: string, count: number, prefix = randomUUID()): Promise<void> {
  for (let i = 1; i <= count; i++) {
    await dataSource
      .createQueryBuilder()
      .insert()
      .into(AuditEvent)
      .values({
        idempotencyKey: `${prefix}:${i}`,
        municipalityId,
        accountId: randomUUID(),
        actorId: 'user-1',
        actorName: 'Åsa Öberg',
        actorRole: 'EDITOR',
        occurredAt: new Date(Date.UTC(2026, 0, 1, 12, 0, i, 123)),
        action: 'PLAN_SUBMITTED',
        fromStatus: 'DRAFT',
        toStatus: 'IN_REVIEW',
        reason: `skäl ${i}`,
        data: { step: i, nested: { b: 1, a: [1, 2] } },
      })
      .orIgnore()
      .execute();
  }
}

async function chainOf(dataSource: DataSource, municipalityId: string) {
  return dataSource.query(
    `SELECT id::text AS id, "chainIndex"::int AS "chainIndex", "previousHash", hash, audit_event_content(e) AS content
       FROM audit_event e WHERE "municipalityId" = $1 ORDER BY "chainIndex"`,
    [municipalityId],
  ) as Promise<Array<{ id: string; chainIndex: number; previousHash: string | null; hash: string; content: string }>>;
}

/** What someone with the superuser's password could still do: switch the triggers off and change rows. */
async function tamper(dataSource: DataSource, sql: string, parameters: unknown[]): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager.query(`SET LOCAL session_replication_role = replica`);
    await manager.query(sql, parameters);
  });
}

async function verifyCommand(url: string, env: NodeJS.ProcessEnv = {}): Promise<{ code: number; output: string }> {
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'src/cli/verify-audit.ts'], { cwd: PACKAGE_DIR, env: { ...process.env, DATABASE_URL: url, ...env } });
    return { code: 0, output: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

describe('tamper-evident audit log', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('chains each municipality’s events in the database: sha256 over the previous hash and the row’s canonical JSON', async () => {
    const municipality = randomUUID();
    const prefix = randomUUID();
    await writeEvents(db.dataSource, municipality, 4, prefix);
    await writeEvents(db.dataSource, municipality, 4, prefix); // a retried activity: nothing new, chain unchanged
    const chain = await chainOf(db.dataSource, municipality);
    expect(chain.map((e) => e.chainIndex)).toEqual([1, 2, 3, 4]);
    expect(chain[0].previousHash).toBeNull();
    for (let i = 0; i < chain.length; i++) {
      if (i > 0) expect(chain[i].previousHash).toBe(chain[i - 1].hash);
      const expected = createHash('sha256').update((chain[i].previousHash ?? '') + chain[i].content, 'utf8').digest('hex');
      expect(chain[i].hash).toBe(expected);
      expect(JSON.parse(chain[i].content)).toMatchObject({ id: chain[i].id, actorName: 'Åsa Öberg', occurredAt: `2026-01-01T12:00:0${i + 1}.123000Z` });
    }
    // Another municipality has a chain of its own.
    const other = randomUUID();
    await writeEvents(db.dataSource, other, 2);
    expect((await chainOf(db.dataSource, other)).map((e) => [e.chainIndex, e.previousHash === null])).toEqual([[1, true], [2, false]]);
    const report = await verifyAuditChain(db.dataSource);
    expect(report.broken).toEqual([]);
    expect(report.checked).toBeGreaterThanOrEqual(6);
  });

  it('never forks under concurrent writers (one municipality, 30 events from 10 connections at once)', async () => {
    const municipality = randomUUID();
    await Promise.all(Array.from({ length: 10 }, () => writeEvents(db.dataSource, municipality, 3)));
    const chain = await chainOf(db.dataSource, municipality);
    expect(chain.map((e) => e.chainIndex)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect((await verifyAuditChain(db.dataSource)).broken).toEqual([]);
  });

  it('finds an edited row, a deleted row and a re-hashed row, each at its first broken link; the command reports it', async () => {
    const clean = await verifyCommand(db.url);
    expect(clean.code).toBe(0);
    expect(clean.output).toMatch(/obruten/);

    const edited = randomUUID();
    await writeEvents(db.dataSource, edited, 5);
    const editedChain = await chainOf(db.dataSource, edited);
    await tamper(db.dataSource, `UPDATE audit_event SET reason = 'ett annat skäl' WHERE id = $1`, [editedChain[2].id]);

    const deleted = randomUUID();
    await writeEvents(db.dataSource, deleted, 5);
    const deletedChain = await chainOf(db.dataSource, deleted);
    await tamper(db.dataSource, `DELETE FROM audit_event WHERE id = $1`, [deletedChain[1].id]);

    // Edited, and its own hash recomputed to match: the next event still points at the old hash.
    const rehashed = randomUUID();
    await writeEvents(db.dataSource, rehashed, 5);
    const rehashedChain = await chainOf(db.dataSource, rehashed);
    await tamper(
      db.dataSource,
      `UPDATE audit_event e SET "actorName" = 'Någon annan', hash = audit_event_hash(e."previousHash", (e.id, e."idempotencyKey", e."municipalityId", e."accountId", e."actorId", 'Någon annan', e."actorRole", e."occurredAt", e.action, e."fromStatus", e."toStatus", e.reason, e.data, e."chainIndex", e."previousHash", e.hash)::audit_event) WHERE id = $1`,
      [rehashedChain[3].id],
    );

    const report = await verifyAuditChain(db.dataSource);
    const byMunicipality = new Map(report.broken.map((b) => [b.municipalityId, b]));
    expect(report.broken).toHaveLength(3);
    expect(byMunicipality.get(edited)).toMatchObject({ eventId: editedChain[2].id, chainIndex: 3, problem: 'EDITED' });
    expect(byMunicipality.get(deleted)).toMatchObject({ eventId: deletedChain[2].id, chainIndex: 3, problem: 'MISSING_BEFORE' });
    expect(byMunicipality.get(rehashed)).toMatchObject({ eventId: rehashedChain[4].id, chainIndex: 5, problem: 'WRONG_PREVIOUS_HASH' });

    const command = await verifyCommand(db.url);
    expect(command.code).toBe(1);
    expect(command.output).toMatch(/BRUTEN i 3 av/);
    expect(command.output).toContain(`Kommun ${edited}: första brutna länken: Händelse ${editedChain[2].id} (plats 3): innehållet har ändrats`);
    expect(command.output).toContain(`Händelse ${deletedChain[2].id} (plats 3): 1 händelse(r) före den saknas (plats 2–2)`);
  });

  it('refuses UPDATE, DELETE and TRUNCATE of audit events even for the owner (append-only trigger)', async () => {
    const municipality = randomUUID();
    await writeEvents(db.dataSource, municipality, 1);
    await expect(db.dataSource.query(`UPDATE audit_event SET reason = 'x' WHERE "municipalityId" = $1`, [municipality])).rejects.toThrow(/append-only: UPDATE refused/);
    await expect(db.dataSource.query(`DELETE FROM audit_event WHERE "municipalityId" = $1`, [municipality])).rejects.toThrow(/append-only: DELETE refused/);
    await expect(db.dataSource.query(`TRUNCATE audit_event`)).rejects.toThrow(/append-only: TRUNCATE refused/);
  });

  it('the application’s login (smg_app in smg_api, as the API and worker connect) may write and read audit events and checkpoints but not change, remove or unprotect them', async () => {
    const api = await createDataSource(db.appUrl).initialize();
    try {
      const [{ user }] = await api.query(`SELECT current_user AS user`);
      expect(user).toBe(APP_LOGIN_ROLE);
      const municipality = randomUUID();
      await writeEvents(api, municipality, 2);
      expect(await api.getRepository(AuditEvent).countBy({ municipalityId: municipality })).toBe(2);
      // The worker signs checkpoints with this connection.
      const { privateKey, publicKey } = generateKeyPairSync('ed25519');
      expect((await writeAuditCheckpoints(api, privateKey)).map((c) => c.municipalityId)).toContain(municipality);
      // Permissions are checked before any trigger: the role itself lacks the privilege.
      for (const table of ['audit_event', 'audit_checkpoint']) {
        for (const sql of [
          `UPDATE ${table} SET "chainIndex" = 1 WHERE "municipalityId" = '${municipality}'`,
          `DELETE FROM ${table} WHERE "municipalityId" = '${municipality}'`,
          `TRUNCATE ${table}`,
        ]) {
          await expect(api.query(sql), sql).rejects.toMatchObject({ code: '42501', message: expect.stringContaining(`permission denied for table ${table}`) });
        }
        // Only the owner may switch a table's triggers off, drop them or change the table.
        for (const sql of [
          `ALTER TABLE ${table} DISABLE TRIGGER USER`,
          `DROP TRIGGER ${table}_append_only ON ${table}`,
          `ALTER TABLE ${table} ADD COLUMN note text`,
          `DROP TABLE ${table}`,
        ]) {
          await expect(api.query(sql), sql).rejects.toMatchObject({ code: '42501', message: expect.stringMatching(new RegExp(`must be owner of (table|relation) ${table}`)) });
        }
      }
      await expect(api.query(`DROP FUNCTION audit_event_append_only()`)).rejects.toMatchObject({ code: '42501' });
      await expect(api.query(`CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN OLD; END $$`)).rejects.toMatchObject({ code: '42501' });
      // Without a superuser it cannot switch the triggers off for its session either.
      await expect(api.query(`SET session_replication_role = replica`)).rejects.toMatchObject({ code: '42501' });
      // The rest of the schema is writable as before (e.g. notifications are marked read).
      const [{ has }] = await api.query(`SELECT has_table_privilege('notification', 'UPDATE') AS has`);
      expect(has).toBe(true);
      const report = await verifyAuditChain(api, { verificationKeys: [publicKey] });
      expect(report.broken.filter((b) => b.municipalityId === municipality)).toEqual([]);
      expect(report.checkpointFailures.filter((f) => f.municipalityId === municipality)).toEqual([]);
    } finally {
      await api.destroy();
    }
  });
});

describe('signed audit checkpoints', () => {
  let db: TestDatabase;
  const keys = generateKeyPairSync('ed25519');
  const verificationKeys = [keys.publicKey];
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  const checkpointsOf = (municipalityId: string) =>
    db.dataSource.query(`SELECT id::text AS id, "chainIndex"::int AS "chainIndex", hash, "keyId" FROM audit_checkpoint WHERE "municipalityId" = $1 ORDER BY "chainIndex"`, [municipalityId]) as Promise<
      Array<{ id: string; chainIndex: number; hash: string; keyId: string }>
    >;
  const failureOf = async (municipalityId: string) => (await verifyAuditChain(db.dataSource, { verificationKeys })).checkpointFailures.find((f) => f.municipalityId === municipalityId);

  it('signs the head of every chain that grew, once; the chains and their checkpoints verify', async () => {
    const [first, second] = [randomUUID(), randomUUID()];
    await writeEvents(db.dataSource, first, 3);
    await writeEvents(db.dataSource, second, 2);
    const written = await writeAuditCheckpoints(db.dataSource, keys.privateKey);
    expect(written.filter((c) => c.municipalityId === first)).toMatchObject([{ chainIndex: 3, keyId: auditKeyId(keys.publicKey) }]);
    expect(written.filter((c) => c.municipalityId === second)).toMatchObject([{ chainIndex: 2 }]);
    // Nothing new: nothing signed.
    expect(await writeAuditCheckpoints(db.dataSource, keys.privateKey)).toEqual([]);
    await writeEvents(db.dataSource, first, 2);
    expect((await writeAuditCheckpoints(db.dataSource, keys.privateKey)).map((c) => [c.municipalityId, c.chainIndex])).toEqual([[first, 5]]);
    const chain = await chainOf(db.dataSource, first);
    expect((await checkpointsOf(first)).map((c) => [c.chainIndex, c.hash])).toEqual([[3, chain[2].hash], [5, chain[4].hash]]);

    const report = await verifyAuditChain(db.dataSource, { verificationKeys });
    expect(report.broken).toEqual([]);
    expect(report.checkpointFailures).toEqual([]);
    expect(report.checkpoints).toBe(3);
    const command = await verifyCommand(db.url, { AUDIT_VERIFICATION_KEYS: keys.publicKey.export({ type: 'spki', format: 'pem' }).toString() });
    expect(command).toMatchObject({ code: 0, output: expect.stringMatching(/obruten: 7 händelser och 3 signerade kontrollpunkter/) });
    // Checkpoints are append-only even for the owner.
    await expect(db.dataSource.query(`DELETE FROM audit_checkpoint WHERE "municipalityId" = $1`, [first])).rejects.toThrow(/append-only: DELETE refused/);
    await expect(db.dataSource.query(`UPDATE audit_checkpoint SET hash = hash WHERE "municipalityId" = $1`, [first])).rejects.toThrow(/append-only: UPDATE refused/);
    await expect(db.dataSource.query(`TRUNCATE audit_checkpoint`)).rejects.toThrow(/append-only: TRUNCATE refused/);
  });

  it('finds a cut-off tail, a chain rewritten with fresh hashes and a forged or unknown signature by the checkpoints; edits and gaps still by the chain', async () => {
    // The newest events removed (after a checkpoint): the chain that is left is consistent, the checkpoint is not.
    const truncated = randomUUID();
    await writeEvents(db.dataSource, truncated, 5);
    await writeAuditCheckpoints(db.dataSource, keys.privateKey);
    await writeEvents(db.dataSource, truncated, 2);
    await tamper(db.dataSource, `DELETE FROM audit_event WHERE "municipalityId" = $1 AND "chainIndex" >= 4`, [truncated]);

    // Every event rewritten and every hash recomputed in order, as the trigger would have: the chain holds.
    const rewritten = randomUUID();
    await writeEvents(db.dataSource, rewritten, 4);
    await writeAuditCheckpoints(db.dataSource, keys.privateKey);
    await tamper(
      db.dataSource,
      `DO $$
         DECLARE r audit_event; previous text;
         BEGIN
           FOR r IN SELECT * FROM audit_event WHERE "municipalityId" = '${rewritten}' ORDER BY "chainIndex" LOOP
             r.reason := 'omskrivet'; r."previousHash" := previous;
             UPDATE audit_event SET reason = r.reason, "previousHash" = previous, hash = audit_event_hash(previous, r)
              WHERE id = r.id RETURNING hash INTO previous;
           END LOOP;
         END $$`,
      [],
    );

    // Rewritten, and the checkpoint's hash changed to match: the signature no longer covers it.
    const resigned = randomUUID();
    await writeEvents(db.dataSource, resigned, 2);
    await writeAuditCheckpoints(db.dataSource, keys.privateKey);
    await tamper(db.dataSource, `UPDATE audit_event SET reason = 'omskrivet' WHERE "municipalityId" = $1 AND "chainIndex" = 2`, [resigned]);
    await tamper(
      db.dataSource,
      `UPDATE audit_event e SET hash = audit_event_hash(e."previousHash", e) WHERE "municipalityId" = $1 AND "chainIndex" = 2`,
      [resigned],
    );
    await tamper(db.dataSource, `UPDATE audit_checkpoint c SET hash = e.hash FROM audit_event e WHERE e."municipalityId" = c."municipalityId" AND e."chainIndex" = c."chainIndex" AND c."municipalityId" = $1`, [resigned]);

    // A checkpoint signed with a key the verifier does not know (someone else's).
    const forged = randomUUID();
    await writeEvents(db.dataSource, forged, 1);
    await writeAuditCheckpoints(db.dataSource, generateKeyPairSync('ed25519').privateKey);

    // An edited event and a removed one in the middle of checkpointed chains: the chain itself finds them.
    const [edited, gap] = [randomUUID(), randomUUID()];
    await writeEvents(db.dataSource, edited, 3);
    await writeEvents(db.dataSource, gap, 3);
    await writeAuditCheckpoints(db.dataSource, keys.privateKey);
    await tamper(db.dataSource, `UPDATE audit_event SET reason = 'ändrat' WHERE "municipalityId" = $1 AND "chainIndex" = 2`, [edited]);
    await tamper(db.dataSource, `DELETE FROM audit_event WHERE "municipalityId" = $1 AND "chainIndex" = 2`, [gap]);

    const report = await verifyAuditChain(db.dataSource, { verificationKeys });
    const links = new Map(report.broken.map((b) => [b.municipalityId, b]));
    const failures = new Map(report.checkpointFailures.map((f) => [f.municipalityId, f]));
    // The tail and the rewrite leave consistent chains: only the checkpoints tell.
    expect(links.has(truncated)).toBe(false);
    expect(links.has(rewritten)).toBe(false);
    expect(failures.get(truncated)).toMatchObject({ chainIndex: 5, problem: 'EVENTS_MISSING', description: expect.stringContaining('händelserna efter plats 3 saknas') });
    expect(failures.get(rewritten)).toMatchObject({ chainIndex: 4, problem: 'HASH_DIFFERS', description: expect.stringContaining('kedjan har skrivits om') });
    expect(failures.get(resigned)).toMatchObject({ chainIndex: 2, problem: 'SIGNATURE_INVALID' });
    expect(failures.get(forged)).toMatchObject({ chainIndex: 1, problem: 'UNKNOWN_KEY' });
    expect(links.get(edited)).toMatchObject({ chainIndex: 2, problem: 'EDITED' });
    expect(links.get(gap)).toMatchObject({ chainIndex: 3, problem: 'MISSING_BEFORE' });
    expect(await failureOf(edited)).toBeUndefined();

    const command = await verifyCommand(db.url, { AUDIT_VERIFICATION_KEYS: keys.publicKey.export({ type: 'spki', format: 'der' }).toString('base64') });
    expect(command.code).toBe(1);
    expect(command.output).toMatch(/BRUTEN i 6 av/);
    expect(command.output).toMatch(new RegExp(`Kommun ${truncated}: Kontrollpunkt \\d+ \\(plats 5, signerad [^)]+\\): händelserna efter plats 3 saknas`));
    expect(command.output).toContain(`Kommun ${rewritten}: Kontrollpunkt`);
    expect(command.output).toMatch(new RegExp(`Kommun ${resigned}: Kontrollpunkt \\d+ \\(plats 2, .*signaturen är ogiltig`));

    // Without verification keys the command cannot check the signatures and says so.
    const keyless = await verifyCommand(db.url, { AUDIT_VERIFICATION_KEYS: '', AUDIT_SIGNING_KEY: '' });
    expect(keyless).toMatchObject({ code: 2, output: expect.stringContaining('AUDIT_VERIFICATION_KEYS saknas') });
  });
});
