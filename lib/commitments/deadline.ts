import { DUTCH_WEEKDAYS, MONTH_ALTERNATION, monthIndex, WEEKDAY_ALTERNATION } from '../text/months';
import type { Deadline } from './model';

/**
 * Deadlines in Dutch as ministers and chairs say them, resolved against the
 * debate date. Pure. Conventions (the words are vague; these are the choices):
 * - a week runs Monday–Sunday; "deze week" = debate day … Sunday;
 * - "voorjaar" = 1 March – 30 June: the ministries' "voorjaar" runs up to the
 *   summer recess, not to the astronomical 20 June; "zomer" = 1 July – 31 Aug
 *   (the recess); "najaar" = 1 Sep – 30 Nov; "winter" = 1 Dec – end of Feb;
 * - "voor de zomer" / "voor het zomerreces" = up to 1 July (the recess starts
 *   in the first days of July); "na de zomer" = 1 Sep – 31 Oct;
 * - "begin" = days 1–10 of a month, "medio" = 11–20, "eind" = 21–last;
 * - "voor <day month>" ends on that day (the register records the day named
 *   as the deadline); "voor <month>" ends the day before the month begins;
 * - "voor de begrotingsbehandeling" ends 1 October (the budget debates start
 *   in October; a ministry's own debate may be later); "voor de kerst" 20 Dec;
 * - a period never starts before the debate (from is clipped to its date),
 *   and a month or season already past in the debate year means next year.
 * Without a debate date only phrases with an explicit year resolve.
 */

const NUMBERS: Record<string, number> = { een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12 };
const ORDINALS: Record<string, number> = { eerste: 1, tweede: 2, derde: 3, vierde: 4 };

const M = `(${MONTH_ALTERNATION})`;
const WD = `(${WEEKDAY_ALTERNATION})`;
const Y = '(20\\d{2})';
const VOOR = '(?:voor|vóór|uiterlijk|niet later dan)';
const NUM = `(\\d{1,2}|${Object.keys(NUMBERS).join('|')})`;

type Range = { from: string | null; to: string | null } | null;
type Resolver = (m: RegExpExecArray, day: Date | null) => Range;

// ---- date arithmetic on UTC midnights ----
const iso = (d: Date) => d.toISOString().slice(0, 10);
const ymd = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d));
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);
const lastDay = (y: number, m: number) => ymd(y, m + 1, 0).getUTCDate();
const addMonths = (d: Date, n: number) => {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + n;
  return ymd(y, m, Math.min(d.getUTCDate(), lastDay(y + Math.floor(m / 12), ((m % 12) + 12) % 12)));
};
const monthOf = monthIndex;
const num = (s: string) => NUMBERS[s.toLowerCase()] ?? Number(s);
const range = (a: Date, b: Date): Range => ({ from: iso(a), to: iso(b) });
const upTo = (day: Date | null, end: Date): Range => (day ? range(day, end) : null);

/** A range in a year: the explicit one, else the debate year, else the next when already past. */
function inYear(day: Date | null, explicit: string | undefined, make: (y: number) => [Date, Date]): Range {
  if (explicit) return range(...make(Number(explicit)));
  if (!day) return null;
  let [a, b] = make(day.getUTCFullYear());
  if (b < day) [a, b] = make(day.getUTCFullYear() + 1);
  return range(a, b);
}

function monthPart(part: string, m: number): (y: number) => [Date, Date] {
  const p = part.toLowerCase();
  if (/begin/.test(p)) return (y) => [ymd(y, m, 1), ymd(y, m, 10)];
  if (/eind/.test(p)) return (y) => [ymd(y, m, 21), ymd(y, m, lastDay(y, m))];
  if (/medio|half|halverwege|midden/.test(p)) return (y) => [ymd(y, m, 11), ymd(y, m, 20)];
  return (y) => [ymd(y, m, 1), ymd(y, m, lastDay(y, m))];
}

const SEASONS: Record<string, (y: number) => [Date, Date]> = {
  voorjaar: (y) => [ymd(y, 2, 1), ymd(y, 5, 30)],
  zomer: (y) => [ymd(y, 6, 1), ymd(y, 7, 31)],
  najaar: (y) => [ymd(y, 8, 1), ymd(y, 10, 30)],
  winter: (y) => [ymd(y, 11, 1), ymd(y + 1, 2, 0)],
};

/** Monday of the week of `d`. */
const monday = (d: Date) => addDays(d, -((d.getUTCDay() + 6) % 7));

function thirdTuesdayOfSeptember(y: number): Date {
  const first = ymd(y, 8, 1);
  return addDays(first, ((2 - first.getUTCDay() + 7) % 7) + 14);
}

/** Rules, most specific first; at one position the longest match wins. */
const RULES: [RegExp, Resolver][] = [
  [new RegExp(`volgende week (?:op )?${WD}|${WD} (?:van )?volgende week`), (m, d) => {
    if (!d) return null;
    const w = (DUTCH_WEEKDAYS as readonly string[]).indexOf((m[1] ?? m[2]!).toLowerCase());
    const t = addDays(monday(d), 7 + ((w + 6) % 7));
    return range(t, t);
  }],
  [new RegExp(`(?:aanstaande|komende|a\\.s\\.) ${WD}|${WD} (?:aanstaande|a\\.s\\.)|(?<!(?:afgelopen|vorige|verleden) )(?:op |${VOOR} )?${WD}(?! (?:jl\\.|jongstleden))`), (m, d) => {
    if (!d) return null;
    const w = (DUTCH_WEEKDAYS as readonly string[]).indexOf((m[1] ?? m[2] ?? m[3]!).toLowerCase());
    const t = addDays(d, ((w - d.getUTCDay() + 6) % 7) + 1);
    return range(t, t);
  }],
  [/vandaag|overmorgen|morgen/, (m, d) => {
    if (!d) return null;
    const t = addDays(d, m[0].toLowerCase() === 'vandaag' ? 0 : m[0].toLowerCase() === 'morgen' ? 1 : 2);
    return range(t, t);
  }],
  [/(?:voor |vóór |aan )?(?:het )?eind(?:e)? (?:van )?(?:deze|de) week|(?:nog )?deze week/, (_m, d) => (d ? range(d, addDays(monday(d), 6)) : null)],
  [/(?:volgende|komende) week/, (_m, d) => (d ? range(addDays(monday(d), 7), addDays(monday(d), 13)) : null)],
  [new RegExp(`(binnen|over) ${NUM} (dag|dagen|week|weken|maand|maanden)`), (m, d) => {
    if (!d) return null;
    const n = num(m[2]!);
    const end = m[3]!.startsWith('maand') ? addMonths(d, n) : addDays(d, m[3]!.startsWith('dag') ? n : 7 * n);
    return m[1] === 'over' ? range(end, end) : range(d, end);
  }],
  // A span before an event: said, its day not known ("uiterlijk twee weken voor de verkiezingen").
  [new RegExp(`(?:uiterlijk|ten laatste|minstens|ten minste) ${NUM} (?:dag|dagen|week|weken|maand|maanden) (?:voor|vóór) (?:de|het) \\p{L}+`), () => null],
  [/(?:in )?de komende (dagen|weken|maanden)/, (m, d) => {
    if (!d) return null;
    const end = m[1] === 'dagen' ? addDays(d, 7) : m[1] === 'weken' ? addDays(d, 42) : addMonths(d, 3);
    return range(addDays(d, 1), end);
  }],
  [/(?:voor |vóór )?(?:het )?eind(?:e)? (?:van )?deze maand|(?:voor |vóór )het eind(?:e)? van de maand|(?:nog )?deze maand/, (_m, d) =>
    d ? range(d, ymd(d.getUTCFullYear(), d.getUTCMonth(), lastDay(d.getUTCFullYear(), d.getUTCMonth()))) : null],
  [/(?:volgende|komende) maand/, (_m, d) => {
    if (!d) return null;
    const a = ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
    return range(a, ymd(a.getUTCFullYear(), a.getUTCMonth(), lastDay(a.getUTCFullYear(), a.getUTCMonth())));
  }],
  [new RegExp(`${VOOR} (?:het|de) [\\p{L}-]+ (?:van|op) (\\d{1,2}) ${M}(?: ${Y})?`), (m, d) => {
    const r = inYear(d, m[3], (y) => [ymd(y, monthOf(m[2]!), num(m[1]!)), ymd(y, monthOf(m[2]!), num(m[1]!))]);
    return r && d ? { from: iso(d), to: r.to } : r;
  }],
  [new RegExp(`${VOOR} (\\d{1,2}) ${M}(?: ${Y})?`), (m, d) => {
    const r = inYear(d, m[3], (y) => [ymd(y, monthOf(m[2]!), num(m[1]!)), ymd(y, monthOf(m[2]!), num(m[1]!))]);
    return r && d ? { from: iso(d), to: r.to } : r;
  }],
  [new RegExp(`(\\d{1,2}) ${M}(?: ${Y})?`), (m, d) =>
    inYear(d, m[3], (y) => [ymd(y, monthOf(m[2]!), num(m[1]!)), ymd(y, monthOf(m[2]!), num(m[1]!))])],
  [new RegExp(`(begin|eind|einde|medio|half|halverwege|midden|aan het begin van|aan het eind(?:e)? van|eind van) ${M}(?: ${Y})?`), (m, d) =>
    inYear(d, m[3], monthPart(m[1]!, monthOf(m[2]!)))],
  [new RegExp(`${VOOR} ${M}(?: ${Y})?`), (m, d) => {
    const r = inYear(d, m[2], (y) => [ymd(y, monthOf(m[1]!), 0), ymd(y, monthOf(m[1]!), 0)]);
    return r && d ? { from: iso(d), to: r.to } : r;
  }],
  [new RegExp(`(?:in|uiterlijk in|in de maand) ${M}(?: ${Y})?`), (m, d) => inYear(d, m[2], monthPart('', monthOf(m[1]!)))],
  // The month of a meeting: "in het bestuurlijk overleg van oktober".
  [new RegExp(`(?:overleg|debat|gesprek|vergadering|bijeenkomst|top|ronde) van ${M}(?: ${Y})?`), (m, d) => inYear(d, m[2], monthPart('', monthOf(m[1]!)))],
  [/(?:(?:voor|vóór) )?(?:het )?(?:eind(?:e)? van (?:het|dit) jaar|eind(?:e)? dit jaar|jaareinde|de jaarwisseling)|(?:nog )?dit jaar/, (_m, d) =>
    d ? range(d, ymd(d.getUTCFullYear(), 11, 31)) : null],
  [/(?:(begin|medio|eind|voor|vóór|na) )?(?:het )?(?:volgend|komend|komende) jaar/, (m, d) => {
    if (!d) return null;
    const p = m[1]?.toLowerCase();
    // Before next year is the rest of this one; after it says no day.
    if (p === 'voor' || p === 'vóór') return range(d, ymd(d.getUTCFullYear(), 11, 31));
    return p === 'na' ? null : yearPart(p ?? 'in', d.getUTCFullYear() + 1);
  }],
  // A coming season or school year: a time said, its days not known (kind "none").
  [/(?:(?:voor|vóór|in|tijdens) )?(?:het|de) (?:komende|volgende|nieuwe) (?:seizoen|schooljaar|studiejaar|collegejaar|kabinetsperiode)/, () => null],
  [/(?:voor|vóór) (?:de zomer|het zomerreces|de zomervakantie)/, (_m, d) => (d ? upTo(d, inYearEnd(d, 6, 1)) : null)],
  [/na (?:de zomer|het zomerreces|de zomervakantie)/, (_m, d) => inYear(d, undefined, (y) => [ymd(y, 8, 1), ymd(y, 9, 31)])],
  [/(?:voor|vóór) (?:de kerst|kerst|het kerstreces)/, (_m, d) => (d ? upTo(d, inYearEnd(d, 11, 20)) : null)],
  [/(?:voor|vóór) (?:de )?begrotingsbehandeling(?:en)?/, (_m, d) => (d ? upTo(d, inYearEnd(d, 9, 1)) : null)],
  [/(voor|vóór|op|met|bij|rond) prinsjesdag/, (m, d) => {
    if (!d) return null;
    let t = thirdTuesdayOfSeptember(d.getUTCFullYear());
    if (t < d) t = thirdTuesdayOfSeptember(d.getUTCFullYear() + 1);
    return m[1]!.startsWith('v') ? range(d, t) : range(t, t);
  }],
  [/(?:dit|deze|het|komend|komende|in het|in de|volgend) (voorjaar|zomer|najaar|winter)/, (m, d) => {
    if (!d) return null;
    const s = SEASONS[m[1]!.toLowerCase()]!;
    // In January or February "deze winter" is the one that began last December.
    const y = m[1]!.toLowerCase() === 'winter' && d.getUTCMonth() < 2 ? d.getUTCFullYear() - 1 : d.getUTCFullYear();
    let [a, b] = s(y);
    if (b < d) [a, b] = s(y + 1);
    return range(a, b);
  }],
  [new RegExp(`(?:(${VOOR}) (?:het einde van )?|in )?het (eerste|tweede|derde|vierde) kwartaal(?: (?:van )?${Y})?`), (m, d) => {
    const q = ORDINALS[m[2]!.toLowerCase()]! - 1;
    const r = inYear(d, m[3], (y) => [ymd(y, 3 * q, 1), ymd(y, 3 * q + 3, 0)]);
    return r && m[1] && d ? { from: iso(d), to: r.to } : r;
  }],
  [new RegExp(`(begin|medio|eind|in|${VOOR}) ${Y}`), (m, d) => {
    const y = Number(m[2]);
    const p = m[1]!.toLowerCase();
    if (p === 'begin' || p === 'medio' || p === 'eind' || p === 'in') return yearPart(p, y);
    return d ? range(d, ymd(y - 1, 11, 31)) : null;
  }],
  // Said, but no day can be told.
  [/binnenkort|op korte termijn|zo (?:snel|spoedig) mogelijk|t\.z\.t\.|te zijner tijd/, () => null],
];

/** Part of year `y`: its first quarter ("begin"), May to August ("medio"), its last quarter ("eind"), or all of it ("in"). */
function yearPart(part: string, y: number): Range {
  const p = part.toLowerCase();
  if (p === 'begin') return range(ymd(y, 0, 1), ymd(y, 2, 31));
  if (p === 'medio') return range(ymd(y, 4, 1), ymd(y, 7, 31));
  if (p === 'eind') return range(ymd(y, 9, 1), ymd(y, 11, 31));
  return range(ymd(y, 0, 1), ymd(y, 11, 31));
}

/** The first day on or after the debate that is month/day `m`/`day` (0-based month). */
function inYearEnd(d: Date, m: number, day: number): Date {
  const t = ymd(d.getUTCFullYear(), m, day);
  return t < d ? ymd(d.getUTCFullYear() + 1, m, day) : t;
}

const COMPILED = RULES.map(([re, fn]) => [new RegExp(`(?<![\\p{L}\\d])(?:${re.source})(?![\\p{L}\\d])`, 'giu'), fn] as const);
const ANY_TIME = new RegExp(
  `\\d|${MONTH_ALTERNATION}|${WEEKDAY_ALTERNATION}|week|maand|uiterlijk|minstens|ten minste|ten laatste|(?:^|[,;:] )over \\p{L}+ (?:dagen|weken)|jaar|seizoen|kabinetsperiode|voorjaar|zomer|najaar|winter|kwartaal|morgen|vandaag|binnen|prinsjesdag|begroting|kerst|t\\.z\\.t|zijner tijd|binnenkort|korte termijn|mogelijk|komende dagen`,
  'iu',
);
const JOIN = /^\s*(?:,|of|tot|en|à|-|–|\/)\s*$/u;

interface Hit {
  index: number;
  end: number;
  text: string;
  range: Range;
}

function toDeadline(h: Hit, day: Date | null): Deadline {
  const r = h.range;
  if (!r || !r.from || !r.to) return { text: h.text, kind: 'none', from: null, to: null };
  // A promise cannot be kept before the debate: clip the start.
  const from = day && r.from < iso(day) && r.to >= iso(day) ? iso(day) : r.from;
  return { text: h.text, kind: from === r.to ? 'date' : 'period', from, to: r.to };
}

/** Whether the text may name a time at all: the cheap test findDeadlines starts with. */
export const mayNameTime = (text: string): boolean => ANY_TIME.test(text);

/**
 * Every deadline phrase in `text`, in order, not overlapping. Two adjacent
 * phrases joined by a comma or "of" ("eind maart, begin april") become one
 * period.
 */
export function findDeadlines(text: string, debateDate: string | null): Deadline[] {
  // Most sentences say no time at all: one cheap test before two dozen patterns.
  if (!mayNameTime(text)) return [];
  const day = debateDate && /^\d{4}-\d{2}-\d{2}$/.test(debateDate) ? new Date(`${debateDate}T00:00:00Z`) : null;
  const hits: Hit[] = [];
  for (const [re, fn] of COMPILED) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      hits.push({ index: m.index, end: m.index + m[0].length, text: m[0], range: fn(m, day) });
    }
  }
  hits.sort((a, b) => a.index - b.index || b.end - a.end);
  const kept: Hit[] = [];
  for (const hit of hits) {
    const last = kept[kept.length - 1];
    if (last && hit.index < last.end) continue;
    const h = nextYear(hit, text, day);
    if (last && last.range?.from && h.range?.to && last.range.from <= h.range.to && JOIN.test(text.slice(last.end, h.index))) {
      kept[kept.length - 1] = { index: last.index, end: h.end, text: text.slice(last.index, h.end), range: { from: last.range.from, to: h.range.to } };
      continue;
    }
    kept.push(h);
  }
  return kept.map((h) => toDeadline(h, day));
}

/** "(voor) de zomer van volgend jaar", "september volgend jaar": the phrase, a year on (its start stays the debate day when it was). */
const OF_NEXT_YEAR = /\s+(?:van\s+)?(?:volgend|komend)\s+jaar(?![\p{L}])/iuy;
function nextYear(h: Hit, text: string, day: Date | null): Hit {
  OF_NEXT_YEAR.lastIndex = h.end;
  const m = OF_NEXT_YEAR.exec(text);
  if (!m || /jaar/iu.test(h.text)) return h;
  const end = h.end + m[0].length;
  const to = h.range?.to;
  if (!day || !to) return { ...h, end, text: text.slice(h.index, end) };
  // Into the year after the debate's ("in februari" said in March is next February already).
  const shift = day.getUTCFullYear() + 1 - Number(to.slice(0, 4));
  const later = (x: string | null) => (x ? `${Number(x.slice(0, 4)) + shift}${x.slice(4)}` : x);
  const from = h.range!.from === iso(day) ? h.range!.from : later(h.range!.from);
  return { index: h.index, end, text: text.slice(h.index, end), range: { from, to: later(to) } };
}

/** The first deadline said in `text` (a closing item, a sentence), or none (text ''). */
export function parseDeadline(text: string, debateDate: string | null): Deadline {
  return findDeadlines(text, debateDate)[0] ?? { text: '', kind: 'none', from: null, to: null };
}
