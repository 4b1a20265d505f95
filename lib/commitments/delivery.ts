import { PREPOSITIONS } from '../text/stopwords';
import { HEDGE, NEGATION, SUBJECT } from './clauses';
import { comesToKamer, type Tok } from './promise-to-act';
import { ANNOUNCED, CLAUSE_START, DETERMINER, SAID_BY_OTHERS, VEHICLE } from './verb-classes';

/**
 * The verbs of delivering something to the Kamer, for the delivery path of in-debate.ts: informing, sending,
 * sharing, reporting, coming back to, the Kamer receiving, and taking a point along into a piece of work to come.
 */

/** "Vertellen": telling, which counts only with a date ("ik zal u vertellen hoe het zit" is this debate). */
export const TELL = /^vertel(?:len|t)?$/u;
/** A form of "nemen" ("neem", "neemt", "nemen"): the verb of "meenemen", "opnemen" standing apart from its particle. */
const NEMEN = /^ne(?:e)?m(?:en|t)?$/u;
/** The verbs that can tell something now: melden, informeren, vertellen, mededelen, laten weten. */
export const TELLING = /^(?:(?:ge)?meld(?:en|t)?|(?:ge)?informe(?:er|ert|erd|ren)|vertel(?:len|t)?|(?:mede)?del(?:en|t)?|weten)$/u;
/** Talks with a named party, which a point can be taken into: "ik neem dat mee in het overleg met de provincies". */
export const TALKS = /^(?:gesprek|gesprekken|overleg|overleggen)$/u;

/** Words that can be (part of) a delivering verb: a cheap first test per word … */
const DELIVER_HINT = /^heeft$|^hebt$|^dien|^ingediend$|^voor(?:ge|leg|hang)|^hang(?:t|en)?$|^voeg|publice|vertel|toekom|^nemen$|^geven$|inform|stu|zend|zond|dee?l|terug|ingaa|ingegaan|verschaf|rapport|weten|verslag|hoogte|mee|^op$|^in$|toe|meld|krijg|ontvang|ervoor|^kom|^beantwoord/u;

/**
 * "van mij" / "van ons" later in the clause of `at`, with no participle as its verb ("… van mij een brief gekregen",
 * "… gehad over …": the perfect). A participle before a noun describes it ("een gedetailleerd overzicht").
 */
export function fromSpeaker(ts: Tok[], at: number): boolean {
  const c = ts[at]!.clause;
  const k = ts.findIndex((t, j) => j > at && t.clause === c && t.w === 'van' && /^(?:mij|ons)$/u.test(ts[j + 1]?.w ?? ''));
  return k > 0 && !perfectAfter(ts, at);
}
/** A perfect tense after the verb at `at` ("… van mij gekregen", "… al gehad"): what was had, not what will be. */
function perfectAfter(ts: Tok[], at: number): boolean {
  const c = ts[at]!.clause;
  // Also a participle without "ge-" ("… op 12 maart ontvangen", "… verstuurd").
  // Not a noun after its determiner ("alle gemeenten van mij": review 11).
  return ts.some((t, j) => j > at && t.clause === c && /^(?:ge|be|ver|ont|her)\p{L}+(?:d|t|en)$/u.test(t.w) && !DETERMINER.test(ts[j - 1]?.w ?? '') && (ts[j + 1]?.clause !== c || PREPOSITIONS.has(ts[j + 1]!.w)));
}
/**
 * "Voor 1 maart heeft u dat overzicht": the Kamer will have a document (a time must say when: promisesDelivery). Not by
 * habit ("Elk jaar in maart krijgen de scholen …") nor in someone else's words ("… zei tegen mij: voor 1 maart heeft u …").
 */
const hasDocument = (ts: Tok[], at: number): boolean =>
  ts.some((t) => t.clause === ts[at]!.clause && VEHICLE.test(t.w)) && !perfectAfter(ts, at) && !byHabit(ts, ts[at]!.clause) && !ts.some((t) => SAID_BY_OTHERS.test(t.w));

/**
 * Done by habit: "altijd", "steeds", or "elk jaar" / "jaarlijks" with no start or deadline that makes it new ("vanaf
 * volgend jaar elk kwartaal", "voor het kerstreces, en daarna elk jaar"): standing practice, no promise.
 */
export function byHabit(all: readonly Tok[], clause: number): boolean {
  // In the clause of the act: "…, zodat u er altijd iets over te zeggen heeft" is no habit of delivering.
  const ts = all.filter((t) => t.clause === clause);
  const always = ts.some((t) => /^(?:altijd|steeds)$/u.test(t.w));
  const habit = ts.some((t, j) => t.w === 'jaarlijks' || (/^(?:elk|elke|ieder|iedere)$/u.test(t.w) && /^(?:jaar|maand|week|kwartaal)$/u.test(ts[j + 1]?.w ?? '')));
  // A start or a deadline that is a time ("voor de zomer", "voor 1 mei"), not "voor de begroting".
  const starts = ts.some((t, j) => /^(?:vanaf|uiterlijk)$/u.test(t.w) || (t.w === 'voor' && (/^\d+$/u.test(ts[j + 1]?.w ?? '') || (/^(?:het|de)$/u.test(ts[j + 1]?.w ?? '') && TIME_OF_YEAR.test(ts[j + 2]?.w ?? '')))));
  return always || (habit && !starts);
}
const TIME_OF_YEAR = /(?:zomer|winter|najaar|voorjaar|reces|kerst|eind|einde|jaarwisseling|kwartaal)$/u;
/** What the government submits to the Kamer: a bill, an amendment of its own bill, a draft. */
const BILL = /^(?:wetsvoorstel|wetsvoorstellen|novelle|ontwerpbesluit|reparatiewet|verzamelwet)$/u;
/** What makes a bill's submission no promise: a modal, a past, a report, a condition. */
const NOT_SUBMITTED = /^(?:kan|kunnen|zou|zouden|is|was|werd|werden|zijn|waren|had|heeft|zegt|zei|volgens|als|indien|mits|tenzij|mocht|misschien|wellicht)$/u;
/** The bill of a submission at `i` is the government's, submitted later: see deliverAt. */
function submittedBill(ts: readonly Tok[], i: number): boolean {
  const c = ts[i]!.clause;
  const bill = ts.some((t, j) => t.clause === c && (BILL.test(t.w) || (t.w === 'nota' && ts[j + 1]?.w === 'van' && ts[j + 2]?.w === 'wijziging')));
  const fromMember = ts.some((t, j) => t.w === 'van' && (ts[j + 1]?.w === 'mevrouw' || (ts[j + 1]?.w === 'de' && /^(?:heer|leden|fractie)$/u.test(ts[j + 2]?.w ?? ''))));
  const future = ts[i]!.w === 'ingediend' ? ts.some((t) => t.w === 'wordt' || t.w === 'worden') : ts.some((t) => SUBJECT.has(t.w));
  return bill && future && !fromMember && !byHabit(ts, c) && !ts.some((t) => NEGATION.has(t.w) || NOT_SUBMITTED.test(t.w));
}
/** This debate's answers, no document to come: "In deze beantwoording ga ik eerst in op …". */
const ANSWER_NOW = /^(?:beantwoording|antwoorden|schriftelijk)$/u;
/** The article or pronoun before a document one writes into: "in die brief", "in mijn reactie". */
const DETERMINER_OF_DOCUMENT = /^(?:de|het|die|dat|deze|dit|mijn|onze)$/u;
const CONDITIONAL = /^(?:als|indien|wanneer|mocht|zodra|mits|tenzij)$/u;
const BROUGHT_ABOUT = /^(?:wetsvoorstel|amendement|zonder|als|zoals|volgens|hiermee|daarmee|pas|net)$/u;
const LAW = /^(?:wet|wettelijk|verplicht|gebruikelijk|schrijft|pleit)$/u;
const NOT_A_DRAFT_TO_COME = /^(?:altijd|elk|elke|ieder|iedere|volgens|wil|wilt|willen|stel|is|was|werd|werden)$/u;

/** Index of the first word of a delivering verb, or -1. Separable verbs count at their particle. */
export function deliverAt(ts: Tok[], hasVehicle: boolean, hasKamer: boolean): number {
  for (let i = 0; i < ts.length; i++) {
    const w = ts[i]!.w;
    if (!DELIVER_HINT.test(w)) continue;
    const next = ts[i + 1]?.w;
    if (/^(?:ge)?informe(?:er|ert|erd|ren)$/u.test(w)) return i;
    if (/^(?:toe|op)?(?:ge)?stu(?:u)?r(?:en|t|d)?$/u.test(w) && !ts.some((t, j) => j > i && t.clause === ts[i]!.clause && t.w === 'terug')) return i;
    if (/^(?:toe)?(?:ge)?zond(?:en)?$|^(?:toe)?zenden$/u.test(w)) return i;
    // "ik zal die de Kamer doen toekomen": the formal verb of sending.
    if (/^toe(?:komen|komt)$/u.test(w) && /^(?:doen|laten|doe|laat)$/u.test(ts[i - 1]?.w ?? '')) return i;
    if (/^(?:ge)?de(?:e)?l(?:en|t|d)?$/u.test(w) && next === 'met') return i;
    // In the passive the Kamer comes first: "… worden na de zomer met de Kamer gedeeld".
    // Not what may be shared, on a condition or by habit ("… kunnen met de Kamer worden gedeeld als daarom gevraagd
    // wordt", "… worden elk jaar in mei met de Kamer gedeeld").
    const onCondition = () => byHabit(ts, ts[i]!.clause) || ts.some((t) => /^(?:als|indien|mits|tenzij|mocht|kan|kunnen|zou|zouden|mag|mogen)$/u.test(t.w));
    if (w === 'gedeeld' && !onCondition() && ts.some((t, j) => j < i && t.clause === ts[i]!.clause && t.w === 'met' && (ts[j + 1]?.w === 'u' || (/^(?:de|uw)$/u.test(ts[j + 1]?.w ?? '') && ts[j + 2]?.w === 'kamer')))) return i;
    if (/^(?:ge)?meld(?:en|t)?$/u.test(w)) return i;
    // A document added to another: "dat overzicht voeg ik … bij de begroting" (the caller asks for the document).
    // Not oneself joined to others' words ("Ik voeg mij bij de woorden van …").
    const reflexive = /^(?:mij|me|ons|zich)$/u.test(ts[SUBJECT.has(ts[i + 1]?.w ?? '') ? i + 2 : i + 1]?.w ?? '');
    if (hasVehicle && /^voeg(?:t|en)?$/u.test(w) && !reflexive && ts.some((t, j) => j > i && t.clause === ts[i]!.clause && t.w === 'bij')) return i;
    // A draft put before the Kamer: "… wordt aan beide Kamers voorgelegd / bij de Kamer voorgehangen".
    // Not one done already, a procedure of law, on a condition or someone else's wish ("Als ze geactiveerd worden, …
    // wordt de uitwerking aan uw Kamer voorgelegd", "… is in januari voorgehangen", "Volgens de wet wordt elk …").
    // By the government (the speaker, or a passive), not another body ("Het UWV zal … voorleggen"), not any draft
    // ("Een / Zo'n ontwerpbesluit wordt … voorgehangen") or what the law prescribes.
    const byUs = ts.some((t) => SUBJECT.has(t.w) || t.w === 'wordt' || t.w === 'worden') && !/^(?:een|zo'n|zo’n|zulke|dat)$/u.test(ts[0]!.w);
    // Also split: "Daarom hang ik de ontwerp-AMvB voor bij beide Kamers".
    const hangsBefore = /^hang(?:t|en)?$/u.test(w) && ts.some((t, j) => j > i && t.clause === ts[i]!.clause && t.w === 'voor' && (ts[j + 1]?.clause !== t.clause || /^(?:bij|aan)$/u.test(ts[j + 1]!.w)));
    if (hasKamer && byUs && (/^voor(?:ge)?(?:leg(?:gen|t|d)?|hang(?:en|t)?|hangen)$/u.test(w) || hangsBefore) && !ts.some((t) => CONDITIONAL.test(t.w) || LAW.test(t.w) || (t.clause === ts[i]!.clause && NOT_A_DRAFT_TO_COME.test(t.w)))) return i;
    // "die publiceer ik op 1 juli": made public by a date (promisesDelivery asks for the time or a binding subject).
    if (/^(?:ge)?publice(?:er|ert|erd|ren)$/u.test(w)) return i;
    // "u heeft het binnen twee weken van mij": what the Kamer will have from the speaker (not "… van mij gekregen").
    // Also a document the Kamer will have, by a time ("Voor 1 maart heeft u dat overzicht").
    if (/^(?:heeft|hebt)$/u.test(w) && [ts[i - 1], ts[i + 1], ts[i + 2]].some((t) => t?.clause === ts[i]!.clause && /^(?:u|kamer)$/u.test(t.w)) && (fromSpeaker(ts, i) || hasDocument(ts, i))) return i;
    // "u krijgt …", "dat de Kamer een oordeel krijgt": the Kamer or "u" receives.
    // Also inverted, after a fronted object: "de cijfers … krijgt u voor het eind van de maand".
    // The receiver before the verb, or right after it, also with its article ("Voor de zomer krijgt de Kamer …"); that
    // order also tells what a law or a choice brings about ("In dit wetsvoorstel / Zonder extra geld / Zoals
    // gebruikelijk krijgt de Kamer …") and what others send ("… krijgt de Kamer van de Rekenkamer …"): not those.
    const broughtAbout = () => ts.some((t) => BROUGHT_ABOUT.test(t.w)) || (ts[i + 3]?.w === 'van' && /^(?:de|het)$/u.test(ts[i + 4]?.w ?? ''));
    // "ontvangt de Eerste Kamer": the chamber's name between.
    const after = (j: number) =>
      j === i + 1 || (j === i + 2 && /^(?:de|uw|beide)$/u.test(ts[i + 1]!.w) && !broughtAbout()) || (j === i + 3 && ts[i + 1]!.w === 'de' && /^(?:eerste|tweede)$/u.test(ts[i + 2]!.w) && !broughtAbout());
    if (/^(?:krijgt|krijgen|ontvangt|ontvangen)$/u.test(w) && ts.some((t, j) => (j < i || after(j)) && t.clause === ts[i]!.clause && /^(?:u|kamer|kamers|commissie)$/u.test(t.w))) return i;
    // Others who receive a document from the speaker: "Voor 1 februari krijgen alle gemeenten van mij een brief".
    if (/^(?:krijgt|krijgen|ontvangt|ontvangen)$/u.test(w) && fromSpeaker(ts, i) && hasDocument(ts, i)) return i;
    // "ik zal ervoor zorgen dat …"; "zorgt" only with the cabinet: "een manier die ervoor zorgt dat …" is no one's promise.
    if (w === 'ervoor' && /^(?:te|zorgen|zorg|zorgt)$/u.test(next ?? '') && (next !== 'zorgt' || ts.some((t, j) => j < i && t.w === 'kabinet'))) return i;
    // "het wetsvoorstel komt na de zomer naar de Kamer", in a main clause ("zodra het … komt" is no promise).
    if (/^kom(?:t|en)$/u.test(w) && comesToKamer(ts, i)) return i;
    if (/^(?:terug(?:komen|kom|komt|gekomen)|ingaan|ingegaan|ingaat|verschaffen|verschaf|rapporteren|rapporteer)$/u.test(w)) return i;
    if (w === 'terug' && (ts[i + 1]?.w === 'te' || ts.some((t, j) => j < i && t.clause === ts[i]!.clause && /^kom(?:en|t)?$/u.test(t.w)))) return i;
    if (w === 'op' && next === 'in') return i;
    // A bill or amendment submitted: "… wordt in november bij de Kamer ingediend", "dien ik een nota van wijziging in".
    const submits = w === 'ingediend' || (/^dien(?:en)?$/u.test(w) && ts.some((t, j) => j > i && t.w === 'in' && t.clause === ts[i]!.clause && ts[j + 1]?.clause !== t.clause));
    // Only the government's bills ("wetsvoorstel", "nota van wijziging"), not a member's motion or an application.
    // In the future passive ("wordt … ingediend") or by the speaker; not past, possible, reported, on a condition, by
    // habit, or a member's ("van de heer Bos").
    if (submits && submittedBill(ts, i)) return i;
    // "In die brief ga ik (ook) in op …": going into a point in a document named before, in the clause's start.
    if (w === 'in' && next === 'op' && ts.some((t, j) => j < i - 2 && t.clause === ts[i]!.clause && t.w === 'in' && DETERMINER_OF_DOCUMENT.test(ts[j + 1]!.w) && VEHICLE.test(ts[j + 2]?.w ?? '') && !ANSWER_NOW.test(ts[j + 2]!.w))) return i;
    // "Die vraag beantwoord ik schriftelijk": answered in writing, after the debate (answering here is this debate's).
    if (/^beantwoord(?:en|t)?$/u.test(w) && answeredInWriting(ts, i)) return i;
    if (w === 'in' && next === 'te' && ts[i + 2]?.w === 'gaan') return i;
    if (w === 'weten' && ts.some((t, j) => j < i && /^la(?:a)?t(?:en)?$/u.test(t.w))) return i;
    if (w === 'verslag' && ts.some((t, j) => j > i && /^(?:doen|doe|uitbrengen|breng)$/u.test(t.w))) return i;
    if (w === 'hoogte' && ts[i - 1]?.w === 'de' && ts[i - 2]?.w === 'op') return i;
    // "ik zal u in juni meer vertellen": telling the Kamer, by a date (promisesDelivery asks for the time).
    if (TELL.test(w) && (hasKamer || ts.some((t) => t.w === 'u'))) return i;
    // Also in a clause of its own: "(zeg ik) dat ik zijn punt meeneem in de brief".
    if ((hasVehicle || hasKamer) && (/^(?:meenemen|meegenomen|meeneem|meeneemt)$/u.test(w) || (w === 'mee' && ts.some((t, j) => j < i && NEMEN.test(t.w))))) return i;
    if (intoWork(ts, i)) return i;
    // "neem ik in die brief een pad op": the particle of "opnemen" ends the clause of a document (or "over" follows it).
    // Only the speaker's own: "De gemeenten nemen die taak op" is someone else's.
    const own = (k: number) => ts.some((t, j) => j < k && t.clause === ts[k]!.clause && SUBJECT.has(t.w));
    // Also with what it is about after the particle: "neem ik … een paragraaf op over de zorg".
    if (hasVehicle && w === 'op' && (ts[i + 1]?.clause !== ts[i]!.clause || ts[i + 1]!.w === 'over') && own(i) && ts.some((t, j) => j < i && t.clause === ts[i]!.clause && NEMEN.test(t.w))) return i;
  }
  return -1;
}

/** "schriftelijk" within a few words of the verb, in its clause, not negated ("ik beantwoord die vraag niet schriftelijk"). */
function answeredInWriting(ts: Tok[], i: number): boolean {
  const near = ts.slice(Math.max(0, i - 4), i + 5).filter((t) => t.clause === ts[i]!.clause);
  return near.some((t) => t.w === 'schriftelijk') && !near.some((t) => /^(?:niet|geen|nooit|die|dat)$/u.test(t.w) && ts.indexOf(t) > i);
}

const WORK_DETERMINER = /^(?:de|het|een|die|dat|deze|dit|mijn|onze|ons)$/u;
/** Whom one takes along in an explanation: "ik neem u mee in …", "… jullie …", "… de Kamer …". */
const TAKEN_ALONG = /^(?:u|jullie|kamer|iedereen|ons|heer|mevrouw|leden|collega)$/u;
/** What one weighs or says in this debate, not a piece of work to come: "mee in mijn afweging", "in de beantwoording". */
const INWARD = /^(?:afweging|afwegingen|overweging|overwegingen|achterhoofd|gedachten|gedachtegang|oordeel|beoordeling|debat|termijn|beantwoording|antwoord|redenering|uitleg|verhaal|betoog|inbreng)$/u;
/**
 * "Die suggestie neem ik mee in de evaluatie", "dat geef ik mee in de opdracht": taken or passed along ("mee"
 * with "nemen"/"geven") into a piece of work named with an article, which is yet to come (a past is blocked).
 */
export function intoWork(ts: Tok[], i: number): boolean {
  const w = ts[i]!.w;
  const clause = ts.filter((t, j) => j < i && t.clause === ts[i]!.clause).map((t) => t.w);
  // "Ik neem u even mee in de cijfers": taking the Kamer along in an explanation is this debate.
  if (clause.some((x) => TAKEN_ALONG.test(x))) return false;
  // Taken or passed along ("mee"), or taken up ("op"): "ik neem die groep op in de onderzoeksopdracht"; the particle
  // first: "dat zal ik mee laten nemen in …", "… mee te nemen in …".
  const along =
    /^(?:meenemen|meegeven|opnemen)$/u.test(w) ||
    ((w === 'mee' || w === 'op') && clause.some((x) => /^(?:neem|neemt|nemen|geef|geeft|geven)$/u.test(x)) && (w === 'mee' || clause.some((x) => SUBJECT.has(x)))) ||
    (/^(?:nemen|geven)$/u.test(w) && clause.slice(-3).includes('mee') && !clause.slice(1).some((x) => CLAUSE_START.has(x)));
  // Into a piece of work named with an article or as the speaker's own ("in mijn onderzoek", "in onze verkenning").
  if (along && ts[i + 1]?.w === 'in' && WORK_DETERMINER.test(ts[i + 2]?.w ?? '') && !INWARD.test(ts[i + 3]?.w ?? '')) return true;
  // The work named before the particle: "Wel neem ik in het onderzoek mee of …", "Ik neem in de evaluatie mee hoe …".
  // A piece of work by name (a document or a study: "in dat verband", "in de regel", "in de praktijk" are none), an
  // adjective before it and an adverb after it allowed ("in het nieuwe onderzoek ook mee").
  const verb = clause.findLastIndex((x) => /^(?:neem|neemt|nemen)$/u.test(x));
  const into = verb < 0 ? -1 : clause.indexOf('in', verb);
  if (w !== 'mee' || into <= verb || !WORK_DETERMINER.test(clause[into + 1] ?? '') || !clause.some((x) => SUBJECT.has(x))) return false;
  // Or a talk named before ("in dat gesprek"; "in dit overleg" is this meeting): what is taken into it is raised there.
  const work = clause.findIndex((x, k) => k > into + 1 && k <= into + 3 && (ANNOUNCED.test(x) || VEHICLE.test(x) || (/^(?:gesprek|gesprekken|overleg)$/u.test(x) && !/^(?:dit|deze)$/u.test(clause[k - 1]!))));
  return work > 0 && clause.slice(work + 1).every((x) => /^(?:ook|wel|zeker|graag|dan|uitdrukkelijk|nadrukkelijk|expliciet|nog)$/u.test(x));
}

/**
 * "Dat laat ik de gemeenten via de VNG weten", "Ik laat de provincies weten dat …": a named party told by the speaker,
 * which happens after the debate (telling the Kamer or a member, "ik laat u weten dat …", is said now: tellsNow in
 * in-debate.ts). The verb "weten" at `at` after "laat"/"laten" with the speaker next to it, then an article and a
 * party that is not whom one speaks to in the debate; no negation, hedge or perfect in the clause.
 */
export function toldToBody(ts: readonly Tok[], at: number): boolean {
  if (ts[at]?.w !== 'weten') return false;
  const c = ts[at]!.clause;
  const l = ts.findIndex((t, j) => j < at && t.clause === c && /^(?:laat|laten)$/u.test(t.w));
  if (l < 0 || ts.some((t) => t.clause === c && (NEGATION.has(t.w) || HEDGE.has(t.w) || /^(?:heb|hebben|had|hadden|liet|lieten)$/u.test(t.w)))) return false;
  const own = SUBJECT.has(ts[l - 1]?.w ?? '') || SUBJECT.has(ts[l + 1]?.w ?? '');
  const from = SUBJECT.has(ts[l + 1]?.w ?? '') ? l + 2 : l + 1;
  return own && /^(?:de|het)$/u.test(ts[from]?.w ?? '') && from + 1 < at && !/^(?:heer|mevrouw|kamer|leden|collega|voorzitter|commissie)$/u.test(ts[from + 1]!.w);
}

/**
 * A document named as a body's ("het rapport van de Rekenkamer", "het advies van het CPB": a capital after "van de"),
 * or an act by someone named ("door de VNG", "door scholen"): a passive delivery of it is not the government's.
 */
export const othersDocument = (sentence: string): boolean =>
  /(?<![\p{L}])(?:rapport|rapportage|advies|onderzoek|evaluatie|verslag|analyse|jaarverslag|brief|plan|overzicht) van (?:de|het) \p{Lu}/u.test(sentence) ||
  /(?<![\p{L}])door (?!(?:mij|ons|mijzelf|het kabinet|de regering|mijn|onze|de staatssecretaris|de minister|het ministerie|de ministeries)(?![\p{L}]))\p{L}/iu.test(sentence);

