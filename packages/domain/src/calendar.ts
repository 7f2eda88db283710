import Holidays from 'date-holidays';

/**
 * The Swedish working-day calendar (Europe/Stockholm). Every deadline in the product goes through here.
 * Kept out of the package index so workflow bundles do not carry the holiday tables; activities use it.
 */
export const TIME_ZONE = 'Europe/Stockholm';

const swedishHolidays = new Holidays('SE');
const nonWorkingDatesByYear = new Map<number, Set<string>>();

/**
 * Public holidays and the eves that are days off in practice (midsommarafton, julafton, nyårsafton —
 * date-holidays types these as 'bank' days).
 */
function nonWorkingDates(year: number): Set<string> {
  let dates = nonWorkingDatesByYear.get(year);
  if (!dates) {
    dates = new Set(
      swedishHolidays
        .getHolidays(year)
        .filter((h) => h.type === 'public' || h.type === 'bank')
        .map((h) => h.date.slice(0, 10)),
    );
    nonWorkingDatesByYear.set(year, dates);
  }
  return dates;
}

const localParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

interface LocalDateTime { year: number; month: number; day: number; hour: number; minute: number; second: number }

function toLocal(instant: Date): LocalDateTime {
  const parts = Object.fromEntries(localParts.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year), month: Number(parts.month), day: Number(parts.day),
    hour: Number(parts.hour), minute: Number(parts.minute), second: Number(parts.second),
  };
}

/** The instant at a Stockholm wall-clock time (DST-aware). */
function fromLocal(t: LocalDateTime): Date {
  const asUtc = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
  const offsetAt = (ms: number) => {
    const l = toLocal(new Date(ms));
    return Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second) - ms;
  };
  const first = asUtc - offsetAt(asUtc);
  return new Date(asUtc - offsetAt(first));
}

const isoDate = (t: Pick<LocalDateTime, 'year' | 'month' | 'day'>) =>
  `${t.year}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`;

/** Whether the Stockholm calendar day of this instant is a working day (not a weekend, holiday or day-off eve). */
export function isWorkingDay(instant: Date): boolean {
  const local = toLocal(instant);
  const weekday = new Date(Date.UTC(local.year, local.month - 1, local.day)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !nonWorkingDates(local.year).has(isoDate(local));
}

/**
 * The same Stockholm wall-clock time `workingDays` working days after `from`. A deadline of three working
 * days given on a Thursday falls on the Tuesday after, or later when a holiday is in between.
 */
export function addWorkingDays(from: Date, workingDays: number): Date {
  const start = toLocal(from);
  let day = new Date(Date.UTC(start.year, start.month - 1, start.day));
  let remaining = workingDays;
  while (remaining > 0) {
    day = new Date(day.getTime() + 24 * 3600 * 1000);
    const candidate = fromLocal({ ...start, year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() });
    if (isWorkingDay(candidate)) remaining -= 1;
  }
  return fromLocal({ ...start, year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() });
}
