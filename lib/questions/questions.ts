import type { Transcript, Turn } from '../transcript/model';
import type { Question } from './model';
import { foldedSlice } from '../text/folded-text';
import { fold } from '../text/fold';
import { ASKS_GOVERNMENT_TO, opensNewPoint } from '../text/discourse';
import { sentencesOfTurn } from '../text/sentences';
import { aboutNamedMember, addressesGovernment, answeredBySpeaker, namesGovernment, rhetoricalOnItsOwn, turnsToMember } from './rhetorical';
import { contentWords, features, type Sentence } from './text';

/**
 * Members' questions to the government: interrogative sentences and request
 * forms ("vraag ik de minister", "ik hoor graag", "mijn vraag is"), in
 * members' turns and in a chair's own substantive interventions, never the
 * chair's procedural questions ("Kunt u afronden?").
 */

/** Declarative sentences that put a question all the same. Tested on folded text. */
export const REQUEST = [
  /\bvraag ik (?:de|het) (?:minister|staatssecretaris|kabinet|regering)\b/,
  // "Ik vraag dus toch aan de staatssecretaris of …", "mijn verzoek aan de minister is of …".
  /\b(?:ik vraag|vraag ik) (?:\p{L}+ ){0,3}?aan (?:de|het) (?:minister|staatssecretaris|kabinet|regering)\b/u,
  /\bmijn verzoek aan (?:de|het) (?:minister|staatssecretaris|kabinet|regering) is\b/,
  // "Ik vraag de minister wat / of / hoe …": the request with a question word, not inverted (a word or two between).
  /\b(?:ik vraag|vraag ik) (?:(?:dus|ook|dan|nogmaals|daarom|wel) )?(?:de|het) (?:minister|staatssecretaris|kabinet|regering) (?:(?:dus|ook|dan|nogmaals|daarom|wel) )?(?:of|wat|hoe|waarom|wanneer|welke|wie|hoeveel|in hoeverre)\b/,
  // "Aan de staatssecretaris vraag ik of …": the addressee put first.
  /^(?:(?:en|dan|verder|tot slot|ten slotte),? )*aan (?:de|het) (?:minister|staatssecretaris|kabinet|regering) (?:\p{L}+ )?vraag ik\b/u,
  // "Ik vraag de minister om …", "Ik verzoek de staatssecretaris om …": a request for an act or an answer.
  ASKS_GOVERNMENT_TO,
  // "Het is me (nog) niet duidelijk wie …", "Het is mij onduidelijk waarom …", "Ik begrijp niet goed waarom …": asking to be told.
  /\bhet is (?:mij|me) (?:\p{L}+ ){0,3}?(?:onduidelijk|niet (?:helemaal |goed )?duidelijk)\b/u,
  /\b(?:ik (?:begrijp|snap)|(?:begrijp|snap) ik) (?:\p{L}+ ){0,2}?niet (?:goed |helemaal |precies )?(?:waarom|hoe|wat|wie|welke|wanneer)\b/u,
  /\b(?:(?:wil|wilde|zou) ik|ik (?:wil|wilde|zou))\b.{0,60}?\b(?:vragen|verzoeken)\b/,
  // The plural of a group or the initiative-takers: "willen wij de minister vragen of …"; not with a negation.
  /\b(?:(?:willen|zouden) (?:wij|we)|(?:wij|we) (?:willen|zouden)) (?:(?!niet |geen |niets )\p{L}+ ){0,3}?(?:de|het) (?:minister|staatssecretaris|kabinet|regering) (?:(?!niet |geen |niets )\p{L}+ ){0,3}?(?:vragen|verzoeken)\b/u,
  // Not "het antwoord op mijn vraag was …": the answer, not the question, is what the sentence is about.
  // Nor "Mijn vraag is de volgende." / "… is als volgt.": that announces the question the next sentence puts.
  // Nor a question said to be settled or described: "… is (dus) al beantwoord / al gesteld", "… is een beetje technisch".
  /(?<!\bop )\b(?:is )?mijn (?:concrete |laatste |eerste |tweede |derde |vierde |volgende |andere )?vraag (?:aan (?:de|het) \w+ )?(?:is|was)\b(?! (?:de volgende|als volgt)[.:]?\s*$)(?! (?:(?:dus|eigenlijk|inmiddels|ook|toch) )*(?:al|een beetje|nogal|beantwoord|gesteld)\b)/,
  /\bis mijn vraag\b/,
  /^de vraag is (?:(?:dus|dan|nu|eigenlijk|toch|wel) )?(?:of|ook|hoe|wat|waarom|in hoeverre|welke|wanneer)\b/,
  // Not "…, dat hoor ik graag, maar …" (glad to hear it); "Dat hoor ik graag voor onze planning." asks to hear it.
  /(?<!(?:dat|dit|het|die) )\b(?:hoor (?:\p{L}+ ){0,3}graag|graag hoor ik)\b|(?<=(?:dat|dit|het|die) )hoor ik graag(?![,\p{L}])/u,
  // "ik wil graag horen waarom …", "ik zou graag willen weten of …", "ik zou graag van de minister horen of …":
  // wanting to hear is asking to be told.
  /\b(?:wil|wilde|zou|willen|zouden) (?:\p{L}+ ){0,3}graag (?:(?!nooit |niet |niets |geen )\p{L}+ ){0,5}(?:horen|weten)\b/u,
  // "Verder wil ik weten wanneer …", "ik zou van de minister willen horen of …": the speaker (not others) wanting now
  // to know whether, what or when, said without "graag". Not "ik wil niets meer horen", "ik zou niet weten waarom"
  // (no word of negation on the way), "ik wilde weten" (then), "zou ik weten" (if), nor "weten dat" (knowing already).
  /\b(?:ik wil|wil ik|(?:wij|we) willen|willen (?:wij|we))(?: (?!niet |niets |nooit )\p{L}+){0,6}? (?:horen|weten) (?:(?!dat )\p{L}+ )?(?:of|wat|hoe|waarom|wanneer|welke|welk|wie|hoeveel|hoelang|in hoeverre|waar)\b/u,
  /\b(?:ik zou|zou ik|(?:wij|we) zouden|zouden (?:wij|we))(?: (?!niet |niets |nooit )\p{L}+){0,6}? willen (?:horen|weten) (?:(?!dat )\p{L}+ )?(?:of|wat|hoe|waarom|wanneer|welke|welk|wie|hoeveel|hoelang|in hoeverre|waar)\b/u,
  // "ik vraag me af of …", "ik vroeg mij af of …", "Waarom …, vraag ik me af.": wondering aloud is asking. Inverted
  // only in the present: "Toen ik het las, vroeg ik me af of …" retells a moment.
  /\b(?:ik (?:vraag|vroeg)|vraag ik) (?:me|mij)(?:zelf)? (?:(?:toch|wel|echt|dan|ook|oprecht|serieus) )?af\b/,
  // "Ik vraag ook om een toezegging", "ik vraag de minister om een reactie": the verb before what is asked for.
  /\b(?:ik vraag|vraag ik) (?:(?!niet |geen )\p{L}+ ){0,3}?om (?:een |de |nog een )?(?:toezegging|bevestiging|reactie|appreciatie|antwoord|garantie)\b/u,
  // "ik wil wel antwoord op mijn vraag", "ik wil graag een antwoord op de vraag …": wanting the answer owed, not giving one.
  /\b(?:ik wil|wil ik) (?:\p{L}+ ){0,2}?(?:een )?antwoord op\b(?![^.?!]*\bgeven\b)/u,
  // "ik ga … een toezegging vragen", "ik wil daar een bevestiging van krijgen".
  /\bik\b.{0,60}?\b(?:toezegging|bevestiging|reactie|appreciatie|antwoord|duidelijkheid|garantie)\b.{0,30}?\b(?:vragen|krijgen|hebben|horen)\b/,
  // "als u kunt toezeggen dat …", "hopelijk kan de minister …": a request put as a condition or a hope.
  /^(?:als|indien) (?:u|de (?:minister|staatssecretaris)) (?:\p{L}+ ){0,3}(?:toezeggen|toezegt|bevestigen|bevestigt)\b/u,
  /^hopelijk (?:kan|wil|gaat|kunt|wilt) (?:u|de (?:minister|staatssecretaris))\b/,
  // "ik ben benieuwd …", and inverted after a clause: "Juist omdat …, ben ik benieuwd hoe …"; not "ben ik benieuwd geweest".
  // Also with an adverb between: "Ik ben verder / ook erg benieuwd of …".
  /\b(?:ik ben|ben ik) (?:(?:verder|ook|wel|erg|heel|zeer|nog|echt|dan|vooral|bijzonder) ){0,2}benieuwd\b(?! geweest)/,
  /\b(?:graag krijg ik|ik krijg graag)\b/,
  /^misschien (?:kan|wil) de (?:minister|staatssecretaris)\b/,
  // "Graag een reactie van de minister.", "Graag een toezegging.": the bare request for an answer or a promise.
  /^(?:en )?(?:dus )?graag (?:een |de |nog een )?(?:reactie|toezegging|bevestiging|antwoord|appreciatie|toelichting|brief|overzicht|uitleg)\b/,
  // "Ik nodig de minister (van harte) uit om …": an invitation asks for a yes. Named: "u", "hem", "haar" may be a fellow member.
  /\b(?:ik nodig|nodig ik) (?:de (?:minister|staatssecretaris)|het kabinet) (?:(?:van harte|graag|dan|ook|bij dezen) )*uit\b/u,
  // "Ik wil / zou de minister (graag) willen uitnodigen om …": the same invitation, put politely.
  /\b(?:ik|wij|we) (?:wil|wilde|zou|zouden|willen) (?:de (?:minister|staatssecretaris)|het kabinet) (?:(?:van harte|graag|dan|ook|wel) )*(?:willen )?uitnodigen (?:om|voor|naar|in|op|bij|eens|een keer)\b/u,
  // "Laat de minister met een brief komen", "Laat zij ons weten …": a third-person imperative to the government.
  /^(?:\p{L}+,? )?laat (?:de (?:minister|staatssecretaris)|het kabinet|zij|hij) (?:\p{L}+ ){0,8}(?:komen|weten|sturen|informeren|toezeggen)\b/u,
];

/** A word each REQUEST form needs (keep in step with REQUEST; tests/questions/request-cue.test.ts checks it on every sentence of the seed and the corpus). */
export const REQUEST_CUE = /nodig|vra(?:ag|gen)|vroeg|verzoek|graag|weten|horen|toezeg|bevestig|reactie|appreciatie|antwoord|duidelijk|garantie|hopelijk|benieuwd|misschien|laat|begrijp|snap/;

/** Questions about the meeting itself, not the subject: speaking time, rounding off, interruptions, suspending. */
const PROCEDURAL = /\b(?:afrond\w*|afronding|spreektijd|schors\w*|interrupti\w*|in de tijd|het woord|gaat uw gang)\b/;

/** From the chair, also questions about the order of business ("tijd nodig voor de beantwoording", "de tweede termijn"). */
const CHAIR_PROCEDURAL = /\b(?:beantwoording|termijn|vergadering|tijd nodig|agenda)\b/;

/**
 * Someone else's question, retold: "Hij vroeg mij: …", "Een moeder vroeg me of …", "Men vraagt: …",
 * "zij vragen zich af". Not "ik vraag de minister" nor "wij vragen": the member's own.
 */
const REPORTED = /(?<![\p{L}])(?:(?:hij|zij|ze|men|iemand|die|mensen|ouders|inwoners|burgers)\s+(?:vroeg|vroegen|vraagt|vragen)|(?:vroeg|vroegen|vraagt|vragen)\s+(?:hij|zij|ze|men)|(?<!ik\s)(?:vroeg|vroegen)\s+(?:mij|me|ons)(?!\s+af\b))(?![\p{L}])/u;
/**
 * Someone said it to the member, quoted after a colon: "Een huisarts zei tegen mij: …?", "Een vader schreef ons: …?",
 * "… vertelde me vorige week: …?". Not the member saying it ("Ik zei tegen de minister: …?"), nor a quote the member
 * turns to the government by name or asks about after a semicolon ("…: ik wacht al een jaar; kan de staatssecretaris
 * daar iets aan doen?", "…: de regeling stopt; klopt dat?"). "u" in the quote is the member, not the government.
 */
// Only time words between "mij" and the colon ("mailde ons gisteren de cijfers: …" names a thing sent, "zei me weinig"
// a meaning); a pronoun may stand between verb and "tegen" ("zei ze tegen me"); also the present ("zegt tegen mij").
const SAID_TO_ME = /(?<![\p{L}])(?<!(?:ik|we|wij)\s)(?:zei|zeiden|zegt|zeggen|vertelde|vertelden|schreef|schreven|mailde|mailden|appte|appten)(?:\s+(?:ze|hij|zij))?\s+(?:tegen\s+|aan\s+)?(?:mij|me|ons)(?:\s+(?:gisteren|vanochtend|laatst|onlangs|eens|nog|ooit|vorige week|vorige maand|letterlijk))*\s*:/u;
/** "Ouders in Groningen vragen mij: …?": the present only before a colon, and not the government asking ("De minister vraagt ons: …"). */
const REPORTED_NOW = /(?<![\p{L}])(?<!ik\s)(?:vraagt|vragen)\s+(?:mij|me|ons)(?:\s+(?:dan|vaak|steeds|ook|weleens|regelmatig|telkens))?\s*:/u;

/**
 * A question put to another member, not to the government: a member as the subject of the question, right
 * after its verb ("Vindt de heer Van Weyenberg dat terecht?", "Wat stelt mevrouw Bikker voor?"), or a party asked by name
 * ("Ik zou het CDA graag willen vragen of …"). Tested on the sentence as written (party names are capitals).
 */
const TO_A_MEMBER = [
  // "mevrouw de minister" is the government.
  /^(?:\p{L}+,? )?(?:vindt|is|heeft|kan|wil|deelt|zou|gaat|denkt|weet|ziet|erkent|steunt|begrijpt|snapt|bedoelt|zegt) (?:de heer|mevrouw|collega|de collega|mijn collega) (?!de (?:minister|staatssecretaris|minister-president|voorzitter)(?![\p{L}]))/iu,
  // After a question word, what the member proposes or thinks: "Wat stelt de heer X voor?", "Hoe kijkt mevrouw Y daarnaar?".
  /^(?:wat|waarom|hoe|wanneer|waar|welke) (?:stelt|vindt|bedoelt|kijkt|wil|doet|zegt|denkt|ziet|verwacht) (?:de heer|mevrouw|collega|de collega|mijn collega) (?!de (?:minister|staatssecretaris|minister-president|voorzitter)(?![\p{L}]))/iu,
];
/** "Ik wil het CDA vragen …": a party asked; not a body the government is asked to ask ("of de minister het RIVM wil vragen"). */
const PARTY_ASKED = /(?<![\p{L}])(?:het|de) \p{Lu}[\p{Lu}\p{N}-]{1,12}(?: \p{Ll}+){0,3} (?:vragen|verzoeken)(?![\p{L}])/u;
const GOVERNMENT_ASKS = /(?<![\p{L}])(?:de minister|de staatssecretaris|het kabinet|de regering|zij|hij)(?![\p{L}])/u;
const toAMember = (s: string): boolean => {
  if (TO_A_MEMBER.some((r) => r.test(s))) return true;
  const m = PARTY_ASKED.exec(s);
  return m !== null && !GOVERNMENT_ASKS.test(s.slice(0, m.index));
};

/** "En dan een vraag aan de heer X: …?": the part before the colon turns to a member. */
const leadTurnsToMember = (s: string): boolean => s.includes(':') && turnsToMember(s.slice(0, s.indexOf(':')));

/** The members who defend their own bill: "Hebben de indieners nagedacht over …?" asks them, unless the government is named too. */
const INITIATORS = /(?<![\p{L}])(?:indiener|indieners|initiatiefnemer|initiatiefnemers|initiatiefneemster)(?![\p{L}])/u;

/** A sentence that asks: ends in "?" or is a request form; procedural ones and retold ones excluded. `f`: `s` folded, when the caller has it. */
export function isQuestionSentence(s: string, fromChair = false, f = fold(s)): boolean {
  const interrogative = /\?["'”’)]*$/u.test(s);
  // Most sentences neither end in "?" nor hold a word that every request form needs: one test says so.
  if (!interrogative && !REQUEST_CUE.test(f)) return false;
  // What asks first, then what rules it out: most sentences with a cue word ask nothing, and the exclusions are the costly part.
  if (!interrogative && !REQUEST.some((r) => r.test(f))) return false;
  return !(PROCEDURAL.test(f) || (fromChair && CHAIR_PROCEDURAL.test(f)) || REPORTED.test(f) || (SAID_TO_ME.test(f) && !namesGovernment(f) && !f.slice(f.indexOf(':')).includes(';')) || (REPORTED_NOW.test(f) && !addressesGovernment(f)) || toAMember(s) || leadTurnsToMember(s) || (INITIATORS.test(f) && !namesGovernment(f)) || rhetoricalOnItsOwn(f));
}

/** Roles whose speech answers rather than asks. */
const GOVERNMENT = new Set(['minister', 'state-secretary']);

/**
 * Turns whose questions count: members speaking as themselves, and a chair
 * (who is a member) when the turn is a real intervention in an exchange with
 * the government — long enough, and answered by a government turn next.
 */
function asksQuestions(t: Transcript, turn: Turn, roleOf: Map<string, string>): boolean {
  if (roleOf.get(turn.speakerId) !== 'member') return false;
  if (!turn.asChair) return true;
  const words = t.text.slice(turn.start, turn.end).split(/\s+/).length;
  if (words < 25) return false;
  for (let i = turn.index + 1; i < t.turns.length; i++) {
    const next = t.turns[i]!;
    if (!next.asChair) return GOVERNMENT.has(roleOf.get(next.speakerId) ?? '');
  }
  return false;
}

const MIN_OWN = 2; // fewer own content words: an anaphoric follow-up ("Klopt dat?") that joins its neighbour
const MIN_TOPICS = 4; // fewer: the preceding sentences supply the topic ("Wanneer komt dat?")
const CONTEXT = 2; // sentences before a question that count as its context

interface Group {
  sentences: Sentence[];
  words: string[];
}

/** A sentence broken off ("… bij een private …"): the one who is asked starts answering before it ends. */
const BROKEN_OFF = /(?:…|\.\.\.)["'”’)]*$/u;

function groupQuestions(t: Transcript, sentences: readonly Sentence[], fromChair: boolean, cutOff: boolean): { groups: Group[]; contextOf: (g: Group) => string } {
  const groups: Group[] = [];
  let prev: Group | null = null;
  let prevIndex = -2;
  let toMember = -2;
  sentences.forEach((s, i) => {
    const text = t.text.slice(s.start, s.end);
    const brokenOff = cutOff && i === sentences.length - 1 && BROKEN_OFF.test(text) && !PROCEDURAL.test(fold(text));
    if (!brokenOff && !isQuestionSentence(text, fromChair, foldedSlice(t, s.start, s.end))) return;
    // Answered by the member himself, or about a member just named: asked of no one in the government.
    const next = sentences[i + 1];
    const sameParagraph = (o: Sentence) => o.paragraph === s.paragraph;
    if (answeredBySpeaker(text, next && sameParagraph(next) ? t.text.slice(next.start, next.end) : undefined)) return;
    const before = sentences.slice(Math.max(0, i - CONTEXT), i).filter(sameParagraph).map((o) => t.text.slice(o.start, o.end));
    if (aboutNamedMember(text, before)) return;
    // Right after a sentence that turns to another member ("Ik heb nog een vraag aan de heer Jansen."), or a
    // question put to them, a question that names no one of the government is theirs too.
    const last = sentences[i - 1];
    if (last && sameParagraph(last) && (toMember === i - 1 || turnsToMember(t.text.slice(last.start, last.end))) && !namesGovernment(foldedSlice(t, s.start, s.end))) {
      toMember = i;
      return;
    }
    const words = contentWords(text);
    const adjacent = prev !== null && prevIndex === i - 1 && prev.sentences[0]!.paragraph === s.paragraph;
    if (adjacent && prev && (prev.words.length < MIN_OWN || words.length < MIN_OWN || /^of\b/i.test(text)) && prev.sentences.length < 4) {
      prev.sentences.push(s);
      prev.words.push(...words);
    } else {
      prev = { sentences: [s], words };
      groups.push(prev);
    }
    prevIndex = i;
  });
  // The sentences before a question in its paragraph say what "dat" and "daar" are about.
  const contextOf = (g: Group): string => {
    const first = sentences.indexOf(g.sentences[0]!);
    let from = g.sentences[0]!.start;
    // "Daarnaast zou ik willen vragen …" opens a new point: the sentences before are about another one.
    if (opensNewPoint(t.text.slice(g.sentences[0]!.start, g.sentences[0]!.end))) return '';
    for (let j = first - 1; j >= 0 && j >= first - CONTEXT; j--) {
      const s = sentences[j]!;
      if (s.paragraph !== g.sentences[0]!.paragraph) break;
      from = s.start;
    }
    return t.text.slice(from, g.sentences[0]!.start);
  };
  return { groups, contextOf };
}

/** A question with the sentences before it, which the answer linking weighs at half. */
export interface QuestionDraft extends Question {
  context: string;
}

/**
 * All questions of the transcript in text order, each with status 'open'
 * and no answers yet (see `linkAnswers`). Linear in the text.
 */
export function findQuestions(t: Transcript): QuestionDraft[] {
  const roleOf = new Map(t.speakers.map((s) => [s.id, s.role]));
  const out: QuestionDraft[] = [];
  for (const turn of t.turns) {
    if (!asksQuestions(t, turn, roleOf)) continue;
    // An interruption of another member's speech puts its questions to that member, not to the government.
    if (turn.interrupts !== null && roleOf.get(turn.interrupts) === 'member') continue;
    // A turn that breaks off and is answered by the government at once was a question cut short by the answer.
    const next = t.turns[turn.index + 1];
    const cutOff = next !== undefined && !next.asChair && GOVERNMENT.has(roleOf.get(next.speakerId) ?? '');
    const sentences = sentencesOfTurn(turn);
    const { groups, contextOf } = groupQuestions(t, sentences, turn.asChair, cutOff);
    // Answering another member's interruption, the member speaks to that member: only a question that names the
    // government is put to it ("Een derde van de plekken?" is for the interrupter). The reply is the turn's first
    // paragraph, up to a new point ("Dan mijn tweede punt …"); after it the member's own speech goes on.
    const replyEnd = answersInterruptionOfMember(t, turn, roleOf) ? endOfReply(t, sentences) : -1;
    let n = 0;
    for (const g of groups) {
      if (g.sentences[0]!.start < replyEnd && !namesGovernment(foldedSlice(t, g.sentences[0]!.start, g.sentences[g.sentences.length - 1]!.end))) continue;
      const context = contextOf(g);
      let topics = g.words;
      // "Wanneer komt dat?" shows the sentences before it as its topic too.
      if (new Set(topics).size < MIN_TOPICS) topics = [...topics, ...contentWords(context)];
      topics = [...new Set(topics)];
      // A request with nothing to ask about ("Ik wil de minister nog een laatste vraag stellen.") announces; it does not ask.
      if (topics.length === 0) continue;
      const start = g.sentences[0]!.start;
      const end = g.sentences[g.sentences.length - 1]!.end;
      out.push({
        id: `q${turn.index}-${++n}`,
        askerId: turn.speakerId,
        turnIndex: turn.index,
        start,
        end,
        text: t.text.slice(start, end),
        topics,
        status: 'open',
        answeredIn: [],
        context,
      });
    }
  }
  return out;
}

/** Where a reply to an interruption ends: at the end of its first paragraph, or at a sentence that opens a new point. */
function endOfReply(t: Transcript, sentences: readonly Sentence[]): number {
  const first = sentences[0];
  if (!first) return -1;
  let end = first.end;
  for (const s of sentences) {
    if (s.paragraph !== first.paragraph || (s !== first && opensNewPoint(t.text.slice(s.start, s.end)))) break;
    end = s.end;
  }
  return end;
}

/** Whether the member speaking before `turn` (the chair aside) is a member who interrupted `turn`'s speaker. */
function answersInterruptionOfMember(t: Transcript, turn: Turn, roleOf: Map<string, string>): boolean {
  for (let i = turn.index - 1; i >= 0; i--) {
    const prev = t.turns[i]!;
    if (prev.asChair) continue;
    return prev.interrupts === turn.speakerId && roleOf.get(prev.speakerId) === 'member';
  }
  return false;
}

/** Query of a question: its own words, and the sentences before it at half weight. */
/** "Ik nodig de minister uit om …", "Ik wil de minister uitnodigen …" (not "Is het nodig om … uit … te halen?"). */
const INVITES = /(?<![\p{L}])(?:(?:ik|we|wij) nodig|nodig (?:ik|we|wij)) (?:\p{L}+ ){1,6}?uit(?![\p{L}])|(?<![\p{L}])uitnodig/u;
export function queryOf(q: QuestionDraft): Map<string, number> {
  // An invitation ("Ik nodig de minister uit om …") is taken up as "de uitnodiging": the verb split in two meets its noun.
  const m = features(INVITES.test(fold(q.text)) ? `${q.text} uitnodiging` : q.text);
  for (const [k, v] of features(q.context)) m.set(k, (m.get(k) ?? 0) + 0.5 * v);
  return m;
}
