import type { DATE_NAMES_NL } from '../dates';

/** English month and weekday names (lib/i18n/dates.ts), space-separated, Sunday first as in Date. */
export const dates: Record<keyof typeof DATE_NAMES_NL, string> = {
  months: 'January February March April May June July August September October November December',
  weekdays: 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday',
};
