/** Swedish dates in the municipality's time zone, whatever the browser's own settings are. */
const dateTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  dateStyle: 'medium',
  timeStyle: 'short',
});
const dateOnly = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', dateStyle: 'medium' });

export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dateTime.format(new Date(iso)) : '';
}

export function formatDate(iso: string | null | undefined): string {
  return iso ? dateOnly.format(new Date(iso)) : '';
}

const isoDateInStockholm = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Stockholm as YYYY-MM-DD, what a date input shows. */
export function stockholmDateToday(): string {
  return isoDateInStockholm.format(new Date());
}

/** The instant a Stockholm calendar day (YYYY-MM-DD) begins, whatever the browser's own time zone. */
export function stockholmMidnight(date: string): Date {
  const utcMidnight = new Date(`${date}T00:00:00Z`);
  // Stockholm is UTC+1 or +2: the local midnight is the one of those two instants that Stockholm calls `date`.
  for (const hours of [1, 2]) {
    const candidate = new Date(utcMidnight.getTime() - hours * 3600_000);
    const local = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Stockholm', hour: '2-digit', hourCycle: 'h23' }).format(candidate);
    if (isoDateInStockholm.format(candidate) === date && local === '00') return candidate;
  }
  return utcMidnight;
}
