import type { Transcript } from '../../lib/transcript/model';
import { parseText } from '../../lib/transcript/parse';

/** A small committee report around `body` (label lines and speech), read by the text reader; `overleg` says with whom. */
export function committeeDebate(
  body: string,
  overleg = 'De vaste commissie voor Binnenlandse Zaken heeft op 6 april 2022 overleg gevoerd met mevrouw Bruins Slot, minister van Binnenlandse Zaken.',
): Transcript {
  const r = parseText(`VERSLAG VAN EEN COMMISSIEDEBAT

${overleg}

Voorzitter: Boomsma

Aanvang 10.00 uur.

${body}

Sluiting 12.00 uur.
`);
  if (!r.ok) throw new Error(r.message);
  return r.transcript;
}
