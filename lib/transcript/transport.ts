import type { Transcript, Turn } from './model';

/**
 * A transcript sent to the background in pieces, so that no piece costs the
 * page a long task: copying a 200,000-word transcript in one message (its
 * text twice: once whole, once as paragraphs) held the page for over 50 ms.
 * The outline goes first without any text, then the text in slices; each
 * turn's paragraphs are cut from the text again on arrival, by length
 * (`text.slice(start, end) === paragraphs.join('\n')` holds for every turn).
 *
 * Plain data, no zod: the receiving side validates the rebuilt transcript.
 */

/** Characters of text per message: a quarter of a megabyte of JSON, a few ms to copy. */
export const TEXT_SLICE = 128 * 1024;

export type OutlineTurn = Omit<Turn, 'paragraphs'> & { paragraphLengths: number[] };
export type TranscriptOutline = Omit<Transcript, 'text' | 'turns'> & { turns: OutlineTurn[]; textLength: number };

export function toTransport(t: Transcript, slice = TEXT_SLICE): { outline: TranscriptOutline; slices: string[] } {
  const { text, turns, ...rest } = t;
  const outline: TranscriptOutline = {
    ...rest,
    textLength: text.length,
    turns: turns.map(({ paragraphs, ...turn }) => ({ ...turn, paragraphLengths: paragraphs.map((p) => p.length) })),
  };
  const slices: string[] = [];
  for (let i = 0; i < text.length; i += slice) slices.push(text.slice(i, i + slice));
  return { outline, slices };
}

/** The transcript again, or an error naming what does not fit (the caller validates the rest). */
export function fromTransport(outline: TranscriptOutline, text: string): { ok: true; transcript: Transcript } | { ok: false; message: string } {
  if (text.length !== outline.textLength) return { ok: false, message: `text is ${text.length} characters, expected ${outline.textLength}` };
  const { textLength: _length, turns, ...rest } = outline;
  const rebuilt: Turn[] = [];
  for (const { paragraphLengths, ...turn } of turns) {
    const paragraphs: string[] = [];
    let at = turn.start;
    for (const length of paragraphLengths) {
      paragraphs.push(text.slice(at, at + length));
      at += length + 1;
    }
    // The paragraphs must tile the turn exactly: separators where expected, nothing left over.
    if (paragraphs.join('\n') !== text.slice(turn.start, turn.end)) return { ok: false, message: `turn ${turn.index} does not match the text` };
    rebuilt.push({ ...turn, paragraphs });
  }
  return { ok: true, transcript: { ...rest, turns: rebuilt, text } };
}
