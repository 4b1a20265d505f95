import { fold } from '../text/fold';
import { NEGATION, tokens, withinDebate } from './clauses';
import type { GovSentence } from './government-sentences';
import type { CommitmentLink } from './model';
import { isOffer } from './offers';
import { ordersThisDebate, turnsToTopic } from './this-debate';

/**
 * The sentences the chair's closing list records as promised (commitments/index.ts): in a committee the chair reads
 * what the clerk noted, so an offer ("Als de commissie dat wil, laat ik …") or a yes ("Ja, die komt erin") that no
 * sentence rule reads is still a promise when the list has it. The place is the sure best link of an item that no
 * found promise answers (a relaxed form, any item whose best link is no promise, marked "Ik snap uw vraag …" in the
 * seed), or the next sure one when the best has no shape of a promise. The link is lexical, so the sentence must
 * also have the shape of a promise (`shapedAsPromise`): a review found refusals, the past, stances, retold questions
 * and others' acts among such links.
 */
export function recordedByChair(links: readonly CommitmentLink[][], sentences: readonly GovSentence[]): Set<number> {
  const at = new Map(sentences.map((s, i) => [s.start, i]));
  const out = new Set<number>();
  for (const itemLinks of links) {
    if (!itemLinks[0]?.sure || itemLinks.some((l) => sentences[at.get(l.start)!]!.isCommitment)) continue;
    // The best sure link with the shape of a promise ("De eerste komt bij …" may outscore "U krijgt voortaan …").
    const place = itemLinks.find((l) => l.sure && shapedAsPromise(sentences[at.get(l.start)!]!.text));
    if (place) out.add(at.get(place.start)!);
  }
  return out;
}

/** Someone engaged: the speaker, "u", the Kamer or committee, a member, a "ja" (not a description: "Bij die proef doen kandidaten …"). */
const ENGAGES = /(?<![\p{L}])(?:ik|we|wij|u|uw|kamer|commissie|heer|mevrouw|ja)(?![\p{L}])/u;
/** A hope, a stance, a duty, knowing or saying, a question retold, a routine or the law, a time gone by: no act promised. */
const NO_PROMISE = /(?<![\p{L}])(?:hoop|hopen|hoopt|vind|vindt|verwacht|denk|ervan uit|streef|streven|zou|zouden|moet|moeten|weet|weten|zegt|zei|vraagt|vroeg|volgens|altijd|vorig|vorige|destijds|toen|eerder|misschien|wellicht|eventueel|overweeg|overwegen|voorstellen|zie af|weiger|meestal|normaal|gewoonlijk|liever|voorganger|beloofde|het (?:\p{L}+ ){0,4}?eens|wil dat|stelt voor|is aan (?:de |het )?\p{L}+ om|steeds|afgelopen|onzeker)(?![\p{L}])/u;
/** Told in the past: "In maart informeerde ik …", "U heeft … al ontvangen". */
const PAST_TENSE = /(?<![\p{L}])(?:\p{L}{3,}(?:de|te)(?: ik| we| wij)|(?:heb|hebt|heeft|hebben) (?:\p{L}+ ){0,10}?al)(?![\p{L}])/u;
/** A routine, unless it starts now ("u krijgt voortaan elk jaar …"). */
const ROUTINE = /(?<![\p{L}])(?:elk jaar|ieder jaar|jaarlijks)(?![\p{L}])/u;
const FROM_NOW = /(?<![\p{L}])(?:voortaan|vanaf nu)(?![\p{L}])/u;
/** Done already: an auxiliary of the perfect or the past with a participle after it in its clause ("heb … gestuurd"). */
const AUXILIARY = /^(?:heb|hebt|heeft|hebben|had|hadden|is|was|waren|werd|werden)$/u;
const done = (ws: readonly string[]): boolean => {
  const aux = ws.findIndex((w) => AUXILIARY.test(w));
  return aux >= 0 && ws.slice(aux + 1).some((w) => /^ge\p{L}+(?:d|t|en)$/u.test(w));
};
/** A condition on an event (the addressee's wish makes an offer, which the list may record). */
const CONDITION = /(?<![\p{L}])(?:als|indien|mits|tenzij|zodra|wanneer)(?![\p{L}])/u;

/**
 * Whether a sentence the list links to can be the promise: not a question, a topic turned to, this debate's order or
 * an event's condition, and one of its coordinated clauses engages someone with no refusal, past, stance or routine.
 */
function shapedAsPromise(text: string): boolean {
  const folded = fold(text);
  if (/\?["'”’)]*\s*$/u.test(text) || turnsToTopic(folded)) return false;
  const ts = tokens(folded);
  if (withinDebate(ts) || ordersThisDebate(ts)) return false;
  return folded.split(/, (?=(?:en|want|dus|maar|omdat) )/u).some((clause) => {
    const own = clause.replace(/^(?:en|want|dus|maar|omdat|dan) /u, '');
    if (CONDITION.test(own) && !isOffer(own)) return false;
    if (ROUTINE.test(own) && !FROM_NOW.test(own)) return false;
    // Within one comma-free stretch, as a clause holds its auxiliary and participle.
    const isDone = own.split(/[,;:]/u).some((part) => done(tokens(part).map((t) => t.w)));
    return ENGAGES.test(own) && !NO_PROMISE.test(own) && !PAST_TENSE.test(own) && !isDone && !tokens(own).some((t) => NEGATION.has(t.w));
  });
}
