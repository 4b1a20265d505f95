import { PREPOSITIONS } from '../text/stopwords';
import { SUBJECT } from './clauses';
import { mayNameTime } from './deadline';
import { effortNow, heardFromSpeaker, intends, invitesOrAdds, seesToIt, statesEffort, takesUpWith, visits, willing } from './fixed-forms';
import { causes, commissions } from './others-act';
import {
  adjective, ANNOUNCED, PART_OF_DEBATE, GUESS_OR_CONDITION, ASKED_IN_DEBATE, CLAUSE_START, DEBATE_ACTS, DETERMINER, FUTURE_AUX, isInfinitive, MENTAL, MODAL, NO_ACT, PRONOUN_FIRST, SAID_BY_OTHERS, SEPARABLE, STANCE, SUBORDINATING, withParty,
} from './verb-classes';

/**
 * Promises to act, by the grammar of Dutch rather than by a list of verbs:
 * a member of government binds himself with a future auxiliary ("ik zal",
 * "we gaan", "het kabinet zal") and the clause ends in an act ("… vragen
 * om", "… aan de orde stellen", "ik ga na of", "ik ga in gesprek met"); or a
 * document is announced ("er komt nog een brief"); or he declares himself
 * willing ("ik ben bereid om …") or intending ("dat was ik van plan"); or has it done ("ik laat
 * onderzoeken …"). Works on the folded tokens of one sentence
 * (see in-debate.ts); the caller applies negation, reported speech and
 * "about this debate".
 */

/** A token of a folded sentence and the clause it is in. */
export interface Tok {
  w: string;
  clause: number;
}

/** Going to talks or on a visit: "ik ga met de sector in gesprek", "… om tafel", "… aan tafel", "… op werkbezoek". */
function goesToMeet(ts: readonly Tok[], i: number): boolean {
  const w = ts[i]!.w;
  const next = ts[i + 1]?.w ?? '';
  return (w === 'in' && /^(?:gesprek|overleg)$/u.test(next)) || ((w === 'om' || w === 'aan') && next === 'tafel') || (w === 'op' && /bezoek$/u.test(next));
}
/** Reflexive verbs that, with "me", are about the speaker's own answer: "ik zal me (daarin) beperken". */
const SELF_CONFINING = new Set(['beperken', 'concentreren']);
/** What "geven" gives when it is part of answering in the debate: "een voorbeeld geven", "oordeel geven". */
const GIVEN_IN_DEBATE = /^(?:voorbeeld|oordeel|appreciatie|antwoord|reactie|toelichting|woord|beeld|indruk|schets|overzicht)$/u;
/** Words that open a clause's subject after "dat"/"die": then it is a conjunction or relative, no determiner. */
const OPENS_CLAUSE_SUBJECT = /^(?:de|het|een|ik|we|wij|u|hij|zij|ze|er|je|men|dit|dat|die|deze|zijn|haar|hun|mijn|onze|ons|uw)$/u;
/** Demonstratives that can stand as the object of the act. */
const OBJECT_PRONOUN = new Set(['dat', 'die', 'dit']);
/** A preposition before an "-en" word makes it a noun ("van afspraken") unless an R-pronoun earlier was stranded from it ("daar … aan geven"). */
const R_PRONOUN = /^(?:daar|er|hier|waar)$/u;

const ADDRESSED = /^(?:heer|mevrouw|collega|minister|staatssecretaris)$/u;
/** Efforts one makes oneself ("me inzetten", "me inspannen"): a promise when pointed at a result named before. */
const EFFORT = new Set(['inzetten', 'inspannen']);
/** "daarvoor", "ervoor", or "daar/er/hier … voor" standing apart: the effort is for what was just said. */
const pointsBackFor = (clause: readonly Tok[]): boolean =>
  clause.some((t, j) => /^(?:daarvoor|hiervoor|ervoor)$/u.test(t.w) || (R_PRONOUN.test(t.w) && t.w !== 'waar' && clause.slice(j + 1).some((x) => x.w === 'voor')));

/** Index of the act a government speaker binds himself to in a main clause, or -1. */
function boundAct(ts: readonly Tok[]): number {
  for (let a = 0; a < ts.length; a++) {
    if (!FUTURE_AUX.has(ts[a]!.w)) continue;
    const clause = ts[a]!.clause;
    const inClause = ts.filter((t) => t.clause === clause);
    // A modal in the clause makes it a duty or an ability ("ik zal bespreken hoe we … kunnen …"), except after talks
    // promised: in "ik ga in gesprek met X over de vraag hoe we … kunnen helpen" it is the talks' subject.
    const inner = inClause.findIndex((t, j) => j > inClause.indexOf(ts[a]!) && CLAUSE_START.has(t.w));
    const main = inner < 0 ? inClause : inClause.slice(0, inner);
    if (!main.some((t) => SUBJECT.has(t.w)) || main.some((t) => MODAL.has(t.w))) continue;
    const modalInside = inClause.some((t) => MODAL.has(t.w));
    // Only a main clause binds: in "ik ga ervan uit dat we … gaan werken" the second "gaan" is reported. Not "dat" as
    // the object of a first auxiliary: in "dan zullen we dat zeker gaan toepassen" the second "gaan" is its chain.
    const objectOfAux = (j: number) => OBJECT_PRONOUN.has(ts[j]!.w) && (FUTURE_AUX.has(ts[j - 1]?.w ?? '') || (SUBJECT.has(ts[j - 1]?.w ?? '') && FUTURE_AUX.has(ts[j - 2]?.w ?? '')));
    // After a preposition a demonstrative is a determiner ("Met dat overzicht in de hand ga ik …"), no clause's start;
    // not in "in dat geval" (a condition) or "in die zin" (a restatement), which stay as they were read.
    // Only after "met", "na", "van", "naar", "over" ("op basis van dat advies"): "In dat scenario", "Zonder die steun",
    // "Bij die uitkomst" put a condition first, and stay as they were read.
    const determinerAt = (j: number) => OBJECT_PRONOUN.has(ts[j]!.w) && /^(?:met|na|van|naar|over)$/u.test(ts[j - 1]?.w ?? '') && !/^(?:geval|zin|opzicht|verband|licht)$/u.test(ts[j + 1]?.w ?? '');
    if (ts.some((t, j) => j < a && t.clause === clause && CLAUSE_START.has(t.w) && !(j === 0 && PRONOUN_FIRST.has(t.w)) && !objectOfAux(j) && !determinerAt(j))) continue;
    const isGo = ts[a]!.w.startsWith('ga');
    let candidate = -1;
    for (let i = a + 1; i < ts.length && ts[i]!.clause === clause; i++) {
      const w = ts[i]!.w;
      // Right after the auxiliary (and its subject) "dat", "die", "dit" is the object, not a clause:
      // "we gaan die … uitwerken", "ik zal dat … nagaan"; a complement clause needs a verb first.
      const objectSlot = i === a + 1 || (i === a + 2 && SUBJECT.has(ts[a + 1]!.w));
      // "ik ga met de sector in gesprek", "… om tafel" ("om" is no complement here): "gaan" itself is the act.
      // With "zal" the meeting's own "gaan" follows: "ik zal met de sector in gesprek gaan".
      // (Also with a routine: "Ik ga elk kwartaal met de directie om tafel" promises the meetings; review 9's G4.)
      if ((isGo || /^(?:gaan|treden)$/u.test(ts[i + 2]?.w ?? '')) && goesToMeet(ts, i)) return i;
      // "ik ga er in oktober (zelf) naartoe": a visit, with a time or in person ("daar gaan we naartoe" is a direction).
      // "We" only in person: "daar gaan we in 2030 naartoe" is a direction.
      if (isGo && /^(?:naartoe|heen)$/u.test(w) && (inClause.some((t) => t.w === 'zelf') || (inClause.some((t) => t.w === 'ik') && mayNameTime(inClause.map((t) => t.w).join(' '))))) return i;
      // "vragen om advies": "om" opens a clause only with "te" after it; asking "u" or a member for something
      // ("ik zal u om begrip vragen", "… de heer X om zijn steun") is asked in the debate, as before.
      const te = w === 'om' ? ts.findIndex((t, j) => j > i && t.clause === clause && t.w === 'te') : -1;
      const asksTheRoom = w === 'om' && ts.some((t, j) => j > a && j < i && ASKED_IN_DEBATE.test(t.w));
      // "ik ga naar Brussel om daar te pleiten": going somewhere to act; the act is the infinitive after "te",
      // with its particle ("in te gaan" is "ingaan"). Not going to the next part of the answer ("naar de vragen").
      if (isGo && te > 0 && ts[te + 1]?.clause === clause && isInfinitive(ts[te + 1]!.w) && goesTo(ts, a, i)) {
        const particle = ts[te - 1]!.w;
        if (!DEBATE_ACTS.has((SEPARABLE.has(particle) ? particle : '') + ts[te + 1]!.w)) candidate = te + 1;
        break;
      }
      // After a preposition "die"/"dat" before a noun is a determiner ("met de burgemeesters van die regio's in
      // gesprek"), not before a subject ("ik ga ervan uit dat de …").
      // Not after a particle stranded from an R-word ("ervan uit dat …"), nor "dat" before a plural ("dat scholen …").
      const next = ts[i + 1]?.w ?? '';
      const stranded = /^(?:er|daar|hier)\p{L}+$/u.test(ts[i - 2]?.w ?? '');
      const determiner = PREPOSITIONS.has(ts[i - 1]!.w) && !stranded && !OPENS_CLAUSE_SUBJECT.test(next) && !(w === 'dat' && /(?:en|s)$/u.test(next));
      if (CLAUSE_START.has(w) && (w !== 'om' || te > 0 || asksTheRoom) && !((objectSlot || determiner) && OBJECT_PRONOUN.has(w))) break;
      // "dat ga ik na" (nagaan): "gaan" itself is the act.
      if (isGo && w === 'na' && (i + 1 >= ts.length || ts[i + 1]!.clause !== clause || CLAUSE_START.has(ts[i + 1]!.w))) return i;
      const prev = ts[i - 1]!.w;
      // "de heer Jansen", "mevrouw Verhoeven": a name on "-en" after a form of address is no infinitive.
      if (!isInfinitive(w) || DETERMINER.test(prev) || adjective(prev) || prev === 'te' || ADDRESSED.test(prev)) continue;
      if (PREPOSITIONS.has(prev) && !ts.some((t, j) => j < i && t.clause === clause && R_PRONOUN.test(t.w))) continue;
      // The first infinitive is the act: what follows is a complement ("vragen om … te verlengen") or a noun.
      candidate = i;
      break;
    }
    // Discussing with a party whether or how something can be done is the talks promised ("ik zal met de gemeenten
    // bespreken of er … kunnen komen"); the modal is the question's.
    const talks = candidate >= 0 && /^(?:bespreken|overleggen|afstemmen)$/u.test(ts[candidate]!.w) && withParty(main) && !ts.some((t) => /^(?:vorig|vorige)$/u.test(t.w) || SAID_BY_OTHERS.test(t.w));
    if (candidate < 0 || (modalInside && !talks)) continue;
    // "ik zal een briefing laten geven (door …)": the act is what is caused, the infinitive right after "laten", when a
    // new thing is made ("een") or someone named does it. Not someone let act: "we zullen de mensen laten kiezen".
    if (ts[candidate]!.w === 'laten' && ts[candidate + 1]?.clause === clause && isInfinitive(ts[candidate + 1]!.w) && causes(ts, a, candidate)) candidate++;
    const act = ts[candidate]!.w;
    // "ik zal … naar Frankrijk gaan": going somewhere is an act; "gaan" alone is the auxiliary's.
    const goesSomewhere = act === 'gaan' && inClause.some((t) => t.w === 'naar');
    // An effort is a promise when it names its result: "ik ga me ervoor inzetten dat …", not "… inzetten voor goed onderwijs".
    // Also one pointed at what was just asked, with the speaker's own "me": "ik zal me daar (ook) voor inzetten".
    const namedResult =
      STANCE.has(act) &&
      ((inClause.some((t) => t.w === 'ervoor' || t.w === 'erop') && ts[candidate + 1]?.w === 'dat') ||
        (EFFORT.has(act) && inClause.some((t) => t.w === 'me' || t.w === 'mij' || t.w === 'ons') && pointsBackFor(inClause)));
    // "dat zullen we in de brief zetten": put into a document, not "alles op alles zetten".
    const intoDocument = act === 'zetten' && inClause.some((t) => ANNOUNCED.test(t.w));
    if (DEBATE_ACTS.has(act) || MENTAL.has(act) || (NO_ACT.has(act) && !goesSomewhere) || (STANCE.has(act) && !namedResult && !intoDocument)) continue;
    if (act === 'geven' && inClause.some((t) => GIVEN_IN_DEBATE.test(t.w))) continue;
    // Reading ("ik zal uw motie met belangstelling lezen") is no act one is held to, unless another act comes with it.
    if (act === 'lezen' && !inClause.slice(inClause.indexOf(ts[candidate]!) + 1).some((t) => t.w === 'en')) continue;
    // A speaker who confines himself ("ik zal me beperken tot", "ik zal me concentreren op") orders his own answer.
    if (SELF_CONFINING.has(act) && inClause.some((t) => t.w === 'me' || t.w === 'mij')) continue;
    return candidate;
  }
  return -1;
}

/** Words for the government, its ministries and its members: "van de kant van het kabinet" is the speaker's side. */
const GOVERNMENT_SIDE = /^(?:kabinet|regering|rijk|rijksoverheid|overheid|ministerie|ministeries|departement|departementen|minister|ministers|minister-president|premier|staatssecretaris|staatssecretarissen|bewindspersoon|bewindspersonen|bewindslieden|collega|collega's)$/u;

/**
 * The document comes from someone else: "Uiteindelijk komt er van hun kant een voorstel", "er komt van de kant van
 * de gemeenten een plan", "hunnerzijds". Only said before the clause's first document: in "een brief over de
 * bijdrage van de kant van de gemeenten" the speaker's brief is about them. "Van mijn/onze kant", "van de kant van
 * het kabinet / OCW / mijn collega" are the government's own.
 */
function fromOthers(ts: readonly Tok[], clause: number): boolean {
  const w = ts.filter((t) => t.clause === clause).map((t) => t.w);
  const firstDocument = w.findIndex((x) => ANNOUNCED.test(x));
  for (let k = 0; k < (firstDocument < 0 ? w.length : firstDocument); k++) {
    if (/^(?:hunnerzijds|harerzijds|zijnerzijds)$/u.test(w[k]!)) return true;
    if (w[k] !== 'van' || !/^(?:kant|zijde)$/u.test(w[k + 2] ?? '')) continue;
    if (/^(?:hun|haar|zijn)$/u.test(w[k + 1]!)) return true;
    // "van de kant van de gemeenten": an article and a noun that is not the government's; a name or an acronym
    // (folded, so not told apart here) or "mijn collega" is passed over by requiring the article.
    if (w[k + 1] === 'de' && w[k + 3] === 'van' && /^(?:de|het)$/u.test(w[k + 4] ?? '') && !GOVERNMENT_SIDE.test(w[k + 5] ?? '')) return true;
  }
  return false;
}

/** What the speaker comes with besides a document: a scheme, measures. */
const SCHEME = /(?:regeling|regelingen|maatregel|maatregelen)$/u;

/**
 * "er komt (nog) een brief", "er komen twee evaluaties", and the speaker coming with one: "in het najaar
 * kom ik met een voorstel", "we komen met een evaluatie": index of the verb, or -1.
 */
function announced(ts: readonly Tok[]): number {
  for (let i = 0; i < ts.length; i++) {
    if (!/^(?:komt|komen|kom)$/u.test(ts[i]!.w)) continue;
    const c = ts[i]!.clause;
    const er = ts[i - 1]?.w === 'er' || ts[i + 1]?.w === 'er';
    // The speaker, or the cabinet ("het kabinet komt …", "… komt het kabinet met").
    const cabinet = ts[i]!.w === 'komt' && (ts[i - 1]?.w === 'kabinet' || (ts[i + 1]?.w === 'het' && ts[i + 2]?.w === 'kabinet'));
    const speaker = cabinet || ((ts[i - 1]?.w === 'ik' || ts[i + 1]?.w === 'ik' || /^(?:we|wij)$/u.test(ts[i - 1]?.w ?? '') || /^(?:we|wij)$/u.test(ts[i + 1]?.w ?? '')) && ts[i]!.w !== 'komt');
    const document = (from: number) => ts.some((t, j) => j > from && t.clause === c && ANNOUNCED.test(t.w));
    if (er && document(i) && !fromOthers(ts, c)) return i;
    // "Dat overzicht komt er", "Die evaluatie komt er, en wel …": the document named first, at the clause's start.
    // Said plainly and first: not quoted ("De heer Bos zegt: …"), guessed ("komt er vast wel"), on a condition ("pas als …").
    const plain = i === 2 && !ts.some((t) => GUESS_OR_CONDITION.test(t.w));
    if (ts[i]!.w === 'komt' && ts[i + 1]?.w === 'er' && ANNOUNCED.test(ts[i - 1]?.w ?? '') && /^(?:die|dat|deze|dit|de|het)$/u.test(ts[i - 2]?.w ?? '') && plain) return i;
    const met = ts.findIndex((t, j) => j > i && t.clause === c && t.w === 'met');
    // A new piece of work, in a main clause: not "met deze nota" (one that exists), "met … tegemoet", "als het kabinet komt met …".
    const fresh = met > 0 && !/^(?:deze|dit|die|dat)$/u.test(ts[met + 1]?.w ?? '') && !ts.some((t, j) => t.clause === c && (t.w === 'tegemoet' || (j < i && CLAUSE_START.has(t.w))));
    // Also a scheme or measures ("kom ik met een landelijke regeling"), not on a condition ("als … niets oplevert, kom ik met …").
    // Nor a habit ("elk jaar") or this debate's next point ("Ik kom zo met de maatregelen").
    const unsure = ts.some((t) => /^(?:als|indien|mocht|mits|tenzij|elk|elke|ieder|iedere|jaarlijks|altijd|steeds)$/u.test(t.w));
    const scheme = (k: number) => SCHEME.test(ts[k]!.w) && !unsure && !/^(?:de|het|die|deze|dat|dit)$/u.test(ts[k - 1]!.w);
    if (speaker && fresh && ts.slice(met + 1, met + 4).some((t, k) => t.clause === c && (ANNOUNCED.test(t.w) || scheme(met + 1 + k)))) return i;
  }
  return -1;
}

/**
 * "het wetsvoorstel komt na de zomer naar de Kamer", "daarna komt het naar uw Kamer": a document (named before
 * the verb, or "het/die/dat" next to it) comes "naar de/uw Kamer", in a main clause. Not a person who comes to
 * the Kamer, nor "naar voren komen".
 */
export function comesToKamer(ts: readonly Tok[], i: number): boolean {
  const c = ts[i]!.clause;
  const naar = ts.findIndex((t, j) => j > i && t.clause === c && t.w === 'naar');
  // Also "naar u (toe)": whom the speaker answers.
  const toKamer = (/^(?:de|uw)$/u.test(ts[naar + 1]?.w ?? '') && ts[naar + 2]?.w === 'kamer') || ts[naar + 1]?.w === 'u';
  if (naar < 0 || !toKamer || subordinateBefore(ts, i)) return false;
  const pronoun = /^(?:het|die|dat|dit)$/u;
  return pronoun.test(ts[i + 1]?.w ?? '') || pronoun.test(ts[i - 1]?.w ?? '') || ts.some((t, j) => j < i && t.clause === c && ANNOUNCED.test(t.w));
}

/** A subordinating word before `i` in its clause; "dat" opening the clause before a verb ("dat ligt na de zomer klaar") is a pronoun. */
function subordinateBefore(ts: readonly Tok[], i: number): boolean {
  const c = ts[i]!.clause;
  return ts.some((t, j) => j < i && t.clause === c && (SUBORDINATING.test(t.w) || t.w === 'dat' || t.w === 'of') && !(t.w === 'dat' && ts[j - 1]?.clause !== c && !/^(?:de|het|een|er|ik|we|wij|u|hij|zij|ze|je|men)$/u.test(ts[j + 1]?.w ?? '')));
}
/** "naar" between the auxiliary and "om", to a place or body, not to a part of the debate. */
function goesTo(ts: readonly Tok[], a: number, om: number): boolean {
  const naar = ts.findIndex((t, j) => j > a && j < om && t.w === 'naar');
  return naar > 0 && !ts.slice(naar + 1, om).some((t) => PART_OF_DEBATE.test(t.w));
}

/** Index of the word that makes the sentence a promise to act, or -1. */
export function promiseToActAt(ts: readonly Tok[]): number {
  for (const find of [boundAct, announced, willing, intends, statesEffort, commissions, visits, seesToIt, takesUpWith, effortNow, heardFromSpeaker, invitesOrAdds]) {
    const at = find(ts);
    if (at >= 0) return at;
  }
  return -1;
}
