import { isDeepStrictEqual } from 'node:util';
import { BenchChild } from '../lib/children.js';
import type { BenchContext } from '../lib/context.js';
import { createBenchDatabase } from '../lib/database.js';
import { fetchJson, runLoad, type HttpTarget } from '../lib/http-load.js';
import { meets, type Section } from '../lib/report.js';
import { seedAccounts } from '../lib/seed.js';
import { repeat } from '../lib/stats.js';
import { accountsPageQuery, apiHasLatestSnapshot, type AccountsPageData } from './accounts-page.js';
import type { ServerReady } from './servers.js';

export interface ApiReadOptions {
  accounts: number;
  pageSize: number;
  repetitions: number;
  /** Requests per repetition and server, one at a time (latency). */
  latencyRequests: number;
  /** Requests per repetition and server, `concurrency` at a time (throughput). */
  throughputRequests: number;
  concurrency: number;
}

type ServerName = 'api' | 'graphql-js' | 'raw-sql';
const SERVERS: ServerName[] = ['api', 'graphql-js', 'raw-sql'];

/**
 * P1: the accounts overview page through the API against a plain graphql-js server with the same SQL and the raw
 * SQL floor, over a municipality with `accounts` accounts. Ratios are taken within each repetition (the three
 * servers measured back to back, the starting one rotating) so the machine's drift cancels out.
 */
export async function benchmarkApiReads(ctx: BenchContext, options: ApiReadOptions): Promise<Section> {
  const withLatestSnapshot = apiHasLatestSnapshot();
  ctx.log(`P1: seeding ${options.accounts} accounts`);
  const db = await createBenchDatabase(ctx.databaseServerUrl, 'api');
  const children: BenchChild<ServerReady & Record<string, unknown>>[] = [];
  try {
    await seedAccounts(db.dataSource, db.org, { accounts: options.accounts, administrators: 2, snapshots: 2 });
    const reader = db.org.users.communications;
    const serverOptions = { databaseUrl: db.url, users: [{ key: 'reader', id: reader.id, email: reader.email, name: reader.name }] };
    const servers = {} as Record<ServerName, BenchChild<ServerReady & Record<string, unknown>>>;
    for (const name of SERVERS) {
      servers[name] = await BenchChild.start<ServerReady & Record<string, unknown>>(name, serverOptions);
      children.push(servers[name]);
    }

    const query = accountsPageQuery(withLatestSnapshot);
    const pages = Math.max(1, Math.floor(options.accounts / options.pageSize));
    // Spread over the whole list: deep pages cost the database more than the first.
    const offsetOf = (i: number) => ((i * 7) % pages) * options.pageSize;
    const targetFor = (name: ServerName, limit = options.pageSize): HttpTarget => {
      const { url, tokens } = servers[name].ready;
      const headers = { authorization: `Bearer ${tokens.reader}` };
      if (name === 'raw-sql') {
        const path = new URL(url).pathname;
        return { url, method: 'GET', headers, path: (i) => `${path}?offset=${offsetOf(i)}&limit=${limit}${withLatestSnapshot ? '&latestSnapshot=1' : ''}` };
      }
      return { url, method: 'POST', headers, body: (i) => JSON.stringify({ query, variables: { offset: offsetOf(i), limit } }) };
    };

    // The comparison only means something if all three answer the same.
    for (const offset of [0, offsetOf(1)]) {
      const answers = await Promise.all(SERVERS.map((name) => pageFrom(servers[name].ready, name, query, offset, options.pageSize, withLatestSnapshot)));
      for (const [i, name] of SERVERS.entries()) {
        if (!isDeepStrictEqual(answers[i], answers[0])) {
          throw new Error(`P1: ${name} answers page at offset ${offset} differently from the API:\n${JSON.stringify(answers[i]).slice(0, 800)}\nvs\n${JSON.stringify(answers[0]).slice(0, 800)}`);
        }
      }
      if (answers[0].accounts.items.length !== Math.min(options.pageSize, options.accounts)) throw new Error(`P1: the page at offset ${offset} is not full`);
    }

    // Statements per request at two page sizes: equal when every relation is batched.
    const statementsPerRequest = async (name: ServerName, limit: number) => {
      await servers[name].request('resetSql');
      const requests = 10;
      await runLoad(targetFor(name, limit), { requests, concurrency: 1 });
      const { statements, recent } = await servers[name].request<{ statements: number; recent: string[] }>('sql');
      return { perRequest: statements / requests, recent };
    };
    const smallPage = Math.max(1, Math.min(10, options.pageSize - 1));
    const apiSmall = await statementsPerRequest('api', smallPage);
    const apiFull = await statementsPerRequest('api', options.pageSize);
    const baselineFull = await statementsPerRequest('graphql-js', options.pageSize);
    ctx.log(`P1: API statements of one request: ${apiFull.recent.slice(-apiFull.perRequest).map((q) => q.replace(/\s+/g, ' ').slice(0, 90)).join(' | ')}`);

    ctx.log('P1: warming up');
    for (const name of SERVERS) await runLoad(targetFor(name), { requests: Math.min(100, options.throughputRequests), concurrency: options.concurrency });

    const figures = await repeat(options.repetitions, async (repetition) => {
      ctx.log(`P1: repetition ${repetition + 1}/${options.repetitions}`);
      const measured = {} as Record<ServerName, { p50: number; p99: number; throughput: number; cpu: number }>;
      for (let k = 0; k < SERVERS.length; k++) {
        const name = SERVERS[(k + repetition) % SERVERS.length];
        const latency = await runLoad(targetFor(name), { requests: options.latencyRequests, concurrency: 1 });
        const before = await servers[name].request<{ cpuMs: number }>('cpu');
        const load = await runLoad(targetFor(name), { requests: options.throughputRequests, concurrency: options.concurrency });
        const after = await servers[name].request<{ cpuMs: number }>('cpu');
        measured[name] = { p50: latency.p50, p99: latency.p99, throughput: load.throughput, cpu: (after.cpuMs - before.cpuMs) / options.throughputRequests };
      }
      const { api, 'graphql-js': plain, 'raw-sql': raw } = measured;
      return {
        apiP50: api.p50,
        apiP99: api.p99,
        plainP50: plain.p50,
        plainP99: plain.p99,
        rawP50: raw.p50,
        rawP99: raw.p99,
        apiThroughput: api.throughput,
        plainThroughput: plain.throughput,
        rawThroughput: raw.throughput,
        throughputVsPlain: api.throughput / plain.throughput,
        throughputVsRaw: api.throughput / raw.throughput,
        p50VsPlain: api.p50 / plain.p50,
        p50VsRaw: api.p50 / raw.p50,
        apiCpu: api.cpu,
        plainCpu: plain.cpu,
        rawCpu: raw.cpu,
        cpuVsPlain: api.cpu / plain.cpu,
        cpuVsRaw: api.cpu / raw.cpu,
      };
    });

    return {
      title: 'P1 API reads: a page of accounts with unit and administrators' + (withLatestSnapshot ? ' and latest snapshot' : ''),
      sizes: [
        `${options.accounts.toLocaleString('en-GB')} accounts (2 administrators, ${withLatestSnapshot ? '2 snapshots' : 'snapshots seeded'} each)`,
        `page of ${options.pageSize}, offsets spread over all ${pages} pages`,
        `${options.repetitions} repetitions × (${options.latencyRequests} requests one at a time + ${options.throughputRequests} requests ${options.concurrency} at a time) per server`,
      ],
      figures: [
        {
          name: `API SQL statements per request, page of ${smallPage}`,
          value: apiSmall.perRequest,
          unit: 'count',
        },
        {
          name: `API SQL statements per request, page of ${options.pageSize}`,
          value: apiFull.perRequest,
          unit: 'count',
          target: `= page of ${smallPage} (no N+1)`,
          met: apiFull.perRequest === apiSmall.perRequest,
        },
        { name: `graphql-js baseline SQL statements per request, page of ${options.pageSize}`, value: baselineFull.perRequest, unit: 'count' },
        { name: 'API p50 latency (one at a time)', value: figures.apiP50, unit: 'ms', target: '≤ 5 ms', met: meets(figures.apiP50, '<=', 5) },
        { name: 'API p99 latency (one at a time)', value: figures.apiP99, unit: 'ms' },
        { name: 'graphql-js baseline p50 latency', value: figures.plainP50, unit: 'ms' },
        { name: 'graphql-js baseline p99 latency', value: figures.plainP99, unit: 'ms' },
        { name: 'raw SQL floor p50 latency', value: figures.rawP50, unit: 'ms' },
        { name: 'raw SQL floor p99 latency', value: figures.rawP99, unit: 'ms' },
        { name: `API throughput (${options.concurrency} at a time)`, value: figures.apiThroughput, unit: 'req/s' },
        { name: 'graphql-js baseline throughput', value: figures.plainThroughput, unit: 'req/s' },
        { name: 'raw SQL floor throughput', value: figures.rawThroughput, unit: 'req/s' },
        { name: 'ratio: API / graphql-js throughput', value: figures.throughputVsPlain, unit: 'x', target: '≥ 0.8', met: meets(figures.throughputVsPlain, '>=', 0.8) },
        { name: 'ratio: API / raw SQL throughput (floor)', value: figures.throughputVsRaw, unit: 'x' },
        { name: 'ratio: API / graphql-js p50 latency', value: figures.p50VsPlain, unit: 'x' },
        { name: 'ratio: API / raw SQL p50 latency', value: figures.p50VsRaw, unit: 'x' },
        { name: 'API server CPU per request', value: figures.apiCpu, unit: 'ms' },
        { name: 'graphql-js baseline server CPU per request', value: figures.plainCpu, unit: 'ms' },
        { name: 'raw SQL floor server CPU per request', value: figures.rawCpu, unit: 'ms' },
        { name: 'ratio: API / graphql-js CPU per request', value: figures.cpuVsPlain, unit: 'x' },
        { name: 'ratio: API / raw SQL CPU per request', value: figures.cpuVsRaw, unit: 'x' },
      ],
      notes: [
        'Server CPU per request (user + system time of the server process over the throughput phase) is the steadiest figure on a shared machine: other people’s load stretches wall times, not CPU time.',
        'Each server runs in its own process (NODE_ENV=production); the load generator is a third. Both baselines verify the same token with jose and run the same user/role query and role check as the API.',
        'The three answers are checked to be identical (two pages) before anything is timed.',
        'The API runs each operation as a function graphql-jit compiled for it once (services/api/src/compiled-execution.ts); the graphql-js baseline interprets it with graphql-js’s execute, as plain graphql-js servers do.',
        ...(withLatestSnapshot ? [] : ['Account.latestSnapshot is not in the committed schema yet, so the page is measured without it; the query and both baselines include it as soon as it is (accounts-page.ts).']),
      ],
    };
  } finally {
    for (const child of children) await child.stop();
    await db.drop();
  }
}

async function pageFrom(ready: ServerReady, name: ServerName, query: string, offset: number, limit: number, withLatestSnapshot: boolean): Promise<AccountsPageData> {
  const headers = { authorization: `Bearer ${ready.tokens.reader}` };
  const answer =
    name === 'raw-sql'
      ? await fetchJson(`${ready.url}?offset=${offset}&limit=${limit}${withLatestSnapshot ? '&latestSnapshot=1' : ''}`, { headers })
      : await fetchJson(ready.url, { method: 'POST', headers, body: JSON.stringify({ query, variables: { offset, limit } }) });
  if (answer.errors) throw new Error(`P1: ${name} answered with errors: ${JSON.stringify(answer.errors)}`);
  return answer.data as AccountsPageData;
}
