import { randomBytes } from 'node:crypto';
import { seedDemoOrganisation, type DemoOrganisation, type DemoUserKey } from '@smg/db';
import { createTestDatabase, type TestDatabase } from '@smg/db/testing';
import { Client, Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evidenceFor, planInput } from '../../services/api/test/support.js';
import { delay } from '../src/lib/processes.js';
import {
  apiProcess,
  graphql,
  hasPollers,
  ownTemporal,
  report,
  scratchDir,
  signIn,
  until,
  verdict,
  workerProcess,
  type GraphQLAnswer,
  type Restartable,
} from './restarts.js';

const ACCOUNT = 'id status pendingStep provisioning { key completedAt }';
const APPLY = `mutation($input: ActivityPlanInput!) { applyForAccount(input: $input) { ${ACCOUNT} } }`;
const SUBMIT = `mutation($id: ID!) { submitPlan(accountId: $id) { ${ACCOUNT} } }`;
const CONSULT = `mutation($id: ID!) { recordConsultation(accountId: $id, opinion: "Lämplig kanal.") { ${ACCOUNT} } }`;
const DECIDE_UNIT = `mutation($id: ID!) { decideAsUnitManager(accountId: $id, decision: APPROVE) { ${ACCOUNT} } }`;
const DECIDE_HEAD = `mutation($id: ID!) { decideAsHeadOfAdministration(accountId: $id, decision: APPROVE) { ${ACCOUNT} } }`;
const PROVISION = `mutation($id: ID!, $key: ProvisioningItemKey!, $evidence: ProvisioningEvidenceInput!) { completeProvisioningItem(accountId: $id, key: $key, evidence: $evidence) { ${ACCOUNT} } }`;
const READ = `query($id: ID!) { account(id: $id) { ${ACCOUNT} } }`;
const ACCOUNTS_PAGE = 'query { accounts(page: { limit: 20 }) { total items { id status } } }';

/** Longer than the API's retries on an unreachable Temporal (about ten seconds), so its mutations have to give up. */
const OUTAGE_MS = 13_000;

interface AccountView {
  id: string;
  status: string;
  pendingStep: string | null;
  provisioning: Array<{ key: Parameters<typeof evidenceFor>[0]; completedAt: string | null }>;
}

type Actor = Extract<DemoUserKey, 'editor' | 'communications' | 'unitManager' | 'headOfAdministration'>;

/**
 * The Temporal server restarted under the worker and the API (real processes) with openings in flight: a dev server
 * of the test's own whose state is a SQLite file, stopped and started again on the same file and port. Mutations
 * sent while it is down answer the retryable SERVICE_UNAVAILABLE within the API's retry budget instead of hanging;
 * reads keep working; the worker and the API reconnect by themselves and every opening runs to the end.
 */
describe('a Temporal server restart', () => {
  let scratch: Awaited<ReturnType<typeof scratchDir>>;
  let temporalServer: Awaited<ReturnType<typeof ownTemporal>>;
  let db: TestDatabase;
  let org: DemoOrganisation;
  let connection: Connection;
  let temporal: Client;
  let worker: Restartable;
  let api: Awaited<ReturnType<typeof apiProcess>>;
  const tokens = {} as Record<Actor, string>;
  const taskQueue = `temporal-restart-${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    scratch = await scratchDir('test-temporal-restart');
    temporalServer = await ownTemporal(scratch.dir);
    db = await createTestDatabase();
    org = await seedDemoOrganisation(db.dataSource);
    await temporalServer.server.start();
    connection = await Connection.connect({ address: temporalServer.address });
    temporal = new Client({ connection });
    const env = { databaseUrl: db.url, temporalAddress: temporalServer.address, taskQueue };
    worker = workerProcess(env, temporal);
    api = await apiProcess(env);
    await Promise.all([worker.start(), api.process.start()]);
    for (const who of ['editor', 'communications', 'unitManager', 'headOfAdministration'] as const) tokens[who] = await signIn(api.origin, org.users[who].id);
  });

  afterAll(async () => {
    await api?.process.stop();
    await worker?.stop();
    await connection?.close();
    await temporalServer?.server.stop();
    await db?.drop();
    await scratch?.remove();
  });

  const send = (as: Actor, query: string, variables: Record<string, unknown> = {}) => graphql<Record<string, AccountView>>(api.origin, tokens[as], query, variables);
  const step = async (as: Actor, query: string, variables: Record<string, unknown> = {}): Promise<AccountView> => {
    const answer = await send(as, query, variables);
    if (verdict(answer) !== 'success') throw new Error(`expected success: HTTP ${answer.status} ${JSON.stringify(answer.errors)}`);
    return Object.values(answer.data!)[0];
  };
  const untilStatus = (id: string, status: string) =>
    until(`account ${id} ${status}`, async () => {
      const account = await step('editor', READ, { id });
      return account.status === status ? account : null;
    });
  const provisionAll = async (id: string) => {
    let account = await untilStatus(id, 'PROVISIONING');
    for (const { key } of account.provisioning) account = await step('editor', PROVISION, { id, key, evidence: evidenceFor(key) });
    return account;
  };

  it('answers mutations with a retryable 503 while it is down, and the worker, the API and every opening carry on after it', async () => {
    // Three openings at different places in the lifecycle: waiting for the consultation, for the head of
    // administration, and provisioning.
    const apply = async () => (await step('editor', APPLY, { input: planInput(org.units.library.id) })).id;
    const [waitingForConsultation, waitingForHead, provisioning] = await Promise.all([apply(), apply(), apply()]);
    for (const id of [waitingForConsultation, waitingForHead, provisioning]) await step('editor', SUBMIT, { id });
    for (const id of [waitingForHead, provisioning]) {
      await step('communications', CONSULT, { id });
      await step('unitManager', DECIDE_UNIT, { id });
    }
    await step('headOfAdministration', DECIDE_HEAD, { id: provisioning });

    const downAt = Date.now();
    const stopMs = await temporalServer.server.stop();

    // While it is down: the steps give up after the API's retries with the retryable answer; reads need no Temporal.
    const [consultWhileDown, applyWhileDown, readWhileDown, healthWhileDown] = await Promise.all([
      send('communications', CONSULT, { id: waitingForConsultation }),
      send('editor', APPLY, { input: planInput(org.units.library.id) }),
      send('unitManager', ACCOUNTS_PAGE),
      fetch(`${api.origin}/health`).then(async (response) => ({ status: response.status, body: await response.json() })),
    ]);
    const stepsGaveUpAfterMs = Math.max(...[consultWhileDown, applyWhileDown].map((a) => a.answeredAt - a.sentAt));
    const keptDownMs = Date.now() - downAt;
    if (keptDownMs < OUTAGE_MS) await delay(OUTAGE_MS - keptDownMs);

    const startMs = await temporalServer.server.start();
    const readyAt = Date.now();
    const workerBack = await until('the worker polling again', () => hasPollers(temporal, taskQueue), 90_000, 250);
    const workerReconnectMs = Date.now() - readyAt;
    // The first step sent after the restart: it needs the API's client and the worker both reconnected.
    const attempts: GraphQLAnswer[] = [];
    const consulted = await until(
      'a step through the API again',
      async () => {
        const answer = await send('communications', CONSULT, { id: waitingForConsultation });
        attempts.push(answer);
        return verdict(answer) === 'success' ? answer : null;
      },
      90_000,
      250,
    );
    const apiReconnectMs = consulted.answeredAt - readyAt;

    await step('unitManager', DECIDE_UNIT, { id: waitingForConsultation });
    for (const id of [waitingForConsultation, waitingForHead]) await step('headOfAdministration', DECIDE_HEAD, { id });
    const ended = await Promise.all([waitingForConsultation, waitingForHead, provisioning].map(provisionAll));
    const results = await Promise.all(ended.map((account) => temporal.workflow.getHandle(`account-opening/${account.id}`).result()));
    const trails = await Promise.all(
      ended.map(async (account) =>
        ((await db.dataSource.query('select action from audit_event where "accountId" = $1 order by id', [account.id])) as Array<{ action: string }>).map(
          (row) => row.action,
        ),
      ),
    );

    report('Temporal server restart', {
      'Temporal stop took (ms)': stopMs,
      'Temporal down (ms)': readyAt - downAt,
      'Temporal start on the same SQLite file took (ms)': startMs,
      'mutations while down': `${[consultWhileDown, applyWhileDown].map((a) => `HTTP ${a.status} ${a.errors?.[0]?.extensions?.code}`).join(', ')}`,
      'mutations while down gave up after (ms)': stepsGaveUpAfterMs,
      'read while down': `HTTP ${readWhileDown.status}`,
      'health while down': healthWhileDown,
      'worker polling again after Temporal was ready (ms)': workerReconnectMs,
      'first step through the API succeeded after Temporal was ready (ms)': apiReconnectMs,
      'steps tried until then': attempts.length,
      'API answers until then': attempts.map((a) => (verdict(a) === 'success' ? 200 : `${a.status} ${a.errors?.[0]?.extensions?.code}`)).join(', '),
      'openings in flight that completed': `${results.filter((r) => r.status === 'ACTIVE').length} of ${results.length}`,
    });

    for (const answer of [consultWhileDown, applyWhileDown]) expect(verdict(answer), JSON.stringify(answer.errors)).toBe('retryable');
    // Bounded by the API's retry budget, not by how long Temporal stays down.
    expect(stepsGaveUpAfterMs).toBeLessThan(20_000);
    expect(verdict(readWhileDown)).toBe('success');
    expect(healthWhileDown).toEqual({ status: 503, body: { status: 'unavailable', database: 'ok', temporal: 'unavailable' } });
    expect(workerBack).toBe(true);
    // Until the step went through, every answer was a success or the retryable one, never a hang or a 500.
    expect(attempts.map(verdict).filter((v) => v === 'other')).toEqual([]);
    expect(worker.running).toBe(true);
    expect(api.process.running).toBe(true);
    expect(results.map((r) => r.status)).toEqual(['ACTIVE', 'ACTIVE', 'ACTIVE']);
    for (const [i, trail] of trails.entries()) {
      expect(trail).toEqual([
        'OPENING_STARTED',
        'PLAN_SUBMITTED',
        'CONSULTATION_RECORDED',
        'APPROVED',
        'APPROVED',
        'PROVISIONING_STARTED',
        ...ended[i].provisioning.map(() => 'PROVISIONING_ITEM_COMPLETED'),
        'ACTIVATED',
      ]);
    }
  });
});
