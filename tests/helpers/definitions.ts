import { learnDefinitions } from '../../lib/terms/definitions';
import type { Transcript } from '../../lib/transcript/model';
import { parseText } from '../../lib/transcript/parse';

/** A member says `text` in a small debate (a chair, her turn, another member's), for the definition tests. */
export function memberSays(text: string): Transcript {
  const r = parseText(`Voorzitter: Bosma\nMevrouw Kröger (GroenLinks-PvdA):\n${text}\nDe heer Jansen (VVD):\nDank u wel.\n`);
  if (!r.ok) throw new Error(r.message);
  return r.transcript;
}

/** The definitions learned from what she says, as [term, expansion]. */
export const learned = (text: string): string[][] => learnDefinitions(memberSays(text)).map((d) => [d.term, d.expansion]);
