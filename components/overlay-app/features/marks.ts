import { useEffect } from 'preact/hooks';
import type { LazyMarker, MarkSpec } from '@/lib/page/lazy-marks';
import { guarded } from './guard';

/**
 * Marks of one kind in the page (`kl-term`, `kl-commitment`, …): `specs`
 * (computed only when `deps` change) are added, and taken out again when
 * they change or the overlay goes; null adds none. The marker wraps each
 * paragraph as it nears the viewport.
 */
export function useMarks(feature: string, marker: LazyMarker, className: string, specs: () => readonly MarkSpec[] | null, deps: readonly unknown[]): void {
  useEffect(
    () =>
      guarded(feature, () => {
        const list = specs();
        if (!list) return;
        marker.add(list);
        return () => marker.clear(className);
      }),
    deps,
  );
}
