import type { ClosingItem, Turn } from '../transcript/model';
import { CLOSING_LIST_INTRO } from '../transcript/patterns';

/**
 * The commitments the chair reads at the end (../shared/PAGES.md §3), for
 * models built without the text parser (VLOS): the last chair turn with an
 * announcing sentence, then its list items, or, when the list has no markers,
 * the paragraphs that start "De minister …" / "De staatssecretaris …".
 * `items[t][p]` says whether paragraph p of turn t carried a list marker.
 */
export function findClosingItems(turns: readonly Turn[], items: readonly (readonly boolean[])[]): ClosingItem[] {
  for (let t = turns.length - 1; t >= 0; t--) {
    const turn = turns[t]!;
    if (!turn.asChair) continue;
    const intro = turn.paragraphs.findIndex((p) => CLOSING_LIST_INTRO.test(p));
    if (intro < 0) continue;
    const marked = (items[t] ?? []).slice(intro + 1);
    const anyMarked = marked.some(Boolean);
    const found: ClosingItem[] = [];
    turn.paragraphs.slice(intro + 1).forEach((p, k) => {
      const isItem = anyMarked ? marked[k] : /^(?:De|Het)\s+(?:minister|staatssecretaris|kabinet|regering|minister-president)\b/iu.test(p);
      if (isItem) found.push({ text: p, turnIndex: t, paragraphIndex: intro + 1 + k });
    });
    if (found.length > 0) return found;
  }
  return [];
}
