import { Account, AccountHandover, BoardDecision, UploadedFile, seedDemoOrganisation, type DemoOrganisation } from '@smg/db';
import { createTestDatabase, type TestDatabase } from '@smg/db/testing';
import { isWorkingDay } from '@smg/domain/calendar';
import { temporal } from '@temporalio/proto';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HandoverClient } from '../src/account-handover/client.js';
import { createActivities } from '../src/activities.js';
import { handoverWorkflowId } from '../src/account-handover/messages.js';
import { ACCOUNT_ID, LIFECYCLE_STAGE, MUNICIPALITY_ID, UNIT_ID } from '../src/search-attributes.js';
import { archivingDeps } from '../src/worker.js';
import { actingAs, workflowBundle } from './helpers.js';
import { skipTime } from './time-skipping.js';

/**
 * A board meets monthly: the decision deadline is days long. The time-skipping test server lets them pass in
 * milliseconds while the activities write to the real database.
 */
describe('the board secretary is reminded of a pending handover decision on the policy’s deadline', () => {
  let env: TestWorkflowEnvironment;
  let db: TestDatabase;
  let org: DemoOrganisation;
  let worker: Worker;
  let running: Promise<void>;
  let handovers: HandoverClient;
  const taskQueue = `handover-reminders-${randomUUID()}`;

  beforeAll(async () => {
    const path = process.env.TEMPORAL_TEST_SERVER_PATH;
    if (!path) throw new Error('TEMPORAL_TEST_SERVER_PATH is not set: run the tests with infra/test.sh');
    env = await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path } } });
    await env.connection.operatorService.addSearchAttributes({
      namespace: env.namespace ?? 'default',
      searchAttributes: Object.fromEntries(
        [ACCOUNT_ID, UNIT_ID, MUNICIPALITY_ID, LIFECYCLE_STAGE].map((key) => [key.name, temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD]),
      ),
    });
    db = await createTestDatabase();
    org = await seedDemoOrganisation(db.dataSource);
    worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle: await workflowBundle(),
      activities: createActivities({ dataSource: await db.appDataSource(), archiving: archivingDeps() }),
    });
    running = worker.run();
    handovers = new HandoverClient(env.client, { taskQueue });
  });
  afterAll(async () => {
    worker?.shutdown();
    await running;
    await env?.teardown();
    await db?.drop();
  });

  const notifications = () =>
    db.dataSource.query(`select n.kind, u.name from notification n join app_user u on u.id = n."recipientUserId" order by n."createdAt"`) as Promise<
      Array<{ kind: string; name: string }>
    >;

  it('reminds only those who may register the decision, after each deadline period, until the board has decided', async () => {
    const accountId = randomUUID();
    await db.dataSource.getRepository(Account).insert({
      id: accountId,
      municipalityId: org.municipality.id,
      unitId: org.units.library.id,
      administrationId: org.units.library.administrationId,
      platform: 'FACEBOOK',
      scope: 'UNIT',
      displayName: 'Läsecirklarna i Demokommun',
      handle: 'lasecirklarna',
      webAddress: 'https://www.facebook.com/lasecirklarna',
      functionalEmail: 'lasecirklarna@demokommun.se',
      status: 'ACTIVE',
      workflowId: `account-opening/${accountId}`,
      policyVersionId: null,
      createdById: org.users.editor.id,
      activatedAt: new Date(),
    });
    const proposed = await handovers.propose({
      handoverId: randomUUID(),
      accountId,
      municipalityId: org.municipality.id,
      administrationId: org.units.library.administrationId,
      unitId: org.units.library.id,
      boardId: org.boards.culture.id,
      platform: 'FACEBOOK',
      newOwner: { kind: 'PERSON', name: 'Per Persson', email: 'per.persson@example.se' },
      reason: 'Cirkelns grundare tar över kanalen som privatperson.',
      by: actingAs(org, 'communications', 'COMMUNICATIONS'),
      rules: { decisionReminderWorkingDays: 3 },
      policyVersionId: null,
      credentialsDeposited: false,
    });
    expect(proposed.items.map((i) => i.key)).not.toContain('CREDENTIALS_DESTROYED');
    const handover = await db.dataSource.getRepository(AccountHandover).findOneByOrFail({ accountId });
    expect(isWorkingDay(handover.decisionDueAt!)).toBe(true);

    // Within the first day nothing is sent.
    await skipTime(env, '1 hour', [handoverWorkflowId(accountId)]);
    expect(await notifications()).toEqual([]);

    // Three weeks without a decision: a reminder after each period of three working days, to the board secretary
    // only (not the unit manager who proposed, nor the communications unit).
    await skipTime(env, '21 days', [handoverWorkflowId(accountId)]);
    const sent = await notifications();
    expect(sent.length).toBeGreaterThanOrEqual(3);
    expect(new Set(sent.map((n) => `${n.kind} ${n.name}`))).toEqual(new Set([`HANDOVER_DECISION_REMINDER ${org.users.boardSecretary.name}`]));
    const reminders = await db.dataSource.query(
      `select "occurredAt" from audit_event where "accountId" = $1 and action = 'REMINDER_SENT' order by "occurredAt"`,
      [accountId],
    );
    expect(reminders).toHaveLength(sent.length);
    for (const { occurredAt } of reminders) expect(isWorkingDay(occurredAt)).toBe(true);
    const after = await db.dataSource.getRepository(AccountHandover).findOneByOrFail({ accountId });
    expect(after.remindedAt).not.toBeNull();
    expect(after.decisionDueAt!.getTime()).toBeGreaterThan(after.remindedAt!.getTime());

    // The board decides: the reminders stop.
    const content = Buffer.from('%PDF-1.4\n% avslag\n');
    const file = await db.dataSource.getRepository(UploadedFile).save({
      municipalityId: org.municipality.id,
      fileName: 'utdrag.pdf',
      mimeType: 'application/pdf',
      size: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      content,
      uploadedAt: new Date(),
      uploadedById: org.users.boardSecretary.id,
      uploadedByName: org.users.boardSecretary.name,
      attachedTo: null,
      accountId,
    });
    const decision = await db.dataSource.getRepository(BoardDecision).save({
      municipalityId: org.municipality.id,
      boardId: org.boards.culture.id,
      meetingDate: '2026-11-10',
      paragraph: '§ 12',
      diaryNumber: 'KFN 2026/12',
      decisionText: 'Nämnden avslår förslaget.',
      outcome: 'REFUSE',
      minutesFileId: file.id,
      accountId,
      registeredAt: new Date(),
      registeredById: org.users.boardSecretary.id,
      registeredByName: org.users.boardSecretary.name,
      handoverId: null,
      linkedAt: null,
    });
    const refused = await handovers.linkDecision(
      accountId,
      {
        decisionId: decision.id,
        boardId: decision.boardId,
        boardName: org.boards.culture.name,
        meetingDate: decision.meetingDate,
        paragraph: decision.paragraph,
        diaryNumber: decision.diaryNumber,
        outcome: 'REFUSE',
        minutesFile: { id: file.id, fileName: file.fileName, mimeType: file.mimeType, size: file.size, sha256: file.sha256 },
      },
      actingAs(org, 'boardSecretary', 'BOARD_SECRETARY'),
    );
    expect(refused.status).toBe('REFUSED');
    await skipTime(env, '21 days', [handoverWorkflowId(accountId)]);
    expect(await notifications()).toHaveLength(sent.length);
    expect((await db.dataSource.getRepository(Account).findOneByOrFail({ id: accountId })).status).toBe('ACTIVE');
  });
});
