import { fold } from '../text/fold';

/**
 * Questions a member asks without asking the government anything (issue #19,
 * "rhetorical questions are not questions"): general Dutch forms, read on the
 * sentence and its neighbours in the turn. A question that names the
 * government ("de minister", "u") is never judged rhetorical here: it is put.
 */

/** Words that put a question to the government (tested on folded text). */
const ADDRESSEE = /(?<![\p{L}])(?:minister|ministers|staatssecretaris|bewindspersoon|bewindslieden|kabinet|regering|premier|minister-president|u|uw)(?![\p{L}])/u;
export const addressesGovernment = (folded: string): boolean => ADDRESSEE.test(folded);
/** The government by name, not "u" (which, in a reply to a member, is that member). */
const GOVERNMENT_NAMED = /(?<![\p{L}])(?:minister|ministers|staatssecretaris|bewindspersoon|bewindslieden|kabinet|regering|premier|minister-president)(?![\p{L}])/u;
export const namesGovernment = (folded: string): boolean => GOVERNMENT_NAMED.test(folded);

/** A statement with "toch" and a question mark: "Dat kan toch niet de bedoeling zijn?", "…, toch?". Declarative order: a subject first. */
const TOCH_STATEMENT = /^(?:(?:nou|ja|nee|kijk|tja),? )?(?:(?:en|maar|want|dus) )?(?:dat|dit|het|er|je|we|wij|ze|zij|hij|men|iedereen|niemand) (?:\p{L}+ ){1,2}?toch(?![\p{L}])|, toch\?/u;
/** "Dat begrijp ik toch goed?", "Dat heb ik toch goed gelezen?": checking one's understanding asks for an answer. */
const CHECKS_UNDERSTANDING = /(?<![\p{L}])(?:begrijp|begrepen|hoor|gehoord|lees|gelezen|zie|gezien|versta|verstaan)(?![\p{L}])/u;
/** An exclamation: "Hoe is het (toch) mogelijk dat …?", "Hoe kan het bestaan dat …?", "Hoe kan het (nou) dat …?". */
const EXCLAMATION = /^(?:(?:en|maar) )?hoe (?:is|kan) het (?:(?:\p{L}+ ){0,3}?(?:mogelijk|bestaan)|(?:nou |toch |dan )?dat)(?![\p{L}])/u;
/**
 * A question quoted after a verb of saying, in its speaker's own first person: "De minister zei
 * vorige week: wat kan ik daar nou aan doen?". Without one ("Mevrouw Kröger zei al: als …, wat
 * worden dan de waarborgen?") the member may be putting the question again, so it stays.
 */
const QUOTED = /^[^:]{0,120}?(?<![\p{L}])(?:zei|zeiden|zegt|riep|riepen|schreef|schreven|dacht|dachten|vroeg|vroegen|mailde|mailden|appte|appten|belde|belden|vertelde|vertelden)(?![\p{L}])[^:]{0,80}:.*(?<![\p{L}])(?:ik|me|mij|mijn)(?![\p{L}])/u;
/**
 * Others asking or saying it now, quoted in their first person: "Ouders bellen mij op en vragen: mag mijn kind …?".
 * Not when the speaker or the government asks before the colon ("Ik wil de minister vragen: kan ik …?").
 */
const QUOTED_NOW = /^([^:]{0,120}?)(?<![\p{L}])(?:vragen|vraagt|zeggen|schrijven|schrijft|mailen|mailt)(?![\p{L}])[^:]{0,40}:.*(?<![\p{L}])(?:ik|me|mij|mijn)(?![\p{L}])/u;
const ASKER_HERE = /(?<![\p{L}])(?:ik|we|wij|u|mijn|onze)(?![\p{L}])/u;
/** Others quoted now: not the speaker's own side asking, and no one of the government named anywhere in it. */
const quotedNow = (folded: string): boolean => {
  const m = QUOTED_NOW.exec(folded);
  return m !== null && !ASKER_HERE.test(m[1]!) && !addressesGovernment(folded.slice(0, folded.indexOf(':'))) && !namesGovernment(folded.slice(folded.indexOf(':')));
};
/** A quote in its speaker's first person, unless the quote goes on to name the government ("…; kan de staatssecretaris …?"). */
const quoted = (folded: string): boolean => QUOTED.test(folded) && !namesGovernment(folded.slice(folded.indexOf(':')));
/** "…, en wie kan het ze kwalijk nemen?": blame no one would lay. */
const NO_ONE_BLAMES = /(?<![\p{L}])wie kan (?:het )?(?:ze |hem |haar |hen |hun |je |jou )?kwalijk nemen(?![\p{L}])/u;
/**
 * The member's own thought or words of an earlier moment, retold: "Toen ik de cijfers zag, dacht ik: waar gaat
 * dit naartoe?", "Ik zei tegen mijn buurman: …?". Past tense only: "Ik denk dan: waarom niet …?" proposes now.
 */
const OWN_THOUGHT = /^[^:]{0,120}?(?<![\p{L}])(?:(?:dacht|dachten|zei|zeiden|riep|riepen) (?:ik|we|wij)|(?:ik|we|wij) (?:dacht|dachten|zei|zeiden|riep|riepen))(?![\p{L}])[^:]{0,80}:/u;
/** "Ik zei het al in mijn eerste termijn: …?", "Ik zei eerder: …?": said before, and asked again now. */
const SAID_BEFORE = /(?<![\p{L}])(?:al|eerder|zojuist|daarnet|termijn)(?![\p{L}])/u;
const ownThought = (folded: string): boolean => {
  const m = OWN_THOUGHT.exec(folded);
  return m !== null && !SAID_BEFORE.test(m[0]);
};
/** What anyone would think, quoted: "Op het eerste gezicht zou je denken: wat is daar mis mee?", "Dan denk je: …?". */
const GENERIC_THOUGHT = /^[^:]{0,80}?(?<![\p{L}])(?:zou je (?:\p{L}+ ){0,2}?denken|denk je|je denkt)(?![\p{L}])[^:]{0,30}:/u;
/** People who wonder, reported: "Veel boeren vragen zich af …", "vraag je je dan af". */
const WONDERING = /(?<![\p{L}])(?:(?:vraagt|vragen|vroeg|vroegen) zich(?:zelf)?|vraag je je) (?:\p{L}+ ){0,3}?af(?![\p{L}])/u;

/**
 * "Waar zijn we (in dit land eigenlijk) mee bezig?": exasperation, asked of no one. Narrow on purpose: "Wie kan
 * de huur straks nog betalen?" is said in the same words as "Wie kan er nog bezwaar maken?", and "in vredesnaam"
 * presses a real question as often as it vents (a review of this rule found both).
 */
const EXASPERATION = /^(?:(?:en|maar) )?waar (?:zijn|zitten) (?:we|wij) (?:\p{L}+ ){0,5}?mee bezig(?![\p{L}])/u;
/** "Wie kan er nou tegen zijn dat …?": no one, says the speaker. Only with "tegen zijn": "Wie kan er bezwaar maken?" asks. */
const NO_ONE_AGAINST = /^(?:(?:en|maar) )?wie (?:kan|zou) (?:er )?(?:(?:nu|nou|toch) ){0,2}(?:op )?tegen (?:zijn|wezen)(?![\p{L}])(?! geweest)/u;
/** "Hoe moet ik dat uitleggen aan de mensen thuis?", "Hoe leg ik dit uit aan …?": the speaker's own burden, asked of no one (not with a question after a colon). */
const HOW_TO_EXPLAIN = /^(?:(?:en|maar) )?hoe (?:(?:moet|kan|zou) ik (?:\p{L}+ ){0,4}?uitleggen|leg ik (?:\p{L}+ ){0,4}?uit) aan(?![\p{L}])/u;

/**
 * Who still believes, trusts or wants to: "Wie gelooft die beloftes nog?", "Wie wil er nog boer worden?". Only
 * verbs of belief and will: "Wie kan er nog bezwaar maken?" and "Wie heeft … nog niet ontvangen?" ask.
 */
const NO_ONE_STILL = /^(?:(?:en|maar) )?wie (?:gelooft|geloven|vertrouwt|vertrouwen|snapt|begrijpt|wil|durft) (?:\p{L}+ ){0,6}?nog(?: \p{L}+){0,3}\?/u;
/** "Wie wil er nu in een dorp wonen zonder …?": who would want to, with "nu" or "nou" right after "er". */
const NO_ONE_NOW = /^(?:(?:en|maar) )?wie (?:wil|durft|gelooft|vertrouwt) er (?:nu|nou)(?![\p{L}])/u;
/**
 * A verdict asked with "nou" or "werkelijk": "Is dat nou eerlijk?", "Is dat werkelijk wat deze minister wil?" (the
 * government in the third person, pointed at with "deze"). Not "nu", which asks for a fact: "Is dat nu al geregeld?".
 */
const VERDICT = /^(?:(?:en|maar) )?(?:is|was) (?:dat|dit) (?:nou|werkelijk)(?![\p{L}])/u;
/** A verdict form that asks a fact all the same: a choice ("… of structureel geld?"), "zo dat", "zo ja". */
const ASKS_A_FACT = /(?<![\p{L}])(?:of|zo dat|zo ja|zo nee|waarom)(?![\p{L}])/u;
/** The government in the third person, pointed at: "deze minister", "dit kabinet". A rhetorical form so put still asks no one. */
const POINTED_AT = /(?<![\p{L}])(?:deze (?:minister|staatssecretaris|bewindspersoon|regering)|dit kabinet)(?![\p{L}])/gu;
/** A scene imagined for the listener: "Stel je voor dat …: hoe …?", "Stel je eens voor: …". Not "Stel dat …", which may ask. */
const IMAGINE = /^(?:(?:en|maar) )?stel je (?:(?:eens|nou|nu|even) )?voor(?![\p{L}])/u;
/** The imagined scene asked of no one speaks in the counterfactual ("hoe lang zou het dan duren?") … */
const COUNTERFACTUAL = /(?<![\p{L}])(?:zou|zouden)(?![\p{L}])/u;
/** …or it speaks to the listener as anyone ("hoe houd je dat vol?"); "welke sanctie volgt er dan?" asks. */
const GENERIC_YOU = /(?<![\p{L}])(?:je|jij|jou|jouw)(?![\p{L}])/u;

/**
 * An outcry at an idea, asked of no one: "Wie heeft dat in vredesnaam bedacht?", "Wie heeft dat ooit verzonnen?" (not
 * "Wie heeft dit rekenmodel bedacht?", "Wie heeft ooit toestemming gegeven …?" nor "Waarom duurt het in vredesnaam zo
 * lang …?": those ask).
 */
const OUTCRY = /^(?:(?:en|maar) )?wie (?:(?:heeft|had) (?:dat|zoiets) (?:(?:in vredesnaam|in hemelsnaam|ooit|nou|toch|weer) )?(?:bedacht|verzonnen)|(?:verzint|bedenkt) (?:(?:nou|nu|toch) )?(?:dat|zoiets|dit)(?: (?:nou|toch|nu|in vredesnaam))?)\?/u;
/** "En wat blijkt?", "Wat zien we?": the member sets up what he tells next (the question word and its verb alone). */
const SET_UP = /^(?:(?:en|maar) )?wat (?:blijkt|bleek|zien we|zagen we|gebeurt er|gebeurde er|hoor ik|hoorde ik|lees ik|las ik)(?: (?:nu|dan|toen))?\?$/u;
/** "Hebben we dan echt niets geleerd?", "Gaan we nou echt niets doen?": indignation in the first person plural ("… echt niet eerder …?" asks). */
const WE_REALLY_NOT = /^(?:(?:en|maar) )?(?:hebben|zijn|gaan|moeten|willen|kunnen|blijven) (?:we|wij) (?:dan|nou|nu) (?:echt|werkelijk|helemaal) (?:niets|niks)(?![\p{L}])/u;

/**
 * Who will tell the people it hurts: "Wie gaat die bakker uitleggen dat hij moet sluiten?", "wie moet de ouders
 * uitleggen waarom …?". Only with "dat" or "waarom" after "uitleggen": "Wie gaat de gemeenten uitleggen hoe …?" asks.
 */
const WHO_TELLS_THEM = /^(?:(?:en|maar|want) )?wie (?:gaat|moet|zal) (?:[\p{L}-]+ ){0,6}?uitleggen,? (?:dat|waarom)(?![\p{L}])/u;
/**
 * Enduring it again, said by "we": "Hoe lang gaan we dit nog accepteren?", "Moeten we dat opnieuw meemaken?". The verb
 * of enduring ends the question: "Moeten we dit nog accepteren van de minister, of …?" asks.
 */
const WE_ENDURE_AGAIN = /(?<![\p{L}])(?:we|wij) (?:\p{L}+ ){0,8}?(?:nog|opnieuw|weer)(?: \p{L}+){0,2}? (?:accepteren|pikken|tolereren|meemaken|aanzien|toestaan|slikken)\?/u;
/** …asked as "how long / how often" or with the verb first, not for a fact ("Tot welke datum mogen we … nog toestaan?"). */
const ENDURE_OPENS = /^(?:(?:en|maar|want) )?(?:hoe (?:lang|vaak)|hoelang|moeten|gaan|blijven|willen|kunnen|zullen|mogen)(?![\p{L}])/u;
/** "Waar wachten we (eigenlijk) nog op?": a call to act now. "Waar wachten de gemeenten nog op?" asks. */
const WHAT_WE_WAIT_FOR = /^(?:(?:en|maar) )?waar wachten (?:we|wij) (?:als (?:kamer|land|samenleving) )?(?:(?:dan|eigenlijk|nou|nu|toch) )*(?:nog )?op\?/u;
/**
 * "Moeten we soms wachten tot …?", "Willen we soms dat …?": "soms" right after "we" mocks, unless a fact is asked with
 * it ("…, en zo ja, wie …?"). After "moeten" only before "wachten tot": "Moeten we soms rekening houden met …?" asks
 * whether to expect it (review 15).
 */
const WE_SOMEHOW = /^(?:(?:en|maar) )?(?:(?:gaan|willen|zullen) (?:we|wij) soms|moeten (?:we|wij) soms (?:\p{L}+ ){0,2}?wachten (?:tot|totdat))(?![\p{L}])/u;
/** "Hoeveel … moeten er nog …, voordat dit kabinet …?": how many more, before the government (pointed at) acts. */
const HOW_MANY_MORE = /^(?:(?:en|maar) )?hoeveel (?:\p{L}+ ){0,4}?(?:moeten|moet) er nog (?:[\p{L},]+ ){0,6}?voordat (?:deze|dit)(?![\p{L}])/u;

/** A sentence that, on its own, asks the government nothing (folded text). */
export function rhetoricalOnItsOwn(folded: string): boolean {
  if (WONDERING.test(folded) || quoted(folded) || quotedNow(folded)) return true;
  if (addressesGovernment(folded)) {
    // The government pointed at in the third person ("deze minister", "dit kabinet") saves only the forms that vent.
    const pointedOnly = !addressesGovernment(folded.replace(POINTED_AT, ''));
    return pointedOnly && (NO_ONE_STILL.test(folded) || HOW_MANY_MORE.test(folded) || (VERDICT.test(folded) && !ASKS_A_FACT.test(folded)));
  }
  return (
    (TOCH_STATEMENT.test(folded) && !CHECKS_UNDERSTANDING.test(folded)) ||
    EXCLAMATION.test(folded) ||
    EXASPERATION.test(folded) ||
    NO_ONE_AGAINST.test(folded) ||
    (HOW_TO_EXPLAIN.test(folded) && !folded.includes(':')) ||
    NO_ONE_STILL.test(folded) ||
    NO_ONE_NOW.test(folded) ||
    NO_ONE_BLAMES.test(folded) ||
    OUTCRY.test(folded) ||
    SET_UP.test(folded) ||
    WE_REALLY_NOT.test(folded) ||
    // Not a choice put after it ("Wie moet … uitleggen dat …: het ministerie of de provincie?").
    (WHO_TELLS_THEM.test(folded) && !folded.includes(':') && !/(?<![\p{L}])of(?![\p{L}])/u.test(folded)) ||
    (WE_ENDURE_AGAIN.test(folded) && ENDURE_OPENS.test(folded)) ||
    WHAT_WE_WAIT_FOR.test(folded) ||
    (WE_SOMEHOW.test(folded) && !ASKS_A_FACT.test(folded)) ||
    GENERIC_THOUGHT.test(folded) ||
    (VERDICT.test(folded) && !ASKS_A_FACT.test(folded)) ||
    (IMAGINE.test(folded) && (COUNTERFACTUAL.test(folded) || GENERIC_YOU.test(folded.slice(folded.search(/[:,]/u) + 1)))) ||
    ownThought(folded)
  );
}

/** How a member answers his own question: "Omdat …", "Dat komt doordat …", "Nee, natuurlijk niet.", "Niemand.", "Nou, helemaal niks." */
// "Natuurlijk" and "uiteraard" answer only with "niet"/"wel" ("Natuurlijk niet."); "Uiteraard geldt ook …" goes on.
const ANSWER_OPENER = /^(?:omdat|nee|neen|ja|jazeker|niemand|nergens|niets|niks|helemaal|geen enkele?|nou,|(?:natuurlijk|uiteraard) (?:niet|wel)|dat (?:is|komt) (?:omdat|doordat))(?![\p{L}])/u;
const WH = /^(?:(?:en|maar) )?(?:wat|waar|wie|hoe|waarom|welke|wanneer)(?![\p{L}])/u;

/**
 * The member answers the question himself in the next sentence: an answer word opens it, or a
 * wh-question's verb comes back in it ("Wat betekent dat? Dat betekent …", "Waar gaat het om? Het gaat om …").
 */
export function answeredBySpeaker(question: string, next: string | undefined): boolean {
  if (next === undefined || /\?["'”’)]*\s*$/u.test(next)) return false;
  const q = fold(question);
  if (addressesGovernment(q)) return false;
  const n = fold(next);
  if (ANSWER_OPENER.test(n)) return true;
  if (!WH.test(q)) return false;
  const qWords = q.replace(/^(?:en|maar) /u, '').split(/[^\p{L}]+/u);
  const verb = qWords[1];
  return verb !== undefined && verb.length > 1 && n.split(/[^\p{L}]+/u).slice(0, 3).includes(verb);
}

/** "hij", "zij", "ze" as the subject, near the start: "Maar kan zij ook zeggen …?" */
const THIRD_PERSON = /^(?:(?:en|maar|dus) )?(?:\p{L}+ )?(?:hij|zij|ze)(?![\p{L}])/u;
/** "hij" or "zij" after a question word and a verb ("Hoe wil zij …?"): the member only when the speaker just turned to them. */
const THIRD_PERSON_LATER = /^(?:(?:en|maar|dus) )?(?:\p{L}+ ){2}(?:hij|zij)(?![\p{L}])/u;
const TURNED_TO = /(?<![\p{L}])vra(?:ag|gen) (?:aan|voor) (?:de heer|mevrouw|(?:de |mijn )?collega) \p{Lu}/u;
const NAMED_MEMBER = /(?<![\p{L}])(?:de heer|mevrouw|collega) \p{Lu}/u;

/**
 * A question about a member just named, not about the government: "Ik dank mevrouw De Graaf
 * voor haar inbreng. Maar kan zij ook zeggen …?" The sentences before, in the same paragraph,
 * name a member and no one of the government.
 */
export function aboutNamedMember(question: string, before: readonly string[]): boolean {
  const q = fold(question);
  if (addressesGovernment(q)) return false;
  const context = before.join(' ');
  if (!THIRD_PERSON.test(q) && !(THIRD_PERSON_LATER.test(q) && TURNED_TO.test(context))) return false;
  return NAMED_MEMBER.test(context) && !addressesGovernment(fold(context));
}

/**
 * A lead that turns to another member and to no one of the government, and says nothing more: "Ik heb nog een vraag aan
 * de heer Jansen." (`lead`, a whole sentence) or the part before a question's colon ("En dan een vraag aan mevrouw De
 * Boer: …?"). Not "Ik had een vraag aan de heer X, maar die is al beantwoord." nor "In aanvulling op mijn vragen aan
 * mevrouw Y in het vorige debat: …": the name must end the lead. Tested as written: a member's name has a capital
 * ("mevrouw de minister" has none).
 */
const LEAD_ENDS_WITH_MEMBER = /(?<![\p{L}])vra(?:ag|gen) (?:aan|voor) (?:de heer|mevrouw|(?:de |mijn )?collega) (?:(?:van|de|der|den|ter|ten|te|het|'t|in) )*\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)?(?: \p{Lu}[\p{L}'’]*)?(?: is| was)?[.!]?$/u;
export function turnsToMember(lead: string): boolean {
  const l = lead.trim();
  return LEAD_ENDS_WITH_MEMBER.test(l) && !/(?<![\p{L}])(?:maar|al|beantwoord|gesteld)(?![\p{L}])/iu.test(l) && !namesGovernment(fold(l));
}
