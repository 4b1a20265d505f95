import { PREPOSITIONS } from '../text/stopwords';
import type { Tok } from './promise-to-act';
import { frontedClauseBefore } from './verb-classes';

/**
 * How the in-debate grammar reads one sentence: its words in clauses, and
 * whether the clause of a verb takes the promise back (no, might, did,
 * someone else asked, must, asks how). Apart from in-debate.ts, which holds
 * the paths that find a promise.
 */

/**
 * Words (of the folded sentence) and clause numbers; a clause ends at , ; : ( ) — – and before "maar"/"want". A name
 * spelled out between commas ("ik ga de AP, de Autoriteit Persoonsgegevens, om een oordeel vragen") is left out:
 * its commas would cut the promise's clause in two.
 */
export function tokens(folded: string): Tok[] {
  // "4,5 miljoen": a decimal comma is part of the number, not a break between clauses.
  const raw = [...folded.matchAll(/\d+(?:\.\d{3})*(?:,\d+)+|[\p{L}\d]+(?:[-.][\p{L}\d]+)*\.?|[,;:()—–]/gu)].map((m) => m[0].replace(/\.$/u, ''));
  const out: Tok[] = [];
  let clause = 0;
  for (let k = 0; k < raw.length; k++) {
    const w = raw[k]!;
    if (/^[,;:()—–]$/u.test(w)) {
      const skip = w === ',' ? appositionAfter(raw, k) : 0;
      if (skip > 0) k += skip;
      else if (!(w === ',' && listGoesOn(raw, k))) clause++;
      continue;
    }
    if (w === 'maar' || w === 'want') clause++;
    // "het OM" (folded "het om") is the prosecution, not the "om" that opens a clause (nor the particle of "om het om
    // te zetten").
    // "als eerste", "als geheel": "als" before a rank or a manner is "as", not the "if" of a condition.
    const asRank = w === 'als' && /^(?:eerste|tweede|derde|laatste|enige|volgt|geheel|zodanig|gevolg|voorbeeld)$/u.test(raw[k + 1] ?? '');
    out.push({ w: w === 'om' && raw[k - 1] === 'het' && raw[k + 1] !== 'te' ? 'openbaar-ministerie' : asRank ? 'als-rang' : w, clause });
  }
  return out;
}

/**
 * Words that make a stretch between commas a clause, not a name in apposition. ("en" may stand in a name: "de
 * Inspectie Leefomgeving en Transport"; a short list so passed over is harmless to the promise around it.)
 */
const NOT_IN_APPOSITION = new Set(['dat', 'die', 'of', 'maar', 'want', 'ik', 'we', 'wij', 'u', 'hij', 'zij', 'ze', 'is', 'zijn', 'was', 'waren', 'heeft', 'hebben', 'had', 'wordt', 'worden', 'kan', 'moet', 'zal', 'gaat', 'niet', 'geen']);
/** Words after the closing comma that open a clause of their own: then the stretch was the end of one. */
const OPENS_NEXT = new Set(['en', 'maar', 'want', 'dus', 'dat', 'die', 'of', 'als', 'omdat', 'zodat', 'ik', 'we', 'wij']);
/**
 * At the comma `raw[k]`: a name in apposition ", de|het <up to six words>," with more of the clause after it; the
 * number of tokens to pass over (the stretch and its closing comma), or 0.
 */
function appositionAfter(raw: readonly string[], k: number): number {
  if (raw[k + 1] !== 'de' && raw[k + 1] !== 'het') return 0;
  for (let j = k + 2; j <= k + 8 && j < raw.length; j++) {
    const w = raw[j]!;
    if (w === ',') return j > k + 2 && raw[j + 1] !== undefined && !OPENS_NEXT.has(raw[j + 1]!) && !/^[;:()—–]$/u.test(raw[j + 1]!) ? j - k : 0;
    if (NOT_IN_APPOSITION.has(w) || /^[;:()—–]$/u.test(w)) return 0;
  }
  return 0;
}

/**
 * At the comma `raw[k]`: a list of names or nouns going on ("met OCW, SZW en VWS in gesprek", "met Rijkswaterstaat,
 * ProRail en de provincies"): one word and then "en"/"of" or another comma, after a word. The clause goes on.
 */
function listGoesOn(raw: readonly string[], k: number): boolean {
  const before = raw[k - 1];
  const item = raw[k + 1];
  const after = raw[k + 2];
  if (!before || !item || !after || /^[,;:()—–]$/u.test(before) || /^[,;:()—–]$/u.test(item)) return false;
  return (after === 'en' || after === 'of' || after === ',') && !OPENS_NEXT.has(item) && !NOT_IN_APPOSITION.has(item);
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
/**
 * Token `k` stands in a clause opened after the verb at `at` ("… in gesprek over de vraag hoe we voorkomen dat
 * huurders geen …"): a negation or hedge there is that clause's, not the verb's.
 */
export const inClauseAfter = (ts: readonly Tok[], at: number, k: number): boolean =>
  k > at && ts.slice(at + 1, k).some((t) => t.clause === ts[at]!.clause && OPENS_CLAUSE.has(t.w));
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
    // "Ik stuur u geen brief", "… voor de zomer geen overzicht": the thing delivered is none (not "… van de scholen
    // met (nog) geen vergunning", a negation inside a phrase after a preposition).
    const inPhrase = PREPOSITIONS.has(words[k - 1]!) || /^(?:daarin|waarin|erin|hierin)$/u.test(words[k - 1]!) || (words[k - 1] === 'nog' && PREPOSITIONS.has(words[k - 2] ?? ''));
    if ((words[k] === 'geen' || words[k] === 'niets') && !inPhrase) return true;
  }
  return false;
}
/** Words that open an indirect question or a clause about how: "hoe we ervoor zorgen dat …" is no promise. */
const INDIRECT = new Set(['hoe', 'waarom', 'wat', 'welke', 'wanneer', 'hoezeer', 'of']);
const ZIJN_AUX = new Set(['ben', 'bent', 'is', 'was', 'waren']);

/** Words that open a coordinated main clause. */
const COORDINATOR = /^(?:en|maar|dus|daarom)$/u;

/** The clause of token `at` says no, might, did, someone else asked, must, weighs it, or asks how. */
export function blocked(ts: Tok[], at: number): boolean {
  const c = ts[at]!.clause;
  const before = ts.filter((t, j) => t.clause === c && j <= at).map((t) => t.w);
  const clause = ts.filter((t) => t.clause === c).map((t) => t.w);
  if (before.some((w, k) => negates(before, k) || HYPOTHETICAL.has(w) || REPORTED.has(w) || WEIGHING.has(w)) || negatedAfter(ts, at)) return true;
  // "ik ben meteen aan de slag gegaan om … toe te sturen", "ik ben op pad gestuurd": done, with "zijn".
  if (before.some((w) => ZIJN_AUX.has(w)) && before.some((w, k) => k > 0 && /^ge\p{L}{3,}[dtn]$/u.test(w) && w !== 'gevraagd') && !clause.some((w) => FUTURE.has(w))) return true;
  // "… hoe we ervoor zorgen dat …": the verb answers how, it promises nothing ("de vraag hoe …" is a thing taken along).
  if (before.slice(0, -1).some((w, k) => k > 0 && INDIRECT.has(w) && before[k - 1] !== 'vraag')) return true;
  // "dan moeten wij, terecht natuurlijk, weer een reactie sturen": a duty described, not a promise made
  // (asides between commas split the clause, so the whole sentence before the verb is read).
  // A main clause of its own after a coordinator ("…, en daarom stuur ik …", "…, maar ik stuur …") starts anew.
  let from = at;
  while (from > 0 && ts[from - 1]!.clause === c) from--;
  // Not after a hedge ("Misschien moeten we …, en dan stuur ik …", "Het kan zijn dat …"): the whole is hedged.
  const hedgedBefore = ts.slice(0, from).some((t, k) => HEDGE.has(t.w) || (t.w === 'kan' && ts[k + 1]?.w === 'zijn'));
  const anew = from > 0 && COORDINATOR.test(ts[from]!.w) && ts.some((t) => t.clause === c && SUBJECT.has(t.w)) && !hedgedBefore;
  // Nor a reason or time put first ("Omdat boeren op hun geld moeten wachten, vraag ik …"): its duty is the reason's.
  const sentenceBefore = ts.slice(anew || frontedClauseBefore(ts, from) ? from : 0, at).map((t) => t.w);
  if (sentenceBefore.some((w) => w === 'moeten' || w === 'moet') && !sentenceBefore.some((w) => FUTURE.has(w))) return true;
  // "De vraag was ook of wij … willen informeren": the member's question, retold.
  const q = before.indexOf('vraag');
  if (q >= 0 && before.indexOf('of', q) > q && !before.slice(0, q).some((w) => SUBJECT.has(w))) return true;
  if (before.some((w) => PAST.has(w) || (PAST_MODAL.has(w) && toldAsPast(ts, w))) && !clause.some((w) => FUTURE.has(w))) return true;
  // A participle with its auxiliary after it, as a subordinate clause orders them: "de brief die ik u gestuurd heb".
  if (/^ge\p{L}{3,}[dtn]$/u.test(ts[at]!.w) && PAST.has(ts[at + 1]?.w ?? '') && ts[at + 1]!.clause === c) return true;
  return false;
}

/**
 * A past modal tells what was ("toen moesten we …"), except "wilde(n)", which is mostly polite now ("Ik wilde de
 * Kamer toezeggen dat …", "… toch al sturen"): that one only with a time gone by or a failure after it ("Destijds
 * wilde ik …", "…, maar dat is niet gelukt").
 */
function toldAsPast(ts: readonly Tok[], modal: string): boolean {
  if (!WANTED.has(modal)) return true;
  const words = ts.map((t) => t.w);
  return words.some((w, k) => PAST_TIME.test(w) || (w === 'vorig' && words[k + 1] === 'jaar')) || (words.includes('maar') && words.some((w) => NEGATION.has(w)));
}
const WANTED = new Set(['wilde', 'wilden', 'wou']);
const PAST_TIME = /^(?:toen|destijds|vroeger|indertijd|aanvankelijk|ooit|eerder|gisteren|vorige)$/u;

/** Words that place an act in the present, under way: "momenteel", "inmiddels", "reeds", "thans". */
const ONGOING = /^(?:momenteel|inmiddels|reeds|thans)$/u;
/** "Op dit moment laat ik onderzoeken …", "momenteel laat ik uitzoeken …": the act's clause tells of work under way, as news. */
export function underWay(ts: readonly Tok[], at: number): boolean {
  const c = ts[at]!.clause;
  // Said of the act itself, before it, with no future in the sentence ("Ik ga reeds volgende week …", "… en ik zal …").
  if (ts.some((t) => FUTURE.has(t.w) || t.w === 'ga' || t.w === 'gaan')) return false;
  const before = ts.slice(0, at + 1);
  if (before.some((t) => t.w === 'en' && t.clause === c)) return false;
  return before.some((t, j) => t.clause === c && (ONGOING.test(t.w) || (t.w === 'moment' && ts[j - 1]?.w === 'dit' && ts[j - 2]?.w === 'op')));
}

/** Past modals and auxiliaries: "toen moesten we … gaan aanwijzen", "destijds wilden we …" tell what was. */
const PAST_MODAL = new Set(['moest', 'moesten', 'kon', 'konden', 'wilde', 'wilden', 'wou', 'mocht', 'mochten', 'ging', 'gingen']);

/** Wanting verbs: "hij wilde een toezegging", "mevrouw Kat wil een toezegging": the member's wish, retold. */
const WANTS = new Set(['wil', 'wilde', 'wilden', 'willen', 'wenst', 'wenste', 'wensten', 'verlangt', 'verlangde']);
/** The noun "toezegging" in a clause where someone other than the speaker wants one. */
export function wished(ts: Tok[], at: number): boolean {
  const c = ts[at]!.clause;
  const clause = ts.filter((t) => t.clause === c).map((t) => t.w);
  return ts[at]!.w === 'toezegging' && clause.some((w) => WANTS.has(w)) && !clause.some((w) => SUBJECT.has(w));
}

/** "Wat ik wel kan doen, is …": a cleft whose act follows "is"; the first person and a modal or future before "doen". */
const CLEFT = /^(?:(?:en|maar|dus) )?wat (ik|we|wij) ((?:\p{L}+ ){0,2}?)(?:(kan|kunnen|ga|gaan|zal|zullen) doen|doe|doen),? is (?!dat )/u;
/** A cleft of what the speaker can do ("Wat ik wel kan doen, is …"): an offer when an offer on the member's condition follows. */
export const cleftOffers = (folded: string): boolean => /^k/u.test(CLEFT.exec(folded)?.[3] ?? '');
const CLEFT_NOT_NOW = /^(?:altijd|steeds|nu|al|meestal|doorgaans|gewoonlijk|telkens)$/u;
const CLEFT_HABIT = /(?<![\p{L}])(?:elke|iedere|elk|ieder) (?:dag|week|maand|jaar|keer)|(?<![\p{L}])(?:wekelijks|dagelijks|maandelijks|jaarlijks|altijd)(?![\p{L}])/u;
const CLEFT_OTHER_VERB = new Set(['moet', 'moeten', 'wil', 'willen', 'zou', 'zouden', 'mag', 'mogen', 'heb', 'hebben', 'had', 'hadden', 'ga', 'gaan', 'zal', 'zullen', 'moest', 'kon', 'wilde']);
/** The cleft said plainly, as a promise to read ("ik zal met de provincies in gesprek gaan …"), or null; a negated one is none. */
export function cleftAsPromise(folded: string): string | null {
  const m = CLEFT.exec(folded);
  // No other verb before "doen" ("Wat wij moeten doen", "Wat ik zou kunnen doen"), no habit or now ("Wat ik altijd
  // doe", "Wat we nu doen"); a bare "doe(n)" promises only as the contrast "wel" ("Wat ik wel doe, is …"; "Wat ik doe,
  // is …" describes policy).
  const before = m?.[2]!.split(' ').filter(Boolean) ?? [];
  if (!m || before.some((w) => NEGATION.has(w) || CLEFT_OTHER_VERB.has(w) || CLEFT_NOT_NOW.test(w)) || (!m[3] && !before.includes('wel'))) return null;
  const rest = folded.slice(m[0].length);
  if (CLEFT_HABIT.test(rest)) return null;
  return `${m[1] === 'ik' ? 'ik zal' : 'we zullen'} ${rest}`;
}

// "Daar informeer ik de Kamer bij dezen over": done by saying it, nothing is left to keep.
const IN_DEBATE = new Set(['straks', 'zometeen', 'dadelijk', 'aanstonds', 'hierna', 'blokje', 'blokjes', 'kopje', 'kopjes', 'dezen']);
/** "in de tweede termijn", "in dit debat": the word before tells. */
const IN_DEBATE_PAIRS = /^(?:(?:eerste|tweede|mijn|deze) termijn|dit debat|dit blok)$/u;

/** A promise about this debate: "daar kom ik straks op terug", "ik kom daar zo op", "in de tweede termijn". */
export function withinDebate(ts: Tok[]): boolean {
  for (let i = 0; i < ts.length; i++) {
    const w = ts[i]!.w;
    if (IN_DEBATE.has(w) || IN_DEBATE_PAIRS.test(`${w} ${ts[i + 1]?.w ?? ''}`)) return true;
    if (w === 'zo' && /^(?:meteen|direct|dadelijk|op|terug|nog)$/u.test(ts[i + 1]?.w ?? '')) return true;
    // "Hierover kan ik het volgende delen met de Kamer": what follows is told now.
    if (w === 'volgende' && ts[i - 1]?.w === 'het' && TELLS_FOLLOWING.test(ts[i + 1]?.w ?? '')) return true;
  }
  return false;
}

/** "Ik kan u het volgende melden: …": what follows the colon, which is read for itself (it may promise), or null. */
export function afterTheFollowing(folded: string): string | null {
  const m = /(?<![\p{L}])het volgende (\p{L}+)/u.exec(folded);
  if (!m || !TELLS_FOLLOWING.test(m[1]!)) return null;
  // The colon within a few words of the verb ("… het volgende melden over de evaluatie: …"); indexOf, no regex span.
  const colon = folded.indexOf(': ', m.index + m[0].length);
  return colon >= 0 && colon - (m.index + m[0].length) <= 40 ? folded.slice(colon + 2) : null;
}

/** Verbs that tell "het volgende" right away: "ik kan u het volgende melden / zeggen / delen / meegeven". */
const TELLS_FOLLOWING = /^(?:delen|melden|zeggen|vertellen|meegeven|mededelen|opmerken|aangeven|antwoorden)$/u;

/** A motion or amendment that asks ("De motie … vraagt om …, en de Kamer … te informeren"): its request, not a promise. */
const MOTION_ASKS = /^(?:(?:en|maar|dan) )?(?:de|het|die|dat|deze|dit) (?:motie|moties|amendement|amendementen)(?![\p{L}])(?:[^,.;:]|\.(?= ?\d)){0,80}?(?<![\p{L}])(?:vraagt|vragen|verzoekt|verzoeken|roept|roepen)(?![\p{L}])/u;
export const describesMotion = (folded: string): boolean => MOTION_ASKS.test(folded);

/**
 * The end of a sentence that takes an earlier promise on again: "…, en (na deze oproep) zal ik dat (zeker) (gaan)
 * doen.", "…, en dat zal ik ook doen." Not when that end says no ("maar nu ga ik dat toch niet doen"): see keptAgain.
 */
const KEPT_AGAIN = /(?:,| en) ((?:\p{L}+ ){0,4}?(?:(?:zal|ga|gaan|zullen) (?:ik|we|wij) dat|dat (?:zal|ga|gaan|zullen) (?:ik|we|wij)) (?:\p{L}+ ){0,4}?doen)[.!]?$/u;
/** "Dat was mijn toezegging, en die houd ik", "…, en dat blijft zo": the earlier promise (named by the noun) said to stand. */
const STANDS = /, en (?:die|dat|deze) (?:houd|hou) (?:ik|we|wij)(?![\p{L}])|, en (?:die|dat) (?:blijft|staat) (?:zo|staan|nog)(?![\p{L}])/u;
export const standsAgain = (folded: string): boolean => STANDS.test(folded);
export function keptAgain(folded: string): boolean {
  const m = KEPT_AGAIN.exec(folded);
  return m !== null && !m[1]!.split(' ').some((w) => NEGATION.has(w));
}
