import { historyFromJSON, historyToJSON } from '@temporalio/common/lib/proto-utils';
import { Worker } from '@temporalio/worker';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actingAs, apply, approveAll, auditActions, createHarness, evidenceFor, untilProvisioning, workflowBundle, type Harness } from './helpers.js';

const fixture = fileURLToPath(new URL('./histories/account-opening-to-active.json', import.meta.url));

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

    if (process.env.RECORD_HISTORIES === '1') {
      const history = await h.client.workflow.getHandle(`account-opening/${accountId}`).fetchHistory();
      writeFileSync(fixture, historyToJSON(history));
    }
    await worker.shutdown();
  });

  it('with a one-workflow cache, interleaved openings are evicted and replayed and still end right', async () => {
    const worker = await h.startWorker({ maxCachedWorkflows: 1 });
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

  it('replays the recorded history of a whole opening with today\'s workflow code (determinism guard)', async () => {
    expect(existsSync(fixture)).toBe(true);
    const history = historyFromJSON(JSON.parse(readFileSync(fixture, 'utf8')));
    const result = await Worker.runReplayHistory({ workflowBundle: await workflowBundle() }, history, 'account-opening/recorded');
    expect(result).toBeUndefined();
  });
});
