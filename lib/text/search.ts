/**
 * The first index in [0, length) at which `before(i)` turns false, for a
 * predicate that is true on a prefix and false after it (a sorted list asked
 * "is the item at i below the key?"). Binary search: one helper for every
 * sorted list the analyses look into.
 */
export function firstIndex(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
