import type { Deadline } from '../../lib/commitments/model';
import type { Lang } from '../../lib/i18n/overlay';
import { t } from '../../lib/i18n/panels';
import { formatDate } from '../overlay/format';
import { formatDay, parseDay as parse, type Day } from '../../lib/i18n/dates';

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m + 1, 0)).getUTCDate();

/** Season words and the last day of each as `lib/commitments/deadline.ts` resolves them (month 0-based, day). */
const SEASON_END: Record<string, [number, number]> = { voorjaar: [5, 30], zomer: [7, 31], najaar: [10, 30], winter: [1, -1] };

/**
 * A season, only when the words said name it and the range ends where that
 * season ends: "voor juli" resolves to the same end as "dit voorjaar" but is
 * not a season. The start may be clipped to the debate day, so only the end
 * is compared.
 */
function season(d: Deadline, to: Day, lang: Lang): string | null {
  const word = /\b(voorjaar|zomer|najaar|winter)\b/i.exec(d.text)?.[1]?.toLowerCase();
  if (!word) return null;
  const [m, day] = SEASON_END[word]!;
  if (to.m !== m || to.d !== (day === -1 ? lastDay(to.y, m) : day)) return null;
  const year = word === 'winter' ? `${to.y - 1}/${to.y}` : String(to.y);
  return t(lang, `season_${word}` as 'season_voorjaar', { year });
}

/**
 * The resolved day or period of a deadline, for readers: "woensdag 11 maart
 * 2026", "april 2026", "begin april 2026", "voorjaar 2026", "2e kwartaal
 * 2026", else "3 maart tot en met 1 juli 2026". Null when nothing resolved.
 */
export function formatDeadline(d: Deadline, lang: Lang): string | null {
  if (d.kind === 'none' || !d.from || !d.to) return null;
  if (d.kind === 'date') return formatDate(d.from, lang);
  const from = parse(d.from);
  const to = parse(d.to);
  if (!from || !to) return null;
  const named = season(d, to, lang);
  if (named) return named;
  const month = formatDay(from, lang, { day: false });
  const end = lastDay(to.y, to.m);
  if (from.y === to.y && from.m === to.m) {
    if (from.d === 1 && to.d === end) return month;
    if (from.d === 1 && to.d === 10) return t(lang, 'early', { month });
    if (from.d === 11 && to.d === 20) return t(lang, 'mid', { month });
    if (from.d === 21 && to.d === end) return t(lang, 'late', { month });
  }
  if (from.y === to.y && from.d === 1 && to.d === end) {
    if (from.m === 0 && to.m === 11) return String(from.y);
    if (from.m % 3 === 0 && to.m === from.m + 2) return t(lang, 'quarter', { n: from.m / 3 + 1, year: from.y });
  }
  const start = formatDay(from, lang, { year: from.y !== to.y });
  return t(lang, 'dateRange', { from: start, to: formatDay(to, lang) });
}
