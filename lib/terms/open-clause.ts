import { PREPOSITIONS } from '../text/stopwords';
import { CLOSING, PERSONAL, RELATIVE, REMARK, words } from './phrase-words';

/**
 * A subordinate clause is verb-final in Dutch: a comma that comes before the clause's verb cannot end it. "software die
 * zelf nieuwe liedjes, gedichten of plaatjes maakt": the comma after "liedjes" opens a list, and the clause, with the
 * meaning, runs to its verb.
 */

const DETERMINER = /^(?:de|het|een|geen|elke|alle|hun|zijn|haar|deze|die|dit|dat)$/u;

/**
 * A word that may be the clause's finite verb: an auxiliary or a modal, or a word ending as a present or past tense does
 * ("maakt", "regelt", "vond"), unless a determiner, an adjective or a preposition before it makes it a noun ("het
 * geld", "bij werk", "nieuwe kracht"). A plural verb ("rijden") only where a clause may end: its last word, as a bare noun
 * in the middle of a list ("ouderen, kinderen en …") is no verb.
 */
function verbLike(ws: string[], k: number, plural = false): boolean {
  const w = ws[k]!;
  if (CLOSING.has(w)) return true;
  const before = ws[k - 1] ?? '';
  if (DETERMINER.test(before) || PREPOSITIONS.has(before) || (before.length > 2 && before.endsWith('e'))) return false;
  return w.length > 2 && (w.endsWith('t') || w.endsWith('d') || (plural && w.endsWith('en')));
}

/**
 * How far to skip from the comma at `at` over a list inside a clause the gloss from `from` has opened and whose verb has
 * not come: the clause from its last relative word (or "waar") to the comma has no verb-like word; the items after it
 * run to a part joined by "en" or "of" that holds the clause's verb (its last word, or a plural before a clause of its
 * own), before a comma or the sentence's end. 0 when not so.
 */
export function openClauseListAt(text: string, from: number, at: number): number {
  if (text[at] !== ',') return 0;
  const ws = words(text.slice(from, at));
  let opener = ws.length - 1;
  while (opener >= 0 && !RELATIVE.test(ws[opener]!) && ws[opener] !== 'waar') opener--;
  if (opener < 0) return 0;
  const clause = ws.slice(opener + 1);
  // Right after "waar", "waarin" … comes the clause's subject, not its verb ("waar huisartsenpost, …"); after "die" or
  // "dat" the verb may ("die werkt, …").
  const subjectFirst = /^(?:die|dat|wie)$/u.test(ws[opener]!);
  if (clause.length === 0 || clause.some((_, k) => (k > 0 || subjectFirst) && verbLike(clause, k, k === clause.length - 1))) return 0;
  let stop = at + 1;
  while (stop < text.length && !'.;:!?'.includes(text[stop]!)) stop++;
  let end = at;
  for (const item of text.slice(at + 1, stop).split(',')) {
    const ws = words(item);
    const joined = ws.findIndex((w, k) => k > 0 && (w === 'en' || w === 'of'));
    // The clause's verb: at the end, or a plural before a clause of its own ("… en maatschappelijk werk samen bespreken
    // wie hulp nodig heeft").
    const mid = joined < 0 ? -1 : ws.findIndex((_, k) => k > joined + 1 && verbLike(ws, k, true));
    const verb = mid >= 0 ? mid : joined > 0 && verbLike(ws, ws.length - 1) ? ws.length - 1 : -1;
    // Before it, a relative word opens a clause of its own, unless a preposition makes it a demonstrative ("in die woning").
    const ownClause = ws.some((w, k) => (verb < 0 || k < verb) && RELATIVE.test(w) && !PREPOSITIONS.has(ws[k - 1] ?? ''));
    // Nor does an item opening with a conjunction go on with it ("…, en gemeenten of corporaties zoeken …").
    if (ws.length === 0 || PERSONAL.test(item) || REMARK.test(item) || ownClause || /^(?:en|of|maar|want|dus)$/u.test(ws[0]!)) return 0;
    end += 1 + item.length;
    // The part that closes the clause: a list's last item, then the clause's words to its verb.
    if (verb > 0 && ws.length <= 12) return end - at;
    // Before it, items of a word or three, none a verb.
    if (ws.length > 3 || ws.some((_, k) => verbLike(ws, k))) return 0;
  }
  return 0;
}

/**
 * "bepaalt hoe, wanneer en waar het werk wordt gedaan": question words listed, the last after "en" or "of", share the
 * clause that follows them. How far to skip from the comma at `at` past the list's last question word; else 0.
 */
const QUESTION_WORD_LIST = /^, (?:(?:hoe|wat|waar|wanneer|wie|waarom|welke), )*(?:hoe|wat|waar|wanneer|wie|waarom|welke) (?:en|of) (?:hoe|wat|waar|wanneer|wie|waarom|welke)(?![\p{L}])/u;
export function questionWordListAt(text: string, at: number): number {
  if (!/(?<![\p{L}])(?:hoe|wat|waar|wanneer|wie|waarom|welke)$/iu.test(text.slice(Math.max(0, at - 10), at))) return 0;
  return QUESTION_WORD_LIST.exec(text.slice(at, at + 80))?.[0].length ?? 0;
}

/**
 * "de regel dat een werkgever die geen contract geeft, wordt geacht …": a clause inside a clause, the inner one closed by
 * the comma, the outer one's verb right after it. Two clause words or more in the gloss from `from`, one verb fewer,
 * and an auxiliary or a modal after the comma at `at`: skip the comma (2), else 0.
 */
export function nestedClauseAt(text: string, from: number, at: number): number {
  if (text[at] !== ',') return 0;
  const ws = words(text.slice(from, at));
  const openers = ws.filter((w, k) => RELATIVE.test(w) && !PREPOSITIONS.has(ws[k - 1] ?? '') && !DETERMINER.test(ws[k - 1] ?? '')).length;
  const verbs = ws.filter((w, k) => !RELATIVE.test(w) && !DETERMINER.test(w) && verbLike(ws, k)).length;
  const next = words(text.slice(at + 1, at + 30))[0] ?? '';
  return openers >= 2 && verbs === openers - 1 && CLOSING.has(next) ? 2 : 0;
}
