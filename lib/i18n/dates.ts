/**
 * Calendar days in words, Dutch or English, without Intl: creating an
 * Intl.DateTimeFormat costs the page several milliseconds on first use (ICU
 * data), and its output differs between ICU versions ("Tuesday, 3 March" or
 * "Tuesday 3 March"). Two languages with fixed names need neither.
 */
import { DUTCH_MONTHS, DUTCH_WEEKDAYS } from '../text/months';
import { lateTranslator, type Lang } from './translate';

/** Month and weekday names, space-separated; English is installed late like the other tables (lib/i18n/en/dates.ts). */
export const DATE_NAMES_NL = { months: DUTCH_MONTHS.join(' '), weekdays: DUTCH_WEEKDAYS.join(' ') };
const names = lateTranslator<keyof typeof DATE_NAMES_NL>('dates', DATE_NAMES_NL);
const MONTHS = (lang: Lang) => names(lang, 'months').split(' ');
const WEEKDAYS = (lang: Lang) => names(lang, 'weekdays').split(' ');

/** A calendar day; `m` is 0-based as in Date. */
export interface Day {
  y: number;
  m: number;
  d: number;
}

/** "2026-03-03" (or the date part of an ISO timestamp) as a day; null when it is no real date. */
export function parseDay(iso: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const day = { y: Number(m[1]), m: Number(m[2]) - 1, d: Number(m[3]) };
  const check = new Date(Date.UTC(day.y, day.m, day.d));
  return check.getUTCMonth() === day.m && check.getUTCDate() === day.d ? day : null;
}

export function monthName(m: number, lang: Lang): string {
  return MONTHS(lang)[m]!;
}

/**
 * "dinsdag 3 maart 2026" / "Tuesday 3 March 2026"; leave out the parts not
 * asked for ("3 maart", "maart 2026").
 */
export function formatDay(day: Day, lang: Lang, parts: { weekday?: boolean; day?: boolean; year?: boolean } = {}): string {
  const { weekday = false, day: withDay = true, year = true } = parts;
  const words: string[] = [];
  if (weekday) words.push(WEEKDAYS(lang)[new Date(Date.UTC(day.y, day.m, day.d)).getUTCDay()]!);
  if (withDay) words.push(String(day.d));
  words.push(MONTHS(lang)[day.m]!);
  if (year) words.push(String(day.y));
  return words.join(' ');
}
