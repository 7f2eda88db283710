import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent, BoardDecision, UploadedFile, plainRows, seedDemoOrganisation } from '../src/index.js';
import { createTestDatabase, type TestDatabase } from '../src/testing.js';

describe('plainRows: entity rows without TypeORM hydration', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    const org = await seedDemoOrganisation(db.dataSource);
    // Column types the demo organisation does not write: a bigint identity and jsonb, and bytea left unselected.
    await db.dataSource.getRepository(AuditEvent).insert({
      idempotencyKey: `plain-rows:${randomUUID()}`,
      municipalityId: org.municipality.id,
      accountId: null,
      actorId: org.users.editor.id,
      actorName: org.users.editor.name,
      actorRole: 'EDITOR',
      occurredAt: new Date(Date.UTC(2026, 10, 23, 9, 30, 0, 123)),
      action: 'PLAN_SUBMITTED',
      data: { detail: 'Åäö', nested: [1, { a: null }] },
    });
    const { identifiers } = await db.dataSource.getRepository(UploadedFile).insert({
      municipalityId: org.municipality.id,
      fileName: 'Protokollsutdrag § 45.pdf',
      mimeType: 'application/pdf',
      size: 4,
      sha256: 'a'.repeat(64),
      content: Buffer.from('%PDF'),
      uploadedAt: new Date(),
      uploadedById: org.users.editor.id,
      uploadedByName: org.users.editor.name,
    });
    // A date column, which TypeORM gives as text.
    await db.dataSource.getRepository(BoardDecision).insert({
      municipalityId: org.municipality.id,
      boardId: org.boards.culture.id,
      meetingDate: '2026-11-19',
      paragraph: '§ 45',
      diaryNumber: 'KFN 2026/123',
      decisionText: 'Nämnden beslutar att kontot överlåts.',
      outcome: 'APPROVE',
      minutesFileId: identifiers[0].id,
      accountId: null,
      registeredAt: new Date(),
      registeredById: org.users.editor.id,
      registeredByName: org.users.editor.name,
    });
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('reads every entity of the schema (none has a column it cannot read as TypeORM does)', () => {
    for (const metadata of db.dataSource.entityMetadatas) expect(() => plainRows(db.dataSource, metadata.target)).not.toThrow();
  });

  it('gives the rows find gives, as instances of the entity, for every table with rows', async () => {
    let compared = 0;
    for (const metadata of db.dataSource.entityMetadatas) {
      if (!metadata.primaryColumns.some((c) => c.propertyName === 'id')) continue;
      const repository = db.dataSource.getRepository(metadata.target);
      const found = await repository.find({ take: 20, order: { id: 'ASC' } });
      if (found.length === 0) continue;
      const ids = found.map((row) => row.id);
      const plain = await plainRows(db.dataSource, metadata.target).select('where id = any($1) order by id asc', [ids]);
      expect(plain, metadata.name).toEqual(found);
      for (const row of plain) expect(row, metadata.name).toBeInstanceOf(metadata.target as new () => unknown);
      compared += 1;
    }
    // The demo organisation (municipality, administrations, units, boards, users, roles…), the event, file and decision.
    expect(compared).toBeGreaterThanOrEqual(8);
    const [file] = await plainRows(db.dataSource, UploadedFile).select('where "fileName" = $1', ['Protokollsutdrag § 45.pdf']);
    expect(file).not.toHaveProperty('content');
  });
});
