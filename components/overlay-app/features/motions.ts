import type { MotionView } from '@/lib/motions/model';
import type { LazyMarker } from '@/lib/page/lazy-marks';
import { useMarks } from './marks';

/** Motions ("Moties"): each motion's text marked in the page, as commitments are. */
export function useMotionMarks(marker: LazyMarker, motions: readonly MotionView[] | null, on: boolean): void {
  const active = on && motions !== null;
  useMarks(
    'Moties',
    marker,
    'kl-motion',
    () => (active ? motions!.flatMap((m) => (m.end > m.start ? [{ start: m.start, end: m.end, className: 'kl-motion' }] : [])) : null),
    [active, motions],
  );
}
