import { findDeadlines, mayNameTime } from './deadline';
import { fold } from '../text/fold';
import { promiseToActAt, type Tok } from './promise-to-act';
import { actsAtTime, TODAY } from './acts-at-time';
import { asksBodyOfKind, bodyAskedAt, someoneFindsOutAt } from './others-act';
import { discussedWithBodyAt, raisedWithBodyAt } from './raised-with-body';
import { afterTheFollowing, blocked, inClauseAfter, underWay, cleftAsPromise, describesMotion, FUTURE, HEDGE, keptAgain, NEGATION, negates, PAST, standsAgain, SUBJECT, tokens, wished, withinDebate } from './clauses';
import { isOffer } from './offers';
import { takenBack, wontHappen, agreedThat } from './agreement';
import { adoptsProposal } from './adopts-proposal';
import { newDocumentAt, nextMoment, speakerBinds } from './received';
import { VEHICLE } from './verb-classes';
import { actOnEvent, disclaimed, explorationOnCondition, partsBeforeBut, promisedLater } from './hedges';
import { ordersThisDebate } from './this-debate';
import { byHabit, deliverAt, fromSpeaker, intoWork, othersDocument, TALKS, TELL, TELLING, toldToBody } from './delivery';
import { placedInDocument } from './in-documents';
import { putForwardInMeeting } from './in-meetings';
import { ORDINALS } from '../transcript/closing-places';

/**
 * Commitments made during the debate, at sentence level, in the turns of
 * ministers and state secretaries (never the chair, never members).
 *
 * A sentence is a commitment when it
 * - says "toezeggen" / "zeg … toe" (not negated, not past, not asked), or
 * - has a verb of delivering (informeren, sturen, delen, terugkomen op,
 *   ingaan op, laten weten, verschaffen, verslag doen; "meenemen" only into a
 *   document, towards the Kamer or into a piece of work still to come, "opnemen"
 *   only in a document) AND something that places it after the
 *   debate — a recipient (de Kamer, u, a committee), a vehicle (brief,
 *   verslag, reactie, …) or a time (a deadline phrase, "zodra", "t.z.t.") —
 *   AND a speaker who binds himself (ik/we/het kabinet) or a passive
 *   ("zult u worden geïnformeerd") or recipient + time together, or
 * - promises to act (promise-to-act.ts): "ik zal de gemeenten vragen om …",
 *   "dat ga ik na", "er komt nog een brief", "ik ben bereid om …", or asks a
 *   body by name to act (others-act.ts: "ik vraag de NZa om … te onderzoeken"), or
 * - acts in the present with a time said ("Ik bel de burgemeester morgen",
 *   "volgende week ga ik … langs"), or has a named party act with one
 *   (others-act.ts: "ik laat de inspectie … dit najaar bezoeken"), or
 * - read with the sentences and turns around it (government-sentences.ts): continues one ("Dat geldt ook voor …",
 *   "Daarin zullen we …"), or briefly agrees ("Ja, dat doe ik.") to a member's request in the turn before.
 * It is not when it is a question, when the clause of the promise is negated
 * ("kan ik niet toezeggen"), hypothetical ("zou"), past ("heb toegezegd"),
 * reported ("vroeg of ik …"), or about this debate ("straks", "zo meteen",
 * "in de tweede termijn"). Conditions on events ("Mocht …, dan zal ik …")
 * stay commitments: the register records them too; an offer on the member's
 * condition ("Als u dat wilt, …") counts once taken up (offers.ts).
 */

/** A motion or request read as the speaker's own act: "als ik de motie zo mag interpreteren / lezen dat ik …". */
const READ_AS = /^(?:en |maar |dus )?als ik (?:de|deze|die|dit|het) (?:motie|verzoek|dictum|amendement) zo mag (?:interpreteren|lezen|opvatten|uitleggen|verstaan) dat (?=(?:ik|we|wij) )/u;
/** A lead-in that frames the question after the colon as content: "…, met één (simpele) vraag", "… met de vraag". */
const CONTENT_QUESTION = /(?<![\p{L}])met (?:de|één|een)(?: \p{L}+)? vraag$/iu;
/** Words that may promise (the delivering verbs of delivery.ts among them): most sentences of a debate have none. */
const MAY_PROMISE = /van (?:mij|ons)\b|\b(?:heeft|hebt) u\b|\b(?:af|vast) dat\b|\bvoor aan\b|\blig(?:t|gen)\b|schriftelijk| op met |\bzet|agende|publice|vertel|plan|voornem|inzet|toekom|zal|zullen|\bga|\blaa?t(?:en)?\b|bereid|\bkom\b|komt|komen|inform|stu|zend|zond|dee?l|terug|ingaa|ingegaan|verschaf|rapport|weten|verslag|hoogte|mee|op in| op(?:[,.;:!]|$)|in te gaan|toe|meld|krijg|ontvang|ervoor|zorg(?:en)? (?:ik|we|wij)\b|(?:ik|we|wij) zorg(?:en)? (?:daar|hier)voor|dien|\bhoort\b|bespre|afspra|breng|voorge|voorleg|voorhang|\bhang(?:t|en)?\b|voeg|(?:ik|we|wij) nodig(?:en)?\b|\bnodig(?:en)? (?:ik|we|wij)\b| na bij |plek|plaats|paragraaf|hoofdstuk|passage| zien|neem|nemen|voren|stel|regel|\blegt?\b|gemaakt|geschreven|ontwikkeld|uitgewerkt/u;

/**
 * A relative clause after a document that names an earlier promise: " die ik (u/mevrouw X) heb toegezegd", " die de
 * minister al heeft toegezegd".
 */
const EARLIER_PROMISE = / (?:die|dat) (?:(?:ik|we|wij) (?:\p{L}+ ){0,4}?(?:heb|hebben)|(?:\p{L}+ ){1,4}?(?:heeft|hebben)) (?:\p{L}+ ){0,2}?toegezegd(?![\p{L}])/u;
/** How far "toe" may stand from "zeg" in one clause: "ik zeg de heer Van den Berg toe". */
const ZEG_TOE_SPAN = 7;
const FIRST_PERSON = /(?<![\p{L}])(?:ik|we|wij)(?![\p{L}])/u;
/** "Ik vraag de NCG om …", "vraag ik de gemeenten Den Haag …": asked by name, not "de supermarkten" in an appeal, nor "de heer Bos". */
const ASKS_NAMED_BODY = /(?<![\p{L}])(?:(?:[Ii]k|[Ww]e|[Ww]ij) vra(?:ag|gen)|[Vv]ra(?:ag|gen) (?:ik|we|wij)) (?:de |het )?(?:(?!heer |mevrouw |minister |staatssecretaris |collega |leden |indiener |indieners |woordvoerder |woordvoerders |fractie |fracties )\p{Ll}+ )?\p{Lu}/u;

/** An agreement made with a named party, in the present: "ik spreek met de provincies af dat …", "ik leg met X vast dat …" (not negated). */
// Also after what opens the sentence, the verb second ("Daarom spreek ik …", "Wel spreek ik …", "Volgende maand
// spreek ik …"), not a question ("Waarom spreek ik …?"), a hedge, a habit, a negation or a wish put first
// ("Misschien …", "Elk jaar …", "Nooit …", "Liever …"); not among ourselves ("met elkaar").
const AGREES_WITH = /(?:^|, |^(?!(?:waarom|hoe(?! dan ook)|wat|wanneer|waar|welke|wie|misschien|eventueel|wellicht|mogelijk|soms|vaak|meestal|altijd|elk|elke|ieder|iedere|normaal|gewoonlijk|nooit|evenmin|liever|toen|destijds|vroeger)\s)(?:[\p{L}-]+ ){1,3})(?:(?:ik|we|wij) (?:spre(?:ek|ken)|leg(?:gen)?)|(?:spre(?:ek|ken)|leg(?:gen)?) (?:ik|we|wij))(?: (?!niet|geen|nooit)\p{L}+){0,3} met(?! elkaar| de heer| mevrouw| de kamer| uw kamer| u )(?: (?!niet|geen|nooit|heer|mevrouw)[\p{L}-]+){1,8} (?:af|vast) dat /u;

/** "(Ja,) dat vraag ik de CCD (uitdrukkelijk)": the question put first, a body named by its capital (not the Kamer, a member). */
// Not a chamber or a party's group ("de Tweede Kamer", "de VVD-fractie"); not by habit, on a condition or reported.
const FRONTED_ASK = /^(?:(?:[Jj]a|[Jj]azeker|[Zz]eker|[Gg]oed)[,.!]?\s+)?(?:[Dd]at|[Dd]it|[Dd]ie vraag|[Dd]at punt) vra(?:ag|gen) (?:ik|we|wij) (?:(?:de|het) )?(?!(?:Tweede |Eerste )?Kamer|Voorzitter|[\p{L}-]*fractie(?![\p{L}]))\p{Lu}/u;
const NOT_ASKED_NOW = /^(?:al|elk|elke|ieder|iedere|jaarlijks|altijd|steeds|als|indien|mits|tenzij|mocht|zei|zegt|volgens)$/u;
const asksFronted = (sentence: string, folded: string): boolean =>
  FRONTED_ASK.test(sentence) && !folded.split(/, (?:want|omdat|maar) /u)[0]!.split(/[\s,.;:!]+/u).some((w) => NEGATION.has(w) || HEDGE.has(w) || NOT_ASKED_NOW.test(w));

/** "de eerste toezegging (is te stevig geformuleerd)" names an item of the chair's list, it makes none. */
const LIST_PLACE = new Set([...ORDINALS, 'laatste']);
const PROMISED_CLEFT = /^wat (?:ik|we|wij) (?:(?:wel|u|jullie|graag|nu|hierbij) )*toezeg(?:gen)?(?:: |, is dat )/u;

/** Whether one sentence of a government turn is a commitment on its own (see the module comment); `folded` is the sentence folded, when the caller has it. */
export function isCommitmentSentence(sentence: string, debateDate: string | null = null, folded = fold(sentence)): boolean {
  // A question is no promise; a promise that ends in the question it will put to others, after "met de/één vraag:"
  // ("Ik ga de AFM vragen om …, met één vraag: heeft u het begrepen?"), is read up to its colon.
  if (/\?["'”’)]*\s*$/u.test(sentence)) {
    const colon = sentence.lastIndexOf(': ');
    const lead = sentence.slice(0, colon);
    return colon > 0 && !lead.includes('?') && CONTENT_QUESTION.test(lead) && isCommitmentSentence(lead, debateDate);
  }
  // "Ja, dat gesprek ga ik voeren.": a yes before a promise said whole leaves the promise to be read alone (and its
  // condition: "Ja, als u dat wilt, stuur ik …" is an offer).
  const yes = /^\s*(?:ja|jazeker|zeker),\s+(?=\S)/iu.exec(sentence);
  if (yes) return isCommitmentSentence(sentence.slice(yes[0].length), debateDate);
  const cleft = cleftAsPromise(folded);
  if (cleft !== null) return isCommitmentSentence(cleft, debateDate);
  // "Wat ik wel toezeg: de formulieren zijn voor de zomer vereenvoudigd": what is said to be promised is the promise,
  // when it is a promise itself or names a time, and is no refusal, offer or part of this debate.
  const promised = PROMISED_CLEFT.exec(folded);
  if (promised) {
    const rest = folded.slice(promised[0].length);
    const ts = tokens(rest);
    return !ts.some((t) => NEGATION.has(t.w) || t.w === 'niets') && !isOffer(rest) && !withinDebate(ts) && (mayNameTime(rest) || isCommitmentSentence(rest, debateDate));
  }
  // Besides the promise words, an act in the present with a time ("ik bel … morgen") needs a time and a first person;
  // a body asked to act needs its name (or its kind, in the plural: asksBodyOfKind).
  if (!MAY_PROMISE.test(folded) && !(FIRST_PERSON.test(folded) && mayNameTime(folded)) && !ASKS_NAMED_BODY.test(sentence) && !asksBodyOfKind(folded)) return false;
  if (wontHappen(folded)) return false;
  const following = afterTheFollowing(folded);
  if (following !== null) return isCommitmentSentence(following, debateDate);
  // "Als ik de motie zo mag interpreteren dat ik …, dan oordeel Kamer": the reading of the motion is the promise.
  const agreed = agreedThat(folded);
  if (agreed !== null) return isCommitmentSentence(agreed, debateDate);
  const read = READ_AS.exec(folded);
  if (read) return isCommitmentSentence(folded.slice(read.index + read[0].length).split(/, (?:dan|en) /u)[0]!, debateDate);
  const ts = tokens(folded);
  const toezeg = ts.findIndex((t, i) => (/^(?:toezeggen|toegezegd)$/u.test(t.w) || (t.w === 'toezegging' && !(LIST_PLACE.has(ts[i - 1]?.w ?? '') && /^(?:de|die|deze)$/u.test(ts[i - 2]?.w ?? '')))) || (t.w === 'toe' && ts[i - 1]?.w === 'te' && ts[i + 1]?.w === 'zeggen') || (t.w === 'toe' && ts.slice(Math.max(0, i - ZEG_TOE_SPAN), i).some((x) => x.clause === t.clause && /^zeg(?:t|gen)?$/u.test(x.w))));
  // The order of this debate's answers (this-debate.ts) never overrules an explicit "toezeggen".
  // This debate's "straks" before a ";" leaves a promise after it ("…, dat straks niet klopt; u krijgt het …").
  if (withinDebate(ts) && sentence.includes(';') && !isOffer(folded)) return promisedLater(sentence, folded, (part) => isCommitmentSentence(part, debateDate));
  if (ts.length === 0 || withinDebate(ts) || (toezeg < 0 && ordersThisDebate(ts)) || isOffer(folded)) return false;
  // A motion that asks: only what follows a ";" or ":" may still promise.
  if (describesMotion(folded)) return /[;:]/u.test(folded) && isCommitmentSentence(folded.slice(folded.search(/[;:]/u) + 1), debateDate);
  const looks = explorationOnCondition(folded);
  if ((looks !== null && deliverAt(tokens(looks), false, false) < 0) || actOnEvent(folded, (main) => deliverAt(tokens(main), false, /(?<![\p{L}])kamer(?![\p{L}])/u.test(main)) >= 0)) return false;
  // An exploration disclaimed (hedges.ts): a promise of its own before the "maar", or after a ";" or ":", still counts.
  if (disclaimed(folded)) {
    if (partsBeforeBut(folded).some((part) => isCommitmentSentence(part, debateDate))) return true;
    return /[;:]/u.test(folded) && isCommitmentSentence(folded.slice(folded.search(/[;:]/u) + 1), debateDate);
  }
  // "heb … aan de Kamer toegezegd dat ik … zal": an earlier promise retold, whatever its own tense; so is the noun after
  // a past copula ("… was mijn toezegging, niet die van …").
  if (toezeg >= 0) {
    const retold = (ts[toezeg]!.w === 'toegezegd' && ts.some((t, j) => j < toezeg && PAST.has(t.w))) || (ts[toezeg]!.w === 'toezegging' && ts[toezeg + 1]?.w !== 'dat' && ts.some((t, j) => j < toezeg && t.clause === ts[toezeg]!.clause && /^(?:was|waren)$/u.test(t.w)));
    if (!blocked(ts, toezeg) && !retold && !wished(ts, toezeg)) return true;
    // "Ik heb toegezegd dat ik u informeer, en na deze oproep zal ik dat zeker gaan doen.": retold, and made again.
    if (retold && (keptAgain(folded) || (ts[toezeg]!.w === 'toezegging' && standsAgain(folded)))) return true;
    // "… met de brief die ik mevrouw X heb toegezegd": the earlier promise names a document; the rest is read alone.
    const named = retold ? EARLIER_PROMISE.exec(folded) : null;
    if (named) return isCommitmentSentence(folded.slice(0, named.index) + folded.slice(named.index + named[0].length), debateDate);
    // "Ik heb vorig jaar toegezegd dat …; die is gestart en ik stuur u het rapport na de zomer.": a new promise after it.
    // The promise is the last coordinated clause ("die is gestart en ik stuur …"), read alone.
    // A colon brings the retold promise itself ("Ik heb toegezegd: we gaan …"); a semicolon a clause of its own.
    const next = folded.slice(folded.indexOf(ts[toezeg]!.w)).search(/;/u);
    if (retold && next > 0) {
      const rest = folded.slice(folded.indexOf(ts[toezeg]!.w) + next + 1);
      const own = rest.search(/ en (?:ik|we|wij) /u);
      return isCommitmentSentence(rest, debateDate) || (own > 0 && isCommitmentSentence(rest.slice(own + 4), debateDate));
    }
    // "Dat kan ik niet toezeggen, maar ik stuur de Kamer voor de zomer …": what is refused is not what is promised
    // after "maar". Only a refusal: a promise retold ("heb … toegezegd — maar dat gaat …") stays retold.
    const refused = ts.some((t, j) => j < toezeg && t.clause === ts[toezeg]!.clause && NEGATION.has(t.w));
    const but = folded.indexOf(' maar ', folded.indexOf(ts[toezeg]!.w));
    return refused && but > 0 && isCommitmentSentence(folded.slice(but + ' maar '.length), debateDate);
  }

  const words = ts.map((t) => t.w);
  // Also both chambers, as a bill goes to the Senate too ("bij beide Kamers voorgehangen").
  const hasKamer = /(?<![\p{L}])(?:(?:uw|de) (?:(?:eerste|tweede) )?kamer|(?:beide|de|uw) kamers)(?![\p{L}])|\p{L}-?commissie(?![\p{L}])|commissie (?:voor|van) /u.test(folded);
  const hasVehicle = words.some((w) => VEHICLE.test(w));
  // A point taken into talks with someone ("mee in het overleg met …") goes where a document would.
  const intoTalks = words.some((w) => TALKS.test(w)) && words.includes('met');
  const at = deliverAt(ts, hasVehicle || intoTalks, hasKamer);
  const carried = hasVehicle || (at >= 0 && intoWork(ts, at)) || (intoTalks && /^mee/u.test(ts[at]?.w ?? ''));
  // "Ik kan u melden dat …" tells now: what it tells may itself be a promise ("… dat ik u voor de zomer een brief stuur").
  const told = () => {
    const i = folded.indexOf(' dat ', folded.indexOf(ts[at]!.w));
    return i > 0 && isCommitmentSentence(folded.slice(i + ' dat '.length), debateDate);
  };
  // "u heeft het … van mij": "heeft" is no perfect here, so only a negation blocks it.
  // A hedge in the verb's clause ("Ik stuur u misschien …", "Wellicht kan ik … meenemen in de brief") promises nothing;
  // not "misschien wel" (the seed's chair lists "Wij kunnen daar in het verslag … misschien wel nader op ingaan"), nor
  // one in an indirect question after the verb ("… meenemen in wanneer … en met welke landen dat eventueel …").
  const hedged = (k: number) => HEDGE.has(ts[k]!.w) && ts[k + 1]?.w !== 'wel' && !ts.slice(at, k).some((t) => /^(?:wanneer|welke|hoe|of|waar)$/u.test(t.w));
  const stop = () =>
    (/^(?:heeft|hebt)$/u.test(ts[at]!.w) ? ts.some((t, k) => t.clause === ts[at]!.clause && negates(words, k)) : blocked(ts, at)) ||
    ts.some((t, k) => t.clause === ts[at]!.clause && hedged(k));
  const delivers = at >= 0 && (toldToBody(ts, at) || (tellsNow(ts, at) ? told() : !stop() && promisesDelivery(ts, at, sentence, debateDate, hasKamer, carried)));
  return delivers || promisesToAct(ts, ASKS_NAMED_BODY.test(sentence) || asksBodyOfKind(folded)) || asksFronted(sentence, folded) || actsAtTime(ts, sentence, debateDate) || AGREES_WITH.test(folded) || placedInDocument(ts) || putForwardInMeeting(ts) || adoptsProposal(folded) || promisedLater(sentence, folded, (part) => isCommitmentSentence(part, debateDate));
}

/** The act path (promise-to-act.ts; a body asked by name: others-act.ts), with negation ("niet alleen" aside) and hedges read in the act's clause. */
function promisesToAct(ts: Tok[], namesABody: boolean): boolean {
  let act = promiseToActAt(ts);
  if (act < 0) act = someoneFindsOutAt(ts);
  if (act < 0 && namesABody) act = bodyAskedAt(ts);
  if (act < 0) act = raisedWithBodyAt(ts);
  if (act < 0) act = discussedWithBodyAt(ts);
  const words = ts.map((t) => t.w);
  // A negation inside an effort's result ("ik zet me ervoor in dat geen enkel kind …") is the result's; not past a "maar".
  const that = ts[act]?.w === 'in' && ts[act + 1]?.w === 'dat' ? act + 1 : -1;
  const but = ts.findIndex((t, k) => k > that && t.w === 'maar');
  const inResult = (k: number) => that > 0 && k > that && (but < 0 || k < but);
  return act >= 0 && !blocked(ts, act) && !underWay(ts, act) && !ts.some((t, k) => t.clause === ts[act]!.clause && !inResult(k) && !inClauseAfter(ts, act, k) && (negates(words, k) || HEDGE.has(t.w))) && !takenBack(words.slice(act).join(' '));
}

/** The delivery path: the verb at `at` delivers, and a recipient, vehicle, time or binding subject places it after the debate. */
function promisesDelivery(ts: Tok[], at: number, sentence: string, debateDate: string | null, hasKamer: boolean, hasVehicle: boolean): boolean {
  const words = ts.map((t) => t.w);
  const hasYou = words.includes('u') || words.includes('uw');
  // A bill or amendment submitted goes to the Kamer without naming it ("dien ik een nota van wijziging in").
  const recipient = hasKamer || hasYou || /^(?:dien|dienen|ingediend)$/u.test(ts[at]!.w);
  const subject = speakerBinds(ts);
  // A next moment ("bij de volgende rapportage") places only the speaker's delivery or the Kamer's receiving.
  const next = () => (subject || /^(?:krijgt|ontvangt)$/u.test(ts[at]!.w)) && nextMoment(fold(sentence));
  // Today is this debate: "dat u daar vandaag een antwoord op krijgt" places nothing after it.
  const time = () => words.includes('zodra') || (words[0] === 'zo' && words[1] === 'snel') || next() || findDeadlines(sentence, debateDate).some((d) => !TODAY.test(fold(d.text)));
  // Also a separable participle ("toegestuurd", "voorgelegd"), not on a condition ("… toegestuurd als daarom gevraagd wordt").
  const separable = /^(?:voor|toe|op|mee|door|terug|in)ge/u.test(ts[at]!.w) && !words.some((w) => /^(?:als|indien|mits|tenzij)$/u.test(w));
  // Not what is done by habit ("… worden elk jaar (in mei) met de Kamer gedeeld"), nor already, unless a time says when.
  const habit = byHabit(ts, ts[at]!.clause);
  const already = () => ts.some((t) => t.clause === ts[at]!.clause && /^(?:al|reeds)$/u.test(t.w)) && !time();
  // Also a participle without "ge-" ("beantwoord", "verstuurd", "ontwikkeld").
  const passive = words.some((w) => w === 'worden' || w === 'wordt') && (/^ge|^(?:be|ver|ont|her)\p{L}+[dt]$/u.test(ts[at]!.w) || separable) && !othersDocument(sentence) && !habit && !already();
  // Telling counts only with a date: "ik zal u vertellen hoe het zit" is this debate; so does what the Kamer will
  // have ("u heeft het binnen twee weken van mij"; "dat heeft u van mij" is said now).
  if (TELL.test(ts[at]!.w) || /^(?:heeft|hebt)$/u.test(ts[at]!.w)) return recipient && time();
  // "dan zal ik dat melden", "ik zal ervoor zorgen dat": the speaker binds himself in the clause of the
  // verb. Not for "ingaan op" / "terugkomen op": "ik zal eerst ingaan op …" orders this debate.
  const binds = subject && !/^(?:op|in|ingaan|ingegaan|ingaat|terug|terugkomen|terugkom|terugkomt)$/u.test(ts[at]!.w) && ts.some((t) => t.clause === ts[at]!.clause && FUTURE.has(t.w));
  if (binds) return true;
  // Deadlines are read last and only when needed: they are the costly test.
  // A document that comes to the Kamer ("die komt naar de Kamer toe", comesToKamer) is announced as "er komt …" is.
  const comes = hasKamer && /^kom(?:t|en)$/u.test(ts[at]!.w);
  if (recipient || hasVehicle) return subject || passive || comes || (recipient && newDocumentAt(ts, at)) || ((recipient || fromSpeaker(ts, at)) && time());
  return (subject || passive) && time();
}

/**
 * "Ik kan u melden dat …", "Ik meld de Kamer dat …": the verb at `at` takes a "dat"-clause right after its
 * recipient, with no "zal"/"ga" in its clause; what follows is told now, unless the speaker says it will be.
 */
function tellsNow(ts: Tok[], at: number): boolean {
  // Only a verb of telling takes what it tells in a "dat"-clause: "U krijgt dat overzicht" receives the thing.
  if (!TELLING.test(ts[at]!.w)) return false;
  let k = at + 1;
  while (k < at + 4 && /^(?:u|uw|de|het|kamer|commissie)$/u.test(ts[k]?.w ?? '')) k++;
  if (ts[k]?.w !== 'dat') return false;
  return !ts.some((t) => t.clause === ts[at]!.clause && (FUTURE.has(t.w) || /^(?:ga|gaan|gaat)$/u.test(t.w)));
}
