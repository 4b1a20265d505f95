import { describe, expect, it } from 'vitest';
import { formatDay, parseDay } from '../lib/i18n/dates';

describe('calendar days in words', () => {
  it('writes the seed debate day with its weekday in both languages', () => {
    const day = parseDay('2026-03-03')!;
    expect(formatDay(day, 'nl', { weekday: true })).toBe('dinsdag 3 maart 2026');
    expect(formatDay(day, 'en', { weekday: true })).toBe('Tuesday 3 March 2026');
  });

  it('leaves out the parts not asked for', () => {
    const day = parseDay('2027-01-05T10:00:00.000Z')!;
    expect(formatDay(day, 'nl')).toBe('5 januari 2027');
    expect(formatDay(day, 'nl', { year: false })).toBe('5 januari');
    expect(formatDay(day, 'en', { day: false })).toBe('January 2027');
  });

  it('agrees with the calendar on weekdays across a leap day', () => {
    expect(formatDay(parseDay('2028-02-29')!, 'nl', { weekday: true })).toBe('dinsdag 29 februari 2028');
    expect(formatDay(parseDay('2026-12-31')!, 'en', { weekday: true })).toBe('Thursday 31 December 2026');
  });

  it('refuses what is not a real day', () => {
    expect(parseDay('2026-02-30')).toBeNull();
    expect(parseDay('03-03-2026')).toBeNull();
    expect(parseDay('')).toBeNull();
  });
});
