import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpeningState } from '@smg/domain';
import { eventually } from './closure-helpers.js';
import {
  actingAs,
  apply,
  approveAll,
  auditActions,
  createHarness,
  evidenceFor,
  recordHistory,
  expectKilledAtEveryActivity,
  startCrashingWorker,
  untilProvisioning,
  type Harness,
  type KillRecord,
} from './helpers.js';

const EXPECTED_TRAIL = (items: number) => [
  'OPENING_STARTED',
  'PLAN_SUBMITTED',
  'CONSULTATION_RECORDED',
  'APPROVED',
  'APPROVED',
  'PROVISIONING_STARTED',
  ...Array(items).fill('PROVISIONING_ITEM_COMPLETED'),
  'ACTIVATED',
];

describe('the opening survives its worker', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('a worker stopped mid-lifecycle and started again loses nothing and duplicates nothing', async () => {
    let worker = await h.startWorker();
    const accountId = await apply(h);
    const editor = actingAs(h.org, 'editor', 'EDITOR');
    await h.openings.submitPlan(accountId, editor);
    await worker.shutdown();

    // While no worker runs, the step waits in Temporal; a new worker picks it up and replays the history.
    worker = await h.startWorker();
    await approveAll(h, accountId);
    const provisioning = await untilProvisioning(h, accountId);
    await worker.shutdown();

    worker = await h.startWorker();
    for (const item of provisioning.provisioning) {
      await h.openings.completeProvisioningItem(accountId, item.key, evidenceFor(item.key, h.org), editor);
    }
    const result = await h.client.workflow.getHandle(`account-opening/${accountId}`).result();
    expect(result.status).toBe('ACTIVE');
    expect(await auditActions(h, accountId)).toEqual(EXPECTED_TRAIL(provisioning.provisioning.length));
    const [{ n }] = await h.db.dataSource.query('select count(*)::int as n from approval_step where "accountId" = $1', [accountId]);
    expect(n).toBe(3);

    await recordHistory(h.client, `account-opening/${accountId}`, 'account-opening-to-active');
    await worker.shutdown();
  });

  it('a worker SIGKILLed after every activity of the opening, with no workflow cache, ends ACTIVE with nothing twice', async () => {
    const started = Date.now();
    const crashing = await startCrashingWorker(h, { killAfterFirstAttemptOf: /^account-opening\//, maxCachedWorkflows: 0 });
    const editor = actingAs(h.org, 'editor', 'EDITOR');
    let kills: KillRecord[] = [];
    let accountId = '';
    let provisioning!: OpeningState;
    try {
      accountId = await apply(h);
      await h.openings.submitPlan(accountId, editor);
      await approveAll(h, accountId);
      provisioning = await eventually(() => h.openings.state(accountId), (s) => s.status === 'PROVISIONING', 'provisioning', 60_000);
      for (const item of provisioning.provisioning) {
        await h.openings.completeProvisioningItem(accountId, item.key, evidenceFor(item.key, h.org), editor);
      }
      expect((await h.client.workflow.getHandle(`account-opening/${accountId}`).result()).status).toBe('ACTIVE');
    } finally {
      kills = await crashing.stop();
    }

    // Every activity was killed after its side effect and run again, yet each step is recorded once.
    await expectKilledAtEveryActivity(h.client, 'opening', [`account-opening/${accountId}`], kills, started);
    expect(await auditActions(h, accountId)).toEqual(EXPECTED_TRAIL(provisioning.provisioning.length));
    const [counts] = await h.db.dataSource.query(
      `select (select count(*)::int from approval_step where "accountId" = $1) as approvals,
              (select count(*)::int from provisioning_item where "accountId" = $1) as items,
              (select count(distinct key)::int from provisioning_item where "accountId" = $1) as "distinctItems",
              (select count(*)::int from activity_plan where "accountId" = $1) as plans,
              (select count(*)::int from account_administrator where "accountId" = $1) as administrators,
              (select count(*)::int from notification where "accountId" = $1) as notifications`,
      [accountId],
    );
    expect(counts).toEqual({
      approvals: 3,
      items: provisioning.provisioning.length,
      distinctItems: provisioning.provisioning.length,
      plans: 1,
      administrators: 2,
      notifications: 0,
    });
  }, 300_000);

  it('with no workflow cache, interleaved openings are evicted and replayed and still end right', async () => {
    const worker = await h.startWorker({ maxCachedWorkflows: 0 });
    const editor = actingAs(h.org, 'editor', 'EDITOR');
    const ids = await Promise.all([apply(h), apply(h)]);
    await Promise.all(ids.map((id) => h.openings.submitPlan(id, editor)));
    await Promise.all(ids.map((id) => approveAll(h, id)));
    for (const id of ids) {
      const provisioning = await untilProvisioning(h, id);
      for (const item of provisioning.provisioning) {
        await h.openings.completeProvisioningItem(id, item.key, evidenceFor(item.key, h.org), editor);
      }
      expect(await auditActions(h, id)).toEqual(EXPECTED_TRAIL(provisioning.provisioning.length));
    }
    await worker.shutdown();
  });
});
