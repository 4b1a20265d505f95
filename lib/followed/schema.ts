import { z } from 'zod';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u);
const IsoTime = z.string().datetime({ offset: true });

/**
 * A commitment the reader follows across debates: what was promised, by whom,
 * in which debate, by when, and whether the reader marked it kept. Stored in
 * the extension's IndexedDB (store `followed`), next to the reading list.
 */
export const FollowedDraft = z.object({
  text: z.string().min(1).max(5000),
  /** Who made it, as the overlay names them ("Van der Burg, minister van Asiel en Migratie"). */
  speaker: z.string().max(300),
  /** The office alone, for filtering by minister ("minister van Asiel en Migratie"), or null. */
  office: z.string().max(300).nullable(),
  source: z.enum(['closing-list', 'in-debate']),
  debate: z.object({ title: z.string().max(1000), date: IsoDate.nullable() }),
  /** The page and turn where it was made (`#kl-turn-N`). */
  url: z.string().url().max(4000),
  /** The deadline as said and as resolved to days ("voor de zomer" → from/to). */
  deadline: z.object({ text: z.string().max(500), from: IsoDate.nullable(), to: IsoDate.nullable() }),
  /** Policy area, when the debate says (a committee), for filtering. */
  area: z.string().max(300).nullable(),
});
export type FollowedDraft = z.infer<typeof FollowedDraft>;

export const Followed = FollowedDraft.extend({
  id: z.string().min(1).max(200),
  followedAt: IsoTime,
  /** Marked kept by the reader, with their note. */
  done: z.boolean(),
  note: z.string().max(10_000),
  updatedAt: IsoTime,
});
export type Followed = z.infer<typeof Followed>;

/** One id per commitment of one page: following it twice keeps one. */
export function followedId(d: Pick<FollowedDraft, 'url' | 'text'>): string {
  const page = d.url.split('#')[0]!;
  let h = 2166136261;
  for (const ch of `${page}\u0000${d.text}`) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619) >>> 0;
  return `c-${h.toString(36)}-${d.text.length}`;
}

export function completeFollowed(d: FollowedDraft, now: Date): Followed {
  const at = now.toISOString();
  return { ...d, id: followedId(d), followedAt: at, done: false, note: '', updatedAt: at };
}
