import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The benchmarks are not tests and infra/test.sh does not run them; this runs every one once at the smallest sizes
 * against the test stack's servers, so a change that breaks one (or makes it print nonsense) is noticed here and not
 * on the day someone wants the figures.
 */

const benchDir = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = join(benchDir, '..');
const tsxLoader = import.meta.resolve('tsx');

interface Figure {
  name: string;
  value: number | { median: number; min: number; max: number; samples: number[] };
  unit: string;
  target?: string;
  met?: boolean;
}
interface Report {
  machine: { cpu: string; cores: number; memoryGiB: number; node: string; PostgreSQL: string };
  sections: Array<{ title: string; sizes: string[]; figures: Figure[]; notes: string[] }>;
}

const medianOf = (figure: Figure) => (typeof figure.value === 'number' ? figure.value : figure.value.median);

function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', tsxLoader, join(benchDir, 'src', 'main.ts'), ...args], {
      cwd: repoRoot,
      env: { ...process.env, TSX_TSCONFIG_PATH: join(benchDir, 'tsconfig.json'), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, output }));
  });
}

describe('the benchmarks at their smallest', () => {
  let dir: string;
  let report: Report;
  let output: string;
  let code: number | null;

  beforeAll(async () => {
    const databaseUrl = process.env.DATABASE_URL;
    const temporalAddress = process.env.TEMPORAL_ADDRESS;
    if (!databaseUrl || !temporalAddress) throw new Error('DATABASE_URL and TEMPORAL_ADDRESS are not set: run the tests with infra/test.sh');
    dir = await mkdtemp(join(tmpdir(), 'smg-bench-smoke-'));
    const built = ['applicant', 'manager', 'policy'].every((name) => existsSync(join(repoRoot, 'frontends', name, 'dist', `${name}.js`)));
    ({ code, output } = await run(
      [
        '--quick',
        '--database-url', databaseUrl,
        '--temporal-address', temporalAddress,
        '--json', join(dir, 'figures.json'),
        '--accounts', '150', '--repetitions', '2', '--latency-requests', '5', '--throughput-requests', '10',
        '--openings', '1',
        '--archive-accounts', '1', '--noop-accounts', '10,30', '--noop-concurrency', '5',
        '--frontend-repetitions', '1',
      ],
      // The frontends are measured as test.sh built them; without a build the benchmark makes one.
      built ? { SKIP_FRONTEND_BUILD: '1' } : {},
    ));
    report = JSON.parse(await readFile(join(dir, 'figures.json'), 'utf8'));
  }, 600_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const section = (prefix: string) => {
    const found = report.sections.find((s) => s.title.startsWith(prefix));
    expect(found, `${prefix} in ${report.sections.map((s) => s.title).join(', ')}`).toBeDefined();
    return found!;
  };
  const figure = (prefix: string, name: RegExp) => {
    const found = section(prefix).figures.find((f) => name.test(f.name));
    expect(found, `${name} in ${prefix}`).toBeDefined();
    return found!;
  };

  it('runs all four, prints the machine and a table for each, and exits 0', () => {
    expect(code, output.slice(-3000)).toBe(0);
    expect(output).toMatch(/^machine: .+, \d+ cores, [\d.]+ GiB, Node v\d+/m);
    expect(output.match(/^\| figure +\| median +\| spread \(min – max\) +\| target +\| met +\|$/gm)).toHaveLength(4);
    expect(report.sections.map((s) => s.title.slice(0, 2))).toEqual(['P1', 'P2', 'P3', 'P4']);
    expect(report.machine.cores).toBeGreaterThan(0);
    expect(report.machine.PostgreSQL).toMatch(/^\d+/);
    for (const s of report.sections) {
      expect(s.sizes.length, s.title).toBeGreaterThan(0);
      for (const f of s.figures) expect(Number.isFinite(medianOf(f)), `${s.title}: ${f.name}`).toBe(true);
    }
  });

  it('P1: the same statements for a small and a full page, and positive latencies, throughputs and ratios', () => {
    const small = figure('P1', /^API SQL statements per request, page of \d+$/);
    const full = section('P1').figures.filter((f) => /^API SQL statements per request/.test(f.name)).at(-1)!;
    expect(medianOf(small)).toBeGreaterThan(0);
    expect(medianOf(full)).toBe(medianOf(small));
    expect(full.met).toBe(true);
    expect(medianOf(figure('P1', /^API p50 latency/))).toBeGreaterThan(0);
    expect(medianOf(figure('P1', /^API throughput/))).toBeGreaterThan(0);
    const ratio = figure('P1', /^ratio: API \/ graphql-js throughput$/);
    expect(medianOf(ratio)).toBeGreaterThan(0);
    expect(ratio.target).toBe('≥ 0.8');
    expect((ratio.value as { samples: number[] }).samples).toHaveLength(2);
  });

  it('P2: openings reach ACTIVE, against an engine ceiling, and a change is visible right after its mutation', () => {
    expect(medianOf(figure('P2', /^openings to ACTIVE per second$/))).toBeGreaterThan(0);
    expect(medianOf(figure('P2', /^empty workflows/))).toBeGreaterThan(0);
    expect(medianOf(figure('P2', /^ratio: openings \/ engine ceiling$/))).toBeGreaterThan(0);
    expect(medianOf(figure('P2', /visible in a query, p50$/))).toBeGreaterThan(0);
    expect(section('P2').notes.join(' ')).toMatch(/the first query already showed it for (\d+) of \1 mutations/);
  });

  it('P3: the run, both loops, the worker’s memory and the fan-out’s history', () => {
    for (const name of [/^run: accounts per minute$/, /^capture loop without Temporal/, /^render → PDF\/A loop/]) {
      expect(medianOf(figure('P3', name))).toBeGreaterThan(0);
    }
    expect(medianOf(figure('P3', /^ratio: run time \/ capture loop time/))).toBeGreaterThan(0);
    expect(medianOf(figure('P3', /^no-op run, 30 accounts: worker peak RSS$/))).toBeGreaterThan(20);
    expect(medianOf(figure('P3', /^ratio: worker peak live heap at 30 \/ at 10 accounts$/))).toBeGreaterThan(0);
    const events = figure('P3', /largest history of one run$/);
    expect(medianOf(events)).toBeGreaterThan(30);
    expect(events.met).toBe(true);
    expect(medianOf(figure('P3', /runs in the continue-as-new chain$/))).toBeGreaterThanOrEqual(1);
  });

  it('P4: every microfrontend’s own JavaScript and every role’s start page', () => {
    for (const name of ['applicant', 'manager', 'policy']) {
      const size = figure('P4', new RegExp(`^${name}: own JavaScript, gzipped`));
      expect(medianOf(size)).toBeGreaterThan(1);
      expect(size.target).toBe('≤ 60 KB');
    }
    for (const role of ['EDITOR', 'UNIT_MANAGER', 'COMMUNICATIONS', 'ARCHIVIST']) {
      const render = figure('P4', new RegExp(`^${role} → /\\S* “.+”: first render$`));
      expect(medianOf(render)).toBeGreaterThan(0);
      expect(medianOf(figure('P4', new RegExp(`^${role}: data shown$`)))).toBeGreaterThanOrEqual(medianOf(render));
    }
    // Opening / signed in lands on the role's start page with its heading (it once showed "Sidan finns inte").
    const names = section('P4').figures.map((f) => f.name);
    expect(names).toContain('EDITOR → /ansokningar “Mina ansökningar”: first render');
    expect(names).toContain('UNIT_MANAGER → /beslut “Att hantera”: first render');
  });
});
