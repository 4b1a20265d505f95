/** Dutch month and weekday names: one table for reading dates in text and for writing them. */

export const DUTCH_MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'] as const;

/** Sunday first, as `Date.getUTCDay()` counts. */
export const DUTCH_WEEKDAYS = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'] as const;

/** 0-based month of a Dutch month name in any case; -1 when it is none. */
export function monthIndex(name: string): number {
  return (DUTCH_MONTHS as readonly string[]).indexOf(name.toLowerCase());
}

/** Alternation of the month names, for building patterns: "januari|februari|…". */
export const MONTH_ALTERNATION = DUTCH_MONTHS.join('|');

/** Alternation of the weekday names. */
export const WEEKDAY_ALTERNATION = DUTCH_WEEKDAYS.join('|');
