import type { Tok } from './promise-to-act';

/**
 * How the in-debate grammar reads one sentence: its words in clauses, and
 * whether the clause of a verb takes the promise back (no, might, did,
 * someone else asked, must, asks how). Apart from in-debate.ts, which holds
 * the paths that find a promise.
 */

/** Words (of the folded sentence) and clause numbers; a clause ends at , ; : ( ) — – and before "maar"/"want". */
export function tokens(folded: string): Tok[] {
  const out: Tok[] = [];
  let clause = 0;
  for (const m of folded.matchAll(/[\p{L}\d]+(?:[-.][\p{L}\d]+)*\.?|[,;:()—–]/gu)) {
    const w = m[0];
    if (/^[,;:()—–]$/u.test(w)) {
      clause++;
      continue;
    }
    if (w === 'maar' || w === 'want') clause++;
    out.push({ w: w.replace(/\.$/u, ''), clause });
  }
  return out;
}

export const SUBJECT = new Set(['ik', 'we', 'wij', 'kabinet']);
export const NEGATION = new Set(['niet', 'geen', 'nooit', 'niets']);
const HYPOTHETICAL = new Set(['zou', 'zouden']);
/** "Misschien zal ik daar morgen over horen": a hedged intention is no promise to act (a hedged delivery still counts). */
export const HEDGE = new Set(['misschien', 'wellicht', 'eventueel']);
export const PAST = new Set(['heb', 'hebt', 'heeft', 'hebben', 'had', 'hadden']);
export const FUTURE = new Set(['zal', 'zullen', 'zult']);
const REPORTED = new Set(['vroeg', 'vroegen', 'vraagt', 'gevraagd', 'verzocht', 'verzoekt']);
/** Considering, doubting, hesitating: "Ik overweeg om u … te informeren" weighs the act, it does not promise it. */
const WEIGHING = new Set(['overweeg', 'overweegt', 'overwegen', 'twijfel', 'twijfelt', 'twijfelen', 'aarzel', 'aarzelt', 'aarzelen']);

/**
 * "niet alleen", "niet enkel", "niet slechts": no negation, the start of "but also". Nor "niet" in a time: "op niet
 * al te lange termijn", "niet later dan 1 juni", "niet eerder dan", "niet langer dan".
 */
export const negates = (ws: readonly string[], k: number) =>
  NEGATION.has(ws[k]!) &&
  !(
    ws[k] === 'niet' &&
    (/^(?:alleen|enkel|slechts|alleen maar)$/u.test(ws[k + 1] ?? '') || (ws[k + 1] === 'al' && ws[k + 2] === 'te') || (/^(?:later|eerder|langer)$/u.test(ws[k + 1] ?? '') && ws[k + 2] === 'dan'))
  );
/** Words that open a clause or a second member inside the main clause: a "niet" after them is not the verb's. */
const OPENS_CLAUSE = new Set(['dat', 'die', 'wat', 'waar', 'waarin', 'waarop', 'waarmee', 'waarover', 'waarbij', 'waardoor', 'omdat', 'als', 'indien', 'zodat', 'zodra', 'nadat', 'voordat', 'totdat', 'terwijl', 'doordat', 'tenzij', 'hoe', 'waarom', 'wanneer', 'of', 'welke', 'wie', 'om', 'en']);
/** Words before which "niet" belongs to a noun: "de niet bestede middelen", "met niet genoeg". */
const IN_NOUN_PHRASE = new Set(['de', 'het', 'een', 'der', 'met', 'van', 'voor', 'zonder']);
/**
 * "Ik stuur u de evaluatie niet": in a main clause the verb comes second and its "niet" after it. Only "niet"
 * and "nooit": a "geen" after the verb is mostly inside the object ("de scholen met nog geen vergunning").
 */
function negatedAfter(ts: Tok[], at: number): boolean {
  const words = ts.map((t) => t.w);
  for (let k = at + 1; k < ts.length && ts[k]!.clause === ts[at]!.clause; k++) {
    if (OPENS_CLAUSE.has(words[k]!)) return false;
    if ((words[k] === 'niet' || words[k] === 'nooit') && negates(words, k) && !IN_NOUN_PHRASE.has(words[k - 1]!)) return true;
  }
  return false;
}
/** Words that open an indirect question or a clause about how: "hoe we ervoor zorgen dat …" is no promise. */
const INDIRECT = new Set(['hoe', 'waarom', 'wat', 'welke', 'wanneer', 'hoezeer', 'of']);
const ZIJN_AUX = new Set(['ben', 'bent', 'is', 'was', 'waren']);

/** The clause of token `at` says no, might, did, someone else asked, must, weighs it, or asks how. */
export function blocked(ts: Tok[], at: number): boolean {
  const c = ts[at]!.clause;
  const before = ts.filter((t, j) => t.clause === c && j <= at).map((t) => t.w);
  const clause = ts.filter((t) => t.clause === c).map((t) => t.w);
  if (before.some((w, k) => negates(before, k) || HYPOTHETICAL.has(w) || REPORTED.has(w) || WEIGHING.has(w)) || negatedAfter(ts, at)) return true;
  // "ik ben meteen aan de slag gegaan om … toe te sturen", "ik ben op pad gestuurd": done, with "zijn".
  if (before.some((w) => ZIJN_AUX.has(w)) && before.some((w, k) => k > 0 && /^ge\p{L}{3,}[dtn]$/u.test(w) && w !== 'gevraagd') && !clause.some((w) => FUTURE.has(w))) return true;
  // "… hoe we ervoor zorgen dat …": the verb answers how, it promises nothing.
  if (before.slice(0, -1).some((w, k) => k > 0 && INDIRECT.has(w))) return true;
  // "dan moeten wij, terecht natuurlijk, weer een reactie sturen": a duty described, not a promise made
  // (asides between commas split the clause, so the whole sentence before the verb is read).
  const sentenceBefore = ts.slice(0, at).map((t) => t.w);
  if (sentenceBefore.some((w) => w === 'moeten' || w === 'moet') && !sentenceBefore.some((w) => FUTURE.has(w))) return true;
  // "De vraag was ook of wij … willen informeren": the member's question, retold.
  const q = before.indexOf('vraag');
  if (q >= 0 && before.indexOf('of', q) > q) return true;
  if (before.some((w) => PAST.has(w)) && !clause.some((w) => FUTURE.has(w))) return true;
  return false;
}

/** Wanting verbs: "hij wilde een toezegging", "mevrouw Kat wil een toezegging": the member's wish, retold. */
const WANTS = new Set(['wil', 'wilde', 'wilden', 'willen', 'wenst', 'wenste', 'wensten', 'verlangt', 'verlangde']);
/** The noun "toezegging" in a clause where someone other than the speaker wants one. */
export function wished(ts: Tok[], at: number): boolean {
  const c = ts[at]!.clause;
  const clause = ts.filter((t) => t.clause === c).map((t) => t.w);
  return ts[at]!.w === 'toezegging' && clause.some((w) => WANTS.has(w)) && !clause.some((w) => SUBJECT.has(w));
}
