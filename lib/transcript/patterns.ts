import type { Role } from './model';

/**
 * The text patterns of ../shared/PAGES.md §3. They are stable across every
 * source (site pages, Handelingen, PDF text), so the parser recognises labels,
 * chair changes, suspensions and closings by text, not by markup.
 */

export interface Label {
  /** Normalised label text as printed. */
  raw: string;
  /** Null for "De voorzitter:" (the person in the chair is resolved later). */
  name: string | null;
  role: Role;
  party: string | null;
  asChair: boolean;
}

/** Dutch surname particles ("tussenvoegsels"), lower case. */
const PARTICLES = new Set([
  'van', 'der', 'den', 'de', 'het', 'ter', 'ten', 'te', "'t", 'in', 'op', 'la', 'le', 'du', 'da', 'di', 'von', 'vande', 'el', 'al',
]);

// The party is whatever stands between the brackets before the colon, brackets included: a page may
// print markup-like text there ("(<img src=x onerror=alert(1)>)"), and that is still her label.
// A member speaking for a committee is labelled by function instead, after a comma ("De heer
// Schouwenaar, voorzitter der commissie:", Eerste Kamer): at most four lower-case words, so a
// sentence with a comma that ends in a colon is still not a label.
const PREFIX =
  /^(De heer|Mevrouw|Minister-president|Viceminister-president|Minister|Staatssecretaris|Kamerlid)\s+(.+?)\s*(?:\((.{1,80})\))?\s*(?:,\s*(?:[\p{Ll}-]+ ?){1,4})?:$/u;
// A temporary chair is printed "De tijdelijke voorzitter:" (Eerste Kamer).
const CHAIR_LABEL = /^(?:De|de)\s+(?:tijdelijke\s+)?(?:voorzitter|Voorzitter)\s*:$/u;

function roleOf(prefix: string): Role {
  if (prefix === 'Staatssecretaris') return 'state-secretary';
  if (prefix.startsWith('Minister') || prefix.startsWith('Viceminister')) return 'minister';
  return 'member';
}

/**
 * A surname as printed in a label: capitalised words, particles and hyphens
 * ("Van der Plas", "Van den Brink", "De Groot-Ouali"). This is what tells a
 * label from a sentence that merely ends in a colon.
 */
export function isNameLike(name: string): boolean {
  const tokens = name.split(' ');
  if (tokens.length === 0 || tokens.length > 6 || name.length > 60) return false;
  let capitals = 0;
  for (const t of tokens) {
    if (PARTICLES.has(t.toLowerCase()) && !/^\p{Lu}{2,}/u.test(t)) continue;
    if (!/^[\p{Lu}'‘’][\p{L}\p{M}'’.‘-]*$/u.test(t)) return false;
    capitals++;
  }
  return capitals > 0;
}

/**
 * Reads one line as a speaker label, or returns null. `boldName` is the text of
 * the `<strong>` in an HTML label: markup that says "this is the name", so the
 * name is then taken as printed even when it is odd (hostile pages included).
 */
export function parseLabel(line: string, boldName?: string | null): Label | null {
  if (line.length > 160 || !line.endsWith(':')) return null;
  if (CHAIR_LABEL.test(line)) return { raw: line, name: null, role: 'chair', party: null, asChair: true };
  const m = PREFIX.exec(line);
  if (!m) return null;
  const prefix = m[1]!;
  const name = m[2]!.trim();
  const party = m[3]?.trim() || null;
  const trusted = boldName != null && boldName.trim() === name && name.length > 0 && name.length <= 100;
  if (!trusted && !isNameLike(name)) return null;
  const role = roleOf(prefix);
  return { raw: line, name, role, party: role === 'member' ? party : null, asChair: false };
}

const CHAIR_CHANGE = /^(?:Tijdelijke v|V)oorzitter\s*:\s*(.{1,60}?)\.?$/u;


/**
 * The surname of a name as the chair line prints it: labels name people by
 * surname ("De heer Bosma"), but Handelingen print the chair in full
 * ("Voorzitter: Martin Bosma"). Given names and initials come first and are
 * never particles, so the surname is from the first particle on, else the
 * last word; a particle that starts a name is capitalised ("Van der Lee").
 */
export function surnameOf(name: string): string {
  const words = name.split(/\s+/u).filter(Boolean);
  if (words.length < 2) return name;
  let at = words.findIndex((w) => PARTICLES.has(w.toLowerCase()));
  if (at === 0) return name;
  if (at < 0) at = words.length - 1;
  const surname = words.slice(at).join(' ');
  return surname.charAt(0).toUpperCase() + surname.slice(1);
}

/** "Voorzitter: Ellian" opens the meeting and marks every change of chair; the chair's surname. */
export function parseChairChange(line: string): string | null {
  const m = CHAIR_CHANGE.exec(line);
  if (!m) return null;
  const name = m[1]!.trim();
  return isNameLike(name) ? surnameOf(name) : null;
}

/** "17.37 uur" / "10:15 uur" → "17:37". */
export function clock(s: string | undefined): string | null {
  if (!s) return null;
  const m = /(\d{1,2})[.:](\d{2})/.exec(s);
  if (!m) return null;
  return `${m[1]!.padStart(2, '0')}:${m[2]}`;
}

const TIME = String.raw`(\d{1,2}[.:]\d{2})\s*uur`;
const SUSPENSION = new RegExp(String.raw`^De vergadering wordt\s+(?:van\s+${TIME}\s+tot\s+${TIME}\s+|(?:om\s+${TIME}\s+)?)?(?:(enkele ogenblikken|kort|enige tijd)\s+)?geschorst\.?$`, 'iu');

export interface Suspension {
  from: string | null;
  until: string | null;
}

/** "De vergadering wordt van 17.37 uur tot 18.15 uur geschorst." / "… enkele ogenblikken geschorst." */
export function parseSuspension(line: string): Suspension | null {
  const m = SUSPENSION.exec(line);
  if (!m) return null;
  return { from: clock(m[1] ?? m[3]), until: clock(m[2]) };
}

const RESUMPTION = /^De vergadering wordt (?:om \d{1,2}[.:]\d{2} uur )?(?:heropend|hervat)\.?$/iu;
export function parseResumption(line: string): { time: string | null } | null {
  return RESUMPTION.test(line) ? { time: clock(line) } : null;
}

const CLOSING = new RegExp(String.raw`^Sluiting\s+(?:om\s+)?${TIME}\.?$`, 'iu');
/** "Sluiting 19.38 uur." closes the meeting. */
export function parseClosing(line: string): { time: string | null } | null {
  const m = CLOSING.exec(line);
  return m ? { time: clock(m[1]) } : null;
}

/**
 * A list item: a bullet glyph (• ● ▪ ‣ ⁃ · * ○ ◦ ■ ► ➢ ✓, the Symbol font's U+F0B7), a dash or a
 * number ("1.", "2)", "(3)") at the start of a paragraph, or a single letter ("a.", "b)") or a Roman numeral up to XV
 * ("IV.") before the word an item opens with ("De", "Voor", "Minister": "V. Jansen" is a name) (a letter alone before
 * lower case is prose). Not "ii.": small Roman numerals number the
 * parts of a sentence more often than a list; "(1)" inside a sentence ("namelijk (1) Rotterdam, (2) …") is not at a
 * paragraph's start. An item of a register of commitments opens with its number, with or without a dash: the Eerste
 * Kamer's "T03512 –", "T04218", the Tweede Kamer's "TZ202611-201" (also "TZ202612-031:").
 */
export const LIST_ITEM =
  /^(?:[\uF0B7•●▪‣⁃·*○◦■►➢✓]|[-–—](?=\s)|\d{1,2}[.)](?=\s)|\(\d{1,2}\)(?=\s)|[a-z][.)](?=\s+\p{Lu})|(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV)[.)](?=\s+(?:De|Het|Een|Er|Voor|Na|In|Op|Bij|Tijdens|Uiterlijk|Binnen|Begin|Eind|Medio|Minister|Staatssecretaris|Dat|Die|Deze|Dit|Ook|Daarnaast)\s)|o(?=\s+\p{Lu})|T[A-Z]?\d{4,6}(?:-\d{1,4})?(?:\s*[-–—]|:)?(?=\s+\p{Lu}))\s*/u;

/**
 * A line that opens a list item even without a blank line before it (PDF text glues lines):
 * a list item, but not after "*" or "·" (footnotes), a dash or number only with text after it, a
 * number only before a capital. An em dash only before a capital and when the line before ended a
 * sentence or announced (`afterSentence`, see blocks.ts): Dutch prose wraps onto lines starting
 * with "— " mid-sentence, while reports mark their lists of commitments with it ("Ik heb
 * genoteerd:" / "— De minister stuurt …").
 */
export function startsListItem(line: string, afterSentence = false): boolean {
  const m = LIST_ITEM.exec(line);
  if (!m) return false;
  const marker = m[0].trim();
  const rest = line.slice(m[0].length);
  if (marker === '*' || marker === '·' || rest === '') return false;
  if (marker === '—') return afterSentence && /^\p{Lu}/u.test(rest);
  return !/[.)]$/u.test(marker) || /^\p{Lu}/u.test(rest);
}
