/** A stretch of text as offsets [start, end). */
export interface Span {
  start: number;
  end: number;
}

/**
 * A Dutch sentence splitter for transcript text. Linear in the text; a
 * sentence never crosses a paragraph ("\n"). Spans are trimmed.
 */

/**
 * Abbreviations that never end a sentence: the next word belongs to them ("nr. 995", "o.a. Nederland", "mr. Jansen").
 * Both sets are literal arrays marked pure, so that a bundle that imports this module without using them (the content
 * script, through blocks.ts) drops them: a split string is a call the bundler keeps.
 */
const NEVER_END: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'd.d', 'nr', 'nrs', 'art', 'artt', 'o.a', 'bijv', 'bv', 'b.v', 'i.v.m', 'm.b.t', 't.a.v', 't.b.v', 'i.p.v', 'm.u.v', 'm.n', 'z.g', 'zgn', 'ca', 'vgl', 'blz', 'p', 'pag', 'mr', 'dr', 'drs', 'ir', 'ing', 'prof', 'mevr', 'dhr', 'resp', 'c.q', 'incl', 'excl', 'lid', 'jo', 'sub', 'st', 'jr', 'sr', 'mln', 'mld', 'mrd', 'min', 'max', 'ong', 'evt', 'e.e.a', 'i.o.m', 'i.c', 'vs', 'dhr', 'no',
]);
/** Abbreviations that may end a sentence when a capital follows ("… enz. Dan …", "… t.z.t. Dan …"). */
const MAY_END: ReadonlySet<string> = /* @__PURE__ */ new Set(['enz', 'etc', 'e.d', 'e.a', 't.z.t', 'a.s', 'jl', 'c.s', 'e.v']);

// A run of stops and closing quotes; whether white space or the end follows is checked in code, not by a
// lookahead, which made a long run of "!" before another character quadratic.
const CANDIDATE = /[.!?…]+["'”’»)\]]*/gu;

/** The word (with inner dots) that ends right before `dot`, lowercased, without its final dot. */
function wordBefore(par: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[\p{L}\d.]/u.test(par[i - 1]!)) i--;
  return par.slice(i, dot).toLowerCase();
}

/** Whether `text` ends in an abbreviation or initials ("enz.", "jl.", "nr.", "J.P."), where a final dot ends no sentence. */
export function endsWithAbbreviation(text: string): boolean {
  const t = text.trimEnd();
  if (!t.endsWith('.')) return false;
  const w = wordBefore(t, t.length - 1);
  return NEVER_END.has(w) || MAY_END.has(w) || /^(?:\p{L}\.)*\p{L}$/u.test(w);
}

function isBoundary(par: string, start: number, punctStart: number, end: number): boolean {
  let j = end;
  while (j < par.length && /\s/u.test(par[j]!)) j++;
  if (j >= par.length) return true;
  const next = par[j]!;
  // A lower-case continuation is never a new sentence ("t.z.t. informeren", "… ik wil").
  if (/\p{Ll}/u.test(next)) return false;
  const punct = par.slice(punctStart, end);
  if (punct.startsWith('.') && !punct.startsWith('..')) {
    const word = wordBefore(par, punctStart);
    if (NEVER_END.has(word)) return false;
    if (MAY_END.has(word)) return /\p{Lu}/u.test(next);
    // Initials: "J. de Vries", "A.B. Jansen".
    if (/^(?:\p{L}\.)*\p{L}$/u.test(word) && /\p{Lu}/u.test(par[punctStart - 1]!)) return false;
    // A list marker at the start of a paragraph: "1. De minister stuurt …".
    if (/^\s*(?:\d{1,2}|[a-z])$/u.test(par.slice(start, punctStart))) return false;
  }
  return true;
}

/**
 * Sentences of `text` as offsets; `base` is added to every offset (pass the
 * turn's start to get offsets into `Transcript.text`).
 */
export function splitSentences(text: string, base = 0): Span[] {
  const out: Span[] = [];
  let parStart = 0;
  while (parStart <= text.length) {
    let parEnd = text.indexOf('\n', parStart);
    if (parEnd < 0) parEnd = text.length;
    const par = text.slice(parStart, parEnd);
    let sentStart = 0;
    CANDIDATE.lastIndex = 0;
    for (let m = CANDIDATE.exec(par); m; m = CANDIDATE.exec(par)) {
      const end = m.index + m[0].length;
      if (end < par.length && !/\s/u.test(par[end]!)) continue;
      if (isBoundary(par, sentStart, m.index, end)) {
        push(out, par, sentStart, end, parStart + base);
        sentStart = end;
      }
    }
    push(out, par, sentStart, par.length, parStart + base);
    parStart = parEnd + 1;
  }
  return out;
}

function push(out: Span[], par: string, a: number, b: number, offset: number): void {
  while (a < b && /\s/u.test(par[a]!)) a++;
  while (b > a && /\s/u.test(par[b - 1]!)) b--;
  if (b > a) out.push({ start: offset + a, end: offset + b });
}

/**
 * The sentence of `par` (one paragraph) that holds [from, to), as offsets
 * into `par`; a span crossing sentences gets all of them. Same rule as
 * splitSentences, so "nr. 5" or "d.d." never cut a definition's sentence.
 */
export function sentenceAt(par: string, from: number, to: number): [number, number] {
  const spans = splitSentences(par);
  const first = spans.find((s) => s.end > from) ?? { start: 0, end: par.length };
  let last = first;
  for (const s of spans) if (s.start < to) last = s;
  return [Math.min(first.start, from), Math.max(last.end, to)];
}

/** A sentence of a turn, with the index of its paragraph within the turn. */
export interface TurnSentence extends Span {
  paragraph: number;
}

/** A turn as the sentence splitter needs it (`Transcript['turns'][number]` fits). */
export interface SentenceTurn {
  start: number;
  paragraphs: readonly string[];
}

// One split per turn for every analysis that reads sentences (commitments, questions, deferrals, complaints):
// kept for as long as the turn object lives.
const BY_TURN = new WeakMap<SentenceTurn, TurnSentence[]>();

/**
 * The sentences of one turn as offsets into the transcript text (paragraphs
 * joined by "\n" from `turn.start`), split once and shared.
 */
export function sentencesOfTurn(turn: SentenceTurn): readonly TurnSentence[] {
  let out = BY_TURN.get(turn);
  if (out) return out;
  out = [];
  let base = turn.start;
  turn.paragraphs.forEach((par, p) => {
    for (const s of splitSentences(par, base)) out!.push({ ...s, paragraph: p });
    base += par.length + 1;
  });
  BY_TURN.set(turn, out);
  return out;
}
