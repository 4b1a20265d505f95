import { MONTH_ALTERNATION, monthIndex } from '../text/months';
import type { House, TranscriptStatus } from './model';
import { clock } from './patterns';

const MONTH = MONTH_ALTERNATION;
const WEEKDAY = 'maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag';

function iso(day: string, month: string, year: string): string | null {
  const m = monthIndex(month) + 1;
  const d = Number(day);
  if (m < 1 || d < 1 || d > 31) return null;
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The meeting's date. "d.d. 5-6 maart 2026" in a committee title is the date
 * of the EU Council being discussed, not of the debate, so the phrasing that
 * names the meeting wins: "hebben op 3 maart 2026 overleg gevoerd", a weekday
 * date in a plenary header, then any date not after "d.d." or a range dash.
 * Handelingen refer back with "(Zie vergadering van 15 november 2011.)": the
 * sitting where the debate was held, not this one, so that date is never it.
 */
export function findDate(header: string): string | null {
  const patterns = [
    new RegExp(String.raw`\bop (\d{1,2}) (${MONTH}) (\d{4}) overleg gevoerd`, 'iu'),
    new RegExp(String.raw`(?<!Zie vergadering van )\b(?:${WEEKDAY}),? (\d{1,2}) (${MONTH}) (\d{4})`, 'iu'),
    new RegExp(String.raw`(?<!Zie vergadering van (?:(?:${WEEKDAY}),? )?)(?<!d\.d\. )(?<!-)(?<!\d)(\d{1,2}) (${MONTH}) (\d{4})`, 'iu'),
  ];
  for (const re of patterns) {
    const m = re.exec(header);
    if (m) return iso(m[1]!, m[2]!, m[3]!);
  }
  return null;
}

export function findStatus(headerBlocks: readonly string[]): TranscriptStatus | null {
  for (const b of headerBlocks) {
    const m = /\bStatus:?\s*(Ongecorrigeerd|Gecorrigeerd|Casco|Concept)\b/iu.exec(b);
    if (m) return capitalise(m[1]!) as TranscriptStatus;
  }
  for (const b of headerBlocks) {
    if (/^(Ongecorrigeerd|Gecorrigeerd|Casco|Concept)\.?$/iu.test(b)) return capitalise(b.replace('.', '')) as TranscriptStatus;
    if (/\bongecorrigeerd\b/iu.test(b)) return 'Ongecorrigeerd';
    // PDF text glues the status to the document type: "VERSLAG VAN EEN COMMISSIEDEBAT Concept".
    const last = b.length < 80 ? /\s(Concept|Casco)$/u.exec(b) : null;
    if (last) return capitalise(last[1]!) as TranscriptStatus;
  }
  return null;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
}

export function findOpened(header: string): string | null {
  const m = /\bAanvang:?\s+(\d{1,2}[.:]\d{2})\s*uur/iu.exec(header);
  return m ? clock(m[1]) : null;
}

export function findHeaderClosing(header: string): string | null {
  const m = /\bSluiting:?\s+(\d{1,2}[.:]\d{2})\s*uur/iu.exec(header);
  return m ? clock(m[1]) : null;
}

/** "De vaste commissie voor Asiel en Migratie en de vaste commissie voor Europese Zaken hebben …" */
export function findCommittees(header: string): string[] {
  const out: string[] = [];
  const re = /\b(?:vaste|algemene|tijdelijke|bijzondere) commissie voor (.+?)(?=\s+en de (?:vaste|algemene|tijdelijke|bijzondere) commissie|\s+heeft\b|\s+hebben\b|[,;]|$)/giu;
  for (const m of header.matchAll(re)) {
    const name = m[1]!.trim();
    if (name && !out.includes(name)) out.push(name);
    if (out.length >= 4) break;
  }
  return out;
}

/** "Aanwezig zijn acht leden der Kamer, te weten: Van Asten, Boomsma, …, Straatman en Vondeling," */
export function findAttendance(headerBlocks: readonly string[]): string[] {
  for (const b of headerBlocks) {
    const m = /^Aanwezig zijn .{0,60}?leden der Kamer,? te weten:\s*(.+)$/iu.exec(b);
    if (!m) continue;
    return m[1]!
      .replace(/[,.;]\s*$/u, '')
      .split(/,\s*|\s+en\s+/u)
      .map((s) => s.trim())
      .filter((s) => s.length > 0 && s.length < 60);
  }
  return [];
}

/** "en de heer Van den Brink, minister van Asiel en Migratie, viceminister-president." */
export function findOffices(header: string): Map<string, string> {
  const offices = new Map<string, string>();
  const re = /\b(?:de heer|mevrouw)\s+([\p{Lu}][^,]{0,40}?),\s+((?:minister|staatssecretaris|minister-president)\b[^,.;]{0,80})/giu;
  for (const m of header.matchAll(re)) offices.set(m[1]!.trim().toLowerCase(), m[2]!.trim());
  return offices;
}

export function findClerk(headerBlocks: readonly string[]): string | null {
  for (const b of headerBlocks) {
    const m = /^Griffier:\s*(.{1,60}?)\.?$/u.exec(b);
    if (m) return m[1]!.trim();
  }
  return null;
}

/** Whether the header says this is a committee meeting rather than a plenary sitting. */
export function looksLikeCommittee(header: string): boolean {
  return /verslag van een (?:commissiedebat|wetgevingsoverleg|notaoverleg|algemeen overleg|schriftelijk overleg)|\boverleg gevoerd\b|\bcommissiedebat\b|\bwetgevingsoverleg\b|\bnotaoverleg\b/iu.test(header);
}

/**
 * Title: "Tweede Kamer, JBZ-Raad d.d. 5-6 maart 2026" → "JBZ-Raad d.d. 5-6 maart 2026".
 * A Handelingen item's heading is printed after its number ("26 Regeling van
 * werkzaamheden"): the number is the item's place in the sitting, not part of
 * its title. Only a number followed by a capital is one (not "100 dagen …").
 */
export function cleanTitle(title: string): string {
  return title
    .replace(/^Tweede Kamer,\s*/u, '')
    .replace(/^\d{1,3}\s+(?=\p{Lu})/u, '')
    .trim();
}

/**
 * The frame a publication's page prints before the item's own heading, as its
 * text reads when copied or saved: the page's kind ("Handeling"), and the
 * metadata table, whose labels run together ("Datum publicatieOrganisatie…")
 * and whose values start with the chamber glued to the year
 * ("Tweede Kamer der Staten-Generaal2018-2019nr. 33, item 4"; the Senate's
 * pages alike: "Eerste Kamer der Staten-Generaal2011-2012nr. 8, item 3").
 */
const PAGE_FRAME = /^(?:Handeling|Kamerstuk|Datum publicatie\S*(?:\s|$).*|(?:Tweede|Eerste) Kamer der Staten-Generaal\s*\d{4}-\d{4}.*)$/u;

/**
 * Whether the text before the first speaker opens an item of a sitting as the record does ("Aan de orde is
 * het tweeminutendebat …", "Aan de orde zijn de stemmingen over …"): the procedure's own words, at the start
 * of a paragraph, for the House's business (not "de vaststelling van de jaarrekening" of a club's minutes). An item in which only the chair speaks (votes, bills passed without debate) has nothing else.
 */
export function opensItem(header: readonly string[]): boolean {
  return header.some((b) => ITEM_OPENING.test(b));
}
/** What the House takes up: a debate, votes, a bill, the question hour, … (the procedure's own words). */
const ITEM_OPENING =
  /^Aan de orde (?:is|zijn):? (?:het |de )?(?:\p{L}+ )?(?:debat|stemming|stemmingen|behandeling|tweeminutendebat|dertigledendebat|wetsvoorstel|voortzetting|vragenuur|mondelinge|regeling|interpellatie|beraadslaging|hamerstukken|moties?|verslag|beëdiging|benoeming)(?![\p{L}])/u;

/**
 * The chamber the publisher's metadata table names: its value row, wherever the
 * copied text put it ("… Datum vergadering Eerste Kamer der Staten-Generaal2011-2012nr. 8, item 3").
 * The year and number after the name keep a sentence that names a chamber from counting.
 */
export function houseFromFrame(header: readonly string[]): House | null {
  for (const b of header) {
    const m = /(?:^|\s)(Tweede|Eerste) Kamer der Staten-Generaal\s*\d{4}-\d{4}\s*nr\./u.exec(b);
    if (m) return m[1] === 'Eerste' ? 'eerste-kamer' : 'tweede-kamer';
  }
  return null;
}

/**
 * The debate as a citation names it: its title, with the chamber when it is
 * the Senate's (a citation without one reads as the Tweede Kamer's, as every
 * cited debate was before the Eerste Kamer was read).
 */
export function citedDebate(meta: { title: string; house?: House }): string {
  return meta.house === 'eerste-kamer' && meta.title ? `${meta.title} (Eerste Kamer)` : meta.title;
}

/** The document's title from the blocks before its first turn: the first that is not the page's frame. */
export function titleFromHeader(header: readonly string[]): string {
  return header.find((h) => h.length > 3 && !PAGE_FRAME.test(h.split('\n')[0]!.trim())) ?? '';
}
