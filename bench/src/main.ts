/**
 * Runs the benchmarks and prints one table per benchmark with the machine, the input sizes, the median and spread of
 * each figure over the repetitions, and every ratio against its baseline measured in the same run. Started by
 * infra/bench.sh (after infra/setup.sh); not a test and not part of infra/test.sh.
 *
 *   --only api,lifecycles,archiving,frontends   which benchmarks (default: all, in that order)
 *   --quick                                     the smallest sizes, to try it out (about a minute or two)
 *   --repetitions N, --accounts N, --page-size N, --openings N, --archive-accounts N, --noop-accounts N, …
 *                                               sizes (see SIZE_FLAGS); each also reads BENCH_<NAME> from the environment
 *   --json FILE                                 also write the figures as JSON (always kept in .local/bench-results)
 *   --database-url URL --temporal-address HOST:PORT
 *                                               run against servers that are already up instead of starting an
 *                                               ephemeral PostgreSQL and Temporal dev server of its own
 *   --temporal-on-postgres                      start the Temporal server itself on the ephemeral PostgreSQL instead
 *                                               of the dev server (built with Go on first use): for the fan-out run
 *                                               over 100,000 accounts, more than the dev server's store holds
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startEphemeralServers } from '@smg/infra/lib/ephemeral-servers';
import { alignPrefixes } from '@smg/infra/lib/processes';
import { localDir } from '@smg/infra/lib/postgres';
import { Stack, pnpmSpec } from '@smg/infra/lib/stack';
import { TEMPORAL_SERVER_VERSION } from '@smg/infra/lib/temporal-server';
import pg from 'pg';
import { benchmarkApiReads } from './api/benchmark.js';
import { benchmarkArchiving } from './archiving/benchmark.js';
import { benchmarkFrontends } from './frontends/benchmark.js';
import { killAllChildren, stopAllChildren } from './lib/children.js';
import type { BenchContext } from './lib/context.js';
import { findPostgres, type ServerProcesses } from './lib/process-cpu.js';
import { describeMachine, renderMachine, renderSection, writeJson, type Section } from './lib/report.js';
import { benchmarkLifecycles } from './lifecycles/benchmark.js';

const BENCHMARKS = ['api', 'lifecycles', 'archiving', 'frontends'] as const;
type BenchmarkName = (typeof BENCHMARKS)[number];

/** Every size, its default (what the issue asks for, or what fits in about ten minutes here) and its quick value. */
const SIZE_FLAGS = {
  repetitions: { full: 5, quick: 2, help: 'repetitions of each measurement' },
  accounts: { full: 10_000, quick: 300, help: 'P1: accounts in the municipality' },
  'page-size': { full: 100, quick: 100, help: 'P1: accounts per page' },
  'latency-requests': { full: 150, quick: 20, help: 'P1: requests one at a time, per repetition and server' },
  'throughput-requests': { full: 300, quick: 40, help: 'P1: requests at a time, per repetition and server' },
  concurrency: { full: 4, quick: 2, help: 'P1: requests in flight for throughput' },
  openings: { full: 20, quick: 2, help: 'P2: openings at a time' },
  'lifecycle-repetitions': { full: 3, quick: 1, help: 'P2: repetitions' },
  'archive-accounts': { full: 4, quick: 1, help: 'P3: accounts documented for real per repetition' },
  'archive-concurrency': { full: 2, quick: 2, help: 'P3: the run’s sliding window (its default is 2) and the loops’' },
  'archive-repetitions': { full: 2, quick: 1, help: 'P3: repetitions of the real run and its baselines' },
  'archive-baseline-accounts': { full: 0, quick: 0, help: 'P3: the first N of those accounts for the two loops (0: all of them)' },
  'noop-accounts': { full: '500,1000,2000', quick: '50,200', help: 'P3: accounts of the no-op runs, comma separated; the last is the fan-out run' },
  'noop-concurrency': { full: 50, quick: 10, help: 'P3: the no-op runs’ sliding window' },
  'frontend-repetitions': { full: 5, quick: 1, help: 'P4: cold visits of each start page' },
} as const;
type SizeName = keyof typeof SIZE_FLAGS;

const stringOptions = ['only', 'json', 'database-url', 'temporal-address', ...Object.keys(SIZE_FLAGS)] as const;
const parsed = parseArgs({
  options: {
    quick: { type: 'boolean', default: process.env.BENCH_QUICK === '1' },
    help: { type: 'boolean', default: false },
    'temporal-on-postgres': { type: 'boolean', default: false },
    ...Object.fromEntries(stringOptions.map((name) => [name, { type: 'string' as const }])),
  },
});
const values = parsed.values as { quick: boolean; help: boolean; 'temporal-on-postgres': boolean } & Partial<Record<(typeof stringOptions)[number], string>>;

if (values.help) {
  console.log(
    'bash infra/bench.sh [--only api,lifecycles,archiving,frontends] [--quick] [--json FILE] [--<size> N …]\n' +
      '                    [--temporal-on-postgres | --database-url URL --temporal-address HOST:PORT]\n\nsizes (default / --quick):',
  );
  for (const [name, size] of Object.entries(SIZE_FLAGS)) console.log(`  --${name.padEnd(22)} ${String(size.full).padStart(7)} / ${String(size.quick).padEnd(6)} ${size.help}`);
  process.exit(0);
}

function sizes(name: SizeName): number[] {
  const given = values[name] ?? process.env[`BENCH_${name.toUpperCase().replace(/-/g, '_')}`];
  const text = String(given ?? (values.quick ? SIZE_FLAGS[name].quick : SIZE_FLAGS[name].full));
  const list = text.split(',').map((part) => Number(part.trim()));
  if (list.some((value) => !Number.isInteger(value) || value < 0)) throw new Error(`--${name} must be whole numbers (got ${text})`);
  return list;
}

function size(name: SizeName): number {
  const [value, ...more] = sizes(name);
  if (more.length > 0) throw new Error(`--${name} takes one number`);
  return value;
}

const selected: BenchmarkName[] = values.only
  ? String(values.only)
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean)
      .map((name) => {
        if (!(BENCHMARKS as readonly string[]).includes(name)) throw new Error(`--only: unknown benchmark ${name}; known: ${BENCHMARKS.join(', ')}`);
        return name as BenchmarkName;
      })
  : [...BENCHMARKS];

const runId = `${Date.now().toString(36)}-${process.pid}`;
const runDir = localDir(`bench-${runId}`);
const resultsDir = localDir('bench-results');
const stack = new Stack((code) => {
  killAllChildren();
  void rm(runDir, { recursive: true, force: true }).finally(() => process.exit(code));
});

const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

async function serverVersions(databaseUrl: string, temporalOnPostgres: boolean): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ version: string }>(`select current_setting('server_version') as version`);
  await client.end();
  const versions: Record<string, string> = { PostgreSQL: rows[0].version };
  if (temporalOnPostgres) return { ...versions, Temporal: `Server ${TEMPORAL_SERVER_VERSION.slice(1)} on PostgreSQL` };
  try {
    const cli = process.env.TEMPORAL_CLI_PATH ?? 'temporal';
    versions.Temporal = execFileSync(cli, ['--version'], { encoding: 'utf8' }).trim().replace(/^temporal version /, 'CLI ');
  } catch {
    versions.Temporal = 'external server';
  }
  return versions;
}

async function run(name: BenchmarkName, ctx: BenchContext): Promise<Section> {
  switch (name) {
    case 'api':
      return benchmarkApiReads(ctx, {
        accounts: size('accounts'),
        pageSize: size('page-size'),
        repetitions: size('repetitions'),
        latencyRequests: size('latency-requests'),
        throughputRequests: size('throughput-requests'),
        concurrency: size('concurrency'),
      });
    case 'lifecycles':
      return benchmarkLifecycles(ctx, { openings: size('openings'), repetitions: size('lifecycle-repetitions') });
    case 'archiving':
      return benchmarkArchiving(ctx, {
        accounts: size('archive-accounts'),
        concurrency: size('archive-concurrency'),
        repetitions: size('archive-repetitions'),
        baselineAccounts: size('archive-baseline-accounts'),
        noopAccounts: sizes('noop-accounts').filter((n) => n > 0).sort((a, b) => a - b),
        noopConcurrency: size('noop-concurrency'),
        warmUp: !values.quick,
      });
    case 'frontends':
      if (process.env.SKIP_FRONTEND_BUILD !== '1') {
        // vite alone (no type check): the same bundles the build script makes, in seconds.
        ctx.log('P4: building the frontends (vite build)');
        await stack.task({ ...pnpmSpec('build', ['--filter', './frontends/**', 'exec', 'vite', 'build'], process.env), logFile: join(resultsDir, 'frontends-build.log') });
      }
      return benchmarkFrontends(ctx, { repetitions: size('frontend-repetitions') });
  }
}

async function main(): Promise<number> {
  const started = Date.now();
  await mkdir(runDir, { recursive: true });
  await mkdir(resultsDir, { recursive: true });
  alignPrefixes(['postgres', 'temporal']);
  const machineAtStart = describeMachine();

  let databaseServerUrl = values['database-url'];
  let temporalAddress = values['temporal-address'];
  const temporalOnPostgres = values['temporal-on-postgres'];
  let servers: ServerProcesses = {};
  if (!databaseServerUrl || !temporalAddress) {
    if (databaseServerUrl || temporalAddress) throw new Error('give both --database-url and --temporal-address, or neither');
    log(`starting an ephemeral PostgreSQL and ${temporalOnPostgres ? 'the Temporal server on it' : 'Temporal dev server'}`);
    const started = await startEphemeralServers(stack, { runDir, logDir: resultsDir, temporalOnPostgres });
    ({ databaseUrl: databaseServerUrl, temporalAddress } = started);
    servers = { postgres: findPostgres(join(runDir, 'postgres')), temporal: started.temporalPid };
  } else if (temporalOnPostgres) {
    throw new Error('--temporal-on-postgres starts servers of its own: leave out --database-url and --temporal-address');
  }
  const machine = { ...machineAtStart, ...(await serverVersions(databaseServerUrl, temporalOnPostgres)) };
  const ctx: BenchContext = { databaseServerUrl, temporalAddress, workDir: runDir, servers, log };

  const sections: Section[] = [];
  let failures = 0;
  for (const name of selected) {
    const took = Date.now();
    try {
      sections.push(await stack.guard(run(name, ctx)));
      log(`${name} took ${Math.round((Date.now() - took) / 1000)} s`);
    } catch (error) {
      if (stack.isShuttingDown) throw error;
      failures += 1;
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      log(`${name} FAILED: ${message}`);
      sections.push({ title: `${name}: FAILED`, sizes: [], figures: [], notes: [message.split('\n')[0]] });
    }
  }

  const elapsed = (Date.now() - started) / 1000;
  console.log(`\n${renderMachine(machine, elapsed)}\n\n${sections.map(renderSection).join('\n\n')}\n`);
  const jsonFile = join(resultsDir, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  await writeJson(jsonFile, machine, sections);
  if (values.json) await writeJson(String(values.json), machine, sections);
  console.log(`figures also in ${values.json ?? jsonFile}`);
  return failures === 0 ? 0 : 1;
}

main()
  .then(async (code) => {
    await stopAllChildren();
    await stack.stopAll();
    await rm(runDir, { recursive: true, force: true });
    process.exit(code);
  })
  .catch(async (error: unknown) => {
    if (stack.isShuttingDown) return;
    console.error(`\n✗ ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    await stopAllChildren();
    await stack.stopAll();
    await rm(runDir, { recursive: true, force: true });
    process.exit(1);
  });
