import type { Transcript } from '../transcript/model';
import { foldedSlice } from '../text/folded-text';
import { splitSentences } from '../text/sentences';
import { fold } from '../text/fold';
import { NEGATION, tokens, withinDebate } from './clauses';
import { ASKED_IN_DEBATE, CLAUSE_START, isInfinitive, noAct } from './verb-classes';
import { notAVerb, PRESENT_NO_ACT } from './present-acts';

/**
 * An offer on the member's (or the Kamer's) condition: "Als u dat wilt,
 * stuur ik u een brief", "Mocht u iets anders bedoelen, dan kom ik daarop
 * terug", or on their wish ("Als dat helpt, …", "Indien gewenst …"; "Als het helpt om … te …" states a
 * purpose, not a wish). It binds the government only once taken up ("Ja, graag."): until
 * then it is an offer, not a commitment (tests/eval/ANNOTATING.md). A
 * condition on events ("Mocht het rapport later komen, dan …") is no offer:
 * the register records those promises too. The addressee's wish may also come last ("…, als de Kamer dat wil."), and a
 * member named before may be "hij"/"zij" ("Als zij daar prijs op stelt, …"), only with a wish ("Als hij zegt dat …" is none).
 */
const OFFER =
  /^(?:(?:mocht(?:en)?|als|indien|wanneer|ingeval) (?:u|jullie|de kamer|uw kamer|de commissie|de leden|de heer|mevrouw)(?![\p{L}])|(?:als|indien) (?:het|dat) (?:helpt|gewenst is|op prijs wordt gesteld),|(?:als|indien) daar behoefte aan is,|indien gewenst|desgewenst)|^(?:als|indien) (?:hij|zij|ze) (?:dat|het|daar) (?:wil|wenst|op prijs stelt|prijs op stelt|behoefte aan heeft|(?:nuttig|prettig|fijn) vindt),|(?<![\p{L}])(?:als|indien) (?:u|jullie|de kamer|uw kamer|de commissie) (?:dat|het|daar) (?:wil|wilt|willen|wenst|wensen|op prijs stelt|prijs op stelt|behoefte aan heeft|(?:nuttig|prettig|fijn) vindt)[.!]?$/u;

/** Whether a folded sentence opens with the addressee's condition. */
export const isOffer = (folded: string): boolean => OFFER.test(folded);

/**
 * The promise an offer makes, without its condition, as said on its own. After the condition the main clause is
 * inverted ("…, laat ik …", "…, dan stuur ik …"): the subject goes first again, so that "laat ik" reads as "I have …
 * done", not "let me". Offered, an ability or a wish is the act ("…, kan ik u die cijfers sturen"): it reads as "zal".
 */
export function offeredPart(sentence: string): string {
  const comma = sentence.indexOf(',');
  // "Indien gewenst stuur ik …", "Desgewenst …": the condition is the opening words, without a comma.
  const part = comma >= 0 ? sentence.slice(comma + 1).trim() : sentence.replace(/^(?:indien gewenst|desgewenst)\s+/iu, '');
  const inverted = INVERTED.exec(part);
  // "…, kan ik me voorstellen dat …": imagining, not an ability offered.
  if (!inverted || /^(?:me|mij|ons|zich)\s/iu.test(part.slice(inverted[0].length))) return part;
  const verb = OFFERED_AS_ACT.get(inverted[1]!.toLowerCase()) ?? inverted[1]!;
  return `${inverted[2]} ${verb} ${part.slice(inverted[0].length)}`;
}
const INVERTED = /^(?:dan\s+)?(\p{L}+)\s+(ik|we|wij)\s+/iu;
const OFFERED_AS_ACT = new Map([
  ['kan', 'zal'],
  ['wil', 'zal'],
  ['kunnen', 'zullen'],
  ['willen', 'zullen'],
]);

/** Verbs no act in the present on their own that an offer makes one: "…, laat ik … uitzoeken", "…, vraag ik X om …". */
const OFFERED_ANYWAY = new Set(['laat', 'vraag', 'verzoek']);
/** Acts of speaking in this debate, or a stance, which an offer may make too ("Als u dat wilt, leg ik het nog eens uit."). */
const SPEAKING_NOW = new Set([
  'leg', 'licht', 'vertel', 'schets', 'geef', 'geven', 'beantwoord', 'beantwoorden', 'illustreer', 'zet', 'som', 'reken', 'herformuleer', 'trek',
  'benadruk', 'onderstreep', 'vat', 'schors', 'herhaal', 'citeer', 'verwijs', 'beperk', 'deel', 'steun', 'kijk',
]);
/** What belongs to this debate: an amendment or motion taken over, one's argument broken off, an apology. */
const THIS_DEBATE_THING = /^(?:amendement|amendementen|motie|moties|betoog|excuses|interruptie|spreektijd|beantwoording|termijn)$/u;
/** Now, in this debate: "… hier nog even op", "… nog eens". */
const NOW = /^(?:even|hier|nu|meteen|direct|straks|eerst|zometeen)$/u;
/** The condition is the addressee's wish ("als u dat wilt", "als zij daar prijs op stelt"), not a fact or an act of theirs. */
const WISHES = /(?<![\p{L}])(?:wil|wilt|willen|wenst|wensen|op prijs stelt|prijs op stelt|behoefte aan heeft|behoefte aan is|(?:nuttig|prettig|fijn) vindt|fijn zou vinden|helpt|gewenst is|op prijs wordt gesteld)(?![\p{L}])|^(?:indien gewenst|desgewenst)/u;

/**
 * An act offered in the present tense ("Als mevrouw Kat dat wil, stuur ik haar …", "…, ontwikkel ik samen met …"):
 * the offer on the addressee's wish makes it future, so once taken up it needs no time or document of its own. Its
 * verb comes right after the subject (offeredPart put it first) and is no being, thinking, stance or speaking in this
 * debate; no negation, nothing said to be now ("even", "hier"); someone let act, not something left ("laat ik dat
 * rusten"); a body asked, not a member ("vraag ik de heer Jansen om …").
 */
export function offersAnAct(offer: string, offered: string): boolean {
  if (!WISHES.test(fold(offer.slice(0, Math.max(0, offer.indexOf(','))) || offer))) return false;
  const ts = tokens(fold(offered));
  const verb = ts[1]?.w ?? '';
  if (!/^(?:ik|we|wij)$/u.test(ts[0]?.w ?? '') || ts[1]?.clause !== ts[0]!.clause || notAVerb(verb)) return false;
  if ((PRESENT_NO_ACT.has(verb) && !OFFERED_ANYWAY.has(verb)) || SPEAKING_NOW.has(verb)) return false;
  // "laat ik … op een rij zetten" has someone act; "laat ik het daarbij", "… dat punt rusten" leave it.
  if (verb === 'laat' && !ts.slice(2).some((t) => isInfinitive(t.w) && !noAct(t.w))) return false;
  // "Now" in the main clause, not in a clause of its own ("… die zij inschakelen als het even te veel wordt").
  const sub = ts.findIndex((t, j) => j > 1 && CLAUSE_START.has(t.w));
  const main = sub < 0 ? ts : ts.slice(0, sub);
  if (ts.some((t) => NEGATION.has(t.w) || THIS_DEBATE_THING.test(t.w)) || main.some((t) => NOW.test(t.w) || ((verb === 'vraag' || verb === 'verzoek') && ASKED_IN_DEBATE.test(t.w)))) return false;
  return !withinDebate(ts);
}

/**
 * A first sentence that says yes: "Ja, graag.", or the condition said back ("Dat stel ik zeer op prijs.", "Dat wil
 * ik graag."), or what the member will gladly do with what is offered ("Die lees ik graag.", "Daar maak ik graag
 * gebruik van."), the yes ending there or at a comma ("Dat wil ik graag eerst zien" puts it off); not believing it ("Dat
 * geloof ik graag" grants a point, it takes nothing up).
 */
const YES =
  /^(?:ja|jazeker|heel graag|graag(?=[,.!]|$| (?:en|dan|voorzitter|hoor)(?![\p{L}]))|prima|akkoord|dat lijkt me (?:goed|prima)|dat zou (?:fijn|mooi|goed) zijn)(?![\p{L}])|^(?:dat|die|dit) (?:stel|wil) ik (?:(?:zeer|heel|erg|zeker|wel|graag) )*(?:op prijs|graag)[.!]?$|^daar stel ik (?:(?:zeer|heel|erg|zeker|wel) )*prijs op[.!]?$|^dat zou ik (?:(?:zeer|heel|erg|zeker) )*op prijs stellen[.!]?$|^daar zou ik (?:(?:zeer|heel|erg) )*blij mee zijn[.!]?$|^(?:die|dat|dit|deze|daar)\p{L}* (?!geloof |aanneem |wil |overweeg |hoor )\p{L}+ ik (?:(?:zeer|heel|erg|zeker) )*graag(?: (?:gebruik van|tegemoet|aan|door))?(?=[,.!]|$)/u;
/** A yes that names the offer as such ("Dat aanbod neem ik graag aan."): it takes up the turn's one offer wherever it stood. */
const OFFER_ACCEPTED = /^(?:dat|dit|het|uw) aanbod (?:stel ik (?:(?:zeer|heel|erg|zeker|wel|graag) )*op prijs|neem ik (?:(?:zeer|heel|erg|zeker|wel|graag) )*aan|accepteer ik)(?![\p{L}])/u;
/**
 * A yes taken back: "Ja, maar dat is niet nodig.", "Dat aanbod stel ik op prijs, maar …". Not one widened: "Graag,
 * maar dan wel aan de hele commissie" asks for more of the same (WIDENED is taken out before the test).
 */
const TAKEN_BACK = /(?<![\p{L}])(?:maar|nee|niet nodig|hoeft)(?![\p{L}])/u;
// To more readers or with more in it ("… aan de hele commissie", "… met de cijfers erbij"), no negation after it:
// "…, maar dan wel een echte evaluatie (en niet …)" asks for something else (review 13).
const WIDENED = /(?<![\p{L}])maar dan (?:(?:wel|ook|graag|het|liefst) ){1,3}(?:aan|voor|naar|met|bij) [^.!?]*/gu;
const widenedAway = (yes: string): string => yes.replace(WIDENED, (m) => (/(?<![\p{L}])(?:niet|geen|nee|hoeft)(?![\p{L}])/u.test(m) ? m : ''));
/** The member named in the condition ("als mevrouw Van der Staaij dat wil"): the name's words (folded, as the offer is). */
const NAMED_MEMBER = /^(?:als|indien|mocht(?:en)?|wanneer|ingeval) (?:mevrouw|de heer) ((?:[\p{L}'-]+ ){1,4}?)(?:dat|het|daar|dit|er|zijn|haar|die|deze|een|de)(?![\p{L}])/u;

/** What the member has already: "Ik heb die lijst al (van de VNG gekregen)", "Die ken ik al". */
const HAS_IT = /^(?:ik )?(?:heb|ken|ontving|kreeg)(?: ik)? (?:die|dat|deze|dit|het|de) (?:\p{L}+ ){0,2}?al(?![\p{L}])/u;
/** The condition is that the member holds a motion ("Als de heer X zijn motie aanhoudt, …"), and the member does. */
const HOLD_CONDITION = /(?<![\p{L}])(?:aanhoudt|aanhouden|aan te houden|aan houdt)(?![\p{L}])/u;
const HOLDS = /(?<![\p{L}])(?:(?:houd|hou) ik (?:de|mijn|deze|die) motie aan|ik (?:houd|hou) (?:de|mijn|deze|die) motie aan)(?![\p{L}])/u;

/**
 * What the member's yes names, when it names a thing right after the yes ("Graag, die kosten per gemeente."): its
 * words of five letters or more. Not a yes that goes on to a point ("Ja, voor de zomer is wel erg laat.").
 */
const NAMES_A_THING = /^(?:ja|jazeker|graag|heel graag|prima)[,!]? (?:die|dat|dit|deze|de|het|een) /u;
const namedWords = (folded: string): string[] => (NAMES_A_THING.test(folded) ? folded.split(/[^\p{L}]+/u).slice(2).filter((w) => w.length >= 5) : []);

/**
 * The next turn that is not the chair's is a member's, and it takes the offer up (`offer`, the offer folded): it opens
 * by saying yes, to an offer at the end of the turn (`atEnd`) or, for one made before the turn went on, with a word
 * of what was offered ("Heel graag, die voorbeelden."); or, when the condition was to hold a motion, it holds it.
 */
export function offerTakenUp(t: Transcript, index: number, gov: ReadonlySet<string>, offer: string, atEnd: boolean): boolean {
  const next = t.turns.slice(index + 1).find((turn) => !turn.asChair);
  if (!next || gov.has(next.speakerId)) return false;
  const condition = offer.slice(0, Math.max(0, offer.indexOf(',')));
  if (HOLD_CONDITION.test(condition)) return HOLDS.test(foldedSlice(t, next.start, next.end));
  const [first, second] = splitSentences(t.text.slice(next.start, next.end));
  if (first === undefined) return false;
  const yes = foldedSlice(t, next.start + first.start, next.start + first.end);
  // A yes taken back in it or right after it: "Prima, dank u. Ik heb die lijst al …" is read with "al … gekregen".
  const after = second === undefined ? '' : foldedSlice(t, next.start + second.start, next.start + second.end);
  // Only the member the offer was made to takes it up (her name may carry initials in the speaker list).
  const named = NAMED_MEMBER.exec(offer)?.[1];
  if ((named !== undefined && !isMember(t, next.speakerId, named)) || TAKEN_BACK.test(widenedAway(yes)) || HAS_IT.test(after) || HAS_IT.test(yes.replace(/^(?:ja|prima|graag)[,.!]?\s*/u, ''))) return false;
  if (OFFER_ACCEPTED.test(yes)) return atEnd || offersIn(t, index) === 1;
  if (!YES.test(yes)) return false;
  if (atEnd) return true;
  const offered = new Set(offer.split(/[^\p{L}]+/u));
  return namedWords(yes).some((w) => offered.has(w));
}

/** Whether the speaker is the member named (folded, "van der kolk"); her name may carry initials in the speaker list. */
// The whole surname, not its end: mevrouw Berg is not de heer Van den Berg (review 13).
export const isMember = (t: Transcript, speakerId: string, named: string): boolean =>
  fold(t.speakers.find((sp) => sp.id === speakerId)?.name ?? '').replace(/^(?:\p{L}\.\s*)+/u, '').replace(/[^\p{L}]/gu, '') === named.replace(/[^\p{L}]/gu, '');

/** How many sentences of the government turn at `index` make an offer. */
const offersIn = (t: Transcript, index: number): number => {
  const turn = t.turns[index]!;
  return splitSentences(t.text.slice(turn.start, turn.end)).filter((s) => isOffer(foldedSlice(t, turn.start + s.start, turn.start + s.end))).length;
};
