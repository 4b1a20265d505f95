import { fold } from '../text/fold';
import type { Passage, PassageDebate } from './schema';

/**
 * Filtering 10,000 passages per keystroke: everything searchable is folded
 * (lower case, accents dropped: "kroger" finds Kröger) into one string per
 * passage once, so a keystroke is only `includes` over precomputed strings.
 */


export interface IndexedPassage {
  passage: Passage;
  /** Folded quote, note, speakers, parties, debate title, committees, tags. */
  haystack: string;
  speakers: readonly string[];
  parties: readonly string[];
  /** Folded tags, for the case-insensitive tag filter. */
  tags: readonly string[];
}

/** Passages newest first, each with its precomputed search string. */
export interface SearchIndex {
  entries: readonly IndexedPassage[];
}

/** Newest first by savedAt; ISO strings with offsets are compared as instants. */
export function newestFirst(a: Passage, b: Passage): number {
  const x = a.savedAt;
  const y = b.savedAt;
  // Fast path: two UTC "…Z" stamps of the same shape sort as strings (no Date.parse per comparison).
  const diff =
    x.length === y.length && x.endsWith('Z') && y.endsWith('Z') ? (y < x ? -1 : y > x ? 1 : 0) : Date.parse(y) - Date.parse(x);
  return diff || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The same array when already newest first (one cheap pass), else a sorted copy. */
export function sortedNewestFirst(passages: readonly Passage[]): readonly Passage[] {
  for (let i = 1; i < passages.length; i++) {
    if (newestFirst(passages[i - 1]!, passages[i]!) > 0) return [...passages].sort(newestFirst);
  }
  return passages;
}

/** Build the index once per list change (not per keystroke). */
export function buildIndex(passages: readonly Passage[]): SearchIndex {
  const entries = [...passages].sort(newestFirst).map((p): IndexedPassage => {
    const speakers = p.speakers.map((s) => s.name);
    const parties = p.speakers.flatMap((s) => (s.party ? [s.party] : []));
    const haystack = fold(
      [p.exact, p.note, ...speakers, ...parties, p.debate.title, ...p.debate.committees, ...p.tags].join('\n'),
    );
    return { passage: p, haystack, speakers, parties, tags: p.tags.map(fold) };
  });
  return { entries };
}

export interface PassageFilter {
  /** Words, all of which must occur (in any field). */
  query: string;
  speaker?: string | null;
  party?: string | null;
  tag?: string | null;
}

/** The passages matching the filter, newest first. */
export function filterPassages(index: SearchIndex, filter: PassageFilter): Passage[] {
  const words = fold(filter.query).split(/\s+/).filter(Boolean);
  const tag = filter.tag ? fold(filter.tag) : null;
  const out: Passage[] = [];
  for (const e of index.entries) {
    if (filter.speaker && !e.speakers.includes(filter.speaker)) continue;
    if (filter.party && !e.parties.includes(filter.party)) continue;
    if (tag && !e.tags.includes(tag)) continue;
    let ok = true;
    for (const w of words) {
      if (!e.haystack.includes(w)) {
        ok = false;
        break;
      }
    }
    if (ok) out.push(e.passage);
  }
  return out;
}

/**
 * The values the filters offer, in Dutch alphabetical order. Reads passages,
 * not the index, so the popup can show its filters before building the index.
 */
export function facets(passages: readonly Passage[]): { speakers: string[]; parties: string[]; tags: string[] } {
  const speakers = new Set<string>();
  const parties = new Set<string>();
  const tags = new Map<string, string>();
  for (const p of passages) {
    for (const s of p.speakers) {
      speakers.add(s.name);
      if (s.party) parties.add(s.party);
    }
    for (const t of p.tags) {
      const key = fold(t);
      if (!tags.has(key)) tags.set(key, t);
    }
  }
  const sorted = (xs: Iterable<string>) => [...xs].sort((a, b) => a.localeCompare(b, 'nl'));
  return { speakers: sorted(speakers), parties: sorted(parties), tags: sorted(tags.values()) };
}

export interface DebateGroup {
  key: string;
  debate: PassageDebate;
  passages: Passage[];
}

/**
 * One debate: same title and date (its TK page and its Handelingen page are one debate), in one
 * chamber: both vote on Tuesdays, and the Senate's "Stemmingen" is not the Tweede Kamer's. Only the
 * Senate's key is marked, so passages saved before the chamber was known keep their groups.
 */
export function debateKey(d: PassageDebate): string {
  return `${d.title}\u0000${d.date ?? ''}${d.house === 'eerste-kamer' ? '\u0000eerste-kamer' : ''}`;
}

/** Passages grouped by debate; groups ordered by their newest passage, passages newest first. */
export function groupByDebate(passages: readonly Passage[]): DebateGroup[] {
  const sorted = sortedNewestFirst(passages);
  const groups = new Map<string, DebateGroup>();
  for (const p of sorted) {
    const key = debateKey(p.debate);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, debate: p.debate, passages: [] }));
    g.passages.push(p);
  }
  return [...groups.values()];
}
