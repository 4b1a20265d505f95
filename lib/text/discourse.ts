import { fold } from './fold';

/**
 * Discourse markers of Dutch speech that open a new point ("Daarnaast …",
 * "Tot slot …", "(En) mijn tweede vraag …"): what comes before such a sentence is
 * another subject, not its context. General speech, never a debate's topic.
 */
const NEW_POINT =
  /^(?:(?:en|maar) )?(?:daarnaast|verder|voorts|ten slotte|tot slot|tot besluit|als laatste|ten (?:eerste|tweede|derde|vierde|vijfde)|(?:een|mijn) (?:ander|andere|tweede|derde|volgende|laatste) (?:punt|vraag)|nog een (?:andere )?vraag|dan (?:nog )?(?:een )?(?:ander|andere) (?:punt|onderwerp|vraag))\b/u;

/** True when the sentence opens a new point of the speaker's argument. */
export function opensNewPoint(sentence: string): boolean {
  return NEW_POINT.test(fold(sentence).trimStart());
}

/**
 * A sentence that opens by naming the next topic of an answer, a few words and nothing else or a colon: "Dan de Kamer
 * van Koophandel.", "En dan het wetsvoorstel: …". Folded text. What follows is about that topic, not the point before.
 */
const TOPIC = /^(?:en )?dan (?:nog )?(?:de|het|mijn|onze|uw) ([\p{L}\p{N}' -]{2,60})(?:[.:]?$|: )/u;
export function announcesTopic(folded: string): boolean {
  const m = TOPIC.exec(folded.trim());
  return m !== null && m[1]!.split(' ').length <= 6;
}

/**
 * A request said, not asked, to the government: "Ik vraag de minister om …", "Ik verzoek de staatssecretaris te …".
 * Folded text. The questions read it as a question; the commitments read a short yes after it as a promise. The
 * speaker only: "Wij vragen de minister al jaren om een plan" tells of asking, it does not ask.
 */
export const ASKS_GOVERNMENT_TO = /\bik (?:vraag|verzoek) (?:de|het) (?:minister|staatssecretaris|kabinet|regering) (?:\p{L}+ ){0,6}?(?:om|of|te)\b/u;
