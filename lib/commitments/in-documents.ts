import { NEGATION, SUBJECT } from './clauses';
import type { Tok } from './promise-to-act';
import { ANNOUNCED, VEHICLE } from './verb-classes';

/**
 * Promises made by saying what a document to come will hold: "ik geef de havens in de routekaart een plek", "die
 * krijgen in de voortgangsbrief een eigen paragraaf", "in de uitwerking laat ik zien hoeveel …". General Dutch: a
 * place (plek, plaats, paragraaf, hoofdstuk) given, got or coming ("In de monitor komt een apart hoofdstuk over …"), a
 * thing shown or taken up ("neem ik in de brief ook op hoe …"), "in" a document of the kinds the government sends
 * (verb-classes.ts); a thing laid down or arranged ("leg ik vast", "regel ik") in one, or in a rule to
 * come ("In de AMvB leg ik vast dat …"). Not in the verb's clause: a negation, a hedge, a condition, a habit or the past;
 * not in the sentence: a document that exists already ("die vorige maand verscheen") or is someone else's ("het
 * rapport van de commissie"), nor this debate's answer ("in mijn reactie op de heer X").
 */

const PLACE = /^(?:plek|plaats|paragraaf|hoofdstuk|passage)$/u;
const GIVES = /^(?:geef|geeft|geven|krijgt|krijgen)$/u;
/** "In de monitor komt een apart hoofdstuk over …": the place comes in the document. */
const COMES = /^(?:komt|komen)$/u;
const LETS = /^(?:laat|laten)$/u;
/** Said as no promise, in the verb's clause: a hedge, a habit, what is so already or was. */
const UNSURE = /^(?:misschien|wellicht|eventueel|indien|mits|al|altijd|steeds|telkens|doorgaans|meestal|vaak|elk|elke|ieder|iedere|jaarlijks|jaarlijkse|zoals|heb|hebt|heeft|hebben|had|hadden|gaf|gaven|kreeg|kregen|liet|lieten|gekregen|gegeven)$/u;
/** A document that exists already. */
const EXISTS = /^(?:vorige|vorig|verscheen|verschenen|gepubliceerd|gestuurd|ontving|ontvangen|gisteren|eerder)$/u;
/** What the government answers in this debate, not a document to come. */
const THIS_DEBATE = /^(?:reactie|antwoord|antwoorden|beantwoording|appreciatie|terugkoppeling|termijn|debat)$/u;
const document = (w: string): boolean => (VEHICLE.test(w) || ANNOUNCED.test(w)) && !THIS_DEBATE.test(w);
/** What is laid down goes into a rule as well: "In de AMvB leg ik vast dat …", also a compound ("de verzamelwet"). */
const REGULATION = /(?:amvb|besluit|regeling|wetsvoorstel|wet|verordening|toelichting)$/u;
const LAYS_DOWN = /^(?:leg|legt|leggen|regel|regelen)$/u;
/** Taken up in it: "neem ik in de brief ook op hoe …", "Ik neem dat punt op in de brief …". */
const TAKES_UP = /^(?:neem|nemen)$/u;
/** What may follow the particle "op" of "opnemen": the clause's end, what is taken up, or the document ("op in de brief"). */
const AFTER_OP = /^(?:hoe|wat|welke|welk|waarom|wanneer|waar|of|dat|in|en)$/u;

/** "in" and, within a few words, a document to come that is no one else's: "in de routekaart", "in de toelichting bij de nota van wijziging". */
function inDocument(ts: readonly Tok[], isDocument: (w: string) => boolean = document): boolean {
  return ts.some((t, i) => {
    if (t.w !== 'in') return false;
    // A rule after its article or an adjective ("in de AMvB", "in de eerstvolgende verzamelwet"), not a verb after a
    // time ("In het voorjaar besluit de Raad …").
    const d = ts.slice(i + 1, i + 6).findIndex((x, k) => x.clause === t.clause && isDocument(x.w) && (document(x.w) || /^(?:de|het|een|die|deze|dit|mijn|onze|uw|\p{L}+e)$/u.test(ts[i + k]!.w)));
    if (d < 0) return false;
    const at = i + 1 + d;
    const someoneElses = ts[at + 1]?.w === 'van' && /^(?:de|het)$/u.test(ts[at + 2]?.w ?? '');
    return !someoneElses && !ts.slice(i + 1, at).some((x) => THIS_DEBATE.test(x.w));
  });
}

/** Whether the sentence promises what a document to come will hold. */
export function placedInDocument(ts: readonly Tok[]): boolean {
  const inRule = inDocument(ts, (w) => document(w) || REGULATION.test(w));
  if (!inRule || ts.some((t) => EXISTS.test(t.w) || THIS_DEBATE.test(t.w))) return false;
  const inDoc = inDocument(ts);
  for (let v = 0; v < ts.length; v++) {
    const w = ts[v]!.w;
    if (!GIVES.test(w) && !LETS.test(w) && !LAYS_DOWN.test(w) && !TAKES_UP.test(w) && !COMES.test(w)) continue;
    const c = ts[v]!.clause;
    // The verb's clause up to a clause it opens ("leg ik vast dat elke gemeente …", "laat ik zien dat …": what is laid
    // down or shown may say "elke"); a pronoun "dat" ("Ik geef dat … geen plek") opens none.
    const all = ts.filter((t) => t.clause === c);
    const opens = all.findIndex((t, k) => t.w === 'dat' && ts.indexOf(t) > v && /^(?:vast|zien)$/u.test(all[k - 1]?.w ?? ''));
    const clause = opens < 0 ? all : all.slice(0, opens);
    // "de regel in de wet": a noun, not the verb.
    if (LAYS_DOWN.test(w) && /^(?:de|het|een|die|deze)$/u.test(ts[v - 1]?.w ?? '')) continue;
    if (clause.some((t, k) => NEGATION.has(t.w) || UNSURE.test(t.w) || (t.w === 'als' && /^(?:het|er|u|ze|zij|we|wij|ik|de|dat|dit)$/u.test(clause[k + 1]?.w ?? '')))) continue;
    const own = clause.some((t) => SUBJECT.has(t.w));
    // Laid down or arranged by the speaker: "leg ik vast dat …", "dat regel ik in de brief".
    // "vast" the particle, not an adjective ("waarom de bedragen … vast zijn").
    const particle = clause.some((t, k) => t.w === 'vast' && !/^(?:zijn|is|staat|staan|ligt|liggen|blijft|blijven|zit|zitten)$/u.test(clause[k + 1]?.w ?? ''));
    if (LAYS_DOWN.test(w) && own && (/^reg/u.test(w) || particle)) return true;
    if (!inDoc) continue;
    // Taken up by the speaker: "op" the particle, ending the clause or before what is taken up; not "neem het op met
    // de VNG" (talks) nor "op tafel".
    // Not "neem aan dat …" (assume), nor an "op" inside a clause after it, nor on a condition put first ("Als de cijfers
    // er zijn, neem ik ze op …").
    const op = clause.findIndex((t, k) => t.w === 'op' && ts.indexOf(t) > v && !clause.slice(0, k).some((x) => ts.indexOf(x) > v && /^(?:aan|dat|die|hoe|wat|of)$/u.test(x.w)));
    const onCondition = ts.some((t) => /^(?:als|indien|mits|tenzij|mocht|zodra)$/u.test(t.w));
    if (TAKES_UP.test(w) && own && !onCondition && op >= 0 && (op === clause.length - 1 || AFTER_OP.test(clause[op + 1]!.w))) return true;
    // A place given by the speaker, or got by the point ("die krijgen … een eigen paragraaf"), after an article or
    // an adjective ("een eigen paragraaf", "een duidelijke plaats").
    // Not a seat ("een plaats aan tafel", "een plek in de begeleidingscommissie").
    const place = (k: number) => PLACE.test(ts[k]!.w) && /^(?:een|eigen|apart|\p{L}{2,}e)$/u.test(ts[k - 1]!.w) && !/^(?:de|die|deze)$/u.test(ts[k - 1]!.w) && ts[k + 1]?.w !== 'aan' && !(ts[k + 1]?.w === 'in' && /(?:commissie|raad|bestuur|groep|team|overleg)$/u.test(ts[k + 3]?.w ?? ''));
    if (GIVES.test(w) && (own || /^kr/u.test(w)) && ts.slice(v + 1, v + 14).some((t, k) => t.clause === c && place(v + 1 + k))) return true;
    // What comes is the place itself, right after the verb ("komt (er) een apart hoofdstuk"), not someone who comes with one.
    let from = v + 1;
    while (/^(?:er|ook|nog|dan)$/u.test(ts[from]?.w ?? '')) from++;
    if (COMES.test(w) && ts[from]?.w === 'een' && ts.slice(from + 1, from + 3).some((t, k) => t.clause === c && place(from + 1 + k))) return true;
    // Shown by the speaker: "laat ik … zien", "laten we … zien".
    if (LETS.test(w) && own && ts.slice(v + 1, v + 12).some((t) => t.clause === c && t.w === 'zien')) return true;
  }
  return false;
}
