import { execFile } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent, createDataSource, verifyAuditChain } from '../src/index.js';
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

async function verifyCommand(url: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'src/cli/verify-audit.ts'], { cwd: PACKAGE_DIR, env: { ...process.env, DATABASE_URL: url } });
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

  it('the smg_api role (the API’s and worker’s) may write and read audit events but not update, delete or truncate them', async () => {
    const login = `smg_api_test_${randomBytes(4).toString('hex')}`;
    const password = randomBytes(12).toString('hex');
    await db.dataSource.query(`CREATE ROLE ${login} LOGIN PASSWORD '${password}' IN ROLE smg_api`);
    const url = new URL(db.url);
    url.username = login;
    url.password = password;
    const api = await createDataSource(url.toString()).initialize();
    try {
      const municipality = randomUUID();
      await writeEvents(api, municipality, 2);
      expect(await api.getRepository(AuditEvent).countBy({ municipalityId: municipality })).toBe(2);
      // Permissions are checked before any trigger: the role itself lacks the privilege.
      for (const sql of [
        `UPDATE audit_event SET reason = 'x' WHERE "municipalityId" = '${municipality}'`,
        `DELETE FROM audit_event WHERE "municipalityId" = '${municipality}'`,
        `TRUNCATE audit_event`,
      ]) {
        await expect(api.query(sql), sql).rejects.toMatchObject({ code: '42501', message: expect.stringMatching(/permission denied for table audit_event/) });
      }
      // Without a superuser it cannot switch the triggers off either.
      await expect(api.query(`SET session_replication_role = replica`)).rejects.toMatchObject({ code: '42501' });
      // The rest of the schema is writable as before (e.g. notifications are marked read).
      const [{ has }] = await api.query(`SELECT has_table_privilege('notification', 'UPDATE') AS has`);
      expect(has).toBe(true);
      expect((await verifyAuditChain(api)).broken.filter((b) => b.municipalityId === municipality)).toEqual([]);
    } finally {
      await api.destroy();
      const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      await admin.query(`DROP ROLE ${login}`);
      await admin.end();
    }
  });
});
