import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { seedDemoOrganisation, type DemoOrganisation } from '@smg/db';
import { createTestDatabase, type TestDatabase } from '@smg/db/testing';
import { OpeningClient } from '@smg/workflows';
import { Client, Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planInput } from '../../services/api/test/support.js';
import { actingAs, evidenceFor, samplePlan } from '../../workflows/test/helpers.js';
import { delay } from '../src/lib/processes.js';
import {
  apiProcess,
  graphql,
  ownPostgres,
  report,
  requiredEnv,
  scratchDir,
  SERVICE_UNAVAILABLE_MESSAGE,
  signIn,
  until,
  verdict,
  workerProcess,
  type GraphQLAnswer,
  type Restartable,
  type Verdict,
} from './restarts.js';

const ACCOUNTS_PAGE = 'query { accounts(page: { limit: 20 }) { total items { id status unit { name } } } }';
const APPLY = 'mutation($input: ActivityPlanInput!) { applyForAccount(input: $input) { id status } }';
/** How long PostgreSQL stays down once stopped. */
const OUTAGE_MS = 4000;

interface Sample extends GraphQLAnswer {
  kind: 'read' | 'write';
  verdict: Verdict;
}

/**
 * PostgreSQL restarted under the API and the worker, both real processes on a cluster of the test's own (fast
 * shutdown, kept down a few seconds, started again on the same data): the API answers every request with a success
 * or the retryable SERVICE_UNAVAILABLE and recovers without being restarted; the worker's activities fail, Temporal
 * retries them, and nothing committed is lost or written twice.
 */
describe('a PostgreSQL restart', () => {
  let scratch: Awaited<ReturnType<typeof scratchDir>>;
  let postgres: Awaited<ReturnType<typeof ownPostgres>>;
  let db: TestDatabase;
  let org: DemoOrganisation;
  let connection: Connection;
  let temporal: Client;
  let worker: Restartable;
  let api: Awaited<ReturnType<typeof apiProcess>>;
  const taskQueue = `postgres-restart-${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    scratch = await scratchDir('test-postgres-restart');
    postgres = await ownPostgres(join(scratch.dir, 'postgres'));
    await postgres.server.start();
    db = await createTestDatabase(postgres.url);
    org = await seedDemoOrganisation(db.dataSource);
    connection = await Connection.connect({ address: requiredEnv('TEMPORAL_ADDRESS') });
    temporal = new Client({ connection, namespace: process.env.TEMPORAL_NAMESPACE ?? 'default' });
    const env = { databaseUrl: db.url, temporalAddress: requiredEnv('TEMPORAL_ADDRESS'), taskQueue };
    worker = workerProcess(env, temporal);
    api = await apiProcess(env);
    await Promise.all([worker.start(), api.process.start()]);
  });

  afterAll(async () => {
    await api?.process.stop();
    await worker?.stop();
    if (db?.dataSource.isInitialized) await db.dataSource.destroy();
    await postgres?.server.stop();
    await connection?.close();
    await scratch?.remove();
  });

  const health = async () => {
    const response = await fetch(`${api.origin}/health`);
    return { status: response.status, body: (await response.json()) as Record<string, string> };
  };

  it('answers every request under load with a success or a retryable 503, and recovers by itself with nothing committed lost', async () => {
    const [readerToken, editorToken] = await Promise.all([signIn(api.origin, org.users.unitManager.id), signIn(api.origin, org.users.editor.id)]);
    const samples: Sample[] = [];
    let loading = true;
    const send = async (kind: Sample['kind']) => {
      const answer =
        kind === 'read'
          ? await graphql(api.origin, readerToken, ACCOUNTS_PAGE)
          : await graphql(api.origin, editorToken, APPLY, { input: planInput(org.units.library.id) });
      const sample = { ...answer, kind, verdict: verdict(answer) };
      samples.push(sample);
      return sample;
    };
    const loop = async (kind: Sample['kind']) => {
      while (loading) {
        // A client told to come back later does not hammer; without this the outage would be thousands of requests.
        if ((await send(kind)).verdict !== 'success') await delay(50);
      }
    };
    const loops = [...Array.from({ length: 4 }, () => loop('read')), ...Array.from({ length: 2 }, () => loop('write'))];
    const succeeded = (kind: Sample['kind'], after = 0) => samples.filter((s) => s.kind === kind && s.verdict === 'success' && s.sentAt >= after);

    await until('load running', async () => succeeded('read').length >= 5 && succeeded('write').length >= 2, 60_000);
    expect((await health()).status).toBe(200);

    const downAt = Date.now();
    const stopMs = await postgres.server.stop();
    const healthWhileDown = await health();
    // The plain HTTP routes beside GraphQL give the same answer (here: an attachment, whose reader is looked up first).
    const fileWhileDown = await fetch(`${api.origin}/api/files/${randomUUID()}`, { headers: { authorization: `Bearer ${editorToken}` } });
    const fileAnswer = { status: fileWhileDown.status, retryAfter: fileWhileDown.headers.get('retry-after'), body: await fileWhileDown.json() };
    await delay(OUTAGE_MS);
    const startMs = await postgres.server.start();
    const readyAt = Date.now();

    // Recovered: a read sent after PostgreSQL was back has succeeded, and so has a new opening. (The load's own
    // openings may still be waiting for their activity's next retry, which is what the worker test looks at.)
    const newOpening = await until(
      'a new opening through the API again',
      async () => {
        const sample = await send('write');
        return sample.verdict === 'success' ? sample : null;
      },
      60_000,
      100,
    );
    await until('a read through the API again', async () => succeeded('read', readyAt).length > 0, 60_000, 100);
    await delay(2000);
    loading = false;
    await Promise.all(loops);
    const healthAfter = await health();

    const during = samples.filter((s) => s.answeredAt >= downAt && s.sentAt <= readyAt);
    const count = (list: Sample[], v: Verdict) => list.filter((s) => s.verdict === v).length;
    const others = samples.filter((s) => s.verdict === 'other');
    const firstReadAfterMs = Math.min(...succeeded('read', readyAt).map((s) => s.answeredAt)) - readyAt;
    const newOpeningAfterMs = newOpening.answeredAt - readyAt;
    const spanningOutage = samples.filter((s) => s.kind === 'write' && s.verdict === 'success' && s.sentAt < readyAt && s.answeredAt > downAt);

    // Nothing committed is lost: every opening the API reported made is in the database, its start recorded once;
    // and every opening Temporal has on this queue (also those whose request answered 503 mid-way) gets its
    // projection once its activity is retried against the restarted server.
    const reported = samples.filter((s) => s.kind === 'write' && s.verdict === 'success').map((s) => (s.data as { applyForAccount: { id: string } }).applyForAccount.id);
    const started = await until(
      'every opening on the queue projected',
      async () => {
        const ids: string[] = [];
        for await (const execution of temporal.workflow.list({ query: `TaskQueue = '${taskQueue}'` })) ids.push(execution.workflowId.replace('account-opening/', ''));
        const rows: Array<{ accountId: string; n: number }> = await db.dataSource.query(
          `select "accountId", count(*)::int as n from audit_event where action = 'OPENING_STARTED' and "accountId" = any($1) group by "accountId"`,
          [ids],
        );
        return ids.length >= reported.length && rows.length === ids.length ? { ids, rows } : null;
      },
      60_000,
      1000,
    );
    const [{ accounts }] = await db.dataSource.query('select count(*)::int as accounts from account where id = any($1)', [reported]);

    report('PostgreSQL restart under load', {
      requests: samples.length,
      'requests during the outage': during.length,
      'during: succeeded': count(during, 'success'),
      'during: retryable 503': count(during, 'retryable'),
      'during: other errors': count(during, 'other'),
      'other errors in the whole run': others.length,
      'PostgreSQL fast shutdown took (ms)': stopMs,
      'kept down (ms)': OUTAGE_MS,
      'PostgreSQL start took (ms)': startMs,
      'first read succeeded after PostgreSQL was ready (ms)': firstReadAfterMs,
      'a new opening succeeded after PostgreSQL was ready (ms)': newOpeningAfterMs,
      'openings in flight across the outage that succeeded': spanningOutage.length,
      'their longest request (ms)': Math.max(0, ...spanningOutage.map((s) => s.answeredAt - s.sentAt)),
      'openings reported made': reported.length,
      'of them in the database': accounts,
      'openings on the queue, each projected once': started.ids.length,
      'health while down': healthWhileDown,
      'attachment route while down': `HTTP ${fileAnswer.status}`,
    });

    expect(others.map((s) => ({ kind: s.kind, status: s.status, errors: s.errors }))).toEqual([]);
    expect(count(during, 'retryable')).toBeGreaterThan(0);
    for (const s of samples.filter((x) => x.verdict === 'retryable')) expect(s.retryAfter).toBe('5');
    expect(healthWhileDown).toEqual({ status: 503, body: { status: 'unavailable', database: 'unavailable', temporal: 'ok' } });
    expect(healthAfter.status).toBe(200);
    expect(fileAnswer).toEqual({
      status: 503,
      retryAfter: '5',
      body: { error: { code: 'SERVICE_UNAVAILABLE', message: SERVICE_UNAVAILABLE_MESSAGE, retryable: true } },
    });
    // The same API process answered throughout: it was not restarted and did not crash.
    expect(api.process.running).toBe(true);
    expect(worker.running).toBe(true);
    expect(firstReadAfterMs).toBeLessThan(10_000);
    expect(newOpeningAfterMs).toBeLessThan(10_000);
    expect(accounts).toBe(reported.length);
    expect(started.rows.every((row) => row.n === 1)).toBe(true);
  });

  it('lets an opening step in flight fail its activity while PostgreSQL is down, be retried, and complete without duplicates', async () => {
    const openings = new OpeningClient(temporal, { taskQueue });
    const editor = actingAs(org, 'editor', 'EDITOR');
    const accountId = randomUUID();
    await openings.apply({
      accountId,
      municipalityId: org.municipality.id,
      administrationId: org.units.library.administrationId,
      unitId: org.units.library.id,
      scope: 'UNIT',
      plan: samplePlan(org),
      by: editor,
    });
    await openings.submitPlan(accountId, editor);

    await postgres.server.stop();
    const downAt = Date.now();
    // Temporal needs no database to take the step; writing its projection does, so that activity fails and is retried.
    const consultation = openings.recordConsultation(accountId, 'Lämplig kanal.', actingAs(org, 'communications', 'COMMUNICATIONS'));
    const handle = temporal.workflow.getHandle(`account-opening/${accountId}`);
    const pending = await until(
      'the projection activity retried',
      async () => (await handle.describe()).raw.pendingActivities?.find((a) => (a.attempt ?? 0) >= 2),
      30_000,
      200,
    );
    const attemptsWhileDown = (await handle.describe()).raw.pendingActivities?.[0]?.attempt ?? 0;
    await postgres.server.start();
    const readyAt = Date.now();
    const consulted = await consultation;
    const completedAfterMs = Date.now() - readyAt;

    const unitManager = actingAs(org, 'unitManager', 'UNIT_MANAGER');
    await openings.decide(accountId, 'UNIT_MANAGER', 'APPROVE', null, unitManager);
    await openings.decide(accountId, 'HEAD_OF_ADMINISTRATION', 'APPROVE', null, actingAs(org, 'headOfAdministration', 'HEAD_OF_ADMINISTRATION'));
    const provisioning = await until('provisioning', async () => {
      const state = await openings.state(accountId);
      return state.status === 'PROVISIONING' ? state : null;
    });
    for (const item of provisioning.provisioning) await openings.completeProvisioningItem(accountId, item.key, evidenceFor(item.key, org), editor);
    const result = await handle.result();
    const trail: Array<{ action: string }> = await db.dataSource.query('select action from audit_event where "accountId" = $1 order by id', [accountId]);

    report('Worker across a PostgreSQL restart', {
      'activity in flight': pending.activityType?.name,
      'its last failure while down': pending.lastFailure?.message,
      'attempts while down': attemptsWhileDown,
      'PostgreSQL down (ms)': readyAt - downAt,
      'step completed after PostgreSQL was ready (ms)': completedAfterMs,
      'audit events': trail.length,
    });

    expect(pending.activityType?.name).toBe('projectOpeningStep');
    expect(pending.lastFailure?.message).toMatch(/ECONNREFUSED|connect|terminat|shutting down|starting up/i);
    expect(consulted.status).toBe('IN_REVIEW');
    expect(result.status).toBe('ACTIVE');
    expect(trail.map((row) => row.action)).toEqual([
      'OPENING_STARTED',
      'PLAN_SUBMITTED',
      'CONSULTATION_RECORDED',
      'APPROVED',
      'APPROVED',
      'PROVISIONING_STARTED',
      ...provisioning.provisioning.map(() => 'PROVISIONING_ITEM_COMPLETED'),
      'ACTIVATED',
    ]);
    expect(worker.running).toBe(true);
  });
});
