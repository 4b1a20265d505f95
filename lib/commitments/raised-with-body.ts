import { SUBJECT } from './clauses';
import type { Tok } from './promise-to-act';
import { firstPersonAt } from './others-act';
import { ASKED_IN_DEBATE, SAID_BY_OTHERS } from './verb-classes';

/*
 * A point raised with a body ("Dat leg ik voor aan de VNG") or discussed with one ("Ik bespreek met de waterschappen
 * dat …"), in the present: the speaker's act towards a party outside the debate. Works on the folded tokens of one
 * sentence (see in-debate.ts), which applies negation and the past.
 */

/**
 * A point raised or discussed that is not said as a promise: a negation, a hedge or a habit in its clause (RAISE_UNSURE);
 * a condition or someone else's words anywhere; done as usual; taken back after "maar"; or a relative ("Wat ik
 * bespreek met de VNG, …").
 */
const notSaidAsPromise = (ts: readonly Tok[], c: number): boolean =>
  ts.some((t) => (t.clause === c && RAISE_UNSURE.test(t.w)) || /^(?:als|indien|mits|zodra|gezegd)$/u.test(t.w) || SAID_BY_OTHERS.test(t.w)) || asUsual(ts) || refusedAfter(ts) || ts[0]?.w === 'wat';

/** "…, maar zij willen niet", "…, maar het is er niet van gekomen": taken back after "maar". */
const refusedAfter = (ts: readonly Tok[]): boolean => {
  const k = ts.findIndex((t) => t.w === 'maar');
  return k >= 0 && ts.slice(k + 1).some((t) => t.w === 'niet' || t.w === 'geen');
};
/** "…, zoals elk jaar", "zoals ik dat altijd doe": done as usual, not promised. */
const asUsual = (ts: readonly Tok[]): boolean => {
  const k = ts.findIndex((t) => t.w === 'zoals');
  return k >= 0 && ts.slice(k + 1, k + 6).some((t) => /^(?:elk|elke|ieder|iedere|jaarlijks|altijd|steeds|gebruikelijk|gewoonlijk)$/u.test(t.w));
};

/** A point raised named with "de": "Ik leg de vraag voor aan …", "Ik geef de suggestie mee aan …". */
const POINT_RAISED = /^(?:vraag|vragen|punt|punten|suggestie|suggesties|zorg|zorgen|signaal|signalen|oproep|wens|idee|kwestie)$/u;
/** The verbs of raising a point with someone, with their particle and preposition: "mee aan", "voor aan", "op met", "in bij". */
// A Map, not an object: a word of the text must never meet a property of Object.prototype ("constructor").
const RAISING = new Map<string, readonly [string, string]>([
  ['geef', ['mee', 'aan']],
  ['leg', ['voor', 'aan']],
  ['neem', ['op', 'met']],
  ['breng', ['in', 'bij']],
  // Checked with someone: "Ik vraag het na bij de KNMP".
  ['vraag', ['na', 'bij']],
]);

/**
 * A point discussed, or agreements made, with a body, in the present: "Ik bespreek met de waterschappen dat …",
 * "Wel bespreek ik X in mijn overleg met de korpschef", "Ik maak met de provincies afspraken over …". The speaker
 * next to the verb, then "met" and a body that is not whom one speaks to in the debate. Index of the verb, or -1;
 * the caller reads negation, hedges and the past.
 */
export function discussedWithBodyAt(ts: readonly Tok[]): number {
  for (let v = 0; v < ts.length; v++) {
    const w = ts[v]!.w;
    if (!/^(?:bespreek|bespreken|maak|maken)$/u.test(w)) continue;
    const c = ts[v]!.clause;
    // Agreements as what is made ("maak (met X) afspraken"), not another thing made ("maak me zorgen over de
    // afspraken", "maak bezwaar tegen …", "maak duidelijk dat de afspraken …"): right after the verb and its subject
    // stands "met", the agreements, or an adjective or adverb.
    const deal = ts.findIndex((t, j) => j > v && t.clause === c && /^afspraken?$/u.test(t.w));
    const after = ts[SUBJECT.has(ts[v + 1]?.w ?? '') ? v + 2 : v + 1]?.w ?? '';
    const agrees = /^(?:maak|maken)$/u.test(w) && deal > 0 && /^(?:met|afspraken?|ook|graag|daarom|dan|nu|\p{L}+e)$/u.test(after) && !ts.slice(v + 1, deal).some((t) => /^(?:me|mij|ons|zorgen|over|geen)$/u.test(t.w));
    if ((!/^(?:bespreek|bespreken)$/u.test(w) && !agrees) || !firstPersonAt(ts, v)) continue;
    const met = ts.findIndex((t, j) => j > v && t.clause === c && t.w === 'met');
    if (met < 0) continue;
    const unsure = notSaidAsPromise(ts, c);
    const toWhom = ts.slice(met + 1, met + 4).map((t) => t.w);
    if (unsure || ts.slice(v + 1, met).some((t) => ASKED_IN_DEBATE.test(t.w)) || toWhom.some((x) => ASKED_IN_DEBATE.test(x) || /^(?:elkaar|voorzitter|commissie)$/u.test(x))) continue;
    return v;
  }
  return -1;
}

/**
 * Words that, in the clause of a raising or discussing verb, say it is no promise: a negation, a hedge, a habit ("wel
 * eens"), now or a time gone by. (A raising verb also leaves out one's own staff: "bij mijn ambtenaren".)
 */
const RAISE_UNSURE = /^(?:niet|geen|nooit|misschien|wellicht|eventueel|mogelijk|al|altijd|steeds|telkens|ieder|iedere|elk|elke|jaren|regelmatig|geregeld|wekelijks|maandelijks|jaarlijks|doorgaans|vaak|momenteel|moment|nu|sinds|zoals|eerder|meestal|gewoonlijk|normaal|normaliter|standaard|regel|vorige|vorig|eens)$/u;
/**
 * A point raised with a body, in the present: "Ik geef dat mee aan de inspectie", "Dat leg ik voor aan de VNG". The
 * speaker next to the verb, its particle, then "aan" and a body that is not whom one speaks to in the debate (u, the
 * Kamer, a member: ASKED_IN_DEBATE). Index of the verb, or -1; the caller also reads negation and the past.
 */
export function raisedWithBodyAt(ts: readonly Tok[]): number {
  for (let v = 0; v < ts.length; v++) {
    const [particle, to] = RAISING.get(ts[v]!.w) ?? [];
    if (particle === undefined || !firstPersonAt(ts, v)) continue;
    const c = ts[v]!.clause;
    const p = ts.findIndex((t, j) => j > v && t.clause === c && t.w === particle);
    if (p < 0 || ts[p + 1]?.w !== to || ts[p + 1]!.clause !== c) continue;
    const between = ts.slice(v + 1, p).map((t) => t.w);
    // What is raised is a point said before ("dat", "dat signaal"), a few words at most, with no hedge or habit.
    const point = between.length <= 3 && (between.some((w) => /^(?:dat|dit|het|die|deze)$/u.test(w)) || (v === 1 && /^(?:dat|dit|die|het)$/u.test(ts[0]!.w)) || (between[0] === 'de' && POINT_RAISED.test(between[1] ?? '')));
    const unsure = notSaidAsPromise(ts, c);
    const toWhom = ts.slice(p + 2, p + 5).map((t) => t.w);
    if (!point || unsure || between.some((w) => ASKED_IN_DEBATE.test(w)) || toWhom.some((w) => ASKED_IN_DEBATE.test(w) || /^(?:voorzitter|commissie|mijn|onze)$/u.test(w))) continue;
    return v;
  }
  return -1;
}
