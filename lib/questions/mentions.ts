import type { Speaker, Transcript } from '../transcript/model';
import type { Mention } from './model';
import { squash } from '../text/fold';
import { PARTY_ALIASES, PARTY_NAMES_AFTER_PERSON } from './parties';

/**
 * Mentions of speakers ("mevrouw Kröger", "de heer Van Asten", "collega
 * Boomsma", "minister Van den Brink", "de heren Ellian en Boomsma") and of
 * parties ("de PVV", "Forum voor Democratie", "D66"), resolved against the
 * people and parties present in the transcript. One regex pass per turn.
 */

// The party names are data (parties.json, linted by tests/questions/parties.test.ts), not code.

const escapeLiteral = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A name as a pattern that also takes a line break or two spaces between its words. */
const escape = (s: string) => escapeLiteral(s).replace(/\s+/g, '\\s+');

const PARTICLE = `(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Tt]e|[Ii]n|'t|[Hh]et|[Oo]p|[Vv]on|[Ll]e|[Ll]a|[Dd]')`;
const NAME = `(?:${PARTICLE}\\s+){0,3}\\p{Lu}[\\p{L}'’]*(?:-\\p{Lu}[\\p{L}'’]*)?`;
const TITLE = `(?:[Dd]e\\s+heer|[Mm]eneer|[Hh]et\\s+lid|[Kk]amerlid|[Mm]evrouw|[Cc]ollega|[Mm]inister|[Ss]taatssecretaris|[Mm]inister-president)`;
const PERSON = new RegExp(`(?<![\\p{L}])(?:(${TITLE})\\s+(${NAME})|([Dd]e\\s+heren)\\s+(${NAME}(?:\\s*,\\s*${NAME})*\\s+en\\s+${NAME}))`, 'gu');

function partyRegex(speakers: readonly Speaker[]): { re: RegExp; byAlias: Map<string, string> } | null {
  const byAlias = new Map<string, string>();
  for (const s of speakers) {
    if (!s.party) continue;
    for (const a of PARTY_ALIASES.get(squash(s.party)) ?? [s.party]) if (!byAlias.has(a)) byAlias.set(a, s.party);
  }
  if (byAlias.size === 0) return null;
  const alts = [...byAlias.keys()].sort((a, b) => b.length - a.length).map(escape);
  // The article belongs to the surface ("de PVV", "het CDA"); letters/digits around the name must not.
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:(?:[Dd]e|[Hh]et)\\s+)?(${alts.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return { re, byAlias };
}

const PARTICLES = new Set(['van', 'de', 'der', 'den', 'ter', 'ten', 'te', 'in', "'t", 'het', 'op', 'von', 'le', 'la', "d'", 'el', 'al', 'du', 'da', 'di', 'dos', 'das', 'del', 'della']);
/**
 * The surname after a first name ("Inge van Dijk" → "van Dijk", "Edgar Mulder" → "Mulder"), or null. A surname of
 * two capitalised words without a particle ("Bruins Slot") reads as a first name and a surname too: its "Slot" is
 * added, harmless unless someone named Slot is spoken of and does not speak.
 */
function surnameAfterFirstName(name: string): string | null {
  const words = name.trim().split(/\s+/u);
  if (words.length < 2 || words.length > 5 || !/^\p{Lu}\p{Ll}+$/u.test(words[0]!) || PARTICLES.has(words[0]!.toLowerCase())) return null;
  const rest = words.slice(1);
  const last = rest.at(-1)!;
  return rest.slice(0, -1).every((w) => PARTICLES.has(w.toLowerCase())) && /^\p{Lu}/u.test(last) ? rest.join(' ') : null;
}

/** Speaker ids by folded name; a name shared by two people maps to all of them. */
function nameIndex(speakers: readonly Speaker[]): Map<string, Speaker[]> {
  const idx = new Map<string, Speaker[]>();
  const shortened = new Map<string, Speaker[]>();
  for (const s of speakers) {
    if (s.role === 'chair' && /voorzitter/i.test(s.name)) continue;
    const k = squash(s.name);
    idx.set(k, [...(idx.get(k) ?? []), s]);
  }
  // A double surname is shortened to its first part in speech ("mevrouw Dekker" for Dekker-Abdulaziz), unless
  // that part is someone's whole name.
  for (const s of speakers) {
    const first = /^(\p{L}{3,})-\p{L}/u.exec(s.name.trim())?.[1];
    if (!first || (s.role === 'chair' && /voorzitter/i.test(s.name)) || idx.has(squash(first))) continue;
    const k = squash(first);
    shortened.set(k, [...(shortened.get(k) ?? []), s]);
  }
  for (const [k, list] of shortened) idx.set(k, list);
  // A label gives a first name when two members share a surname ("Inge van Dijk", "Edgar Mulder"); speech
  // says "mevrouw Van Dijk". A surname opens with a particle or a capital, a first name is one capitalised
  // word before it; the surname alone is added unless it is someone's whole name.
  const bySurname = new Map<string, Speaker[]>();
  for (const s of speakers) {
    const surname = surnameAfterFirstName(s.name);
    if (!surname || (s.role === 'chair' && /voorzitter/i.test(s.name))) continue;
    const k = squash(surname);
    if (idx.has(k)) continue;
    bySurname.set(k, [...(bySurname.get(k) ?? []), s]);
  }
  for (const [k, list] of bySurname) idx.set(k, list);
  return idx;
}

/**
 * A party named right after a person ("de heer De Groot van D66", "(VVD)"): any party, present in the debate or not.
 * Longest name first, so that "GroenLinks" does not cut "GroenLinks-PvdA" short. A space in a name matches one space
 * (escapeLiteral, not escape), as when this was a literal: a wider rule is a change to measure on its own.
 */
const AFTER_NAMES = [...PARTY_NAMES_AFTER_PERSON].sort((a, b) => b.length - a.length).map(escapeLiteral).join('|');
const PARTY_AFTER = new RegExp(`^[\\s,(]{0,4}(?:van\\s(?:(?:de|het)\\s)?)?(${AFTER_NAMES})(?![\\p{L}\\p{N}])`, 'u');
/** One key per party, whichever of its names is used ("GL-PvdA" and "GroenLinks-PvdA"; "PvdA" meets the merged party). */
function partyKey(name: string): string {
  const q = squash(name);
  for (const [k, names] of PARTY_ALIASES) if (k === q || names.some((a) => squash(a) === q)) return k;
  return q;
}

function resolve(name: string, idx: Map<string, Speaker[]>, after: string): string | null {
  const hits = idx.get(squash(name)) ?? [];
  const named = PARTY_AFTER.exec(after)?.[1];
  if (hits.length === 1) {
    // "de heer De Groot van D66" when only Peter de Groot of the VVD speaks: a namesake who does not.
    const own = hits[0]!.party;
    return named && own && partyKey(named) !== partyKey(own) ? null : hits[0]!.id;
  }
  // Two people with one surname: the party that follows decides ("mevrouw Jansen van de SP", "van D66"), also a
  // party this module does not list ("de heer Jansen van de Groep Jansen").
  const party =
    (named ? hits.find((s) => s.party && partyKey(s.party) === partyKey(named)) : undefined) ??
    hits.find((s) => s.party && new RegExp(`^\\s*\\(?\\s*(?:van\\s+(?:de|het)\\s+)?${escape(s.party)}`, 'u').test(after));
  return party?.id ?? null;
}

/**
 * Every resolved mention in the transcript's turns, in text order. Names of
 * people not present ("collega Westerveld") and parties no speaker belongs to
 * are left out: they have no turns to link to.
 */
export function findMentions(t: Transcript): Mention[] {
  const idx = nameIndex(t.speakers);
  const parties = partyRegex(t.speakers);
  const out: Mention[] = [];
  for (const turn of t.turns) {
    const body = t.text.slice(turn.start, turn.end);
    for (const m of body.matchAll(PERSON)) {
      const at = turn.start + m.index;
      if (m[1] && m[2]) {
        const id = resolve(m[2], idx, body.slice(m.index + m[0].length, m.index + m[0].length + 40));
        if (id) out.push({ turnIndex: turn.index, start: at, end: at + m[0].length, surface: m[0], speakerId: id, party: null });
        continue;
      }
      // "de heren Ellian en Boomsma": one mention per name, the first carries the title.
      const list = m[4]!;
      const listAt = m[0].length - list.length;
      for (const n of list.matchAll(new RegExp(NAME, 'gu'))) {
        const id = resolve(n[0], idx, '');
        if (!id) continue;
        const first = n.index === 0;
        const s = at + (first ? 0 : listAt + n.index);
        const e = at + listAt + n.index + n[0].length;
        out.push({ turnIndex: turn.index, start: s, end: e, surface: t.text.slice(s, e), speakerId: id, party: null });
      }
    }
    if (!parties) continue;
    for (const m of body.matchAll(parties.re)) {
      // In a compound the article belongs to the whole word ("de CDA-fractie"), so the surface is the name alone.
      const skip = body[m.index + m[0].length] === '-' ? m[0].length - m[1]!.length : 0;
      const at = turn.start + m.index + skip;
      out.push({ turnIndex: turn.index, start: at, end: at + m[0].length - skip, surface: m[0].slice(skip), speakerId: null, party: parties.byAlias.get(m[1]!)! });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The speakers a mention points to: the person, or every speaker of the party. */
export function speakersOf(m: Mention, speakers: readonly Speaker[]): string[] {
  if (m.speakerId) return [m.speakerId];
  return speakers.filter((s) => s.party !== null && s.party === m.party).map((s) => s.id);
}
