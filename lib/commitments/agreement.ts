import type { Transcript } from '../transcript/model';
import { foldedSlice } from '../text/folded-text';
import { PREPOSITIONS } from '../text/stopwords';
import { splitSentences } from '../text/sentences';
import { NEGATION } from './clauses';
import { mayNameTime } from './deadline';
import { ASKS_GOVERNMENT_TO } from '../text/discourse';
import { DEBATE_ACTS, isInfinitive, noAct } from './verb-classes';

/**
 * Short promises that take on what was just asked or said ("Ja, dat doe ik.",
 * "Dat zeg ik toe.", "Dat ga ik ook doen."): they carry no words of their own,
 * so they count only after a member's request, or later in a turn after a
 * promise. Used by governmentSentences (in-debate.ts).
 */

// Also with the thing named ("Ja, dat verzoek doe ik.").
const AGREES = /^(?:(?:ja|jazeker|zeker|prima|goed|akkoord)[,.!]?\s*)?(?:dat (?:(?!niet |geen )\p{L}+ )?(?:doe|zal|ga|wil) (?:ik|we|wij)(?: dat)?(?: graag| zeker)?(?: doen)?|dat zeg ik toe|dan (?:doe ik|doen we|doen wij) dat(?: graag| zo)?)[.!]?$/u;
/**
 * Later in a turn, a short sentence that takes on what was just said: "Dat ga ik ook doen.",
 * "Dat doe ik zo snel mogelijk.", "Ook dat zal ik proberen snel te doen." ("Dat wil ik" is a wish.)
 */
const TAKES_ON_HEAD = /^(?:ook |en |dus |dan )?(?:dat|dit) (?:doe|doen|zal|ga|gaan|zullen) (?:ik|we|wij)(?: (.*?))?[.!]?$/u;
/** A habit or what is done already: "Dat doe ik al jaren", "Dat doe ik elke week". */
const HABIT = /(?<![\p{L}])(?:al|vaak|altijd|steeds|elk|elke|ieder|iedere|soms|nooit|jaarlijks|normaal|normaliter|doorgaans|gewoonlijk|sinds|meestal|misschien|wellicht|mogelijk|eventueel|hoop|vorige|vorig|kreeg|kregen|regel|standaard|pas|als)(?![\p{L}])/u;
const TAKES_ON_MAX_WORDS = 8;
/** "Dat ga ik ook doen.", "Dat zal ik ook zelf de komende tijd doen.": short, not negated, and "doen", nothing or a time at the end. */
export function takesOn(folded: string): boolean {
  const m = TAKES_ON_HEAD.exec(folded);
  if (!m) return false;
  const rest = (m[1] ?? '').split(' ').filter(Boolean);
  if (rest.length > TAKES_ON_MAX_WORDS || rest.some((w) => NEGATION.has(w) || w === 'wil' || w === 'willen')) return false;
  if (rest.length === 0 || rest.at(-1) === 'doen' || /^(?:graag|zeker|ook|zo snel mogelijk|mogelijk)$/u.test(rest.slice(-1)[0]!)) return true;
  // With a time of its own, of doing: "Dat doe ik deze maand nog.", "Dus dat ga ik doen, nog voor het einde van deze
  // maand." (not waiting to see: "Dat zullen we na de zomer zien.").
  const said = rest.join(' ');
  const doing = / doen? (?:ik|we|wij)(?![\p{L}])/u.test(` ${folded}`) || rest.some((w) => /^doen[,.]?$/u.test(w));
  return doing && mayNameTime(said) && !HABIT.test(said);
}
// Also an invitation ("Ik nodig de minister uit …", "Wil zij dat doen?"), taking someone along ("… betrekt") or a point
// ("… meeneem"), a wish put as "Kan dat?", and asking a body on the member's behalf ("Wil de minister DNB vragen om …?").
const REQUEST = /\b(?:bereid|toezeggen|toezegging|sturen|informeren|meenemen|meeneemt|meeneem|mee|brief|overzicht|rapport|rapportage|la(?:ten|at) weten|(?<!ik )wil vragen (?!of)|terugkomen|opnemen|uitnodig\p{L}*|betrek(?:t|ken)?|(?:wil|kan) (?:zij|hij|u) dat doen)\b|^kan dat(?: ook)?\?$|(?:^|, )(?:(?:en|maar|dus|voorzitter,?) )?(?:wil|kan|gaat) (?:de (?:minister|staatssecretaris)|zij|hij|u) (?:(?!(?:waarom|hoe|wat|welke|wie|of|dat|om|uitleggen|zeggen|vertellen) )\p{L}+ ){1,4}vragen (?:om|of)\b/u;

/**
 * "Dat lijkt me verstandig; dat zal ik doen.", "Goed idee, dat zal ik doen.", "Dat is goed, dat neem ik mee.", "Dat kan,
 * en dat neem ik erin op, met …", "Dat vind ik redelijk, en dat doe ik: ik vraag …": a short approval, then the short
 * yes, the yes spelled out or the point taken along. Cut at the last or
 * the first comma or semicolon (the taking along may go on after its own comma).
 */
function approvesThenAgrees(f: string): boolean {
  const cuts = [Math.max(f.lastIndexOf(';'), f.lastIndexOf(',')), f.search(/[;,]/u)];
  return cuts.some((cut) => {
    const head = f.slice(0, Math.max(0, cut)).split(/\s+/u);
    // Not a condition: "Als de evaluatie daar aanleiding toe geeft, dat zal ik doen."
    if (cut <= 0 || head.length > 8 || /^(?:als|indien|wanneer|zodra|mocht|tenzij|of|mits)$/u.test(head[0] ?? '')) return false;
    const tail = f.slice(cut + 1).trim().replace(/^en /u, '');
    // An approval, not an understanding ("Dat begrijp ik, …"): that grants nothing.
    return !head.some((w) => NEGATION.has(w) || /^(?:nee|helaas|maar|begrijp|snap|zie|hoor|weet|ken)$/u.test(w)) && (AGREES.test(tail) || spelledOut(tail) || (TAKES_ALONG.test(tail) && !hedged(tail)));
  });
}

/**
 * The turn before (or the member's turn `from`, when the answer named her) is a member asking the government for
 * something ("Neemt de staatssecretaris … mee?"); the chair giving the floor in between ("De minister.") is stepped over.
 */
export function agreesToRequest(t: Transcript, index: number, gov: Set<string>, asksPromise = false, from?: number): boolean {
  let i = index - 1;
  while (i >= index - 2 && t.turns[i]?.asChair && handsTheFloor(t.text.slice(t.turns[i]!.start, t.turns[i]!.end))) i--;
  const before = t.turns[from ?? i];
  if (!before || before.asChair || gov.has(before.speakerId)) return false;
  return splitSentences(t.text.slice(before.start, before.end)).some((s) => {
    const q = foldedSlice(t, before.start + s.start, before.start + s.end);
    // Also a request cut off by the answer ("… wil ik toch vragen of de minister bereid is …, dan—").
    const cutOff = /[—–]$|\.\.\.$|…$/u.test(q) && /(?<![\p{L}])vra(?:ag|gen) of(?![\p{L}])/u.test(q) && REQUEST.test(q);
    // A yes that grants in words of its own (`grants`) answers only a request for the promise itself, also cut off.
    if (asksPromise) return (q.endsWith('?') || /[—–]$|\.\.\.$|…$/u.test(q)) && ASKS_PROMISE.test(q) && !ASKS_WHY.test(q);
    return (q.endsWith('?') && !viewOnly(q) && (REQUEST.test(q) || asksForAct(q))) || cutOff || ASKS_GOVERNMENT_TO.test(q);
  });
}

/** A view asked for only: no act asked after it ("Ziet de minister mogelijkheden om … te sturen?", "…, en wil zij …?"). */
const viewOnly = (q: string): boolean => ASKS_VIEW.test(q) && !/ om (?:\p{L}+ ){0,12}?te \p{L}/u.test(q) && !/, (?:en|maar) (?:wil|kan|gaat|zal) /u.test(q);
/**
 * "Deelt de minister de conclusie uit het rapport …?", "Heeft de minister kennisgenomen van …?": a question after a
 * view, knowledge or what was done asks for no act, though it names a report; "Dat doe ik." then shares the view.
 */
const ASKS_VIEW = /(?:^|, )(?:(?:en|maar|dus|voorzitter,?) )?(?:deelt|onderschrijft|herkent|erkent|kent|steunt|begrijpt|snapt|vindt|ziet|gelooft|denkt|verwacht|weet|heeft) (?:de (?:minister|staatssecretaris)|zij|hij|u) /u;

/** "Kan de minister … ?", "Wil zij …?": the government asked whether it will do something. */
const ASKS_GOVERNMENT = /^(?:(?:en|maar|dus|voorzitter,?) )?(?:(?:kan|wil|gaat|zal) (?:de (?:minister|staatssecretaris)|zij|hij)|(?:kunt|wilt|gaat|zult) u) /u;
/** Asked to confirm, state or judge, not to act: a yes to these grants nothing. */
// Nor to imagine, reflect or reassure ("Kan de minister zich voorstellen …?", "… de heer X geruststellen?").
const CONFIRMS = /^(?:bevestigen|aangeven|uitsluiten|verklaren|erkennen|schetsen|verduidelijken|onderschrijven|delen|beamen|toegeven|garanderen|beloven|toezeggen|voorstellen|reflecteren|geruststellen)$/u;
/**
 * The government asked to do an act, whatever the verb: "Kan de minister niet nu alvast met de groothandels
 * afspreken dat …?". The main clause's infinitive stands last before its complement ("dat", "of", "om") or the
 * question mark, or before a phrase put after it ("… kijken naar …"); not this debate's acts, thinking or stance
 * (noAct), nor a confirmation ("Kan zij bevestigen dat …?").
 */
function asksForAct(q: string): boolean {
  if (!ASKS_GOVERNMENT.test(q)) return false;
  const main = q.slice(0, -1).split(/,| (?:dat|of|om|omdat|zodat|waarom|hoe|hoeveel|welk|welke|wanneer|waar|wie|waarin|waarmee|waarbij|waarover) /u)[0]!.trim().split(' ');
  // The infinitive may have its phrase after it ("… kijken naar de positie van …", "… praten met de provincies").
  const before = main.findLastIndex((w, k) => k > 2 && isInfinitive(w) && PREPOSITIONS.has(main[k + 1] ?? '') && !PREPOSITIONS.has(main[k - 1] ?? '') && !/^(?:de|het|een)$/u.test(main[k - 1] ?? ''));
  const verb = isInfinitive(main.at(-1)!) || before < 0 ? main.at(-1)! : main[before]!;
  // "laten zien" is showing, an act; "zien" alone is not.
  const shows = verb === 'zien' && main.at(-2) === 'laten';
  // Nor a motion's appreciation ("… oordeel Kamer geven?").
  const judges = main.includes('oordeel') || main.includes('appreciatie') || main.includes('motie');
  return main.length > 4 && isInfinitive(verb) && (shows || !noAct(verb)) && !CONFIRMS.test(verb) && !judges && !main.includes('zich');
}

/** A request for a promise itself: "Kan zij toezeggen / garanderen / beloven dat …?" */
const ASKS_PROMISE = /(?<![\p{L}])(?:toezeggen|garanderen|beloven)(?![\p{L}])/u;
/**
 * "Ja, dat garandeer ik: …", "Ja, dat kan ik toezeggen", "Ja, die gaan voor: …": a yes that grants in the words of the
 * promise (a review found every other "Ja, …" after such a request a hope, a stance, an evaluation or what is so now).
 */
const GRANTS = /^(?:ja|jazeker|zeker)[,:]\s+(?:dat (?:garandeer|beloof) ik|dat (?:kan|wil) ik (?:u )?(?:garanderen|beloven|toezeggen)|(?:dat|die|dit|deze)(?: \p{L}+){0,3} (?:gaat|gaan) voor(?=[:.]|$))(?![\p{L}])/u;
/** A grant on a condition or hope ("Ja, dat kan ik beloven, als …", "…, voor zover …", "…, hoop ik"). */
const GRANTED_IF = /(?<![\p{L}])(?:als(?! (?:eerste|tweede|laatste|geheel|zodanig))|mits|tenzij|zolang|zo lang|voor zover|hoop|misschien|mogelijk)(?![\p{L}])/u;
/** A question why or how something is (not) promised asks for an explanation, not the promise. */
const ASKS_WHY = /(?<![\p{L}])(?:waarom|hoe|wat|welke|wanneer|uitleggen)(?![\p{L}])/u;
/** A government turn's first sentence that grants a request for a promise (agreesToRequest with `asksPromise`): no negation, "maar" or hedge before its colon. */
export const grants = (folded: string): boolean => {
  const head = folded.split(/[;:]/u)[0]!;
  return GRANTS.test(folded) && !head.split(/[\s,.!]+/u).some((w) => NEGATION.has(w) || w === 'maar') && !hedged(folded) && !GRANTED_IF.test(folded);
};

/** The chair only giving the floor ("De minister.", "Het woord is aan de staatssecretaris."): a few words, no question, no request. */
const handsTheFloor = (text: string): boolean => text.trim().split(/\s+/u).length <= 10 && !/[?]|verzoek|stel voor|afrond/iu.test(text);

/**
 * "Ja, die neem ik daarin mee, …", "Ja, die cijfers neem ik mee.", "Ja, dat neem ik erin op": the point asked for
 * taken along into the promised work; no "niet" on the way (a short object of up to four words may stand between
 * the pronoun and the verb).
 */
// Also the point as subject that comes into it: "Ja, die cijfers komen erin.", "Ja, dat komt daarin."
// Not weighed ("… mee in mijn afweging"), nor what is so already or on a condition ("komen erin sinds / als …").
const TAKES_ALONG = /^(?:(?:ja|jazeker|zeker|prima|goed)[,.!]?\s*)?(?:dat|die|dit|deze)(?: (?!niet |geen )\p{L}+){0,4}? (?:(?:neem|nemen) (?:ik|we|wij)(?: (?:daarin|daarbij|erin|erbij|ook|graag|zeker|heel)){0,3}(?: (?:in|bij) (?:de|het|hetzelfde|dezelfde|die|dat|deze|dit) (?!afweging|overweging|weging|oordeel|beoordeling|achterhoofd|besluitvorming|gedachten)\p{L}+)? (?:mee(?! (?:in|bij) (?:mijn|de|onze|het) (?:afweging|overweging|weging|oordeel|beoordeling|achterhoofd|besluitvorming|gedachten)| als )|op)(?![\p{L}])|(?:komt|komen)(?: ook)? (?:erin|daarin)[.!]?$)/u;
/** A government turn's first sentence that says yes, bare ("Ja, dat doe ik.") or after a short approval. */
/**
 * "Dat doe ik; de brief krijgt …", "Dat doe ik: in het plan staat …", "Dat doe ik, in de voortgangsbrief …": a yes of
 * doing before a semicolon or a colon (or a
 * comma and the document or meeting it is done in), what follows spells it out. Not a wish ("Dat wil ik; …"), nor one
 * taken back or done already after it ("…; maar …", "…; als …", "…; die brief heeft u al …").
 */
const YES_THEN_SPELLED = /^(?:(?:ja|jazeker|zeker|prima|goed)[,.!]?\s*)?dat (?:(?!niet |geen )\p{L}+ )?(?:doe|zal|ga) (?:ik|we|wij)(?: dat)?(?: graag| zeker)?(?: doen)?(?:[;:](?!\s*(?:maar|als|indien|tenzij|mits|alleen|wel|behalve)(?![\p{L}]))|, (?=(?:in|bij|met|via) (?:\p{L}+ ){0,3}\p{L}*(?:brief|rapportage|rapport|overleg|gesprek|nota|overzicht|evaluatie|plan|begroting)(?![\p{L}])))/u;
const DONE_ALREADY = /(?<![\p{L}])(?:al|vorige|gekregen|gestuurd|gehad|niet|geen)(?![\p{L}])/u;
/** "…, en het antwoord is ja", not with a condition or a thing done already after it ("…, mits …", "…: ze hebben vorige week …"). */
const ANSWER_IS_YES = /(?:^|, (?:en )?)het antwoord (?:daarop )?is (?:volmondig |gewoon )?ja(?![\p{L}])/u;
const CONDITION = /(?<![\p{L}])(?:mits|als|indien|tenzij|voorwaarde)(?![\p{L}])/u;
/** "Dat vraag ik ze, via …", "Dat zal ik ze vragen.": asking a body on the member's behalf, said whole ("… ze liever niet" is no yes). */
const ASKS_THEM = /^(?:(?:ja|goed)[,.!]?\s*)?dat (?:vraag ik (?:ze|hen|haar|hem)|zal ik (?:ze|hen|haar|hem) (?:graag |zeker )?vragen)(?=[,.;:!]|$)/u;
/** A yes of doing, then what is done spelled out, not done already (YES_THEN_SPELLED). */
const spelledOut = (folded: string): boolean => {
  const spelled = YES_THEN_SPELLED.exec(folded);
  const rest = spelled === null ? '' : folded.slice(spelled[0].length);
  // After a colon, also not a habit, a condition, a perfect or a state ("… zijn geraamd op …"): review 13.
  return spelled !== null && !DONE_ALREADY.test(rest) && !(spelled[0].endsWith(':') && (HABIT.test(rest) || CONDITION.test(rest) || SPELLED_NOT_NEW.test(rest)));
};
const SPELLED_NOT_NEW = /(?<![\p{L}])(?:zodra|tenminste|heb|hebben|heeft|had|hadden|kwartaal|(?:zijn|is) (?:ge|be|ver)\p{L}+[dt])(?![\p{L}])/u;
/** A concession after a yes: "Dat doe ik, al zal het een eerste schatting zijn." (not "al jaren"). */
const CONCEDED = /, al (?:zal|zullen|is|zijn|kan|kunnen|wordt|worden|duurt|gaat|moet|moeten|blijft)(?![\p{L}])/u;
export const agrees = (folded: string): boolean => {
  const conceded = CONCEDED.exec(folded);
  if (conceded && AGREES.test(folded.slice(0, conceded.index))) return true;
  const yes = ANSWER_IS_YES.exec(folded);
  const rest = yes ? folded.slice(yes.index + yes[0].length) : '';
  return (
    AGREES.test(folded) ||
    (yes !== null && !CONDITION.test(rest) && !DONE_ALREADY.test(rest)) ||
    ASKS_THEM.test(folded) ||
    spelledOut(folded) ||
    approvesThenAgrees(folded) ||
    (TAKES_ALONG.test(folded) && !hedged(folded))
  );
};
/** A yes taken back in the same breath: "…, maar ik kan niets garanderen", "… als ze op tijd beschikbaar zijn". */
const DISCLAIMS = /(?<![\p{L}])(?:niets|niks) (?:garanderen|beloven)|(?<![\p{L}])(?:beloof|garandeer) (?:ik )?(?:niets|niks)(?![\p{L}])|geen garantie/u;
const IF_READY = /(?<![\p{L}])als (?:ze|die|dat|het) (?:\p{L}+ ){0,3}?(?:beschikbaar|bekend|klaar)/u;
const hedged = (folded: string): boolean => DISCLAIMS.test(folded) || IF_READY.test(folded);
/** A promise taken back after "maar", for any promise (in-debate.ts): "…, maar ik beloof niets", "…, maar ik kan niets garanderen". */
export const takenBack = (folded: string): boolean => {
  const but = folded.search(/(?<![\p{L}])maar(?![\p{L}])/u);
  return but >= 0 && DISCLAIMS.test(folded.slice(but));
};
/**
 * The act said not to happen after "maar" or "al", for any promise: "…, maar dat lukt dit jaar niet", "…, al zal het
 * er niet van komen". The "niet" ends the clause: "…, maar het kan niet eerder" still promises.
 */
export const wontHappen = (folded: string): boolean => {
  // Within the act's own part (before a ";"), and not after someone else's wish it answers ("…; ik weet dat de heer Bos
  // hem eerder wil, maar dat kan niet" keeps the promise).
  const part = folded.split(';')[0]!;
  const m = WONT_HAPPEN.exec(part);
  return m !== null && !OTHERS_WISH.test(part.slice(0, m.index));
};
/** Someone else's wish or request; not the speaker's own ("Ik wil de Kamer … informeren, maar dat gaat niet lukken"). */
const OTHERS_WISH = /(?<!(?:ik|we|wij) )(?<![\p{L}])(?:wil|wilt|willen|wenst|hoopt|vraagt|vroeg|verwacht)(?![\p{L}])(?! (?:ik|we|wij)(?![\p{L}]))/u;
const WONT_HAPPEN = /(?<![\p{L}])(?:maar|al) (?:(?:dat|het|dit) (?:lukt|gaat|kan|zal|komt)|(?:zal|kan|gaat) (?:dat|het|dit))(?: \p{L}+){0,5}? (?:niet|nooit)(?: (?:meer|lukken|van komen|halen|redden))?(?=[.,;!?]|$)/u;

/** A member's request retold: "Mevrouw X vroeg (nog) of …", "De heer Y vraagt om …". */
// Or asked about a point ("vroeg naar de verdeling …"), which a yes that takes it along answers.
// Or a question joined ("sloot zich aan bij die vraag", "sluit zich aan bij de vraag van …").
const RETOLD_REQUEST = /(?<![\p{L}])(?:(?:vroeg|vroegen|vraagt|vragen|verzocht|verzoekt)(?: \p{L}+){0,2}? (?:of|om|naar)|(?:sloot|sloten|sluit|sluiten) zich aan bij (?:die|deze|de|dat|dit|haar|zijn|het) (?:vraag|verzoek))(?![\p{L}])/u;
/**
 * A short yes right after the speaker retold a member's request in the same turn: "X vroeg of …. Ja, dat doe ik.", also
 * with its reason after it ("Dat doe ik, want …"). Not
 * support asked for a motion ("vroeg om steun voor haar motie … Ja, dat wil ik."): a vote, not a promise.
 */
export const agreesToRetold = (before: string, folded: string): boolean =>
  acceptsInvitation(before, folded) ||
  (RETOLD_REQUEST.test(before) && !/^(?:ik|we|wij) /u.test(before) && !/(?<![\p{L}])(?:steun|motie)(?![\p{L}])/u.test(before) && !RETOLD_VIEW.test(before) && agrees(folded.split(/[;:]|, want |, voor zover (?![^.]*(?<![\p{L}])(?:al|elk|elke|jaarlijks|altijd)(?![\p{L}]))/u)[0]!.trim()) && (REQUEST.test(before) || (RETOLD_ACT.test(before) && !WISH_YES.test(folded)) || TAKES_ALONG.test(folded) || TAKES_ALONG.test(folded.replace(APPROVAL_HEAD, ''))));
/** Asked whether the government will act, in indirect speech: "vroeg of ik het protocol naar de Kamer stuur". */
const RETOLD_ACT = /(?<![\p{L}])of (?:ik|we|wij|zij|hij|de (?:minister|staatssecretaris)) \p{L}/u;
/** "Dat wil ik.": a wish, which answers a retold act only with the act said after it (a made-up annotator counts that one). */
const WISH_YES = /(?<![\p{L}])wil (?:ik|we|wij)(?![\p{L}])/u;
/** Asked for a view or what is so: "vroeg of ik die conclusie deel", "… of ik het met haar eens ben". A yes grants no act. */
const RETOLD_VIEW = /(?<![\p{L}])of (?:ik|we|wij|zij|hij|de (?:minister|staatssecretaris)) (?:\p{L}+ ){0,5}?(?:deel|delen|deelt|onderschrijf|onderschrijft|herken|herkent|erken|erkent|ken|kent|begrijp|begrijpt|vind|vindt|zie|ziet|geloof|gelooft|denk|denkt|verwacht|weet|eens)(?: (?:ben|bent|is|zijn))?[.?!]?$/u;
/** The sentence before a bare "Dat doe ik." retold a view asked for: the yes shares it (governmentSentences). */
export const retoldView = (before: string): boolean => RETOLD_VIEW.test(before);
/** A short approval before the yes: "dat kan, en …", "dat is goed, …". */
const APPROVAL_HEAD = /^[^,;]{1,40}[,;]\s*(?:en )?/u;

/**
 * A member's invitation to the speaker, named by the speaker: "Dan de uitnodiging (van mevrouw X / voor …).", "zijn
 * uitnodiging", "De heer Y nodigde mij uit …", "… heeft mij uitgenodigd". Not a thing said to invite ("een uitnodiging
 * tot fraude", "nodigt uit tot misbruik"), the speaker's own, a habit ("elk jaar"), nor one to speak in this debate
 * ("… om uit te leggen / te reageren / te reflecteren").
 */
const INVITED =
  /^(?:en )?(?:dan |tot slot |ten slotte |tenslotte )?(?:nog )?de uitnodiging(?! tot)(?![\p{L}])|(?<![\p{L}])(?:de|zijn|haar|hun) uitnodiging van |(?<![\p{L}])(?:zijn|haar) uitnodiging(?! tot)(?![\p{L}])|(?<![\p{L}])nodigde(?:n)? (?:mij|ons)(?![\p{L}])|(?<![\p{L}])(?:heeft|hebben) (?:mij|ons) (?:\p{L}+ ){0,3}?uitgenodigd(?![\p{L}])/u;
const NOT_INVITED = /^(?:ik|we|wij|mijn|onze|het ministerie)(?![\p{L}])|(?<![\p{L}])(?:elk|elke|ieder|iedere|jaarlijks|altijd|steeds|al)(?![\p{L}])/u;
/**
 * "… om uit te leggen / te reageren / kritischer te zijn": invited to speak or be otherwise in this debate, not to
 * come somewhere. An invitation "om … te" is a visit only with a verb of coming, seeing or joining in.
 */
export function toSpeakNow(before: string): boolean {
  const m = / om (?:\p{L}+ ){0,6}?(?:(\p{L}+) )?te (\p{L}+)/u.exec(before);
  // "om … terug te komen op de cijfers", "in de tweede termijn": coming back to a point in this debate.
  return m !== null && (!VISIT.test(m[2]!) || m[1] === 'terug' || /(?<![\p{L}])(?:termijn|debat)(?![\p{L}])/u.test(before));
}
const VISIT = /^(?:komen|kijken|bezoeken|lopen|gaan|doen|rijden|schuiven|zien|ervaren|maken|praten|spreken|openen|proeven|werken)$/u;
/**
 * Accepting it: "Daar kom ik graag.", "Nou, daar ga ik graag op in.", "Die (uitnodiging) neem ik (graag) aan.", "Ik ga
 * graag met hem mee naar …" (a place: "met haar meegaan" alone may be agreeing; see GOES_ALONG), "Ik kom graag.", "Graag
 * kom ik een keer langs.", "Dat is goed, dat doe ik.", "Heel graag.", "Dat doe ik graag." (not "Daar kom ik graag (…) op
 * terug": this debate). No negation, condition, hedge or "maar" after it, nor the agenda still to be looked at.
 */
const ACCEPTS =
  /^(?:(?:ja|nou|graag|zeker|jazeker)[,.!]?\s*)?(?:daar (?:kom|ga) (?:ik|we) (?:heel |zeer |ook )?graag(?:[,.:;!]|$| naartoe| heen| langs| op in(?![\p{L}]))|daar ga (?:ik|we) (?:zeker|heel graag|graag) op in(?![\p{L}])|(?:die|de|deze)(?: uitnodiging)? (?:neem|nemen) (?:ik|we) (?:(?:heel |zeer |ook )?graag )?aan(?![\p{L}])|(?:ik|we) (?:ga|gaan) (?:heel |zeer |ook )?graag met (?:hem|haar|hen|u|mevrouw \p{L}+|de heer \p{L}+|de \p{L}+) mee (?:naar|op) |(?:ik|we) (?:kom|komen) (?:heel |zeer |ook )?graag(?:[,.:;!]|$| langs| naar (?!de kamer|het debat)(?=\p{L}))|graag (?:kom|komen) (?:ik|we) (?:een keer |eens )?langs(?![\p{L}])|(?:heel|zeer) graag(?=[,.:;!]|$)|dat doe (?:ik|we) (?:heel |zeer |ook )?graag(?=[,.:;!]|$))/u;
/** "Ik ga graag met haar mee" without a place: a visit only when the invitation was to one ("nodigde mij uit in Limburg"). */
const GOES_ALONG = /^(?:(?:ja|nou|graag|zeker)[,.!]?\s*)?(?:ik|we) (?:ga|gaan) (?:heel |zeer |ook )?graag met (?:hem|haar|hen|u|mevrouw \p{L}+|de heer \p{L}+) mee(?![\p{L}])/u;
const TO_A_PLACE = /(?<![\p{L}])(?:werkbezoek|bezoek|(?:uit|mee) (?:in|naar) \p{L}+)(?![\p{L}])/u;
const DEFERRED = /^(?:maar|als|indien|mits|tenzij|misschien|wellicht|zodra|mocht|mogelijk|eventueel|agenda|terug)$/u;
const acceptsInvitation = (before: string, folded: string): boolean =>
  INVITED.test(before) &&
  !NOT_INVITED.test(before) &&
  !toSpeakNow(before) &&
  (ACCEPTS.test(folded) || (GOES_ALONG.test(folded) && TO_A_PLACE.test(before)) || (/uitnodiging/u.test(before) && agrees(folded.split(/[:;]/u)[0]!.trim()))) &&
  // A concession after ", al …" ("…, al kan ik niet beloven dat ik een oplossing heb") does not take the visit back.
  // (A doubt about the visit itself, "…, al weet ik niet of mijn agenda dat toelaat", still defers it.)
  !folded.split(', al ')[0]!.split(/[\s,.;:!]+/u).some((w) => NEGATION.has(w) || DEFERRED.test(w)) &&
  !folded.split(/[\s,.;:!]+/u).some((w) => DEFERRED.test(w) && w !== 'maar') &&
  !wontHappen(folded);

/**
 * "Ik heb met de minister van X afgesproken dat we voor 1 oktober de Kamer een brief sturen": an arrangement the speaker
 * made that the speaker's side will act; what follows "dat we / ik" is read as the promise. Not "dat zij …" (others
 * act), nor one of long ago ("vorig jaar", "destijds").
 */
const AGREED_THAT = /^(?:(?:ik|we|wij) (?:heb|hebben)|(?:heb|hebben) (?:ik|we|wij)) (?:(?!niet |geen |nooit )[\p{L}-]+ ){0,8}?afgesproken dat (?=(?:ik|we|wij) )/u;
const LONG_AGO = /(?<![\p{L}])(?:vorig|vorige|destijds|toen|eerder|vroeger|ooit)(?![\p{L}])/u;
export function agreedThat(folded: string): string | null {
  const m = AGREED_THAT.exec(folded);
  return m && !LONG_AGO.test(folded) ? folded.slice(m[0].length) : null;
}
