import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent, seedDemoOrganisation } from '../src/index.js';
import { createTestDatabase, type TestDatabase } from '../src/testing.js';

describe('database schema', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('migrations produce exactly the schema the entities describe (no drift)', async () => {
    const pending = await db.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('loads the demo organisation once, however often it is asked to', async () => {
    const first = await seedDemoOrganisation(db.dataSource);
    const second = await seedDemoOrganisation(db.dataSource);
    expect(second.users.unitManager.id).toBe(first.users.unitManager.id);
    const [{ count }] = await db.dataSource.query('select count(*)::int as count from app_user');
    expect(count).toBe(Object.keys(first.users).length);
    const roles = await db.dataSource.query(
      'select r.role, r."unitId" from user_role r join app_user u on u.id = r."userId" where u.email = $1',
      [first.users.unitManager.email],
    );
    expect(roles).toEqual([{ role: 'UNIT_MANAGER', unitId: first.units.library.id }]);
  });

  it('refuses a second audit event with the same idempotency key, so a retried activity writes nothing twice', async () => {
    const org = await seedDemoOrganisation(db.dataSource);
    const event = {
      idempotencyKey: 'account-opening/x:1',
      municipalityId: org.municipality.id,
      accountId: null,
      actorId: org.users.editor.id,
      actorName: org.users.editor.name,
      actorRole: 'EDITOR',
      occurredAt: new Date(),
      action: 'PLAN_SUBMITTED' as const,
      fromStatus: 'DRAFT' as const,
      toStatus: 'IN_REVIEW' as const,
      reason: null,
      data: null,
    };
    await db.dataSource.createQueryBuilder().insert().into(AuditEvent).values(event).orIgnore().execute();
    await db.dataSource.createQueryBuilder().insert().into(AuditEvent).values(event).orIgnore().execute();
    expect(await db.dataSource.getRepository(AuditEvent).countBy({ idempotencyKey: event.idempotencyKey })).toBe(1);
  });
});
