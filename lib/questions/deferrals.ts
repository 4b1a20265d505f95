import type { Transcript } from '../transcript/model';
import type { Deferral } from './model';
import { foldedSlice } from '../text/folded-text';
import { ANSWER_WINDOW_TURNS, bm25, candidates, relevance, type Passage, type PassageIndex } from './passages';
import { fold } from '../text/fold';
import { sentencesOfTurn } from '../text/sentences';
import { features, fewerContentWords } from './text';

/**
 * Promises to come back to a point later in the same debate ("Daar kom ik
 * straks op terug", "waar ik zo meteen nog iets meer over zal zeggen"), and
 * the later paragraph of the same speaker that takes the point up again.
 * Promises to write to the Kamer are commitments, not deferrals: they name
 * no time in the debate.
 */

/** Words that place a point later in this debate; "zo meteen" and "(de) tweede termijn" are read as pairs. */
const LATER = new Set(['straks', 'zometeen', 'later', 'dadelijk', 'nog', 'zo']);
const SOON = new Set(['straks', 'zometeen', 'dadelijk']);

/** Whether the words from `i` on say "zo meteen" or "in (de) tweede termijn"; how many words that takes, or 0. */
function pairAt(w: readonly string[], i: number): number {
  if (w[i] === 'zo' && w[i + 1] === 'meteen') return 2;
  if (w[i] === 'in' && w[i + 1] === 'tweede' && w[i + 2] === 'termijn') return 3;
  if (w[i] === 'in' && w[i + 1] === 'de' && w[i + 2] === 'tweede' && w[i + 3] === 'termijn') return 4;
  return 0;
}

/** What takes a point up later: "terugkomen", "op terug", "op in", "(in)gaan", "over zeggen/hebben". */
function takesUpAt(w: readonly string[], i: number): boolean {
  const a = w[i]!;
  const b = w[i + 1];
  if (a.startsWith('terugkom') || a === 'ingaan') return true;
  if (a === 'op' && (b === 'terug' || b === 'in')) return true;
  if (a === 'in' && b === 'gaan') return true;
  if (a !== 'over') return false;
  const next = b === 'zal' || b === 'ga' ? w[i + 2] : b;
  return next === 'zeggen' || next === 'hebben';
}

/** A form of "komen" as a word, or a time soon in the debate: a superset of what either way below needs ("inkomen", "toekomst" are not). */
const MAY_DEFER = /(?<![\p{L}])kom(?:t|en)?(?![\p{L}])|straks|dadelijk|meteen|termijn/u;
const NOT_WORD_OR_SPACE = /[^\p{L}\p{N}\s]+/gu;
const COME = /^kom(?:t|en)?$/u;
const WE = /^(?:ik|we|wij)$/u;

/**
 * True when the sentence defers its point to later in the debate: "daar kom ik straks op terug", "waar ik
 * zo meteen nog iets meer over zal zeggen", "dat komt in de tweede termijn terug". A time in the debate is
 * required: "daar kom ik op terug" alone may mean a letter. One pass over the words (the regular
 * expressions this replaced were quadratic on a long sentence). `folded`: the sentence folded, when the caller
 * has it (only it is read).
 */
export function isDeferral(sentence: string, folded = fold(sentence)): boolean {
  // Both ways need one of these (a form of "komen", or a time soon in the debate): most sentences have none.
  if (!MAY_DEFER.test(folded)) return false;
  // The words between white space, letters and digits only ("zo-meteen," → "zometeen"): what is not a letter,
  // digit or space goes in one pass over the sentence.
  const w = folded.replace(NOT_WORD_OR_SPACE, '').split(/\s+/u).filter(Boolean);
  let comeAt = -1;
  let soonAt = -1;
  for (let i = 0; i < w.length; i++) {
    // 1. "kom ik/komen we" (or, opening the sentence, "ik kom/we komen") with a time within four words, then "terug" (or
    // a clause-final "op") later on.
    if ((COME.test(w[i]!) && WE.test(w[i + 1] ?? '')) || (WE.test(w[i]!) && COME.test(w[i + 1] ?? ''))) {
      for (let j = i + 2; j <= i + 5 && j < w.length; j++) {
        if (LATER.has(w[j]!) || pairAt(w, j) > 0) {
          comeAt = j;
          break;
        }
      }
    }
    if (comeAt >= 0 && i > comeAt && w[i] === 'terug') return true;
    // Or "op" ending its clause ("Daar kom ik zo op", "…, in het blokje over …"): getting to the point, not "op uit"
    // nor "op het punt van …".
    if (comeAt >= 0 && i > comeAt && w[i] === 'op' && (i === w.length - 1 || /^(?:in|bij|als|na)$/u.test(w[i + 1]!))) return true;
    // 2. A time soon in the debate, then a verb of taking a point up.
    const pair = pairAt(w, i);
    if (soonAt < 0 && (SOON.has(w[i]!) || pair > 0)) {
      soonAt = i + Math.max(pair, 1);
      continue;
    }
    if (soonAt >= 0 && i >= soonAt && takesUpAt(w, i)) return true;
  }
  return false;
}

/**
 * BM25 (in units of one rare word) a later paragraph must reach to count as
 * coming back to the topic, and its share of the best such
 * paragraph: the first paragraph that is clearly about it, not the first
 * that brushes it.
 */
export const RESOLVED = 1.2;
const NEAR_BEST = 0.6;
const HALF = 0.5;

/**
 * Every deferral outside the chair, with the later turn (of the same
 * speaker, in the same debate) that comes back to its topic.
 */
export function findDeferrals(t: Transcript, ix: PassageIndex): Deferral[] {
  const out: Deferral[] = [];
  for (const turn of t.turns) {
    // Cheap test on the whole turn first (a word every deferral needs, no splitting into words): deferrals are rare.
    if (turn.asChair || !MAY_DEFER.test(foldedSlice(t, turn.start, turn.end))) continue;
    const sents = sentencesOfTurn(turn);
    sents.forEach((s, i) => {
      const text = t.text.slice(s.start, s.end);
      if (!isDeferral(text, foldedSlice(t, s.start, s.end))) return;
      // "Daar kom ik straks op terug" says nothing itself: the sentence before, or the turns it replies to, hold the topic.
      let topic = text;
      if (fewerContentWords(text, 2)) {
        const prev = sents[i - 1];
        if (prev && prev.paragraph === s.paragraph) topic = t.text.slice(prev.start, s.end);
        else if (i === 0) topic = precedingTurns(t, turn.index) + ' ' + text;
      }
      const query = features(topic);
      // Later paragraphs of the same speaker: the rest of this turn, then their next turns in this debate.
      const later = (p: Passage) =>
        p.speakerId === turn.speakerId &&
        !t.turns[p.turnIndex]!.asChair &&
        (p.turnIndex > turn.index || (p.turnIndex === turn.index && p.start >= s.end)) &&
        sameDebate(t, turn.index, p.turnIndex);
      const scored = candidates(ix, query, later, { from: turn.index, to: turn.index + ANSWER_WINDOW_TURNS + 1 }).map((id) => ({
        turn: ix.passages[id]!.turnIndex,
        score: bm25(ix, query, ix.passages[id]!),
        share: relevance(ix, query, ix.passages[id]!),
      }));
      const best = Math.max(0, ...scored.map((x) => x.score));
      // Enough distinctive words in common, or most of a short topic ("de kinderen in terugkeerhubs").
      const first = scored.find((x) => (x.score >= RESOLVED || x.share >= HALF) && x.score >= best * NEAR_BEST);
      out.push({ turnIndex: turn.index, start: s.start, end: s.end, text, resolvedIn: first ? first.turn : null });
    });
  }
  return out;
}

/** Text of the turns since this speaker last spoke (at most two): what a bare "daar" refers to. */
function precedingTurns(t: Transcript, index: number): string {
  const speaker = t.turns[index]!.speakerId;
  const parts: string[] = [];
  for (let i = index - 1; i >= 0 && parts.length < 2; i--) {
    const x = t.turns[i]!;
    if (x.speakerId === speaker && !x.asChair) break;
    parts.unshift(t.text.slice(x.start, x.end));
  }
  return parts.join(' ');
}

/** No agenda item starts between the two turns. */
function sameDebate(t: Transcript, a: number, b: number): boolean {
  return !t.events.some((e) => e.type === 'agenda-item' && e.beforeTurn > a && e.beforeTurn <= b);
}

/**
 * Not having the answer at hand: "heb ik (hier) niet paraat", "… niet bij me", "moet ik u schuldig blijven", "weet ik
 * (nu) niet", "kan ik niet zomaar uit het register halen".
 */
const NOT_AT_HAND = /(?<![\p{L}])(?:niet paraat|niet bij de hand|niet bij me|schuldig blijven|weet ik (?:nu |hier |op dit moment )?niet|niet zomaar (?:\p{L}+ ){0,4}(?:halen|geven|noemen|zeggen))(?![\p{L}])/u;
/**
 * The answer promised in writing or by a time after the debate: "U krijgt het schriftelijk", "kom ik schriftelijk op
 * terug", "u krijgt het cijfer voor het volgende debat".
 */
const IN_WRITING = /(?<![\p{L}])(?:(?:krijgt u|u krijgt|ontvangt u|stuur ik u|kom ik)(?: \p{L}+){0,6} schriftelijk|schriftelijk (?:op )?terug|schriftelijk beantwoord|(?:krijgt u|u krijgt|ontvangt u|stuur ik u) (?:het|dat|die|dit)(?: cijfer| getal| aantal| bedrag| antwoord)? (?:voor|na|binnen|uiterlijk) )/u;

/**
 * A short reply (three sentences at most, `folded`) that opens by not having the answer at hand, promises it in
 * writing and gives no figure: "Dat cijfer heb ik hier niet paraat. U krijgt het schriftelijk." (answers.ts).
 */
export function promisesWrittenAnswerOnly(folded: string): boolean {
  const sentences = folded.split(/(?<=[.!?])\s+/u);
  // Not "… lag iets lager, maar het precieze aantal heb ik niet paraat": a "maar" before it gives part of the answer
  // ("… niet paraat, maar u krijgt het schriftelijk" is the promise after it).
  const notAtHand = NOT_AT_HAND.exec(sentences[0]!);
  const partAnswered = notAtHand !== null && /(?<![\p{L}])maar(?![\p{L}])/u.test(sentences[0]!.slice(0, notAtHand.index));
  return sentences.length <= 3 && notAtHand !== null && !partAnswered && IN_WRITING.test(folded) && !/\d/u.test(folded);
}

/**
 * An answer unit that takes up a question ("Mevrouw Kat vroeg hoeveel …") and then only promises the answer for later,
 * as `promisesWrittenAnswerOnly` reads a reply: "Dat cijfer heb ik niet bij me. … u krijgt het … schriftelijk." Before
 * the take-up at most an opening of two sentences without a figure ("Voorzitter. Ik begin bij de vragen van …").
 */
export function takesUpAndDefers(folded: string): boolean {
  const sentences = folded.split(/(?<=[.!?])\s+/u);
  const k = sentences.findIndex((x) => /(?<![\p{L}])(?:vroeg|vraagt|vroegen)(?![\p{L}])/u.test(x));
  return k >= 0 && k <= 2 && k < sentences.length - 1 && !/\d/u.test(sentences.slice(0, k).join(' ')) && promisesWrittenAnswerOnly(sentences.slice(k + 1).join(' '));
}
