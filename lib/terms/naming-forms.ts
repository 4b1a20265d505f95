import { PREPOSITIONS } from '../text/stopwords';
import { endsAsAdjective } from './phrase-words';

/**
 * Definitions by a verb of naming ("noemen"), matched on one sentence: the term named after its meaning, or the meaning
 * after "wat we X noemen". Used by definitions-phrases.ts.
 */

/** "Wat we (in de akkerbouw) drift noemen, is het wegwaaien …": term in group 1, the meaning from group 2. */
export const WHAT_WE_CALL = /^wat (?:wij|we|ik|men|je) (?:in (?:de|het) \p{Ll}+ )?((?:(?:een|de|het) )?\p{L}[\p{L}-]*(?: \p{L}[\p{L}-]*)?) noem(?:en|t)?, is ([^,]+)/iu;
/**
 * The meaning put first: "Mensen vooraf uitleggen …, is wat onderzoekers prebunking noemen", "…: dat zijn wat we in de
 * bouw papieren zelfstandigen noemen". Who calls it so is one word (a pronoun or a plural: "onderzoekers"), group 3;
 * the field, group 4; the term, group 5.
 */
export const CALLED_AFTER = /^(?:([^,;:]{10,200}), is|([^;:]{10,300}): dat (?:is|zijn)) wat (\p{Ll}+) (in (?:de|het) \p{Ll}+ )?((?:(?:een|de|het) )?\p{L}[\p{L}-]*(?: \p{L}[\p{L}-]*){0,2}) noem(?:en|t)?[.!]?$/u;
/**
 * The speaker's own "…, is wat we een streektaal noemen" names, not judges, when the term ends in the noun the meaning
 * opens with ("Een taal die …" → "streektaal", "Een school waar …" → "buurtschool"): a kind of that thing, set apart.
 */
export function namesOwnKind(m: RegExpExecArray): boolean {
  const noun = /^(?:een|de|het) (\p{Ll}{3,}) /iu.exec(m[1] ?? '')?.[1];
  const term = m[5]!.toLowerCase().replace(/^(?:een|de|het) /u, '');
  // One compound word only: words before the noun judge as often as they name ("een slechte wet", "een papieren minister",
  // "een zinloos debat", "een typisch Haagse regeling": reviews 10 and 12), and no list of judging words is whole.
  return noun !== undefined && term !== noun && !term.includes(' ') && term.endsWith(noun);
}
/** Modifiers that judge: "een goede school" is praised, not named. */
export const JUDGING_MODIFIER = /^(?:goede?|slechte?|mooie?|fijne?|prettige?|leuke?|gezellige?|prachtige?|fantastische?|geweldige?|vreselijke?|waardeloze?|ideale?|perfecte?|betere?|beste|lastige?|vervelende?)$/u;
/**
 * "… zijn wat we in de gemeenten de gestrande bewoners noemen: mensen die …": the term named, its meaning after a colon.
 * The speaker's side or a field's ("wat ze in de bouw … noemen"), not others' bare "wat ze … noemen" (a slogan, often
 * mocked: review 12); never in a question.
 */
export const CALLED_COLON = /(?:^|\s)wat (?:we|wij|men|je|ze(?= in (?:de|het) )) (?:in (?:de|het) \p{Ll}+ )?((?:(?:de|het|een) )?\p{L}[\p{L}-]*(?: \p{L}[\p{L}-]*){0,2}) noem(?:en|t)?: ([^.;:]+)/iu;
/**
 * "Het voorrangsrecht op uren houdt in dat …", "Het profijtbeginsel houdt in dat …": a right, duty, principle or rule
 * (its first word ends in one) and what it holds. Not what a decision, bill, agreement, event or cost entails ("De
 * uitspraak van de rechter …", "De nieuwe huurwet …", "De staking van vandaag …": review 12).
 */
export const HOLDS_THAT = /^(?:het|de|een) ((?:\p{L}+(?:e|en) )?\p{L}*(?:recht|plicht|beginsel|principe|regel|norm|verbod|eis|toets|criterium|bepaling|clausule)(?: (?:op|van|voor|tot|bij) \p{L}[\p{L}-]*)?) houdt in (dat .+)$/iu;
/**
 * "Vroegsignalering houdt in dat …", "Onvrijwillig bezitsverlies houdt in dat …": a bare concept (a noun with no article,
 * an adjective before it) opening the sentence, and what it holds. With no article it is no one decision, bill or
 * event (review 12's look-alikes all had one); not a pronoun ("Dit houdt in dat …"), nor "houdt in dat geval … vast".
 */
const BARE_HOLDS_THAT = /^((?:(\p{Ll}+) )?(?!(?:dit|dat|het|die|deze|wat|alles|niets|iets)\s)\p{L}[\p{Ll}-]{4,}) houdt in (dat (?!(?:geval|opzicht|verband|kader|licht|stadium)(?![\p{L}])).+)$/iu;
/** BARE_HOLDS_THAT's match when the word before the noun, if any, is an adjective; the term in group 1, the meaning in group 3. */
export const bareHoldsThat = (s: string): RegExpExecArray | null => {
  const m = BARE_HOLDS_THAT.exec(s);
  return m !== null && (m[2] === undefined || endsAsAdjective(m[2].toLowerCase())) ? m : null;
};
/** The same with "…, dat noemen ze (in de ziekenhuizen) X": who in group 2, the field in group 3, the term in group 4. */
export const CALLED_THAT = /^([^,;:]{10,200}), dat noem(?:en|t)? (\p{Ll}+) (in (?:de|het) \p{Ll}+ )?(\p{L}[\p{L}-]*(?: \p{L}[\p{L}-]*)?)[.!]?$/u;
/**
 * Others' word, or a field's ("wat onderzoekers X noemen", "wat we in de bouw X noemen"): the group `who` and the field
 * after it. The speaker's own "wat we X noemen", "dat noemen we onrecht", judges.
 */
export const othersWord = (m: RegExpExecArray, who: number): boolean =>
  (!/^(?:we|wij|ik)$/u.test(m[who]!) || m[who + 1] !== undefined) && !/^(?:de|het|een)$/u.test(m[who]!) && !VERDICT.test(m[who + 2]!);
/**
 * A verdict, not a word: an evaluative noun with its article ("een schandaal", "een drama") or an adjective
 * ("onacceptabel", "onaanvaardbaar", "schandalig"). A field's word is a bare noun ("prebunking", "boarding").
 */
const VERDICT = /^(?:een|de|het) |(?:baar|abel|ibel|lijk|ig|isch|loos|end)$/u;
/**
 * The meaning first, the term named after it in a relative clause: a noun phrase opening the sentence ("Een gebied met
 * …, wat we een pluimveedicht gebied noemen, zou …", group 1) or a "dat"-clause after "betekent / is / houdt in"
 * ("Dat betekent dat …, wat we de paspoortpiek noemen.", group 2); who calls it in group 3, the field in 4, the term in 5.
 */
const CALLED_WHICH =
  /^(?:(?:een|de|het) ([^,;:]{8,150})|(?:\p{L}+ ){1,2}(?:betekent|is|houdt in) (dat [^,;:]{10,200})), wat ((?:de |het )?\p{Ll}+) (in (?:de|het) \p{Ll}+ )?((?:(?:een|de|het) )?\p{L}[\p{L}-]*(?: \p{L}[\p{L}-]*){0,2}) noem(?:en|t)?(?:,|[.!]?$)/iu;
/** Words that judge rather than name: "wat we een schande noemen", "wat de huurders een ramp noemen". */
const JUDGING = /^(?:schande|schandaal|drama|ramp|fiasco|puinhoop|onrecht|succes|probleem|blunder|farce|wanprestatie|zegen|vloek|gotspe|aanfluiting)$/iu;
/** A finite verb of a main clause before the comma: "De minister sluit de kantoren, wat we … noemen" names an act. */
const SUBORDINATOR = /^(?:die|dat|waar\p{L}*|nadat|voordat|zodra|als|wanneer|omdat|waarin|waarmee)$/iu;
/**
 * The term and its meaning of a sentence of the CALLED_WHICH shape, or null: not a verdict (an adjective, a judging
 * noun), and a noun phrase with no verb of its own before a clause inside it (`finite` tells the verbs).
 */
export function calledWhich(s: string, finite: (w: string) => boolean): { term: string; meaning: string } | null {
  const m = CALLED_WHICH.exec(s);
  if (!m) return null;
  const term = m[5]!.replace(/^(?:een|de|het) /iu, '');
  const last = term.split(' ').at(-1)!;
  if (JUDGING.test(term) || (!term.includes(' ') && /(?:baar|abel|ibel|lijk|ig|isch|loos)$/u.test(last))) return null;
  // The noun phrase says what sets it apart right after its noun (a preposition or a clause as its second or third
  // word), with no verb before that: "Een wijk met …", "Het plaatsen van …", not "De minister sluit de kantoren".
  if (m[1] !== undefined) {
    const ws = m[1].toLowerCase().split(/\s+/u);
    const apart = ws.findIndex((w, k) => k >= 1 && k <= 2 && (SUBORDINATOR.test(w) || PREPOSITIONS.has(w)));
    if (apart < 0 || ws.slice(0, apart).some(finite)) return null;
  }
  return { term, meaning: m[1] ?? m[2]! };
}
