import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import type { Summary } from './stats.js';

export type Unit = 'ms' | 'x' | 'req/s' | 'accounts/min' | 'openings/s' | 'KB' | 'MB' | 'count' | 'events' | 's';

/** One line of a benchmark's table: a figure over the repetitions, or a single value that does not vary (a size). */
export interface Figure {
  name: string;
  value: Summary | number;
  unit: Unit;
  /** E.g. "≥ 0.8" or "≤ 5 ms"; the verdict says whether the median meets it. */
  target?: string;
  met?: boolean;
}

export interface Section {
  title: string;
  /** The input sizes, as people would say them. */
  sizes: string[];
  figures: Figure[];
  /** What a reader needs to interpret the figures: what the baseline is, what was left out and why. */
  notes: string[];
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  os: string;
  load: string;
  commit: string;
  [tool: string]: string | number;
}

export function describeMachine(extra: Record<string, string> = {}): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    // Other people's work on a shared machine shows here; a high figure makes every absolute time suspect.
    load: os.loadavg().map((l) => l.toFixed(2)).join(' '),
    commit: gitCommit(),
    ...extra,
  };
}

function gitCommit(): string {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8' }).trim() !== '';
    return dirty ? `${commit} (with uncommitted changes)` : commit;
  } catch {
    return 'unknown';
  }
}

const isSummary = (value: Summary | number): value is Summary => typeof value === 'object';

export function formatValue(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return '–';
  switch (unit) {
    case 'x':
      return `${value.toFixed(2)}×`;
    case 'ms':
      return `${value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : Math.round(value)} ms`;
    case 's':
      return `${value.toFixed(1)} s`;
    case 'KB':
      return `${value.toFixed(1)} KB`;
    case 'MB':
      return `${value.toFixed(0)} MB`;
    case 'count':
    case 'events':
      return `${Number.isInteger(value) ? value.toLocaleString('en-GB') : value.toFixed(1)}${unit === 'events' ? ' events' : ''}`;
    default:
      return `${value < 100 ? value.toFixed(1) : Math.round(value).toLocaleString('en-GB')} ${unit}`;
  }
}

function spreadOf(figure: Figure): string {
  if (!isSummary(figure.value)) return '';
  const { min, max, median, samples } = figure.value;
  if (samples.length < 2) return `n=${samples.length}`;
  const relative = median !== 0 ? ` ±${Math.round((Math.max(max - median, median - min) / Math.abs(median)) * 100)}%` : '';
  return `${formatValue(min, figure.unit)} – ${formatValue(max, figure.unit)}${relative}, n=${samples.length}`;
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  return [line(rows[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

export function renderSection(section: Section): string {
  const rows = [['figure', 'median', 'spread (min – max)', 'target', 'met']];
  for (const figure of section.figures) {
    const value = isSummary(figure.value) ? figure.value.median : figure.value;
    rows.push([
      figure.name,
      formatValue(value, figure.unit),
      spreadOf(figure),
      figure.target ?? '',
      figure.met === undefined ? '' : figure.met ? 'yes' : 'NO',
    ]);
  }
  return [
    `## ${section.title}`,
    `sizes: ${section.sizes.join('; ')}`,
    '',
    table(rows),
    ...(section.notes.length > 0 ? ['', ...section.notes.map((note) => `- ${note}`)] : []),
  ].join('\n');
}

export function renderMachine(machine: Machine, elapsedSeconds: number): string {
  const extra = Object.entries(machine)
    .filter(([key]) => !['cpu', 'cores', 'memoryGiB', 'node', 'os', 'load', 'commit'].includes(key))
    .map(([key, value]) => `${key} ${value}`);
  return [
    `# Benchmarks (${new Date().toISOString()}, commit ${machine.commit}, ${Math.round(elapsedSeconds)} s)`,
    `machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.os}; load average at start ${machine.load}`,
    ...(extra.length > 0 ? [`servers: ${extra.join(', ')}`] : []),
  ].join('\n');
}

export async function writeJson(file: string, machine: Machine, sections: Section[]): Promise<void> {
  await writeFile(file, `${JSON.stringify({ machine, sections }, null, 2)}\n`);
}

/** Whether `median(value)` meets "≥ x" / "≤ x": the median is what the table reports. */
export function meets(value: Summary | number, comparison: '>=' | '<=', bound: number): boolean {
  const v = isSummary(value) ? value.median : value;
  return comparison === '>=' ? v >= bound : v <= bound;
}
