import type { Layout } from '../transcript/build';
import type { Transcript } from '../transcript/model';

/** Where a span of the model's text sits in the page: the paragraph's element and the offsets inside that paragraph. */
export interface Located {
  turnIndex: number;
  paragraphIndex: number;
  element: Element;
  paragraph: string;
  from: number;
  to: number;
}

/**
 * Finds the turn by binary search over the turns' offsets, then the paragraph
 * inside it. A span that crosses a paragraph boundary is cut at its end.
 */
export function locate(transcript: Transcript, layout: Layout<Element>, start: number, end: number): Located | null {
  const turns = transcript.turns;
  let lo = 0;
  let hi = turns.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (turns[mid]!.start <= start) lo = mid;
    else hi = mid - 1;
  }
  const turn = turns[lo];
  if (!turn || start < turn.start || start >= turn.end) return null;
  let offset = turn.start;
  for (let p = 0; p < turn.paragraphs.length; p++) {
    const para = turn.paragraphs[p]!;
    if (start < offset + para.length) {
      const element = layout.turns[lo]?.paragraphs[p];
      if (!element) return null;
      return { turnIndex: lo, paragraphIndex: p, element, paragraph: para, from: start - offset, to: Math.min(end, offset + para.length) - offset };
    }
    offset += para.length + 1;
  }
  return null;
}
