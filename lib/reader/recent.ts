import { cyrb53 } from '../hash';
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { z } from 'zod';

/**
 * Recently opened documents of the reader page, in the extension's own
 * IndexedDB (opened only by the reader page, never by a content script).
 * A database of its own, apart from the reading list's 'kamerlezer': the two
 * never share a version number or a migration.
 *
 * Each entry keeps the document's text (PDF text as extracted, HTML or VLOS
 * markup as read), so reopening needs neither the file nor pdf.js. It is a
 * cache of the user's own files: a record that fails validation is dropped.
 *
 * Versions: v1 store `recent` keyed by `id`, index `by-opened` on `openedAt`.
 */

export const RECENT_DB_NAME = 'kamerlezer-reader';
const RECENT_DB_VERSION = 1;
/** How many documents the list keeps; older ones are dropped when a new one is added. */
export const RECENT_MAX = 20;

export const RecentKind = z.enum(['pdf', 'text', 'html', 'vlos', 'handelingen-xml', 'paste']);

export const RecentEntry = z.object({
  /** Hash of `text`: opening the same document again moves it to the top instead of adding it twice. */
  id: z.string().min(1),
  /** File name as chosen, or "Geplakte tekst". */
  name: z.string(),
  title: z.string(),
  /** Meeting date (YYYY-MM-DD) when the document gives one. */
  date: z.string().nullable(),
  /** ISO timestamp of the last opening. */
  openedAt: z.string().min(1),
  text: z.string(),
  kind: RecentKind,
});
export type RecentEntry = z.infer<typeof RecentEntry>;
export type RecentSummary = Omit<RecentEntry, 'text'>;

interface ReaderDB extends DBSchema {
  recent: { key: string; value: RecentEntry; indexes: { 'by-opened': string } };
}

/**
 * A 53-bit string hash (cyrb53): stable, fast on megabytes of text, and
 * synchronous (no WebCrypto round trip). Collisions only merge two entries of
 * a 20-item list.
 */
export function contentId(text: string): string {
  const [h2, h1] = cyrb53(text);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

export interface RecentStore {
  /** Adds (or moves to the top) a document; returns the stored entry. */
  add(entry: Omit<RecentEntry, 'id' | 'openedAt'> & { openedAt?: string }): Promise<RecentEntry>;
  /** Newest first, at most {@link RECENT_MAX}, without the texts. */
  list(): Promise<RecentSummary[]>;
  get(id: string): Promise<RecentEntry | null>;
  remove(id: string): Promise<void>;
  close(): void;
}

/** Opens the reader's database (a fresh name per test keeps tests apart). */
export async function openRecentStore(name: string = RECENT_DB_NAME): Promise<RecentStore> {
  const db: IDBPDatabase<ReaderDB> = await openDB<ReaderDB>(name, RECENT_DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) db.createObjectStore('recent', { keyPath: 'id' }).createIndex('by-opened', 'openedAt');
    },
    blocking() {
      // A newer version (the extension updated in another tab) may open; this page reloads to follow.
      db.close();
    },
  });

  return {
    async add(input) {
      const entry = RecentEntry.parse({ ...input, id: contentId(input.text), openedAt: input.openedAt ?? new Date().toISOString() });
      const tx = db.transaction('recent', 'readwrite');
      await tx.store.put(entry);
      // Keep the newest RECENT_MAX; only IndexedDB requests are awaited, so the transaction stays alive.
      let cursor = await tx.store.index('by-opened').openCursor(null, 'prev');
      let seen = 0;
      while (cursor) {
        if (++seen > RECENT_MAX) await cursor.delete();
        cursor = await cursor.continue();
      }
      await tx.done;
      return entry;
    },

    async list() {
      const out: RecentSummary[] = [];
      const bad: string[] = [];
      let cursor = await db.transaction('recent').store.index('by-opened').openCursor(null, 'prev');
      while (cursor && out.length < RECENT_MAX) {
        const parsed = RecentEntry.safeParse(cursor.value);
        if (parsed.success) {
          const { text: _text, ...summary } = parsed.data;
          out.push(summary);
        } else {
          bad.push(String(cursor.primaryKey));
        }
        cursor = await cursor.continue();
      }
      if (bad.length > 0) {
        const tx = db.transaction('recent', 'readwrite');
        await Promise.all([...bad.map((k) => tx.store.delete(k)), tx.done]);
      }
      return out;
    },

    async get(id) {
      const parsed = RecentEntry.safeParse(await db.get('recent', id));
      return parsed.success ? parsed.data : null;
    },

    async remove(id) {
      await db.delete('recent', id);
    },

    close() {
      db.close();
    },
  };
}
