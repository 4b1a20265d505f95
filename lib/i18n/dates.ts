/**
 * Calendar days in words, Dutch or English, without Intl: creating an
 * Intl.DateTimeFormat costs the page several milliseconds on first use (ICU
 * data), and its output differs between ICU versions ("Tuesday, 3 March" or
 * "Tuesday 3 March"). Two languages with fixed names need neither.
 */
import { DUTCH_MONTHS, DUTCH_WEEKDAYS } from '../text/months';
import type { Lang } from './translate';

const MONTHS: Record<Lang, readonly string[]> = {
  nl: DUTCH_MONTHS,
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
const WEEKDAYS: Record<Lang, readonly string[]> = {
  nl: DUTCH_WEEKDAYS,
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

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
  return MONTHS[lang][m]!;
}

/**
 * "dinsdag 3 maart 2026" / "Tuesday 3 March 2026"; leave out the parts not
 * asked for ("3 maart", "maart 2026").
 */
export function formatDay(day: Day, lang: Lang, parts: { weekday?: boolean; day?: boolean; year?: boolean } = {}): string {
  const { weekday = false, day: withDay = true, year = true } = parts;
  const words: string[] = [];
  if (weekday) words.push(WEEKDAYS[lang][new Date(Date.UTC(day.y, day.m, day.d)).getUTCDay()]!);
  if (withDay) words.push(String(day.d));
  words.push(MONTHS[lang][day.m]!);
  if (year) words.push(String(day.y));
  return words.join(' ');
}
