/**
 * Moving between turns (all turns, or one speaker's) and the page's anchors
 * and links to a turn. Pure: the content script maps indices to elements.
 */

/** The least a navigation helper needs of a turn; `Transcript['turns']` fits. */
export interface TurnRef {
  index: number;
  speakerId: string;
}


function matches(turn: TurnRef, speakerId: string | null | undefined): boolean {
  return speakerId == null || turn.speakerId === speakerId;
}

/**
 * The first turn after `fromIndex` (null: before the start), of `speakerId`
 * when given. Null when there is none, unless `wrap` goes round to the first.
 */
export function nextTurn(
  fromIndex: number | null,
  turns: readonly TurnRef[],
  speakerId?: string | null,
  opts: { wrap?: boolean } = {},
): number | null {
  const from = fromIndex ?? -1;
  let best: number | null = null;
  let first: number | null = null;
  for (const x of turns) {
    if (!matches(x, speakerId)) continue;
    if (first === null || x.index < first) first = x.index;
    if (x.index > from && (best === null || x.index < best)) best = x.index;
  }
  return best ?? (opts.wrap ? first : null);
}

/**
 * The last turn before `fromIndex` (null: after the end), of `speakerId` when
 * given. Null when there is none, unless `wrap` goes round to the last.
 */
export function prevTurn(
  fromIndex: number | null,
  turns: readonly TurnRef[],
  speakerId?: string | null,
  opts: { wrap?: boolean } = {},
): number | null {
  const from = fromIndex ?? Number.POSITIVE_INFINITY;
  let best: number | null = null;
  let last: number | null = null;
  for (const x of turns) {
    if (!matches(x, speakerId)) continue;
    if (last === null || x.index > last) last = x.index;
    if (x.index < from && (best === null || x.index > best)) best = x.index;
  }
  return best ?? (opts.wrap ? last : null);
}

const ANCHOR_PREFIX = 'kl-turn-';

/** The id the content script gives a turn's first element, and the fragment of its link. */
export function turnAnchorId(index: number): string {
  return `${ANCHOR_PREFIX}${index}`;
}

/**
 * `url` with `#kl-turn-<index>`, replacing any fragment. Stable because turn
 * order does not change within one version of a document.
 */
export function turnLink(url: string, index: number): string {
  try {
    const u = new URL(url);
    u.hash = turnAnchorId(index);
    return u.href;
  } catch {
    return `${url.replace(/#.*$/s, '')}#${turnAnchorId(index)}`;
  }
}

/** The turn a `#kl-turn-<index>` fragment points at, or null for any other fragment. */
export function turnFromHash(hash: string): number | null {
  const m = /^#?kl-turn-(\d+)$/.exec(hash);
  return m ? Number(m[1]) : null;
}
