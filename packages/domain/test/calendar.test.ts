import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay } from '../src/calendar.js';

const at = (iso: string) => new Date(iso);

describe('Swedish working-day calendar (Europe/Stockholm)', () => {
  it('skips the weekend', () => {
    expect(addWorkingDays(at('2026-11-20T09:00:00+01:00'), 1).toISOString()).toBe('2026-11-23T08:00:00.000Z');
  });

  it('skips midsommarafton (a day off though not a statutory holiday)', () => {
    expect(isWorkingDay(at('2026-06-19T10:00:00+02:00'))).toBe(false);
    expect(addWorkingDays(at('2026-06-18T08:00:00+02:00'), 1).toISOString()).toBe('2026-06-22T06:00:00.000Z');
  });

  it('skips Christmas: julafton, juldagen and annandag jul', () => {
    expect(addWorkingDays(at('2026-12-23T09:00:00+01:00'), 1).toISOString()).toBe('2026-12-28T08:00:00.000Z');
  });

  it('skips a moving holiday: Kristi himmelsfärds dag (2026-05-14, 2027-05-06)', () => {
    expect(addWorkingDays(at('2026-05-13T10:00:00+02:00'), 1).toISOString()).toBe('2026-05-15T08:00:00.000Z');
    expect(isWorkingDay(at('2027-05-06T12:00:00+02:00'))).toBe(false);
  });

  it('keeps the Stockholm wall-clock time across the change to summer time', () => {
    expect(addWorkingDays(at('2026-03-27T09:00:00+01:00'), 1).toISOString()).toBe('2026-03-30T07:00:00.000Z');
  });

  it('counts several working days across a holiday week (trettondedag jul)', () => {
    // Mon 2027-01-04 + 3 working days, Wed 6 Jan is a holiday → Fri 8 Jan.
    expect(addWorkingDays(at('2027-01-04T13:00:00+01:00'), 3).toISOString()).toBe('2027-01-08T12:00:00.000Z');
  });
});
