import { FUNCTION_WORDS } from '../text/stopwords';
import type { Tok } from './promise-to-act';
import { routine } from './received';
import { ASKED_IN_DEBATE, PART_OF_DEBATE, CLAUSE_START, DEBATE_ACTS, FUTURE_AUX, MENTAL, otherMinister, PLACE_PREPOSITION, SAID_BY_OTHERS, STANCE, timeAt, TIME_WORD } from './verb-classes';

/**
 * Acts in the present tense, which Dutch uses for the future when a time is said (the caller, acts-at-time.ts, asks
 * for the time): the verb next to "ik"/"we", and a visit to a place.
 */

/**
 * Verbs in the present that are no act when said with a time: being, having, modal and future
 * auxiliaries, thinking and seeing, and the acts of this debate ("ik ontraad", "ik noem").
 */
export const PRESENT_NO_ACT = new Set([
  'ben', 'heb', 'kan', 'wil', 'moet', 'zal', 'ga', 'kom', 'mag', 'vind', 'denk', 'hoop', 'weet', 'zie', 'begrijp', 'ken', 'zeg', 'overweeg', 'twijfel', 'betwijfel', 'aarzel',
  'lees', 'hoor', 'sta', 'blijf', 'houd', 'hou', 'wacht', 'verwacht', 'vrees', 'geloof', 'meen', 'merk', 'noem', 'bedoel',
  'ontraad', 'laat', 'geef', 'vraag', 'verzoek', 'begin', 'eindig', 'rond', 'antwoord', 'reageer', 'constateer', 'citeer', 'verwijs', 'herhaal', 'dank',
  'zijn', 'hebben', 'kunnen', 'willen', 'moeten', 'zullen', 'gaan', 'komen', 'mogen', 'vinden', 'denken', 'hopen', 'weten',
  'zien', 'begrijpen', 'kennen', 'zeggen', 'blijven', 'houden', 'wachten', 'verwachten', 'lezen', 'horen', 'staan', 'geven', 'laten',
]);

/** A time in the past: the verb next to "ik" tells what was done ("Dat deed ik vorig jaar"). */
const PAST_TIME = /^(?:vorig|vorige|afgelopen|gisteren|eergisteren|destijds|toen)$/u;
/** A habit said in these words ("altijd", "elk jaar"; not "elk kastje"), unless it starts now ("voortaan"): received.ts's routine. */
export const routineSaid = (ts: readonly Tok[]): boolean => routine(ts.map((t) => t.w).join(' '));
/** Words that stand next to "ik" without being its verb ("dan ik", "daar ik", "waarover ik"): function words and adverbs. */
export const notAVerb = (w: string) => FUNCTION_WORDS.has(w) || /^(?:waar|daar|hier|er)\p{L}*$|^(?:toen|vervolgens|eerst|ten|slotte|meteen)$/u.test(w);

/**
 * An act in the present tense, which Dutch uses for the future when a time is said ("Ik bel de
 * burgemeester morgen", "Volgende week spreek ik de netbeheerders aan"): the finite verb next to
 * "ik"/"we" in second place. Index of the verb, or -1; the caller asks for the time.
 */
export function presentActAt(ts: readonly Tok[]): number {
  for (let i = 0; i < ts.length; i++) {
    const w = ts[i]!.w;
    if (w !== 'ik' && w !== 'we' && w !== 'wij') continue;
    const clause = ts[i]!.clause;
    // "…, en ik leg hem dan de cijfers voor": a conjunction opening the clause leaves "ik" first.
    const clauseStart = i === 0 || ts[i - 1]!.clause !== clause || (/^(?:en|dus)$/u.test(ts[i - 1]!.w) && (i === 1 || ts[i - 2]!.clause !== clause));
    // Only a main clause: "als ik daarop deze week …", "dat we daar volgende week …" promise nothing. A demonstrative
    // opening the clause right before the verb is its object put first ("(en) dat doe ik voor de zomer").
    const frontedObject = (j: number) => j === i - 2 && /^(?:dat|die|dit)$/u.test(ts[j]!.w) && (j === 0 || ts[j - 1]!.clause !== clause || /^(?:en|dus)$/u.test(ts[j - 1]!.w));
    if (ts.some((t, j) => j < i && t.clause === clause && CLAUSE_START.has(t.w) && !frontedObject(j))) continue;
    // A past time in the clause tells what was done ("Dat deed ik vorig jaar voor de zomer"), a habit what is done
    // anyway ("Dat doe ik elk jaar voor de zomer"), unless it starts now ("voortaan").
    // Read up to a clause inside ("… aan op wat er afgelopen jaar is misgegaan" is about the past, not done in it).
    const inner = ts.findIndex((t, k) => k > i && t.clause === clause && CLAUSE_START.has(t.w));
    const own = ts.filter((t, k) => t.clause === clause && (inner < 0 || k < inner));
    if (own.some((t) => PAST_TIME.test(t.w)) || routineSaid(own)) continue;
    // "Volgende week spreek ik …": the verb before "ik"; for "we" only the plain order ("We bezoeken …").
    if (!clauseStart && w !== 'ik') continue;
    const v = clauseStart ? i + 1 : i - 1;
    const verb = ts[v]?.w;
    // "Volgende week ga ik … bij het project langs": going on a visit ("langsgaan", its particle ending the clause).
    if (/^(?:ga|gaan)$/u.test(verb ?? '') && ts.some((t, j) => j > v && t.clause === clause && t.w === 'langs' && (j === ts.length - 1 || ts[j + 1]!.clause !== clause || /^(?:in|bij|op)$/u.test(ts[j + 1]!.w)))) return v;
    // "Ik kom in het voorjaar naar Emmen": coming to a place is a visit. Going there ("Wel ga ik in september zelf naar
    // Schiermonnikoog") is one too; neither on a condition ("…, als de agenda het toelaat") nor taken back ("…, maar
    // dat zit er dit jaar niet in"; "…, maar het zal niet voor de zomer zijn" only puts it later).
    if (/^(?:kom|komen|ga|gaan)$/u.test(verb ?? '') && toAPlace(ts, v) && !ts.some((t, k) => /^(?:als|indien|mits|tenzij|niet|geen|nooit)$/u.test(t.w) && !(t.w === 'niet' && /^(?:voor|na|eerder)$/u.test(ts[k + 1]?.w ?? '')))) return v;
    if (!verb || ts[v]!.clause !== clause || notAVerb(verb) || PRESENT_NO_ACT.has(verb) || FUTURE_AUX.has(verb)) continue;
    // "Ik stel vast dat …" observes, "ik stel voor dat …" proposes to this debate, "ik stel me voor" imagines.
    const next2 = ts.slice(v + 1, v + 4).map((t) => t.w);
    if (verb === 'stel' && (next2.includes('vast') || next2.some((w) => /^(?:me|mij|ons)$/u.test(w)) || next2.join(' ').includes('voor dat'))) continue;
    // First person singular is the bare stem ("bel", "spreek"); plural is the infinitive form ("bezoeken").
    const form = w === 'ik' ? /^\p{L}{2,}[^aeiou\s]$/u.test(verb) && !/(?:en|de|te)$/u.test(verb) : /^\p{L}{3,}en$/u.test(verb);
    // "spreek … met" is meeting someone, an announcement; "spreek … aan op" is holding them to account, and "spreek X
    // over Y" raising a point with them, both acts (not with whom one speaks in this debate).
    // A speech somewhere ("spreek ik in Brussel / op een congres over …") is no meeting with someone; a time is no
    // place ("spreek ik in november met …").
    // (Not "spreek X aan op …": holding to account, wherever it is done.)
    const speech = !ts.some((t) => t.clause === clause && t.w === 'aan') && ts.some((t, j) => j > Math.max(i, v) && t.clause === clause && PLACE_PREPOSITION.test(t.w) && !timeAt(ts, j) && !/^(?:raad|overleg|gesprek|top)$/u.test(ts[j + 2]?.w ?? '') && ts.slice(Math.max(i, v) + 1, j).every((x, k) => timeAt(ts, Math.max(i, v) + 1 + k) || TIME_WORD.test(x.w) || /^(?:de|het|een|volgende|komende|deze|dit)$/u.test(x.w)));
    const onCondition = ts.some((t) => /^(?:als|indien|mits)$/u.test(t.w) || SAID_BY_OTHERS.test(t.w));
    const meetsOnly = /^spreek|^spreken$/u.test(verb) && (!ts.some((t) => t.clause === clause && (t.w === 'aan' || t.w === 'over')) || speech || onCondition || ts.some((t, j) => t.clause === clause && ASKED_IN_DEBATE.test(t.w) && !otherMinister(ts, j)));
    if (form && !meetsOnly && !DEBATE_ACTS.has(verb) && !MENTAL.has(verb) && !STANCE.has(verb)) return v;
  }
  return -1;
}

/** Not a place after "naar": a determiner or possessive ("naar de vragen", "naar uw punt"), or "naar voren". */
const NOT_A_PLACE = /^(?:de|het|een|uw|mijn|dat|die|dit|deze|hun|zijn|haar|ons|onze|jullie|voren|buiten|binnen|huis)$/u;
/** "naar" and a place after the verb at `v`, in its clause: "naar Emmen", "naar Brussel"; not a part of the debate. */
function toAPlace(ts: readonly Tok[], v: number): boolean {
  const c = ts[v]!.clause;
  const naar = ts.findIndex((t, j) => j > v && t.clause === c && t.w === 'naar');
  // A place may have its article ("naar Het Hooge Veld", "naar de werkplaats in Tilburg"), a part of the debate not
  // ("naar de vragen", "naar het punt van …").
  // An event pointed at, held in a place ("naar die avond in Nunspeet", "naar deze bijeenkomst op Texel").
  const event = /^(?:die|deze|dat|dit)$/u.test(ts[naar + 1]?.w ?? '') && /^(?:in|op)$/u.test(ts[naar + 3]?.w ?? '') && ts[naar + 3]!.clause === c;
  const at = /^(?:de|het)$/u.test(ts[naar + 1]?.w ?? '') || event ? naar + 2 : naar + 1;
  const place = ts[at];
  return naar > 0 && place !== undefined && place.clause === c && !NOT_A_PLACE.test(place.w) && !PART_OF_DEBATE.test(place.w);
}
