import type { MotionView } from '@/lib/motions/model';
import type { LazyMarker, MarkSpec } from '@/lib/page/lazy-marks';
import { useMarks } from './marks';

/** One mark per paragraph: the marker wraps text within a paragraph, and a motion spans several. */
export function motionMarks(text: string, motions: readonly MotionView[]): MarkSpec[] {
  const out: MarkSpec[] = [];
  for (const m of motions) {
    let from = m.start;
    while (from < m.end) {
      const nl = text.indexOf('\n', from);
      const to = nl < 0 || nl > m.end ? m.end : nl;
      if (to > from) out.push({ start: from, end: to, className: 'kl-motion' });
      from = to + 1;
    }
  }
  return out;
}

/** Motions ("Moties"): each motion's text marked in the page, as commitments are. */
export function useMotionMarks(marker: LazyMarker, text: string, motions: readonly MotionView[] | null, on: boolean): void {
  const active = on && motions !== null;
  useMarks('Moties', marker, 'kl-motion', () => (active ? motionMarks(text, motions!) : null), [active, motions]);
}
