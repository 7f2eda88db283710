import { describe, expect, it } from 'vitest';
import { lastEndedPeriod, manualRunRefusal, periodBounds, periodLabel, snapshotKey } from '../src/index.js';

describe('archiving periods (Europe/Stockholm)', () => {
  it('a run just after midnight on 1 January documents the second half-year that just ended, not the one before', () => {
    expect(lastEndedPeriod(new Date('2026-12-31T23:05:00Z'), 'HALF_YEARLY')).toBe('2026-H2'); // 00:05 on 1 Jan in Stockholm
    expect(lastEndedPeriod(new Date('2026-12-31T22:55:00Z'), 'HALF_YEARLY')).toBe('2026-H1'); // 23:55 on 31 Dec
    expect(lastEndedPeriod(new Date('2027-06-30T22:05:00Z'), 'HALF_YEARLY')).toBe('2027-H1'); // 00:05 on 1 Jul, summer time
    expect(lastEndedPeriod(new Date('2026-12-31T23:05:00Z'), 'YEARLY')).toBe('2026');
  });

  it('a period covers its half-year from Stockholm midnight to Stockholm midnight', () => {
    expect(periodBounds('2026-H2')).toEqual({ start: new Date('2026-07-01T00:00:00+02:00'), end: new Date('2027-01-01T00:00:00+01:00') });
    expect(periodBounds('2026')).toEqual({ start: new Date('2026-01-01T00:00:00+01:00'), end: new Date('2027-01-01T00:00:00+01:00') });
    expect(() => periodBounds('2026-H3')).toThrow(/Okänd period/);
    expect(periodLabel('2026-H2')).toBe('andra halvåret 2026');
  });

  it('keys an occasion by its moment, in a form archive storage accepts as a folder name', () => {
    expect(snapshotKey('PERIOD_END', '2026-H2')).toBe('2026-H2');
    expect(snapshotKey('BEFORE_CLOSURE', new Date('2026-11-23T10:15:00.123Z'))).toBe('BEFORE_CLOSURE-20261123T101500Z');
  });
});

describe('a manual run by the archivist', () => {
  const now = new Date('2026-11-23T12:00:00Z');
  it('runs an ended period written the way the cadence divides the year', () => {
    expect(manualRunRefusal('2026-H1', 'HALF_YEARLY', now)).toBeNull();
    expect(manualRunRefusal('2025', 'YEARLY', now)).toBeNull();
  });
  it('refuses a period that has not ended, naming it', () => {
    expect(manualRunRefusal('2026-H2', 'HALF_YEARLY', now)).toBe('Andra halvåret 2026 har inte tagit slut än; den kan arkiveras när den är slut.');
    // The half-year ends at Stockholm midnight, an hour before UTC midnight in winter.
    expect(manualRunRefusal('2026-H2', 'HALF_YEARLY', new Date('2026-12-31T23:00:00Z'))).toBeNull();
  });
  it('refuses a half-year under a yearly policy and a year under a half-yearly one, and anything else', () => {
    expect(manualRunRefusal('2025-H2', 'YEARLY', now)).toMatch(/en gång per år/);
    expect(manualRunRefusal('2025', 'HALF_YEARLY', now)).toMatch(/varje halvår/);
    expect(manualRunRefusal('H2-2025', 'HALF_YEARLY', now)).toMatch(/Ange perioden/);
  });
});
