import { NEGATION, SUBJECT } from './clauses';
import type { Tok } from './promise-to-act';
import { ANNOUNCED, VEHICLE } from './verb-classes';

/**
 * Promises made by saying what a document to come will hold: "ik geef de havens in de routekaart een plek", "die
 * krijgen in de voortgangsbrief een eigen paragraaf", "in de uitwerking laat ik zien hoeveel …". General Dutch: a
 * place (plek, plaats, paragraaf, hoofdstuk) given or got, or a thing shown, "in" a document of the kinds the
 * government sends (verb-classes.ts), in a clause with no negation, hedge, condition or past.
 */

const PLACE = /^(?:plek|plaats|paragraaf|hoofdstuk|passage)$/u;
const GIVES = /^(?:geef|geeft|geven|krijgt|krijgen)$/u;
const LETS = /^(?:laat|laten)$/u;
/** Said as no promise: a hedge, a condition, a habit, what is so already or was. */
const UNSURE = /^(?:misschien|wellicht|eventueel|mogelijk|als|indien|mits|al|altijd|heb|hebt|heeft|hebben|had|hadden|gaf|gaven|kreeg|kregen|liet|lieten|gekregen|gegeven)$/u;

/** "in" and, within a few words, a document: "in de routekaart", "in de toelichting bij de nota van wijziging". */
function inDocument(ts: readonly Tok[]): boolean {
  return ts.some((t, i) => t.w === 'in' && ts.slice(i + 1, i + 6).some((d) => d.clause === t.clause && (VEHICLE.test(d.w) || ANNOUNCED.test(d.w))));
}

/** Whether the sentence promises what a document to come will hold. */
export function placedInDocument(ts: readonly Tok[]): boolean {
  if (!inDocument(ts) || ts.some((t) => NEGATION.has(t.w) || UNSURE.test(t.w))) return false;
  for (let v = 0; v < ts.length; v++) {
    const w = ts[v]!.w;
    const c = ts[v]!.clause;
    const own = ts.some((t) => t.clause === c && SUBJECT.has(t.w));
    // A place given by the speaker, or got by the point ("die krijgen … een eigen paragraaf").
    if (GIVES.test(w) && (own || /^kr/u.test(w)) && ts.slice(v + 1, v + 14).some((t, k) => t.clause === c && PLACE.test(t.w) && /^(?:een|eigen|\p{L}+e)$/u.test(ts[v + k]!.w))) return true;
    // Shown by the speaker: "laat ik … zien", "laten we … zien".
    if (LETS.test(w) && own && ts.slice(v + 1, v + 12).some((t) => t.clause === c && t.w === 'zien')) return true;
  }
  return false;
}
