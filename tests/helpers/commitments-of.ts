import { findCommitments } from '../../lib/commitments';
import { closingCommitments } from '../../lib/commitments/closing-list';
import { governmentSentences } from '../../lib/commitments/government-sentences';
import { parseText } from '../../lib/transcript/parse';

/** The government sentences read as commitments in a small debate written as label lines and speech. */
export function commitmentsIn(debate: string): string[] {
  const r = parseText(debate);
  if (!r.ok) throw new Error(r.message);
  return governmentSentences(r.transcript).filter((s) => s.isCommitment).map((s) => s.text);
}

/** The in-debate commitments the whole analysis gives (with the sentences a closing list records), in a small debate. */
export function inDebateCommitments(debate: string): string[] {
  const r = parseText(debate);
  if (!r.ok) throw new Error(r.message);
  return findCommitments(r.transcript)
    .filter((c) => c.source === 'in-debate')
    .map((c) => c.text);
}

/** The minister says `minister`; the chair gives mevrouw Kat the floor; she answers `member`; the minister goes on. */
export const offerThenReply = (minister: string, member: string): string =>
  `De voorzitter:\nHet woord is aan de minister.\n\nMinister Ollongren:\n${minister}\n\nDe voorzitter:\nMevrouw Kat.\n\nMevrouw Kat (D66):\n${member}\n\nMinister Ollongren:\nDie kosten zijn bekend.\n`;

/** Mevrouw Kat asks `member`; the chair gives the minister the floor; the minister answers `minister`. */
export const requestThenReply = (member: string, minister: string): string =>
  `De voorzitter:\nMevrouw Kat.\n\nMevrouw Kat (D66):\n${member}\n\nDe voorzitter:\nDe minister.\n\nMinister Ollongren:\n${minister}\n`;

/** The chair's closing list as the commitments analysis reads it, from a report written as label lines and speech. */
export function closingListOf(text: string): string[] {
  const r = parseText(text);
  if (!r.ok) throw new Error(r.message);
  return closingCommitments(r.transcript).map((c) => c.text);
}
