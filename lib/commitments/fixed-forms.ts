import { FUNCTION_WORDS } from '../text/stopwords';
import { SUBJECT } from './clauses';
import { mayNameTime } from './deadline';
import type { Tok } from './promise-to-act';
import { ANNOUNCED, CLAUSE_START, PARTS_OF_DEBATE, PRONOUN_FIRST, SAID_BY_OTHERS } from './verb-classes';

/**
 * Promises said in fixed forms, apart from the grammar of auxiliaries and acts in promise-to-act.ts: declaring
 * oneself willing or intending, going on a visit, seeing to a result. Each finder gives the index of the word that
 * makes the promise, or -1; promise-to-act.ts tries them in turn.
 */

/** "ik ben bereid (om) …": index of "bereid", or -1. */
export function willing(ts: readonly Tok[]): number {
  const b = ts.findIndex((t) => t.w === 'bereid');
  if (b < 0) return -1;
  const c = ts[b]!.clause;
  const said = ts.some((t, j) => t.clause === c && j < b && (t.w === 'ben' || t.w === 'zijn' || t.w === 'is')) && ts.some((t) => t.clause === c && SUBJECT.has(t.w));
  return said ? b : -1;
}

/**
 * An effort towards a named result: "Mijn inzet is dat …", "Onze inzet is erop gericht om …", opening the sentence
 * (after "en/maar/dus"), in the present. Not "Mijn inzet is altijd geweest …" (told of the past) nor someone else's
 * ("Zijn inzet is …"). Index of "inzet", or -1.
 */
export function statesEffort(ts: readonly Tok[]): number {
  const inzet = /^(?:en|maar|dus)$/u.test(ts[0]?.w ?? '') ? 2 : 1;
  if (!/^(?:mijn|onze)$/u.test(ts[inzet - 1]?.w ?? '') || ts[inzet]?.w !== 'inzet') return -1;
  // "Mijn inzet (in Brussel) is (er) (dan) (ook) (op gericht) dat/om …": a few words may stand between.
  const is = ts.findIndex((t, j) => j > inzet && j <= inzet + 4 && t.w === 'is');
  if (is < 0) return -1;
  const then = ts.findIndex((t, j) => j > is && j <= is + 6 && (t.w === 'dat' || t.w === 'om'));
  if (then < 0 || ts.slice(is + 1, then).some((t) => !EFFORT_FILLER.has(t.w))) return -1;
  // What this debate brings is no effort to come: "Mijn inzet is dat u daar vandaag een antwoord op krijgt."
  return ts.slice(then).some((t) => t.w === 'vandaag' || t.w === 'straks') ? -1 : inzet;
}
const EFFORT_FILLER = new Set(['er', 'erop', 'op', 'gericht', 'dan', 'ook', 'wel', 'echt', 'vooral', 'juist']);

/** "dat was ik zeker van plan", "ik ben van plan om …": index of "plan", or -1. */
export function intends(ts: readonly Tok[]): number {
  // "Het kabinet is voornemens om …": as "van plan", but only now ("was voornemens, maar …" is what was meant).
  const p = ts.findIndex((t, i) => (t.w === 'plan' && ts[i - 1]?.w === 'van') || t.w === 'voornemens');
  if (p < 0) return -1;
  const c = ts[p]!.clause;
  // The speaker's own plan, in the main clause: not "Ik ben blij dat de provincie voornemens is om …".
  if (ts.some((t, j) => j < p && t.clause === c && CLAUSE_START.has(t.w) && !(j === 0 && PRONOUN_FIRST.has(t.w)))) return -1;
  const be = ts[p]!.w === 'plan' ? /^(?:ben|is|was|zijn|waren)$/u : /^(?:ben|is|zijn)$/u;
  const said = ts.some((t, j) => t.clause === c && j < p && be.test(t.w)) && ts.some((t) => t.clause === c && SUBJECT.has(t.w));
  return said ? p : -1;
}

/**
 * Going on a visit to a place named after it: "ik ga (ook zelf) langs bij het aanmeldcentrum", "we gaan langs in
 * Rotterdam", in a main clause. Not "ik ga de vragen langs" (this debate): no place follows. Index of "langs", or -1.
 */
export function visits(ts: readonly Tok[]): number {
  // Most sentences have no "langs": one pass of string compares rules them out before any expression runs.
  if (!ts.some((t) => t.w === 'langs')) return -1;
  for (let i = 0; i < ts.length; i++) {
    if (!/^(?:ga|gaan)$/u.test(ts[i]!.w) || !(SUBJECT.has(ts[i - 1]?.w ?? '') || SUBJECT.has(ts[i + 1]?.w ?? ''))) continue;
    const c = ts[i]!.clause;
    if (ts.some((t, j) => j < i && t.clause === c && CLAUSE_START.has(t.w) && !(j === 0 && PRONOUN_FIRST.has(t.w)))) continue;
    const l = ts.findIndex((t, j) => j > i && t.clause === c && t.w === 'langs');
    // "Ik ga langs bij de amendementen", "… in de volgorde van de sprekers": going through this debate, no place.
    const where = ts.slice(l + 2, l + 6).filter((t) => t.clause === c).map((t) => t.w);
    if (l > 0 && ts[l + 1]?.clause === c && /^(?:bij|in|op)$/u.test(ts[l + 1]!.w) && !where.some((w) => PARTS_OF_DEBATE.test(w))) return l;
  }
  return -1;
}

/** Habits, not a promise: "ik zorg er altijd voor dat …". */
const HABIT = /^(?:altijd|steeds|telkens|doorgaans|meestal|gewoonlijk)$/u;
/** An instrument said before the verb ("In dit wetsvoorstel zorg ik ervoor …"): what it does, not a promise. */
const INSTRUMENT = /^(?:via|wetsvoorstel|wet|regeling|subsidieregeling|voorstel|amvb|hiermee|daarmee|hierin|daarin|hierdoor|daardoor)$/u;
/**
 * "Ik zorg ervoor dat …", "ik zorg er zelf voor dat …": the speaker sees to a result, in the present, in a main
 * clause ("we zorgen ervoor dat iedereen …" is policy said in the plural; "ik zal ervoor zorgen" is a delivery in
 * in-debate.ts). Index of "zorg", or -1.
 */
export function seesToIt(ts: readonly Tok[]): number {
  const pointsBack = seesToWhatWasAsked(ts);
  if (pointsBack >= 0) return pointsBack;
  if (!ts.some((t) => t.w === 'zorg')) return -1;
  for (let i = 1; i < ts.length; i++) {
    if (ts[i]!.w !== 'zorg' || (ts[i - 1]!.w !== 'ik' && ts[i + 1]?.w !== 'ik')) continue;
    const c = ts[i]!.clause;
    const rest = ts.slice(i + 1, i + 6).filter((t) => t.clause === c).map((t) => t.w);
    const voor = rest.indexOf('ervoor') >= 0 ? rest.indexOf('ervoor') : rest[0] === 'er' || rest[1] === 'er' ? rest.indexOf('voor') : -1;
    if (voor < 0 || rest[voor + 1] !== 'dat' || rest.some((w) => HABIT.test(w))) continue;
    if (ts.some((t, j) => j < i && t.clause === c && CLAUSE_START.has(t.w) && !(j === 0 && PRONOUN_FIRST.has(t.w)))) continue;
    // "In dit wetsvoorstel zorg ik ervoor …", "Via de regeling …": what an instrument does, said before the verb.
    if (ts.slice(0, i).some((t) => INSTRUMENT.test(t.w))) continue;
    return i;
  }
  return -1;
}

/**
 * "Daar zorg ik voor", "Daarvoor zorgen we", "Ik zorg daarvoor": seeing to what was just asked, the R-word pointing
 * back and no clause after it; not already, as a habit, or on a condition. Index of the verb, or -1.
 */
function seesToWhatWasAsked(ts: readonly Tok[]): number {
  const i = ts.findIndex((t, k) => (t.w === 'zorg' && (ts[k - 1]?.w === 'ik' || ts[k + 1]?.w === 'ik')) || (t.w === 'zorgen' && [ts[k - 1]?.w, ts[k + 1]?.w].some((x) => x === 'we' || x === 'wij')));
  // Not reported ("…, zeggen de verzekeraars"), already, a habit, on a condition.
  if (i < 0 || ts.some((t) => /^(?:al|altijd|steeds|telkens|als|indien|mits|tenzij|mocht|zeggen|aldus)$/u.test(t.w) || SAID_BY_OTHERS.test(t.w))) return -1;
  const c = ts[i]!.clause;
  // Nothing after it but how ("…, met een korte brief na afloop"): "Daarvoor zorgen wij; de gemeenten doen de
  // uitvoering" divides work that is done now.
  const next = ts.find((t) => t.clause > c);
  if (next !== undefined && !/^(?:met|door|via|in|na|voor|binnen|uiterlijk|voorzitter)$/u.test(next.w)) return -1;
  const clause = ts.filter((t) => t.clause === c).map((t) => t.w);
  const at = clause.indexOf(ts[i]!.w);
  // Nothing but an adverb between ("Daar zorg ik graag voor"): "Daar zorgen we op verschillende manieren voor" tells how
  // it is done now.
  const between = clause.slice(at + 2, clause.at(-1) === 'voor' ? -1 : undefined);
  if (!between.every((w) => /^(?:ook|wel|graag|dan|zeker|persoonlijk|zelf)$/u.test(w))) return -1;
  const fronted = at === 1 && (/^(?:daarvoor|hiervoor)$/u.test(clause[0]!) || (/^(?:daar|hier)$/u.test(clause[0]!) && clause.at(-1) === 'voor'));
  const after = at === 1 && /^(?:ik|we|wij)$/u.test(clause[0]!) && /^(?:daarvoor|ervoor|hiervoor)$/u.test(clause.at(-1) ?? '') && clause.length <= 4;
  return fronted || after ? i : -1;
}

/** Whom one speaks to in the debate: inviting or adding them is this debate's talk. */
const IN_THE_ROOM = /^(?:u|uw|heer|mevrouw|kamer|leden|lid|collega|collega's|commissie|voorzitter|mij|me|ons|zich|indiener|indieners|fractie|fracties|woordvoerder|woordvoerders)$/u;
/** What one invites a party to: a meeting, or to come, join or talk (not an appeal: "uit om … een eerlijke kans te geven"). */
const TO_MEET = /^(?:gesprek|overleg|bijeenkomst|werkbezoek|bezoek|sessie|dialoog|top|rondetafel\p{L}*|gesprekken)$/u;
const TO_COME = /^(?:schuiven|komen|praten|spreken|overleggen|denken|kijken)$/u;
/**
 * Inviting a named party, in the present: "Ik nodig de energieleveranciers uit voor een gesprek", "… uit om …"; or adding
 * a point to a piece of work: "Daarom voeg ik de vraag … toe aan de opdracht aan de ACM". The speaker next to the verb,
 * a party or point with its article after it, not whom one speaks to ("ik nodig u uit", "de heer Bos", "de indieners"),
 * not "daar voeg ik aan toe dat …" (said now); invited to a meeting or to come, not an appeal; no condition. Index of
 * the particle, or -1.
 */
export function invitesOrAdds(ts: readonly Tok[]): number {
  for (let v = 0; v < ts.length; v++) {
    const invites = /^(?:nodig|nodigen)$/u.test(ts[v]!.w);
    if ((!invites && !/^(?:voeg|voegen)$/u.test(ts[v]!.w)) || !firstPersonAt(ts, v)) continue;
    const c = ts[v]!.clause;
    const from = /^(?:ik|we|wij)$/u.test(ts[v + 1]?.w ?? '') ? v + 2 : v + 1;
    const after = ts.slice(from).filter((t) => t.clause === c);
    // The party with its article, or invited by its bare name ("ik nodig Aedes uit …"), not a pronoun.
    const bare = invites && after.length > 0 && !FUNCTION_WORDS.has(after[0]!.w) && !/^(?:hen|haar|hun|ze|zij|iedereen|niemand|allen|jou|jullie|kamerleden|vooralsnog|nogmaals|opnieuw|alvast|bij|dezen)$|^(?:hier|daar|er|waar)\p{L}+$/u.test(after[0]!.w);
    const party = bare ? 0 : after.findIndex((t) => /^(?:de|het|een|alle)$/u.test(t.w));
    if (party < 0 || after.slice(0, party + 2).some((t) => IN_THE_ROOM.test(t.w))) continue;
    const k = after.findIndex((t, j) => j > party && t.w === (invites ? 'uit' : 'toe') && (invites ? /^(?:voor|om)$/u : /^aan$/u).test(after[j + 1]?.w ?? ''));
    if (k < 0) continue;
    const rest = after.slice(k + 2).map((t) => t.w);
    // Invited to a meeting ("voor een gesprek") or to come or talk ("om aan te schuiven"); added to a thing ("aan de
    // opdracht"), not to what someone said ("aan wat de heer Bos zei").
    const to = invites ? (after[k + 1]!.w === 'voor' ? rest.slice(0, 3).some((w) => TO_MEET.test(w)) : TO_COME.test(rest[rest.indexOf('te') + 1] ?? '')) : /^(?:de|het|mijn|onze|dit|deze)$/u.test(rest[0] ?? '');
    if (to && !ts.some((t) => /^(?:als|indien|mits|tenzij|mocht|zodra)$/u.test(t.w))) return ts.indexOf(after[k]!);
  }
  return -1;
}

/** First person next to the verb at `v`: "ik neem", "neem ik", "we zetten", "zetten we". */
const firstPersonAt = (ts: readonly Tok[], v: number): boolean => /^(?:ik|we|wij)$/u.test(ts[v - 1]?.w ?? '') || /^(?:ik|we|wij)$/u.test(ts[v + 1]?.w ?? '');

/**
 * Taking a point up with a colleague, in the present: "Ik neem het op met mijn collega van Financiën", "Dat punt neem
 * ik op met de minister". Not into this debate's own talk ("ik neem het op in mijn verhaal"). Index of "op", or -1.
 */
export function takesUpWith(ts: readonly Tok[]): number {
  const v = ts.findIndex((t, i) => /^(?:neem|nemen)$/u.test(t.w) && firstPersonAt(ts, i));
  if (v < 0) return -1;
  const op = ts.findIndex((t, j) => j > v && t.clause === ts[v]!.clause && t.w === 'op' && ts[j + 1]?.w === 'met');
  // With a colleague or another member of government: "de strijd opnemen met", "de discussie met de heer X" are no promise.
  const who = ts.slice(op + 2, op + 4).map((t) => t.w);
  return op > 0 && who.some((w) => /^(?:collega|collega's|minister|ministers|staatssecretaris|premier|minister-president)$/u.test(w)) ? op : -1;
}

/**
 * An effort, in the present: "Daar zet ik mij voor in bij …", "We zetten ons ervoor in dat …" — the speaker's own
 * ("zij zet zich in" is someone else's), with what it is for. Index of "in", or -1.
 */
export function effortNow(ts: readonly Tok[]): number {
  const v = ts.findIndex((t, i) => /^(?:zet|zetten)$/u.test(t.w) && firstPersonAt(ts, i));
  if (v < 0) return -1;
  const c = ts[v]!.clause;
  const self = ts.findIndex((t, j) => j > v && j <= v + 3 && t.clause === c && /^(?:me|mij|ons)$/u.test(t.w));
  if (self < 0) return -1;
  const rest = ts.slice(self + 1).filter((t) => t.clause === c);
  // "Daar zetten wij ons al sinds 2021 voor in": a habit told, no effort to come.
  if (rest.some((t) => /^(?:al|altijd|sinds|jarenlang|steeds)$/u.test(t.w))) return -1;
  const forIt = rest.some((t) => /^(?:ervoor|daarvoor|hiervoor|voor)$/u.test(t.w)) || /^(?:daar|er|hier)$/u.test(ts[v - 1]?.w ?? '');
  const at = ts.findIndex((t, j) => j > self && t.clause === c && t.w === 'in');
  return forIt && at > 0 ? at : -1;
}

const SEASON = /^(?:voorjaar|zomer|najaar|winter)$/u;
const TO_BE_TOLD = /^(?:hoe|wat|of|wanneer|welke|waarom|nog)$/u;
const NOW_OR_HABIT = /^(?:nu|vandaag|al|vaker|altijd|steeds|alleen|ook)$/u;
/** Who hears: the Kamer or the committee, addressed or named. */
const HEARER = /^(?:u|kamer|commissie|jullie)$/u;
/**
 * The Kamer hears it from the speaker: "u hoort voor 1 maart van mij hoe …", "de Kamer hoort van ons wat …"; or others
 * named first in the plural ("Scholen horen uiterlijk 1 mei van mij hoe …"). The
 * hearer next to "hoort" in a main clause, and "van mij / van ons" after it ("dat hoort u ook van de burgemeesters"
 * is someone else's word). Index of "hoort", or -1.
 */
export function heardFromSpeaker(ts: readonly Tok[]): number {
  for (let k = 0; k < ts.length; k++) {
    // The hearer next to "hoort", also with its article ("hoort de (hele) commissie").
    const next = ts.slice(k + 1, k + 4).map((t) => t.w);
    const hearerAfter = HEARER.test(next[0] ?? '') || (/^(?:de|het)$/u.test(next[0] ?? '') && (HEARER.test(next[1] ?? '') || (/^(?:hele|gehele|voltallige)$/u.test(next[1] ?? '') && HEARER.test(next[2] ?? ''))));
    // Or others who will hear, named first in the plural: "Scholen horen uiterlijk 1 mei van mij hoe …".
    const othersHear = ts[k]!.w === 'horen' && (k === 1 || (k === 2 && /^(?:de|alle)$/u.test(ts[0]!.w))) && ts[k - 1]!.w.length >= 4 && /(?:en|s)$/u.test(ts[k - 1]!.w);
    if (!othersHear && (ts[k]!.w !== 'hoort' || !(HEARER.test(ts[k - 1]?.w ?? '') || hearerAfter))) continue;
    const c = ts[k]!.clause;
    if (ts.some((t, j) => j < k && t.clause === c && CLAUSE_START.has(t.w) && !(j === 0 && PRONOUN_FIRST.has(t.w)))) continue;
    const after = ts.filter((t, j) => j > k && t.clause === c).map((t) => t.w);
    const from = after.findIndex((w, j) => w === 'van' && /^(?:mij|ons)$/u.test(after[j + 1] ?? ''));
    // Or in a document: "De Kamer hoort erover in de voortgangsbrief van het najaar" (not one already sent: a relative
    // clause after it, "die u vorige week kreeg", is another clause and a past).
    const inDocument = after.findIndex((w, j) => w === 'in' && /^(?:de|het|een)$/u.test(after[j + 1] ?? '') && ANNOUNCED.test(after[j + 2] ?? ''));
    // The speaker's document to come: no relative clause after it ("die ik in maart stuurde", "dat … verschijnt"), no
    // other maker ("van de inspectie"), nothing past ("van afgelopen zomer").
    const docRest = inDocument < 0 ? [] : after.slice(inDocument + 3);
    const ownToCome = !docRest.some((w, j) => /^(?:die|dat|welke|afgelopen|vorig|vorige|gekregen|kreeg|gestuurd|stuurde|ontvangen|ontving)$/u.test(w) || (w === 'van' && !/^(?:het|de)$/u.test(docRest[j + 1] ?? '')) || (w === 'van' && !SEASON.test(docRest[j + 2] ?? '')));
    // Something still to be told: what, how or whether, "nog", or a time; not "van mij dat het goed gaat" (told now), nor
    // a habit or now ("vaker", "al jaren", "nu").
    const toCome = after.some((w) => TO_BE_TOLD.test(w)) || mayNameTime(after.join(' '));
    const told = (from >= 0 && after[from + 2] !== 'dat') || (inDocument >= 0 && ownToCome);
    if (told && toCome && !after.some((w) => NOW_OR_HABIT.test(w))) return k;
  }
  return -1;
}
