import { fold } from '../text/fold';
import type { Motion } from '../transcript/model';

/** What a sentence says about which motion it is about. */
export type MotionRef =
  /** Named: by number, by submitter, by ordinal; the indices into the motions, in order. */
  | { kind: 'named'; indices: number[] }
  /** "Dan de volgende motie", "Dan kom ik bij de motie over …": the next one in order. */
  | { kind: 'next' }
  | null;

const ORDINALS = ['eerste', 'tweede', 'derde', 'vierde', 'vijfde', 'zesde', 'zevende', 'achtste', 'negende', 'tiende'];
/** Words between "motie van" and a name: "de heer", "mevrouw", "het lid", "de leden", "collega". */
const NAME_LEAD = /^(?:(?:de |het )?(?:heer|mevrouw|lid|leden|collega|collega's) )+/u;
/** "deze motie", "die motie", "zijn motie": the one being discussed, not a new one. */
const DEMONSTRATIVES = new Set(['deze', 'die', 'dezelfde', 'diezelfde', 'zijn', 'haar', 'hun', 'uw', 'jouw']);
/** Moving on to a motion: "Dan de motie …", "Vervolgens kom ik bij de motie …", "De volgende motie". */
const MOVING_ON = /^(?:dan|vervolgens|daarna|dan kom ik (?:bij|op|aan)|tot slot|ten slotte|als laatste|tot besluit)\b/u;

/** Numbers after "nr.", "nrs.", "nummer": "op stuk nr. 1136", "nrs. 1136 en 1137". */
function numbersIn(s: string): string[] {
  const out: string[] = [];
  const lead = /\b(?:nrs?|nummers?)\b\.?/gu;
  for (let m = lead.exec(s); m; m = lead.exec(s)) {
    const tail = s.slice(m.index + m[0].length, m.index + m[0].length + 40);
    // Digits, joined by commas and "en", until the first other word.
    for (const part of tail.split(/(?:,| en | tot en met )/u)) {
      const d = /^\s*(\d{1,5})\b/u.exec(part);
      if (!d) break;
      out.push(d[1]!);
    }
  }
  return out;
}

/** The name right after "motie-" or "motie(s) van (de heer …)", as folded text up to 60 characters. */
function namedAfter(s: string, at: number): string | null {
  let rest = s.slice(at, at + 80);
  if (rest.startsWith('-')) return rest.slice(1);
  const van = /^s? van /u.exec(rest);
  if (!van) return null;
  rest = rest.slice(van[0].length);
  return rest.replace(NAME_LEAD, '');
}

const startsWithName = (text: string, name: string) => text.startsWith(name) && !/^[\p{L}\p{N}]/u.test(text.slice(name.length));

/**
 * The motions a government speaker's sentence refers to. Numbers are the
 * surest; a submitter's name ("de motie van de heer De Hoop", "de
 * motie-Van der Lee c.s.") picks that member's motions, narrowed by an
 * ordinal ("de tweede motie van …"); an ordinal alone counts in the debate's
 * order. Only names right after "motie" count: a member named elsewhere in
 * the sentence is not the motion's submitter.
 */
export function motionRef(sentence: string, motions: readonly Motion[]): MotionRef {
  const s = fold(sentence);
  if (!s.includes('motie')) return null;
  const numbers = new Set(numbersIn(s));
  if (numbers.size > 0) {
    const byNumber = motions.flatMap((m, i) => (m.number !== null && numbers.has(m.number) ? [i] : []));
    if (byNumber.length > 0) return { kind: 'named', indices: byNumber };
  }
  let demonstrative = false;
  const firsts = motions.map((m) => (m.submitters[0] ? fold(m.submitters[0]) : null));
  for (let at = s.indexOf('motie'); at >= 0; at = s.indexOf('motie', at + 5)) {
    const before = s.slice(Math.max(0, at - 14), at).trim().split(' ').pop() ?? '';
    const ordinal = before === 'laatste' ? -1 : ORDINALS.indexOf(before) + 1;
    const named = namedAfter(s, at + 5);
    const mine = named === null ? [] : firsts.flatMap((f, i) => (f && startsWithName(named, f) ? [i] : []));
    if (mine.length > 0) {
      if (ordinal === 0) return { kind: 'named', indices: mine };
      const pick = ordinal < 0 ? mine[mine.length - 1] : mine[ordinal - 1];
      if (pick !== undefined) return { kind: 'named', indices: [pick] };
    } else if (ordinal !== 0 && named === null) {
      const pick = ordinal < 0 ? motions.length - 1 : ordinal - 1;
      if (pick < motions.length) return { kind: 'named', indices: [pick] };
    }
    if (before === 'volgende') return { kind: 'next' };
    if (DEMONSTRATIVES.has(before)) demonstrative = true;
  }
  // "Dan de motie over …" moves on; "Dan laat ik deze motie aan het oordeel van de Kamer" stays.
  return MOVING_ON.test(s.trim()) && !demonstrative ? { kind: 'next' } : null;
}
