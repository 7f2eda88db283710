import type { SnapshotCadence, SnapshotOccasion } from './policy/policy.js';

/**
 * Half-yearly archiving (DOMAIN.md "4. Half-yearly archiving"): every active account is documented as a snapshot at
 * each period end the policy names (seed 000 "Dokumentering", seed 001 §4.4, seed 002 §7, seed 003 "Arkivering",
 * seed 004), and on the occasions it names (major change, before closure, before handover).
 */

/** Why a snapshot was taken: a period end, or one of the policy's occasions. */
export const SnapshotReason = { PERIOD_END: 'PERIOD_END', MAJOR_CHANGE: 'MAJOR_CHANGE', BEFORE_CLOSURE: 'BEFORE_CLOSURE', BEFORE_HANDOVER: 'BEFORE_HANDOVER' } as const;
export type SnapshotReason = (typeof SnapshotReason)[keyof typeof SnapshotReason];
export const snapshotReasonLabel: Record<SnapshotReason, string> = {
  PERIOD_END: 'Periodens slut',
  MAJOR_CHANGE: 'Större förändring',
  BEFORE_CLOSURE: 'Innan kontot stängs',
  BEFORE_HANDOVER: 'Innan kontot överlåts',
};
export const isOccasion = (reason: SnapshotReason): reason is SnapshotOccasion => reason !== 'PERIOD_END';

/**
 * Where one account's snapshot stands. WAITING: due, not started; CAPTURING: being rendered and packed;
 * ARCHIVED: the package is stored and valid; FAILED: the last attempt failed (retryable); ACCEPTED: the archivist
 * took the delivery into the e-archive.
 */
export const SnapshotStatus = { WAITING: 'WAITING', CAPTURING: 'CAPTURING', ARCHIVED: 'ARCHIVED', FAILED: 'FAILED', ACCEPTED: 'ACCEPTED' } as const;
export type SnapshotStatus = (typeof SnapshotStatus)[keyof typeof SnapshotStatus];
export const snapshotStatusLabel: Record<SnapshotStatus, string> = {
  WAITING: 'Väntar',
  CAPTURING: 'Dokumenteras',
  ARCHIVED: 'Arkiverad',
  FAILED: 'Misslyckades',
  ACCEPTED: 'Mottagen i e-arkivet',
};
/** A snapshot in one of these states has exactly one stored package. */
export const PACKAGED_STATUSES: readonly SnapshotStatus[] = ['ARCHIVED', 'ACCEPTED'];

export const ArchivingRunStatus = { RUNNING: 'RUNNING', COMPLETED: 'COMPLETED', COMPLETED_WITH_FAILURES: 'COMPLETED_WITH_FAILURES' } as const;
export type ArchivingRunStatus = (typeof ArchivingRunStatus)[keyof typeof ArchivingRunStatus];
export const archivingRunStatusLabel: Record<ArchivingRunStatus, string> = {
  RUNNING: 'Pågår',
  COMPLETED: 'Klar',
  COMPLETED_WITH_FAILURES: 'Klar, med misslyckade konton',
};

/**
 * A documentation period, named after the half-year or year it covers: `2026-H1`, `2026-H2`, or `2026` under a
 * yearly cadence. The snapshot of a period is taken when it ends.
 */
export type ArchivingPeriod = string;

const PERIOD_PATTERN = /^(\d{4})(?:-H([12]))?$/;

export function isArchivingPeriod(value: string): boolean {
  return PERIOD_PATTERN.test(value);
}

/** Stockholm's calendar year and month of an instant (the periods follow the municipality's calendar). */
function stockholmYearMonth(instant: Date): { year: number; month: number } {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit' }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return { year: get('year'), month: get('month') };
}

/** The period that ended most recently at `instant` (Stockholm time): what a run started then documents. */
export function lastEndedPeriod(instant: Date, cadence: SnapshotCadence): ArchivingPeriod {
  const { year, month } = stockholmYearMonth(instant);
  if (cadence === 'YEARLY') return String(year - 1);
  return month >= 7 ? `${year}-H1` : `${year - 1}-H2`;
}

/** "andra halvåret 2026", "2026": a period as people say it. */
export function periodLabel(period: ArchivingPeriod): string {
  const match = PERIOD_PATTERN.exec(period);
  if (!match) return period;
  if (!match[2]) return `året ${match[1]}`;
  return `${match[2] === '1' ? 'första' : 'andra'} halvåret ${match[1]}`;
}

/**
 * When the municipality's schedule fires, Stockholm wall-clock: just after midnight on the first day of each period
 * (1 January and 1 July for half-yearly, 1 January for yearly), capturing the state at the period end.
 */
export function periodEndMonths(cadence: SnapshotCadence): number[] {
  return cadence === 'YEARLY' ? [1] : [1, 7];
}

/** What one snapshot is keyed by, so the same period or occasion never makes a second package: `2026-H2`, `BEFORE_CLOSURE-20261123T101500Z`. */
export function snapshotKey(reason: SnapshotReason, periodOrMoment: ArchivingPeriod | Date): string {
  if (reason === 'PERIOD_END') return String(periodOrMoment);
  const moment = periodOrMoment instanceof Date ? periodOrMoment : new Date(periodOrMoment);
  return `${reason}-${moment.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '')}`;
}

/** The first instant of a Stockholm calendar day. */
function stockholmDayStart(year: number, month: number, day: number): Date {
  const utcMidnight = Date.UTC(year, month - 1, day);
  for (const hours of [1, 2]) {
    const candidate = new Date(utcMidnight - hours * 3600_000);
    const local = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23' }).format(candidate);
    if (local.startsWith(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`) && local.endsWith('00')) return candidate;
  }
  return new Date(utcMidnight);
}

/** The instants a period starts and ends (exclusive), Stockholm time: what its content export covers. */
export function periodBounds(period: ArchivingPeriod): { start: Date; end: Date } {
  const match = PERIOD_PATTERN.exec(period);
  if (!match) throw new Error(`Okänd period: ${period}`);
  const year = Number(match[1]);
  if (!match[2]) return { start: stockholmDayStart(year, 1, 1), end: stockholmDayStart(year + 1, 1, 1) };
  return match[2] === '1'
    ? { start: stockholmDayStart(year, 1, 1), end: stockholmDayStart(year, 7, 1) }
    : { start: stockholmDayStart(year, 7, 1), end: stockholmDayStart(year + 1, 1, 1) };
}

/**
 * Why the archivist cannot start a run for `period` now, or null when they can: the period must be written the way
 * the policy's cadence divides the year, and it must have ended (a snapshot documents a period that is over).
 */
export function manualRunRefusal(period: string, cadence: SnapshotCadence, now: Date): string | null {
  if (!isArchivingPeriod(period)) return 'Ange perioden som ett halvår (2026-H1, 2026-H2) eller ett helt år (2026).';
  const yearly = !period.includes('-H');
  if (yearly && cadence !== 'YEARLY') return 'Kommunens policy dokumenterar varje halvår: ange perioden som t.ex. 2026-H1 eller 2026-H2.';
  if (!yearly && cadence === 'YEARLY') return 'Kommunens policy dokumenterar en gång per år: ange perioden som ett år, t.ex. 2025.';
  if (periodBounds(period).end > now) {
    const label = periodLabel(period);
    return `${label[0]!.toUpperCase()}${label.slice(1)} har inte tagit slut än; den kan arkiveras när den är slut.`;
  }
  return null;
}

/** Snapshot counts per status: what a run's progress bar shows. */
export type SnapshotCounts = Record<SnapshotStatus, number>;
export const emptySnapshotCounts = (): SnapshotCounts => ({ WAITING: 0, CAPTURING: 0, ARCHIVED: 0, FAILED: 0, ACCEPTED: 0 });
