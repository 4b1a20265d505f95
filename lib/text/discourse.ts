import { fold } from './fold';

/**
 * Discourse markers of Dutch speech that open a new point ("Daarnaast …",
 * "Tot slot …", "Mijn tweede vraag …"): what comes before such a sentence is
 * another subject, not its context. General speech, never a debate's topic.
 */
const NEW_POINT =
  /^(?:daarnaast|verder|voorts|ten slotte|tot slot|tot besluit|als laatste|ten (?:eerste|tweede|derde|vierde|vijfde)|(?:een|mijn) (?:ander|andere|tweede|derde|volgende|laatste) (?:punt|vraag)|nog een (?:andere )?vraag|dan (?:nog )?(?:een )?(?:ander|andere) (?:punt|onderwerp|vraag))\b/u;

/** True when the sentence opens a new point of the speaker's argument. */
export function opensNewPoint(sentence: string): boolean {
  return NEW_POINT.test(fold(sentence).trimStart());
}
