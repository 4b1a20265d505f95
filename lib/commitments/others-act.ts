import { FUNCTION_WORDS, PREPOSITIONS } from '../text/stopwords';
import { SUBJECT } from './clauses';
import type { Tok } from './promise-to-act';
import { adjective, ASKED_IN_DEBATE, CLAUSE_START, DETERMINER, frontedClauseBefore, HORTATIVE_LEAD, isInfinitive, noAct, NOT_NOW, PRONOUN_FIRST, SEPARABLE } from './verb-classes';

/**
 * Acts a member of government has others do: a named party made to act ("ik laat de inspectie … bezoeken") or
 * find something out ("ik laat het RIVM nagaan of …"), a body asked to act ("ik vraag de Belastingdienst om …
 * af te handelen"). Works on the folded tokens of one sentence (see in-debate.ts), which applies negation and the rest.
 */

/** The subject before the verb at `v` ("ik laat"), or right after it in a clause that did not open with it ("daarom laat ik"). */
export function firstPersonAt(ts: readonly Tok[], v: number): boolean {
  if (SUBJECT.has(ts[v - 1]?.w ?? '')) return true;
  if (v === 0 || !SUBJECT.has(ts[v + 1]?.w ?? '')) return false;
  // "Omdat de cijfers onvolledig zijn, vraag ik …": a clause of reasons or time put first takes the first place, and
  // the verb and its subject follow it.
  if (ts[v - 1]!.clause !== ts[v]!.clause) return frontedClauseBefore(ts, v);
  // "Dus laat ik …" may be "let me"; "dus vraag ik het RIVM om …" is the speaker's act ("dan vraag ik …" may close a
  // condition: "Mocht het nodig zijn, dan vraag ik …").
  return !HORTATIVE_LEAD.test(ts[v - 1]!.w) || (ts[v - 1]!.w === 'dus' && !/^(?:laat|laten)$/u.test(ts[v]!.w));
}

/** Words of letting others have their way: "zelf", "hun eigen keuzes", "de ruimte", "vrij". */
const LETTING = /^(?:zelf|eigen|hun|ruimte|vrij|vrijheid)$/u;

/**
 * Having a named party act: "ik laat de inspectie die scholen dit najaar bezoeken", someone between "laat" and the
 * act that ends its clause. The caller asks for a time: without one "laten" lets ("we laten gemeenten bepalen"),
 * as it does with "zelf". Index of the act, or -1.
 */
export function someoneActsAt(ts: readonly Tok[]): number {
  for (let l = 1; l < ts.length; l++) {
    const clause = ts[l]!.clause;
    if ((ts[l]!.w !== 'laat' && ts[l]!.w !== 'laten') || !firstPersonAt(ts, l)) continue;
    // Letting, not having done: "zelf", "hun eigen", "de ruimte"; "ik laat het aan de Kamer om …" leaves it to others.
    if (ts.some((t, j) => t.clause === clause && ((j < l && CLAUSE_START.has(t.w)) || (j > l && t.w === 'om') || NOT_NOW.test(t.w) || LETTING.test(t.w)))) continue;
    // An indirect question after the act is what it makes ("… op een rij zetten welke werken er komen"): it ends the act's phrase.
    let end = l;
    while (ts[end + 1]?.clause === clause && !(end > l + 2 && INDIRECT.test(ts[end + 1]!.w) && (isInfinitive(ts[end]!.w) || ADJUNCT.test(ts[end]!.w)))) end++;
    // The act ends the clause, or a short phrase of what it makes follows ("… herschrijven tot één pagina").
    let k = end;
    while (k > end - 5 && k > l + 3 && !isInfinitive(ts[k]!.w)) k--;
    if (k < end && !ADJUNCT.test(ts[k + 1]!.w)) k = end;
    const w = ts[k]!.w;
    if (k > l + 2 && isInfinitive(w) && !DETERMINER.test(ts[k - 1]!.w) && !noAct(w)) return k;
  }
  return -1;
}

/**
 * A body asked to act: "ik vraag de Belastingdienst om deze dossiers … af te handelen", "wel vraag ik de NCG om …
 * te kijken". Not whom one asks within the debate (u, a member, the Kamer: ASKED_IN_DEBATE), and not "of"
 * (asking whether); the caller asks that the body is named (a capital in the sentence). Index of the act after
 * "om … te", or -1.
 */
export function bodyAskedAt(ts: readonly Tok[]): number {
  for (let v = 0; v < ts.length; v++) {
    if ((ts[v]!.w !== 'vraag' && ts[v]!.w !== 'vragen') || !firstPersonAt(ts, v)) continue;
    const clause = ts[v]!.clause;
    const om = ts.findIndex((t, j) => j > v && t.clause === clause && t.w === 'om');
    if (om < 0 || ts.slice(v + 1, om).some((t) => ASKED_IN_DEBATE.test(t.w) || CLAUSE_START.has(t.w) || NOT_NOW.test(t.w))) continue;
    // "ik vraag de NCG om": someone named between "vraag" (and its inverted subject) and "om".
    if (om - v < (SUBJECT.has(ts[v + 1]?.w ?? '') ? 3 : 2)) continue;
    const te = ts.findIndex((t, j) => j > om && t.clause === clause && t.w === 'te');
    // With its particle: "om … na te gaan" asks for "nagaan", not "gaan"; "bij" may also be a preposition's ("om bij
    // te dragen" is an act either way).
    const particle = te > 0 && SEPARABLE.has(ts[te - 1]!.w) ? ts[te - 1]!.w : '';
    const act = ts[te + 1]?.w ?? '';
    // "om … een peiling te doen": "doen" with a thing to do is an act (not "om dat / hetzelfde te doen", "om er iets aan te doen").
    const lightVerb = act === 'doen' && ts.slice(om + 1, te).some((t) => !FUNCTION_WORDS.has(t.w) && !/^(?:iets|wat|niets|meer|hetzelfde|dezelfde|zoiets|zo|dat|dit|er\p{L}*|daar\p{L}*)$/u.test(t.w));
    // "… als het kan", "indien nodig": an offer on a condition; not "als aparte groep" (as), nor a condition inside
    // what the body is to find out ("… in kaart te brengen hoeveel … nodig is als er …").
    // Nor one inside a clause of reason ("Omdat ouders pas gerust zijn als ze het weten, vraag ik …").
    // Only before the asking: "…, vraag ik het CBS om … als dat mogelijk is" still offers on a condition.
    const ofReason = (j: number) => (j < v || ts[j]!.clause !== clause) && ts.some((x, k) => k < j && x.clause === ts[j]!.clause && REASON.test(x.w));
    const offered = ts.some((t, j) => (/^(?:indien|mits)$/u.test(t.w) || (t.w === 'als' && CONDITION_SUBJECT.test(ts[j + 1]?.w ?? ''))) && !ofReason(j) && !ts.slice(te, j).some((x) => FINDS_OUT.test(x.w)));
    // "om mij te laten weten …": the body asked to report, which "laten" alone is not.
    const reports = act === 'laten' && ts[te + 2]?.w === 'weten';
    if (te > 0 && ts[te + 1]!.clause === clause && isInfinitive(act) && (lightVerb || reports || !noAct(particle + act) || (particle === 'bij' && !noAct(act))) && !offered) return te + 1;
  }
  return -1;
}

/**
 * A body asked by its kind, in the plural ("vraag ik de provincies om hun cijfers aan te leveren"): for a thing, a
 * determiner between "om" and "te" (not "de gemeenten om beter op te letten"); not people in an appeal or the debate.
 */
const ASKS_BODY_OF_KIND = /(?<![\p{L}])(?:(?:ik|we|wij) vra(?:ag|gen)|vra(?:ag|gen) (?:ik|we|wij)) de (\p{Ll}{4,}(?:en|s)) om (?:\p{L}+ ){0,6}?(?:de|het|een|die|dat|deze|dit|hun|alle|elke) /u;
// Nor companies or shops in an appeal, nor the Kamer's own groups (review 10).
const PEOPLE = /^(?:mensen|burgers|ouders|inwoners|kinderen|jongeren|ouderen|leden|bewoners|ondernemers|werkgevers|werknemers|boeren|automobilisten|consumenten|patienten|leerlingen|studenten|vrijwilligers|deelnemers|kiezers|huurders|bedrijven|supermarkten|winkels|winkeliers|fabrikanten|fracties|partijen|kamerleden)$/u;
/** A habit or a story: "Al jaren vraag ik …", "Vorig jaar vraag ik …", "… elk jaar in maart in te dienen". */
const HABIT_OR_PAST = /(?<![\p{L}])(?:al|jaren|vorig|vorige|elk|elke|ieder|iedere|altijd|steeds|telkens|vroeger|toen|destijds|jaarlijks)(?![\p{L}])/u;
export const asksBodyOfKind = (folded: string): boolean => !PEOPLE.test(ASKS_BODY_OF_KIND.exec(folded)?.[1] ?? 'mensen') && !HABIT_OR_PAST.test(folded);
/** Words that open a clause of reason or purpose: an "als" inside one is that clause's. */
const REASON = /^(?:omdat|doordat|aangezien|zodat|want)$/u;
/** What follows a conditional "als" ("als het kan", "als er …", "als u dat wilt"), not "als" meaning "as". */
const CONDITION_SUBJECT = /^(?:het|er|dat|dit|u|ze|zij|we|wij|ik|hij|nodig|gewenst|mogelijk)$/u;
/** Words that open an indirect question: what a party is made to find out. */
const FINDS_OUT = /^(?:hoe|hoeveel|wat|of|waarom|welke|wanneer|waar)$/u;
/**
 * A named party made to find something out: "ik laat de inspectie onderzoeken hoeveel …", "ik laat het RIVM nagaan
 * of …". The act stands right before an indirect question, which says there is something to deliver, so no time is
 * needed ("we laten gemeenten zelf uitzoeken hoe …" still lets them). Index of the act, or -1.
 */
export function someoneFindsOutAt(ts: readonly Tok[]): number {
  for (let l = 1; l < ts.length; l++) {
    if ((ts[l]!.w !== 'laat' && ts[l]!.w !== 'laten') || !firstPersonAt(ts, l)) continue;
    const clause = ts[l]!.clause;
    const q = ts.findIndex((t, j) => j > l + 2 && t.clause === clause && FINDS_OUT.test(t.w));
    if (q < 0 || ts.slice(l + 1, q).some((t) => CLAUSE_START.has(t.w) || NOT_NOW.test(t.w) || LETTING.test(t.w))) continue;
    const w = ts[q - 1]!.w;
    if (isInfinitive(w) && !DETERMINER.test(ts[q - 2]!.w) && !noAct(w)) return q - 1;
  }
  return -1;
}

/** Acts of finding out or working out that one has done by others: "ik laat … onderzoeken / uitwerken / doorrekenen / adviseren". */
const RESEARCH = new Set(['onderzoeken', 'uitzoeken', 'uitwerken', 'doorrekenen', 'uitrekenen', 'berekenen', 'nagaan', 'evalueren', 'inventariseren', 'analyseren', 'verkennen', 'toetsen', 'opstellen', 'adviseren', 'doorlichten']);
/** Words that open a noun phrase of its own: a second one after "laat" is the one let ("de scholen hun eigen plan"). */
const OPENS_PHRASE = /^(?:de|het|een|hun|zijn|haar|mijn|onze|uw|die|deze|dit|dat|alle|elke)$/u;
/** Whom one lets, not a thing: "ik laat u …", "we laten ze …". */
const PERSON = /^(?:u|me|mij|ons|hen|hun|ze|zij|jullie|hem|haar|zich|iedereen|mensen)$/u;
/**
 * The research act at the end of a "laat" clause with one noun phrase between, from `i`: "ik laat de kosten van een
 * tweede locatie onderzoeken", "laat ik een paar voorbeelden uitwerken voor …". Not someone let act ("we laten de
 * gemeenten zelf onderzoeken", "ik laat u dat uitzoeken", "we laten de scholen hun eigen plan uitwerken"). Or -1.
 */
export function researched(ts: readonly Tok[], i: number, clause: number): number {
  if (PERSON.test(ts[i]?.w ?? '')) return -1;
  // "even" is this debate ("laat ik dat voorbeeld even uitwerken"); a bare noun first ("we laten werkgevers de regeling
  // uitwerken") is a phrase of its own, so a second one after it is the thing and the first the one let.
  if (ts.some((t) => t.clause === clause && t.w === 'even')) return -1;
  let k0 = i;
  while (k0 < ts.length && ADVERB.test(ts[k0]!.w)) k0++;
  // A time or purpose put first ("voor de plenaire behandeling de kosten … uitrekenen") is an adjunct, not the one let.
  let phrases = OPENS_PHRASE.test(ts[k0]?.w ?? '') || /^(?:voor|na|in|tijdens|binnen|bij)$/u.test(ts[k0]?.w ?? '') ? 0 : 1;
  // "als" before a noun is "as" ("als apart onderdeel onderzoeken"), no clause.
  for (let k = i; k < ts.length && ts[k]!.clause === clause && (!CLAUSE_START.has(ts[k]!.w) || ts[k]!.w === 'als'); k++) {
    const w = ts[k]!.w;
    if (w === 'zelf' || LET_SELF.test(w)) return -1;
    if (OPENS_PHRASE.test(w) && !PREPOSITIONS.has(ts[k - 1]!.w)) phrases++;
    if (phrases > 1) return -1;
    // A word on "-en" that is no research act is a noun of the phrase ("een paar voorbeelden uitwerken"). The act ends
    // its clause or has only an adjunct after it ("… doorrekenen door het CPB"): "ik laat eerdere onderzoeken buiten
    // beschouwing", "lopende onderzoeken" hold a noun (an adjective or a present participle before it).
    if (RESEARCH.has(w) && isInfinitive(w) && !DETERMINER.test(ts[k - 1]!.w) && !PREPOSITIONS.has(ts[k - 1]!.w) && !adjective(ts[k - 1]!.w) && !ts[k - 1]!.w.endsWith('ende')) {
      const after = ts[k + 1];
      return k - i <= 12 && (after === undefined || after.clause !== clause || ADJUNCT.test(after.w)) ? k : -1;
    }
  }
  return -1;
}
const LET_SELF = /^(?:eigen|vrij|ruimte)$/u;
/** Adverbs that may stand between "laat ik" and the thing: "laat ik daarnaast een paar voorbeelden uitwerken". */
const ADVERB = /^(?:daarnaast|ook|nog|eerst|dan|wel|graag|apart|nu|alsnog|tevens|daarom|bovendien)$/u;
/** What may follow the act in its clause: who does it, for whom or into what ("door het CPB", "voor gezinnen …", "tot één formulier"). */
const ADJUNCT = /^(?:door|voor|met|bij|in|op|samen|tot|naar|per|over)$/u;
/** Words that open an indirect question. */
const INDIRECT = /^(?:welke|wat|hoe|hoeveel|waar|wanneer|waarom|wie|of)$/u;

/**
 * Between the auxiliary at `a` and "laten" at `l` a new thing ("een briefing"), or after it who does it ("door …"). Not
 * someone let choose or do it themself: a definite phrase before the thing ("de gemeenten een eigen keuze laten
 * maken"), "zelf", or a verb of choosing.
 */
const LET_CHOOSE = /^(?:kiezen|bepalen|beslissen|meebeslissen|meedoen|meepraten|maken)$/u;
export const causes = (ts: readonly Tok[], a: number, l: number): boolean => {
  const between = ts.slice(a + 1, l).map((t) => t.w);
  if (between.includes('zelf') || LET_CHOOSE.test(ts[l + 1]?.w ?? '')) return false;
  const thing = between.indexOf('een');
  const letBefore = between.slice(0, Math.max(0, thing)).some((w) => w === 'de' || w === 'het' || w === 'hun');
  return (thing >= 0 && !letBefore) || (ts[l + 2]?.clause === ts[l]!.clause && ts[l + 2]!.w === 'door');
};

/**
 * Having an act done, in the present: "ik laat onderzoeken hoe …", "daarom laat ik uitzoeken …", "ik laat dat
 * nagaan". The subject next to "laat/laten", a main clause, and an act right after it (not "we laten zien",
 * "… het gebeuren"; "laat … weten" is delivering). With someone between, "laten" lets them: "we laten gemeenten
 * zelf bepalen", "ik laat u uitspreken", "ik laat me informeren". Index of the act, or -1.
 */
export function commissions(ts: readonly Tok[]): number {
  for (let l = 0; l < ts.length; l++) {
    if (ts[l]!.w !== 'laat' && ts[l]!.w !== 'laten') continue;
    const clause = ts[l]!.clause;
    // "ik neem de suggestie over en laat uitwerken …": the subject of the first verb carries over "en".
    // Also in the order of a subordinate clause read for itself ("[dat] ik dit idee laat onderzoeken"): the subject opens it.
    const start = ts.findIndex((t) => t.clause === clause);
    const subjectBefore =
      SUBJECT.has(ts[l - 1]?.w ?? '') || (ts[l - 1]?.w === 'en' && ts.some((t, j) => j < l && t.clause === clause && SUBJECT.has(t.w))) || (start === 0 && SUBJECT.has(ts[0]!.w) && l <= 5);
    if (!subjectBefore && !SUBJECT.has(ts[l + 1]?.w ?? '')) continue;
    // "Laat ik vooropstellen …", "dus laten we …": opening its clause, "laat ik / laten we" is "let me / let us".
    // After an adverbial clause put first ("Als u dat wilt, laat ik …") it is the main clause, inverted.
    if (!subjectBefore && ts.every((t, j) => j >= l || t.clause !== clause || HORTATIVE_LEAD.test(t.w)) && !(ts[l - 1]?.clause !== clause && frontedClauseBefore(ts, l))) continue;
    if (ts.some((t) => t.clause === clause && NOT_NOW.test(t.w))) continue;
    if (ts.some((t, j) => j < l && t.clause === clause && CLAUSE_START.has(t.w) && !(j === 0 && PRONOUN_FIRST.has(t.w)))) continue;
    // The act right after "laat" (and an inverted subject, and "het/dat/dit" as its object): "ik laat onderzoeken",
    // "laat ik dat nagaan". Someone between ("we laten gemeenten zelf bepalen", "ik laat u uitspreken") is let do it.
    let i = l + 1;
    if (SUBJECT.has(ts[i]?.w ?? '') && !subjectBefore) i++;
    if (/^(?:het|dat|dit)$/u.test(ts[i]?.w ?? '')) i++;
    const w = ts[i]?.w ?? '';
    if (ts[i]?.clause !== clause) continue;
    // "ik laat de kosten van een tweede locatie onderzoeken": the thing to be researched or worked out between.
    if (!isInfinitive(w)) {
      const thing = researched(ts, i, clause);
      if (thing >= 0) return thing;
      continue;
    }
    // "we laten gemeenten zelf bepalen": a noun on "-en" is the one let, when an infinitive follows before a new clause.
    for (let k = i + 1; k < ts.length && ts[k]!.clause === clause && !CLAUSE_START.has(ts[k]!.w); k++) if (isInfinitive(ts[k]!.w) && !DETERMINER.test(ts[k - 1]!.w)) return -1;
    return noAct(w) ? -1 : i;
  }
  return -1;
}
