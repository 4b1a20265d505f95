import { normalizeText } from '../transcript/normalize';
import { parseLabel } from '../transcript/patterns';
import { findAttendance, findDate } from '../transcript/meta';
import type { House } from '../transcript/model';
import type { SprekerInfo } from './vlos-speakers';
import { attr, find, kid, kidText, local } from './xml';

/**
 * The pieces of a Handelingen XML document (officielebekendmakingen,
 * `officiele-publicatie`, schema op-xsd-2012-1) that are not the walk itself:
 * who a `spreker` is, what a motion's note says, and the meeting's date.
 */

/** A `spreker` element read as the printed label and the person behind it. */
export interface HandelingenSpreker {
  /** "De heer Wörsdörfer (VVD):", as the record prints it. */
  label: string;
  /** "De voorzitter:": the person in the chair, whoever that is. */
  asChair: boolean;
  /** The person, for anyone but the chair. */
  info: SprekerInfo | null;
}

/**
 * The label is the element's own text (`voorvoegsels`, `naam`, "(", `politiek`,
 * "):"), so the patterns that read printed labels read it too. Whitespace the
 * file puts inside `naam` for indentation is not printed before ":" or ")".
 * Older files give only the parts (`wie` with `voorvoegsels`, `naam`,
 * `politiek`, no text between them): the label is then put together from them.
 */
export function readSpreker(el: Element): HandelingenSpreker | null {
  const naam = kid(el, 'naam');
  // The surname is `naam/achternaam`, or in older files the text of a `naam` without parts.
  const surname = kidText(naam, 'achternaam') ?? (naam && !naam.firstElementChild ? kidText(el, 'naam') : null);
  const prefix = kidText(el, 'voorvoegsels') ?? formOfAddress(kidText(el, 'aanspr'));
  const functie = kidText(el, 'functie');
  // The oldest files (root `handeling`) name the party `partij`, later ones `politiek`.
  const partyEl = kidText(el, 'politiek') ?? kidText(el, 'partij');
  const label = hasOwnText(el) ? printedLabel(el) : labelFromParts(prefix, surname, partyEl, functie);
  if (!surname && !label) return null;
  const printed = parseLabel(label.endsWith(':') ? label : `${label}:`, surname);
  // The chair is printed as `<voorvoegsels>De</voorvoegsels><naam><achternaam>voorzitter</achternaam></naam>`.
  if (printed?.asChair || (/^(?:tijdelijke )?voorzitter$/u.test(surname?.toLowerCase() ?? '') && !partyEl)) {
    return { label: printed?.raw ?? 'De voorzitter:', asChair: true, info: null };
  }
  const role = printed?.role ?? roleFromOffice(functie);
  const given = kidText(naam, 'voornaam') ?? kidText(naam, 'initialen') ?? kidText(naam, 'voorletters') ?? kidText(el, 'voorletters');
  const name = printed?.name ?? surname;
  if (!name) return null;
  return {
    label: printed?.raw ?? (label.endsWith(':') ? label : `${label}:`),
    asChair: false,
    info: {
      // A first name or initials tell apart two people who share a surname (and the party is missing).
      objectId: given && surname ? `${given} ${surname}`.toLowerCase() : null,
      name,
      party: role === 'member' ? (printed?.party ?? partyEl) : null,
      role,
      aanhef: prefix,
      office: role === 'member' ? null : functie,
    },
  };
}

/**
 * The oldest files' `aanspr` ("Mevrouw", "De heer", "Minister"). Readers of
 * those files also expect a one-letter code there ("m"): that is no form of
 * address, and printing it before the name would make a label no one wrote.
 */
function formOfAddress(aanspr: string | null): string | null {
  return aanspr && aanspr.length > 1 ? aanspr : null;
}

function printedLabel(el: Element): string {
  // The office after the colon ("</naam>:<functie>minister-president, …</functie>") is no part of the label.
  let text = '';
  for (let n = el.firstChild; n; n = n.nextSibling) if (!(n.nodeType === 1 && local(n as Element) === 'functie')) text += n.textContent ?? '';
  // normalizeText leaves single spaces only, so one space before ":" or ")" is all there can be. An empty party
  // ("(<politiek/>)") prints nothing.
  return normalizeText(text)
    .replace(/ ([:)])/gu, '$1')
    .replace(/\(\s+/gu, '(')
    .replace(/ ?\(\)/gu, '');
}

/** Text of the element itself, outside its child elements (the "(" and "):" of a printed label). */
function hasOwnText(el: Element): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && /\S/u.test(n.textContent ?? '')) return true;
  return false;
}

/**
 * "De heer Jansen (PvdA):" from its parts, as the record prints it. Without a
 * prefix an office names the person ("Minister Jansen:"), as printed labels do.
 */
function labelFromParts(prefix: string | null, surname: string | null, party: string | null, functie: string | null): string {
  if (!surname) return '';
  const office = functie ? functie.split(/\s+/u)[0]! : null;
  const lead = prefix ?? (office ? office[0]!.toUpperCase() + office.slice(1) : null);
  return `${lead ? `${lead} ` : ''}${surname}${party ? ` (${party})` : ''}:`;
}

/** A label the patterns do not know ("Vicepremier X:"): the office element, when there is one, says what the person is. */
function roleFromOffice(functie: string | null): SprekerInfo['role'] {
  const f = (functie ?? '').toLowerCase();
  if (f.startsWith('staatssecretaris')) return 'state-secretary';
  // "vicepremier, minister van Financiën": a minister whose office names the deputy premiership first.
  if (/^(?:vice)?minister|^(?:vice)?premier\b/u.test(f)) return 'minister';
  return 'member';
}

/** What a motion's own markup and the chair's note say about it. */
export interface MotionFacts {
  number: string | null;
  kamerstuk: string | null;
  submitters: string[];
}

/**
 * A dossier ("31311", "35300-A", "36200-XIV", with a sub-number "21501-32"), then a motion's number or the Eerste
 * Kamer's letter ("Zij krijgt letter I"): in a link (`kst-…`), a motion's id (`M-…`) and a note's text.
 */
const FROM_REF = /^kst-(\d+(?:-(?:[A-Z]+|\d{1,3}))?)-(\d+|[A-Z]{1,3})$/iu;
// Not after a digit: the leftmost match never starts there anyway, and each run of digits is tried once, not once per digit.
const FROM_ID = /(?<!\d)(\d+(?:-(?:[A-Z]+|\d{1,3}))?)-(\d+|[A-Z]{1,3})$/iu;
// The dossier may follow what the motion was before ("Zij krijgt nr. 7, was nr. 5 (36200-XIV).").
const FROM_TEXT = /\bkrijgt (?:nr\.|letter)\s*(\d+|[A-Z]{1,3})\b(?:[^()]{0,40}?\((\d+(?:-(?:[A-Z]+|\d{1,3}))?)\))?/iu;

/** How much of a motion's note is searched for its submitters (the longest in the real documents: about 300). */
export const NOTE_CHARS = 2000;

/**
 * Number and dossier from the note's link to the Kamerstuk (`extref
 * doc="kst-31311-199"`), else from the motion's id ("M-31311-199"), else from
 * the note's text ("Zij krijgt nr. 199 (31311)."); submitters from "voorgesteld
 * door de leden A, B en C" / "door het lid A" (the Eerste Kamer: "ondertekend door").
 */
export function motionFacts(motie: Element, info: Element | null, note: string | null): MotionFacts {
  const ref = info ? (find(info, 'extref') ?? null) : null;
  const fromRef = ref ? FROM_REF.exec(attr(ref, 'doc') ?? '') : null;
  const fromId = FROM_ID.exec(attr(motie, 'id') ?? '');
  const fromText = note ? FROM_TEXT.exec(note) : null;
  const number = fromRef?.[2] ?? fromId?.[2] ?? fromText?.[1] ?? null;
  const kamerstuk = fromRef?.[1] ?? fromId?.[1] ?? fromText?.[2] ?? null;
  // A motion's note is a sentence or two; the names are looked for in its first NOTE_CHARS only,
  // which bounds the search (and the split below) whatever a file holds.
  const who = note ? /\b(?:voorgesteld|ondertekend) door (?:de leden|het lid)\s+(.+?)\.(?:\s|$)/iu.exec(note.slice(0, NOTE_CHARS)) : null;
  const submitters = who ? who[1]!.split(/,\s*|\s+en\s+/u).map((s) => s.trim()).filter(Boolean) : [];
  return { number, kamerstuk, submitters };
}

/**
 * The chamber from the identifier the document's metadata links to
 * (".../h-ek-20142015-13-3/metadata.xml": the Eerste Kamer's), as a field to
 * spread into the meta; nothing when no identifier is given.
 */
export function houseOf(root: Element): { house?: House } {
  const stack: Element[] = [root];
  while (stack.length > 0) {
    const el = stack.pop()!;
    const m = local(el) === 'meta' ? /\/h-([et])k-\d/u.exec(attr(el, 'content') ?? '') : null;
    if (m) return { house: m[1] === 'e' ? 'eerste-kamer' : 'tweede-kamer' };
    // Only the metadata holds `meta`: do not walk into the record's text.
    if (local(el) === 'handelingen') continue;
    for (const c of Array.from(el.children)) stack.push(c);
  }
  return {};
}

/**
 * The meeting's date from the document's `meta` elements: the meeting date
 * (OVERHEIDop.datumVergadering, also spelled vergaderdatum), never the
 * publication date (DCTERMS.issued, DC.date). Written 2018-03-14 or 14-03-2018.
 * A whole sitting's file prints it in its `vergadering` block instead.
 */
export function meetingDate(root: Element): string | null {
  const stack: Element[] = [root];
  while (stack.length > 0) {
    const el = stack.pop()!;
    // A whole sitting's `vergadering` prints it: "Woensdag 14 maart 2018".
    if (local(el) === 'vergaderdatum') {
      const printed = findDate(normalizeText(el.textContent ?? ''));
      if (printed) return printed;
    }
    if (local(el) === 'meta' && /datumvergadering|vergaderdatum/u.test((attr(el, 'name') ?? '').toLowerCase())) {
      const value = (attr(el, 'content') ?? el.textContent ?? '').trim();
      const iso = /^(\d{4})-(\d{2})-(\d{2})/u.exec(value);
      if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
      const dutch = /^(\d{1,2})-(\d{1,2})-(\d{4})$/u.exec(value);
      if (dutch) return `${dutch[3]}-${dutch[2]!.padStart(2, '0')}-${dutch[1]!.padStart(2, '0')}`;
    }
    // Only the metadata holds `meta`, and a sitting's `vergadering` its date: do not walk into the items.
    if (local(el) === 'agendapunt') continue;
    for (const c of Array.from(el.children)) stack.push(c);
  }
  return null;
}

/** A whole sitting's roll call: its names stand in the paragraph after "Aanwezig zijn … te weten:". */
export function rollCall(header: readonly string[]): string[] {
  return findAttendance(header.map((h, i) => (/te weten:$/u.test(h) && header[i + 1] !== undefined ? `${h} ${header[i + 1]}` : h)));
}

/** Whether a parsed XML document is Handelingen XML: its root (older files': `handeling`), a `handelingen` element under it, or its turns (`spreekbeurt`, older files' `voorz`). */
export function isHandelingenXml(doc: Document): boolean {
  const root = doc.documentElement;
  if (!root) return false;
  const name = local(root);
  return name === 'handelingen' || name === 'handeling' || (name === 'officiele-publicatie' && kid(root, 'handelingen') !== null) || find(root, 'spreekbeurt') !== null || find(root, 'voorz') !== null;
}
