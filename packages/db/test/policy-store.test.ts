import { parametersFromPreset } from '@smg/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PolicyValidationError, PolicyVersion, policyInForce, publishPolicyVersion, seedDemoOrganisation, type DemoOrganisation } from '../src/index.js';
import { createTestDatabase, type TestDatabase } from '../src/testing.js';

describe('policy versions', () => {
  let db: TestDatabase;
  let org: DemoOrganisation;
  beforeAll(async () => {
    db = await createTestDatabase();
    org = await seedDemoOrganisation(db.dataSource);
  });
  afterAll(async () => {
    await db?.drop();
  });

  const by = () => ({ id: org.users.communications.id, name: org.users.communications.name, role: 'COMMUNICATIONS' });

  it('the demo municipality starts on a seed preset with its citations', async () => {
    const first = await policyInForce(db.dataSource.manager, org.municipality.id);
    expect(first).toMatchObject({ version: 1, presetKey: 'torsby' });
    expect(first!.sources.monitoringFrequency).toMatch(/^seed 001/);
  });

  it('a new version takes effect on its date; earlier versions stay as they were', async () => {
    const previous = (await policyInForce(db.dataSource.manager, org.municipality.id))!;
    const parameters = { ...previous.parameters, approvalReminderWorkingDays: 2, approvalEscalationWorkingDays: 4 };
    const next = await publishPolicyVersion(db.dataSource, {
      municipalityId: org.municipality.id,
      parameters,
      effectiveFrom: new Date('2027-01-01T00:00:00+01:00'),
      changeNote: 'Kortare svarstid för beslutsfattare.',
      publishedBy: by(),
    });
    expect(next.version).toBe(previous.version + 1);
    expect(next.sources.approvalReminderWorkingDays).toBe(`changed in version ${next.version}: Kortare svarstid för beslutsfattare.`);
    expect(next.sources.monitoringFrequency).toBe(previous.sources.monitoringFrequency);

    expect((await policyInForce(db.dataSource.manager, org.municipality.id, new Date('2026-12-31T12:00:00+01:00')))!.version).toBe(previous.version);
    expect((await policyInForce(db.dataSource.manager, org.municipality.id, new Date('2027-01-02T12:00:00+01:00')))!.version).toBe(next.version);
    const stored = await db.dataSource.getRepository(PolicyVersion).findOneByOrFail({ id: previous.id });
    expect(stored.parameters.approvalReminderWorkingDays).toBe(previous.parameters.approvalReminderWorkingDays);
  });

  it('refuses a version below the rules of the model, naming each field, and stores nothing', async () => {
    const count = await db.dataSource.getRepository(PolicyVersion).count();
    const parameters = { ...parametersFromPreset('lekeberg'), approvalChain: [], approvalReminderWorkingDays: 0 };
    const attempt = publishPolicyVersion(db.dataSource, {
      municipalityId: org.municipality.id,
      parameters,
      effectiveFrom: new Date(),
      changeNote: '',
      publishedBy: by(),
    });
    await expect(attempt).rejects.toBeInstanceOf(PolicyValidationError);
    const fields = await attempt.catch((e: PolicyValidationError) => e.fieldErrors.map((f) => f.field));
    expect(fields).toEqual(expect.arrayContaining(['approvalChain', 'approvalReminderWorkingDays', 'changeNote']));
    expect(await db.dataSource.getRepository(PolicyVersion).count()).toBe(count);
  });
});
