import { normaliseTags, type Passage } from './schema';

/** Passages saved twice, or imported over a saved one: merged so that nothing either had is lost. */

/** Timestamps as UTC "…Z": then the by-savedAt index orders them in time (imports may carry offsets). */
export function inUtc(p: Passage): Passage {
  return { ...p, savedAt: new Date(p.savedAt).toISOString(), updatedAt: new Date(p.updatedAt).toISOString(), tags: normaliseTags(p.tags) };
}

function mergeNotes(a: string, b: string): string {
  if (!a.trim()) return b;
  if (!b.trim() || a.includes(b)) return a;
  if (b.includes(a)) return b;
  return `${a}\n\n${b}`;
}

/**
 * A passage saved (or imported) again: keep the first save's text and context,
 * combine notes and tags. Never loses what either side had.
 */
export function mergePassages(existing: Passage, incoming: Passage, now: Date = new Date()): Passage {
  const note = mergeNotes(existing.note, incoming.note);
  const tags = normaliseTags([...existing.tags, ...incoming.tags]);
  const changed = note !== existing.note || tags.length !== existing.tags.length;
  const savedAt = Date.parse(incoming.savedAt) < Date.parse(existing.savedAt) ? incoming.savedAt : existing.savedAt;
  return { ...existing, note, tags, savedAt, updatedAt: changed ? now.toISOString() : existing.updatedAt };
}
