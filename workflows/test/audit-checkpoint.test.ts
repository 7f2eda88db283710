import { AuditCheckpoint, auditKeysFromEnv, verifyAuditChain } from '@smg/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditCheckpointClient } from '../src/audit-checkpoint/client.js';
import { actingAs, apply, createHarness, recordHistory, type Harness } from './helpers.js';

describe('audit checkpoints signed by the worker on a Temporal Schedule', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
    await h.startWorker();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('signs the head of the municipality’s chain at each tick (the worker connects as the application’s role); verify-audit accepts it', async () => {
    const accountId = await apply(h);
    await h.openings.submitPlan(accountId, actingAs(h.org, 'editor', 'EDITOR'));
    const municipalityId = h.org.municipality.id;
    const head = async () =>
      (await h.db.dataSource.query(`SELECT max("chainIndex")::int AS "chainIndex" FROM audit_event WHERE "municipalityId" = $1`, [municipalityId]))[0]
        .chainIndex as number;
    const checkpoints = () => h.db.dataSource.getRepository(AuditCheckpoint).find({ where: { municipalityId }, order: { chainIndex: 'ASC' } });
    expect(await head()).toBeGreaterThan(0);

    const schedule = await new AuditCheckpointClient(h.client, { taskQueue: h.taskQueue }).ensureSchedule();
    try {
      const described = await schedule.describe();
      expect(described.spec.intervals).toMatchObject([{ every: 3_600_000 }]);
      expect(described.action).toMatchObject({ workflowType: 'auditCheckpoint', taskQueue: h.taskQueue });

      /** Triggers the schedule and waits for its workflow; `record` names the history fixture it may record. */
      const tick = async (record?: string) => {
        const before = (await schedule.describe()).info.recentActions.length;
        await schedule.trigger();
        for (let i = 0; i < 300; i++) {
          const actions = (await schedule.describe()).info.recentActions;
          if (actions.length > before) {
            const { workflowId, firstExecutionRunId } = actions.at(-1)!.action.workflow;
            await h.client.workflow.getHandle(workflowId, firstExecutionRunId).result();
            if (record) await recordHistory(h.client, workflowId, record, firstExecutionRunId);
            return;
          }
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        throw new Error('the schedule never started its workflow');
      };

      await tick('audit-checkpoint-signed');
      const first = await head();
      expect((await checkpoints()).map((c) => Number(c.chainIndex))).toEqual([first]);

      // More events; the next tick signs the new head, and one without new events signs nothing.
      await h.openings.recordConsultation(accountId, 'Lämplig kanal.', actingAs(h.org, 'communications', 'COMMUNICATIONS'));
      const second = await head();
      expect(second).toBeGreaterThan(first);
      await tick();
      await tick();
      const signed = await checkpoints();
      expect(signed.map((c) => Number(c.chainIndex))).toEqual([first, second]);

      // The worker connects as the application's login (the test's own connections are the owner's).
      const users = await h.db.dataSource.query(`SELECT DISTINCT usename FROM pg_stat_activity WHERE datname = current_database()`);
      expect(users).toContainEqual({ usename: 'smg_app' });

      const report = await verifyAuditChain(h.db.dataSource, { verificationKeys: auditKeysFromEnv().verificationKeys });
      expect(report).toMatchObject({ broken: [], checkpointFailures: [], checkpoints: 2 });
    } finally {
      await schedule.delete();
    }
  });
});
