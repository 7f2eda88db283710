import { Account } from '@smg/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoData } from '../src/demo/load-demo-data.js';
import { createHarness, type Harness } from './helpers.js';

describe('demo data', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
    await h.startWorker();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('drives real openings into every state the opening lifecycle has, once', async () => {
    const first = await loadDemoData({ dataSource: h.db.dataSource, client: h.client, taskQueue: h.taskQueue });
    expect(first.created).toBeGreaterThan(0);
    const accounts = await h.db.dataSource.getRepository(Account).find();
    const statuses = new Set(accounts.map((a) => a.status));
    for (const status of ['DRAFT', 'IN_REVIEW', 'PROVISIONING', 'ACTIVE', 'REJECTED', 'WITHDRAWN', 'HANDING_OVER']) expect(statuses).toContain(status);
    // The account being handed over waits for the culture board, with no credentials to destroy (Facebook, Torsby's rules).
    const [handover] = await h.db.dataSource.query(`select h.status, b.name as board, (select count(*)::int from handover_item i where i."handoverId" = h.id) as items from account_handover h join board b on b.id = h."boardId"`);
    expect(handover).toEqual({ status: 'AWAITING_DECISION', board: 'Kultur- och fritidsnämnden', items: 6 });
    const waiting = accounts.filter((a) => a.status === 'IN_REVIEW').map((a) => a.pendingStep).sort();
    expect(waiting).toEqual(['CONSULTATION', 'HEAD_OF_ADMINISTRATION', 'UNIT_MANAGER']);

    const again = await loadDemoData({ dataSource: h.db.dataSource, client: h.client, taskQueue: h.taskQueue });
    expect(again.created).toBe(0);
    expect(await h.db.dataSource.getRepository(Account).count()).toBe(accounts.length);
  });
});
