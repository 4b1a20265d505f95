import type { Commitment } from '@/lib/commitments/model';
import type { LazyMarker } from '@/lib/page/lazy-marks';
import { useMarks } from './marks';

/** Commitments ("Toezeggingen"): in-debate promises highlighted; one the chair did not list is marked apart. */
export function useCommitmentMarks(marker: LazyMarker, commitments: Commitment[] | null, on: boolean): void {
  const active = on && commitments !== null;
  useMarks(
    'Toezeggingen',
    marker,
    'kl-commitment',
    () =>
      active
        ? commitments!.flatMap((c) =>
            c.source === 'in-debate' && c.sentence
              ? [{ start: c.sentence.start, end: c.sentence.end, className: c.inClosingList === false ? 'kl-commitment kl-unlisted' : 'kl-commitment' }]
              : [],
          )
        : null,
    [active, commitments],
  );
}
