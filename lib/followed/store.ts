import type { ReadingListDb } from '../reading-list/db';
import { completeFollowed, Followed, type FollowedDraft } from './schema';
import { byDeadline } from './status';

/**
 * The followed commitments in the extension's database (store `followed`).
 * Reads are validated: a record that no longer fits the schema is left out
 * and counted, never thrown on, so the rest of the list shows.
 */
export async function followCommitment(db: ReadingListDb, draft: FollowedDraft, now: Date): Promise<{ followed: Followed; created: boolean }> {
  const f = completeFollowed(draft, now);
  const tx = db.transaction('followed', 'readwrite');
  const had = await tx.store.get(f.id);
  if (!had) await tx.store.put(f);
  await tx.done;
  const kept = had ? Followed.safeParse(had) : null;
  return { followed: kept?.success ? kept.data : f, created: !had };
}

export async function listFollowed(db: ReadingListDb): Promise<{ items: Followed[]; invalid: number }> {
  const items: Followed[] = [];
  let invalid = 0;
  for (const raw of await db.getAll('followed')) {
    const r = Followed.safeParse(raw);
    if (r.success) items.push(r.data);
    else invalid++;
  }
  return { items: items.sort(byDeadline), invalid };
}

/** Marks a followed commitment done (or open again) with the reader's note. */
export async function updateFollowed(db: ReadingListDb, id: string, change: { done: boolean; note: string }, now: Date): Promise<Followed | null> {
  const tx = db.transaction('followed', 'readwrite');
  const r = Followed.safeParse(await tx.store.get(id));
  if (!r.success) {
    await tx.done;
    return null;
  }
  const next = Followed.parse({ ...r.data, done: change.done, note: change.note, updatedAt: now.toISOString() });
  await tx.store.put(next);
  await tx.done;
  return next;
}

export async function unfollow(db: ReadingListDb, id: string): Promise<void> {
  await db.delete('followed', id);
}
