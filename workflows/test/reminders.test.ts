import { seedDemoOrganisation, type DemoOrganisation } from '@smg/db';
import { createTestDatabase, type TestDatabase } from '@smg/db/testing';
import { isWorkingDay } from '@smg/domain/calendar';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActivities } from '../src/activities.js';
import { openingWorkflowId } from '../src/account-opening/messages.js';
import { OpeningClient } from '../src/client.js';
import { archivingDeps } from '../src/worker.js';
import { ACCOUNT_ID, LIFECYCLE_STAGE, MUNICIPALITY_ID, UNIT_ID } from '../src/search-attributes.js';
import { temporal } from '@temporalio/proto';
import { actingAs, samplePlan, workflowBundle } from './helpers.js';
import { skipTime } from './time-skipping.js';

/**
 * Approval deadlines are days long; the time-skipping test server lets days pass in milliseconds, while the
 * activities write to the real database.
 */
describe('approval reminders and escalation on working-day deadlines', () => {
  let env: TestWorkflowEnvironment;
  let db: TestDatabase;
  let org: DemoOrganisation;
  let worker: Worker;
  let running: Promise<void>;
  let openings: OpeningClient;
  const taskQueue = `reminders-${randomUUID()}`;

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
    openings = new OpeningClient(env.client, { taskQueue });
  });
  afterAll(async () => {
    worker?.shutdown();
    await running;
    await env?.teardown();
    await db?.drop();
  });

  const notifications = () =>
    db.dataSource.query(
      `select n.kind, u.name from notification n join app_user u on u.id = n."recipientUserId" order by n.kind, u.name`,
    ) as Promise<Array<{ kind: string; name: string }>>;

  it('reminds the unit manager of that unit after the deadline, then tells the communications unit, once each', async () => {
    const accountId = randomUUID();
    await openings.apply({
      accountId,
      municipalityId: org.municipality.id,
      administrationId: org.units.library.administrationId,
      unitId: org.units.library.id,
      scope: 'UNIT',
      plan: samplePlan(org),
      by: actingAs(org, 'editor', 'EDITOR'),
      rules: {
        approvalChain: ['UNIT_MANAGER', 'HEAD_OF_ADMINISTRATION'],
        minAdministrators: 2,
        twoFactorRequired: true,
        reminderAfterWorkingDays: 2,
        escalationAfterWorkingDays: 4,
        credentialDepositPlatforms: ['INSTAGRAM'],
        accountCreator: 'UNIT',
      },
    });
    await openings.submitPlan(accountId, actingAs(org, 'editor', 'EDITOR'));

    const [step] = await db.dataSource.query(
      `select "dueAt" from approval_step where "accountId" = $1 and kind = 'UNIT_MANAGER'`,
      [accountId],
    );
    expect(isWorkingDay(step.dueAt)).toBe(true);

    // Within the first working day nothing is sent.
    await skipTime(env, '1 hour', [openingWorkflowId(accountId)]);
    expect(await notifications()).toEqual([]);

    // Two weeks pass without a decision: one reminder to the library's unit manager (not the other unit's), one
    // escalation to the communications unit.
    await skipTime(env, '14 days', [openingWorkflowId(accountId)]);
    expect(await notifications()).toEqual([
      { kind: 'ESCALATION', name: org.users.communications.name },
      { kind: 'REMINDER', name: org.users.unitManager.name },
    ]);
    const [after] = await db.dataSource.query(
      `select "remindedAt", "escalatedAt" from approval_step where "accountId" = $1 and kind = 'UNIT_MANAGER'`,
      [accountId],
    );
    expect(after.remindedAt).not.toBeNull();
    expect(after.escalatedAt).not.toBeNull();
    const trail = await db.dataSource.query(`select action from audit_event where "accountId" = $1 order by id`, [accountId]);
    expect(trail.map((r: { action: string }) => r.action)).toEqual(['OPENING_STARTED', 'PLAN_SUBMITTED', 'REMINDER_SENT', 'ESCALATED']);

    // The decision ends the wait; the next step gets its own deadline.
    const next = await openings.decide(accountId, 'UNIT_MANAGER', 'APPROVE', null, actingAs(org, 'unitManager', 'UNIT_MANAGER'));
    expect(next.status).toBe('IN_REVIEW');
    await skipTime(env, '1 hour', [openingWorkflowId(accountId)]);
    const [head] = await db.dataSource.query(
      `select "dueAt", "remindedAt" from approval_step where "accountId" = $1 and kind = 'HEAD_OF_ADMINISTRATION'`,
      [accountId],
    );
    expect(head.dueAt).not.toBeNull();
    expect(head.remindedAt).toBeNull();
  });
});
