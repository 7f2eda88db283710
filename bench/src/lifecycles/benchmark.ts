import { randomBytes } from 'node:crypto';
import { CHECKLIST_KEYS, type ProvisioningItemKey } from '@smg/domain';
import { Client, Connection } from '@temporalio/client';
import type { ServerReady } from '../api/servers.js';
import { BenchChild } from '../lib/children.js';
import type { BenchContext } from '../lib/context.js';
import { createBenchDatabase } from '../lib/database.js';
import { fetchJson } from '../lib/http-load.js';
import { meets, type Section } from '../lib/report.js';
import { treeCpuMs } from '../lib/process-cpu.js';
import { percentile, repeat, stopwatch } from '../lib/stats.js';
import { emptyLifecycle, emptyStepUpdate } from './empty-workflow.js';

export interface LifecycleOptions {
  /** Openings driven at the same time. */
  openings: number;
  repetitions: number;
}

const ACCOUNT = 'id status pendingStep planRevision provisioning { key completedAt }';
const APPLY = `mutation($input: ActivityPlanInput!) { applyForAccount(input: $input) { ${ACCOUNT} } }`;
const SUBMIT = `mutation($id: ID!) { submitPlan(accountId: $id) { ${ACCOUNT} } }`;
const CONSULT = `mutation($id: ID!) { recordConsultation(accountId: $id, opinion: "Kanalen kompletterar kommunens centrala konto.") { ${ACCOUNT} } }`;
const DECIDE_UNIT = `mutation($id: ID!) { decideAsUnitManager(accountId: $id, decision: APPROVE) { ${ACCOUNT} } }`;
const DECIDE_HEAD = `mutation($id: ID!) { decideAsHeadOfAdministration(accountId: $id, decision: APPROVE) { ${ACCOUNT} } }`;
const PROVISION = `mutation($id: ID!, $key: ProvisioningItemKey!, $evidence: ProvisioningEvidenceInput!) { completeProvisioningItem(accountId: $id, key: $key, evidence: $evidence) { ${ACCOUNT} } }`;
const READ = `query($id: ID!) { account(id: $id) { ${ACCOUNT} } }`;

type Users = 'editor' | 'communications' | 'unitManager' | 'headOfAdministration';

interface AccountView {
  id: string;
  status: string;
  pendingStep: string | null;
  planRevision: number;
  provisioning: Array<{ key: ProvisioningItemKey; completedAt: string | null }>;
}

/**
 * P2: openings taken from plan to ACTIVE through the GraphQL API, `openings` at a time, against the same Temporal
 * server's throughput for an empty workflow taking the same number of Updates. Also: how long after a mutation
 * returns its change is visible to a query (the API answers a step only after the workflow has written the
 * projection, so this should be one query's round trip).
 */
export async function benchmarkLifecycles(ctx: BenchContext, options: LifecycleOptions): Promise<Section> {
  const db = await createBenchDatabase(ctx.databaseServerUrl, 'lifecycles');
  const taskQueue = `bench-lifecycles-${randomBytes(4).toString('hex')}`;
  const emptyQueue = `${taskQueue}-empty`;
  const children: BenchChild<any>[] = [];
  const connection = await Connection.connect({ address: ctx.temporalAddress });
  const client = new Client({ connection });
  try {
    ctx.log('P2: starting the worker, the empty-workflow worker and the API');
    const users = (['editor', 'communications', 'unitManager', 'headOfAdministration'] as const).map((key) => ({ key, ...pick(db.org.users[key]) }));
    const [worker, emptyWorker, api] = await Promise.all([
      BenchChild.start('worker', { databaseUrl: db.url, temporalAddress: ctx.temporalAddress, taskQueue }),
      BenchChild.start('empty-worker', { temporalAddress: ctx.temporalAddress, taskQueue: emptyQueue }),
      BenchChild.start<ServerReady & Record<string, unknown>>('api', { databaseUrl: db.url, temporalAddress: ctx.temporalAddress, taskQueue, users }),
    ]);
    children.push(worker, emptyWorker, api);

    const call = async (as: Users, query: string, variables: Record<string, unknown>): Promise<AccountView> => {
      const answer = await fetchJson(api.ready.url, {
        method: 'POST',
        headers: { authorization: `Bearer ${api.ready.tokens[as]}` },
        body: JSON.stringify({ query, variables }),
      });
      if (answer.errors) throw new Error(`P2: ${JSON.stringify(answer.errors).slice(0, 600)}`);
      return Object.values(answer.data as Record<string, AccountView>)[0];
    };

    const visibility: number[] = [];
    let visibleAtFirstQuery = 0;
    /** Reads the account until the query shows what the mutation returned; records how long that took. */
    const visibleAfter = async (returned: AccountView) => {
      const took = stopwatch();
      for (let attempt = 1; ; attempt++) {
        const seen = await call('editor', READ, { id: returned.id });
        if (sameState(seen, returned)) {
          if (attempt === 1) visibleAtFirstQuery += 1;
          break;
        }
        if (took() > 10_000) throw new Error(`P2: account ${returned.id} still not showing ${JSON.stringify(returned)} after 10 s`);
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      visibility.push(took());
    };

    let updatesPerOpening = 0;
    const open = async (n: number, checkVisibility: boolean) => {
      const step = async (as: Users, query: string, variables: Record<string, unknown>) => {
        const account = await call(as, query, variables);
        updatesPerOpening += 1;
        if (checkVisibility) await visibleAfter(account);
        return account;
      };
      const applied = await step('editor', APPLY, { input: planInput(db.org.units.library.id, n) });
      const id = applied.id;
      await step('editor', SUBMIT, { id });
      await step('communications', CONSULT, { id });
      await step('unitManager', DECIDE_UNIT, { id });
      await step('headOfAdministration', DECIDE_HEAD, { id });
      // The workflow moves on to provisioning by itself once the chain is approved.
      let account = await call('editor', READ, { id });
      for (const took = stopwatch(); account.status !== 'PROVISIONING'; account = await call('editor', READ, { id })) {
        if (took() > 30_000) throw new Error(`P2: account ${id} did not reach PROVISIONING (${account.status})`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      for (const { key } of account.provisioning) account = await step('editor', PROVISION, { id, key, evidence: evidenceFor(key, n) });
      if (account.status !== 'ACTIVE') throw new Error(`P2: account ${id} ended ${account.status}, not ACTIVE`);
    };

    // One opening alone first: it warms every path up and says how many Updates an opening takes. Then one round
    // at full concurrency that reads the account after every mutation (visibility); the timed rounds do not, so
    // those reads do not load the API while throughput is measured.
    let sequence = 0;
    await open(sequence++, false);
    const updates = updatesPerOpening;
    ctx.log(`P2: ${options.openings} openings reading back after every step (visibility)`);
    await Promise.all(Array.from({ length: options.openings }, () => open(sequence++, true)));
    const runEmpty = async (steps: number) => {
      const handle = await client.workflow.start(emptyLifecycle, { taskQueue: emptyQueue, workflowId: `bench-empty/${randomBytes(8).toString('hex')}`, args: [steps] });
      for (let i = 0; i < steps; i++) await handle.executeUpdate(emptyStepUpdate);
      await handle.result();
    };
    await runEmpty(updates);

    /** CPU used so far by each process taking part (ms); servers someone else started are left out. */
    const cpu = async () => {
      const [apiCpu, workerCpu, emptyCpu] = await Promise.all([api, worker, emptyWorker].map((c) => c.request<{ cpuMs: number }>('cpu')));
      return {
        api: apiCpu.cpuMs,
        worker: workerCpu.cpuMs,
        emptyWorker: emptyCpu.cpuMs,
        temporal: ctx.servers.temporal ? treeCpuMs(ctx.servers.temporal) : Number.NaN,
        postgres: ctx.servers.postgres ? treeCpuMs(ctx.servers.postgres) : Number.NaN,
      };
    };
    type Cpu = Awaited<ReturnType<typeof cpu>>;
    const perItem = (after: Cpu, before: Cpu) =>
      Object.fromEntries(Object.keys(after).map((k) => [k, (after[k as keyof Cpu] - before[k as keyof Cpu]) / options.openings])) as Cpu;

    const figures = await repeat(options.repetitions, async (repetition) => {
      ctx.log(`P2: repetition ${repetition + 1}/${options.repetitions}: ${options.openings} openings and ${options.openings} empty workflows`);
      const measureOpenings = async () => {
        const before = await cpu();
        const took = stopwatch();
        await Promise.all(Array.from({ length: options.openings }, () => open(sequence++, false)));
        const rate = (options.openings / took()) * 1000;
        return { rate, cpu: perItem(await cpu(), before) };
      };
      const measureEmpty = async () => {
        const before = await cpu();
        const took = stopwatch();
        await Promise.all(Array.from({ length: options.openings }, () => runEmpty(updates)));
        const rate = (options.openings / took()) * 1000;
        return { rate, cpu: perItem(await cpu(), before) };
      };
      // The order alternates, so neither always runs on a machine warmed (or tired) by the other.
      let openings: Awaited<ReturnType<typeof measureOpenings>>;
      let empty: Awaited<ReturnType<typeof measureEmpty>>;
      if (repetition % 2 === 0) {
        openings = await measureOpenings();
        empty = await measureEmpty();
      } else {
        empty = await measureEmpty();
        openings = await measureOpenings();
      }
      return {
        openings: openings.rate,
        empty: empty.rate,
        ratio: openings.rate / empty.rate,
        apiCpu: openings.cpu.api,
        workerCpu: openings.cpu.worker,
        temporalCpu: openings.cpu.temporal,
        postgresCpu: openings.cpu.postgres,
        emptyWorkerCpu: empty.cpu.emptyWorker,
        emptyTemporalCpu: empty.cpu.temporal,
      };
    });
    const measuredServers = ctx.servers.temporal !== undefined;

    return {
      title: 'P2 Lifecycles: openings from plan to ACTIVE through the GraphQL API',
      sizes: [
        `${options.openings} openings at a time, ${options.repetitions} repetitions`,
        `${updates} Updates per opening (apply, submit, consultation, two decisions, each provisioning item); the empty workflow takes as many`,
      ],
      figures: [
        { name: 'openings to ACTIVE per second', value: figures.openings, unit: 'openings/s' },
        { name: 'empty workflows with as many Updates per second (engine ceiling)', value: figures.empty, unit: 'openings/s' },
        { name: 'ratio: openings / engine ceiling', value: figures.ratio, unit: 'x', target: '≥ 0.5', met: meets(figures.ratio, '>=', 0.5) },
        { name: 'CPU per opening: API', value: figures.apiCpu, unit: 'ms' },
        { name: 'CPU per opening: worker', value: figures.workerCpu, unit: 'ms' },
        ...(measuredServers
          ? [
              { name: 'CPU per opening: Temporal server', value: figures.temporalCpu, unit: 'ms' as const },
              { name: 'CPU per opening: PostgreSQL', value: figures.postgresCpu, unit: 'ms' as const },
            ]
          : []),
        { name: 'CPU per empty workflow: worker', value: figures.emptyWorkerCpu, unit: 'ms' },
        ...(measuredServers ? [{ name: 'CPU per empty workflow: Temporal server', value: figures.emptyTemporalCpu, unit: 'ms' as const }] : []),
        { name: 'mutation returned → visible in a query, p50', value: percentile(visibility, 50), unit: 'ms' },
        { name: 'mutation returned → visible in a query, p99', value: percentile(visibility, 99), unit: 'ms' },
      ],
      notes: [
        'The worker, the API and the empty-workflow worker run in processes of their own against one Temporal dev server and PostgreSQL; the driver (this process) sends GraphQL over HTTP as the frontends do, and the empty workflows’ Updates with the Temporal client.',
        'CPU per opening is each process’s user + system time over the timed rounds divided by the openings: where an opening’s work goes, steadier than wall time on a shared machine.',
        `Visibility (one round of ${options.openings} openings, not timed): after every mutation the driver queries the account until it shows the returned state; the first query already showed it for ${visibleAtFirstQuery} of ${visibility.length} mutations, so the figure is one query's round trip under the same load.`,
      ],
    };
  } finally {
    for (const child of children) await child.stop();
    await connection.close();
    await db.drop();
  }
}

const pick = (user: { id: string; email: string; name: string }) => ({ id: user.id, email: user.email, name: user.name });

/** The query shows the mutation's result; after the last approval the workflow may already have moved on to provisioning. */
function sameState(seen: AccountView, returned: AccountView): boolean {
  if (returned.status === 'APPROVED' && seen.status === 'PROVISIONING') return true;
  return (
    seen.status === returned.status &&
    seen.pendingStep === returned.pendingStep &&
    seen.planRevision === returned.planRevision &&
    seen.provisioning.filter((i) => i.completedAt).length === returned.provisioning.filter((i) => i.completedAt).length
  );
}

function planInput(unitId: string, n: number) {
  return {
    unitId,
    scope: 'UNIT',
    platform: 'INSTAGRAM',
    webAddress: `https://www.instagram.com/biblioteket_bench_${n}`,
    handle: `@biblioteket_bench_${n}`,
    displayName: `Biblioteket, bänk ${n}`,
    activityDescription: 'Bibliotekets program för barn och unga.',
    purpose: 'Nå unga låntagare med tips om evenemang och nya böcker.',
    targetAudiences: 'Unga 13–19 år och deras föräldrar.',
    goals: '500 följare inom sex månader.',
    needsAnalysis: 'Kommunens centrala kanal når inte unga.',
    functionalEmail: `biblioteket.bench${n}@demokommun.se`,
    administrators: [
      { name: 'Anna Admin', email: 'anna.admin@demokommun.se', phone: '0123-11 11 11' },
      { name: 'Bo Backup', email: 'bo.backup@demokommun.se', phone: '0123-22 22 22' },
    ],
    dailyOperators: [{ name: 'Cilla Drift', email: 'cilla.drift@demokommun.se', phone: '0123-33 33 33' }],
    monitoringHours: 'Vardagar 8–17.',
    publishingFrequency: 'Tre inlägg i veckan.',
    estimatedWeeklyHours: 4,
    other: null,
    checklist: CHECKLIST_KEYS.map((key) => ({ key, answer: true, comment: null })),
  };
}

function evidenceFor(key: ProvisioningItemKey, n: number) {
  switch (key) {
    case 'FUNCTIONAL_EMAIL':
      return { functionalEmail: `biblioteket.bench${n}@demokommun.se` };
    case 'ADMINISTRATORS_TWO_FACTOR':
      return {
        administrators: [
          { name: 'Anna Admin', email: 'anna.admin@demokommun.se', twoFactorConfirmed: true },
          { name: 'Bo Backup', email: 'bo.backup@demokommun.se', twoFactorConfirmed: true },
        ],
      };
    case 'ACCOUNT_CREATED':
    case 'PROFILE_TEXT_PUBLISHED':
      return { url: `https://www.instagram.com/biblioteket_bench_${n}` };
    default:
      return { note: 'Klart.' };
  }
}
