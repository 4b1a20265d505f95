import { mayNameTime } from './deadline';
import type { Tok } from './promise-to-act';
import { HORTATIVE_LEAD, PARTS_OF_DEBATE } from './verb-classes';

/**
 * A minister ordering the answers of this debate promises nothing outside it (issue #19 item 3): "ik zal starten
 * met de vragen van de heer Bos", "laat ik nu op uw vraag ingaan", "daar kom ik in mijn beantwoording van de vragen
 * op terug", "ik zal mijn tempo aanpassen". Weaker signs than "straks" or "in de tweede termijn" (clauses.ts
 * `withinDebate`): the same words also plan real work ("we starten met een pilot en vervolgens gaan we naar een
 * landelijke uitrol", "mijn beantwoording op de Kamervragen"), so each rule looks at what is ordered, and the caller
 * never lets them overrule an explicit "toezeggen".
 */

/** Words that may stand between "met" and that part: "de eerste vragen", "het laatste blok", "uw vraag". */
const BEFORE_PART = /^(?:de|het|mijn|uw|die|deze|dit|eerste|tweede|derde|laatste|andere|overige|resterende|gestelde)$/u;
/** Opening the order: "ik begin / zal starten met …". */
const OPENS_ORDER = /^(?:begin|beginnen|start|starten)$/u;
/** Taking a point up: "ingaan op", "terugkomen op", "op … terug". */
const TAKES_UP = /^(?:ingaan|inga|terugkomen|terugkom|terugkomt)$/u;
/** A written answer, a letter or the Kamer as recipient: then the point is taken up outside this debate. */
const OUTSIDE = /^(?:kamer|kamervragen|schriftelijk|schriftelijke|brief|voortgangsbrief|kamerbrief|rapportage|begroting|begrotingsbehandeling)$/u;
/** The speaker's own talk in this debate: "mijn betoog", "mijn tempo". */
const OWN_TALK = /^mijn (?:betoog|inleiding|tempo|spreektijd)$/u;
/** Where a hortative's clause stops: a subordinate clause may hold a promise ("laat ik toezeggen dat ik …"). */
const STOPS = /^(?:dat|die|waarin|waarmee|omdat|zodat|om)$/u;

/** Whether the words after `at` name a part of this debate ("de vragen van …", "het eerste blok", "uw punt"). */
function partOfDebateAt(ts: Tok[], at: number): boolean {
  for (let k = at; k < at + 3 && k < ts.length; k++) {
    // "de termijn", "de volgorde" are how, not what, a debate orders.
    if (PARTS_OF_DEBATE.test(ts[k]!.w)) return !/^(?:termijn|volgorde|spreker|sprekers)$/u.test(ts[k]!.w);
    if (!BEFORE_PART.test(ts[k]!.w)) return false;
  }
  return false;
}

const takesUpAt = (ts: Tok[], j: number): boolean => TAKES_UP.test(ts[j]!.w) || (ts[j]!.w === 'terug' && ts.slice(Math.max(0, j - 6), j).some((t) => t.w === 'op'));

/** Whether the sentence orders this debate's answers or talk (see the module comment). */
export function ordersThisDebate(ts: Tok[]): boolean {
  const outside = ts.some((t) => OUTSIDE.test(t.w));
  for (let i = 0; i < ts.length; i++) {
    const w = ts[i]!.w;
    if (OWN_TALK.test(`${w} ${ts[i + 1]?.w ?? ''}`) || (w === 'later' && ts[i + 1]?.w === 'in' && ts[i + 2]?.w === 'het' && ts[i + 3]?.w === 'debat')) return true;
    // "Ik zal starten met de vragen van de heer Bos", "laat ik beginnen met de vraag van …".
    if (OPENS_ORDER.test(w) && /^(?:met|bij)$/u.test(ts[i + 1]?.w ?? '') && partOfDebateAt(ts, i + 2)) return true;
    // "in mijn reactie op de moties", "bij de appreciatie van de amendementen": this debate's own round.
    if (/^(?:reactie|appreciatie)$/u.test(w) && /^(?:op|van)$/u.test(ts[i + 1]?.w ?? '') && /^(?:moties|amendementen|vragen)$/u.test(ts[i + 3]?.w ?? '') && ts.some((_, j) => takesUpAt(ts, j))) return true;
    // "Ik zal starten met de gevangenissen, vervolgens ga ik naar de reclassering": topics (definite), no time, no Kamer.
    if (OPENS_ORDER.test(w) && ts[i + 1]?.w === 'met' && /^(?:de|het)$/u.test(ts[i + 2]?.w ?? '') && !outside && sequenceAfter(ts, i + 3)) return true;
    // "in mijn beantwoording (van de vragen) … op terugkomen": a point taken up in this debate's answer.
    if (/^(?:beantwoording|antwoorden)$/u.test(w) && (ts[i - 1]?.w === 'in' || (ts[i - 2]?.w === 'in' && /^(?:mijn|de|onze)$/u.test(ts[i - 1]!.w)) || ts[i - 3]?.w === 'loop')) {
      // "beantwoording op / aan / bij de (Kamer)vragen" is a written answer; "de vragen van de Kamer" this debate's.
      const written = /^(?:op|aan|bij)$/u.test(ts[i + 1]?.w ?? '') && /^(?:de|het|die|deze|uw|mijn)$/u.test(ts[i + 2]?.w ?? '');
      if (!written && !ts.some((t) => t.w !== 'kamer' && OUTSIDE.test(t.w)) && ts.some((_, j) => takesUpAt(ts, j))) return true;
    }
  }
  return letMeTakeUp(ts) || takesUpYourPoint(ts, outside) || listsTopics(ts, outside);
}

/** An offer or request taken up ("ingaan op het aanbod van …") is accepted, not a topic of the answer. */
const TAKEN_UP_OFFER = /^(?:aanbod|voorstel|verzoek|uitnodiging|oproep)$/u;
/**
 * "Ik ga in op de concessies, de prijzen, de schone schepen en het toezicht.": the topics of this answer, three or more
 * listed, no other clause, no letter or time, no offer taken up.
 */
function listsTopics(ts: Tok[], outside: boolean): boolean {
  const at = ts.findIndex((t, i) => /^(?:ga|gaan)$/u.test(t.w) && /^(?:ik|we|wij)$/u.test(ts[i - 1]?.w ?? ''));
  if (at < 0 || outside || mayNameTime(ts.map((t) => t.w).join(' '))) return false;
  let k = at + 1;
  while (/^(?:nu|dan|eerst|achtereenvolgens|kort|even)$/u.test(ts[k]?.w ?? '')) k++;
  if (ts[k]?.w !== 'in' || ts[k + 1]?.w !== 'op') return false;
  const rest = ts.slice(k + 2).map((t) => t.w);
  return rest.filter((w) => /^(?:de|het|mijn|uw)$/u.test(w)).length >= 3 && rest.includes('en') && !rest.some((w) => /^(?:ik|we|wij)$/u.test(w) || TAKEN_UP_OFFER.test(w));
}

/** ", vervolgens / daarna ga ik naar …" after the opener. */
function sequenceAfter(ts: Tok[], from: number): boolean {
  for (let i = from; i < ts.length - 3; i++) {
    if (/^(?:vervolgens|daarna)$/u.test(ts[i]!.w) && /^(?:ga|gaan)$/u.test(ts[i + 1]!.w) && /^(?:ik|we|wij)$/u.test(ts[i + 2]!.w) && ts[i + 3]!.w === 'naar') return true;
  }
  return false;
}

/** "Laat ik nu op uw vraag ingaan", "Goed, laat ik op uw punt terugkomen": a hortative that takes a point up now. */
function letMeTakeUp(ts: Tok[]): boolean {
  const at = ts.findIndex((t, i) => t.w === 'laat' && ts[i + 1]?.w === 'ik' && (i === 0 || HORTATIVE_LEAD.test(ts[i - 1]!.w) || ts[i - 1]!.clause !== t.clause));
  if (at < 0) return false;
  for (let j = at + 2; j < ts.length && ts[j]!.clause === ts[at]!.clause && !STOPS.test(ts[j]!.w); j++) {
    if (takesUpAt(ts, j)) return true;
  }
  return false;
}

/** "Ik zal nu op uw vraag ingaan", "Dan wil ik nu ingaan op uw punt over …": no letter, no Kamer, no time. */
function takesUpYourPoint(ts: Tok[], outside: boolean): boolean {
  if (outside || mayNameTime(ts.map((t) => t.w).join(' '))) return false;
  const your = ts.findIndex((t, i) => t.w === 'uw' && PARTS_OF_DEBATE.test(ts[i + 1]?.w ?? ''));
  return your >= 0 && ts.some((t, j) => t.clause === ts[your]!.clause && takesUpAt(ts, j));
}

/**
 * "Dan de pilot in Gelderland.", "Dan ga ik nu verder met …", "Tot slot de vraag over …", "Ik kom nu bij …": the minister turns to a
 * topic of this debate. It shares the topic's words with a promise on it, and promises nothing itself.
 */
export const turnsToTopic = (folded: string): boolean => TOPIC_TURN.test(folded);
const TOPIC_TURN = /^(?:en )?(?:dan|tot slot|ten slotte|als laatste|vervolgens)[, ]+(?:de|het|een|mijn|uw|nog|naar|over)(?![\p{L}])|^(?:en )?(?:dan|tot slot|ten slotte|vervolgens)[, ]+(?:ga|kom|wil) ik (?:nu |graag |even |dan )*(?:verder |door )?(?:met|naar|bij|op)(?![\p{L}])|^(?:voorzitter, )?ik (?:kom|ga) (?:nu |dan |even )+(?:bij|naar|in op|verder met|door met)(?![\p{L}])/u;
