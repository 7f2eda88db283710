import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time of the servers the benchmark started (Linux /proc), so a benchmark can say where an operation's time
 * goes: API, worker, Temporal server or PostgreSQL. Elsewhere, or against servers started by someone else, the
 * figures are simply left out.
 */

const CLOCK_TICKS_PER_SECOND = 100;

interface ProcStat {
  pid: number;
  ppid: number;
  /** utime + stime (+ cutime + cstime: children that exited, e.g. PostgreSQL backends), in ms. */
  cpuMs: number;
}

function readStat(pid: number): ProcStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may contain spaces; the fields after it are space separated.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const [utime, stime, cutime, cstime] = [fields[11], fields[12], fields[13], fields[14]].map(Number);
    return { pid, ppid: Number(fields[1]), cpuMs: ((utime + stime + cutime + cstime) / CLOCK_TICKS_PER_SECOND) * 1000 };
  } catch {
    return null;
  }
}

function processes(): Array<{ pid: number; cmdline: string }> {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  const found: Array<{ pid: number; cmdline: string }> = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      found.push({ pid: Number(entry), cmdline: readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ') });
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

/**
 * A process's CPU so far with all its descendants' (PostgreSQL's backends and helpers run in sessions of their own,
 * so a process group would miss them), including what exited children used.
 */
export function treeCpuMs(rootPid: number): number {
  const stats = processes()
    .map(({ pid }) => readStat(pid))
    .filter((stat): stat is ProcStat => stat !== null);
  const children = new Map<number, ProcStat[]>();
  for (const stat of stats) (children.get(stat.ppid) ?? children.set(stat.ppid, []).get(stat.ppid)!).push(stat);
  let total = 0;
  const pending = stats.filter((stat) => stat.pid === rootPid);
  while (pending.length > 0) {
    const next = pending.pop()!;
    total += next.cpuMs;
    pending.push(...(children.get(next.pid) ?? []));
  }
  return total;
}

export interface ServerProcesses {
  /** The embedded PostgreSQL's postmaster. */
  postgres?: number;
  /** The Temporal server. */
  temporal?: number;
}

/** The ephemeral PostgreSQL's postmaster, found by the data folder it was started with. */
export function findPostgres(postgresDataDir: string): number | undefined {
  return processes().find((p) => / -D /.test(p.cmdline) && p.cmdline.includes(postgresDataDir))?.pid;
}
