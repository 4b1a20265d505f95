import type { LazyMarker } from '@/lib/page/lazy-marks';
import type { DocumentTerm } from '@/lib/terms/find-terms';
import { useHoveredTerm } from '../term-hover';
import { useMarks } from './marks';

/**
 * Terms ("Begrippen"): each occurrence marked in the page (focusable, so the
 * tooltip also opens from the keyboard) while the feature is on; returns the
 * term the pointer or focus is on, for the tooltip.
 */
export function useTerms(marker: LazyMarker, terms: DocumentTerm[] | null, on: boolean) {
  const active = on && terms !== null;
  useMarks(
    'Begrippen',
    marker,
    'kl-term',
    () =>
      active
        ? terms!.flatMap((term, i) =>
            term.occurrences.map((o) => ({ start: o.start, end: o.end, className: 'kl-term', attrs: { tabindex: '0', 'data-kl-term': String(i) } })),
          )
        : null,
    [active, terms],
  );
  const [hovered] = useHoveredTerm(active);
  const term = hovered && terms?.[hovered.index];
  return term && hovered ? { term, rect: hovered.rect } : null;
}
