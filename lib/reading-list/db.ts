import { openDB, type DBSchema, type IDBPDatabase, type IDBPObjectStore } from 'idb';
import type { Followed } from '../followed/schema';
import { normaliseTags, type Passage } from './schema';

/**
 * The reading list's IndexedDB database. Opened only in the extension's own
 * origin (background, extension pages): a content script would open it in the
 * page's origin, where the site could read it.
 *
 * Versions (migrations are cumulative, each step runs once):
 * - v1 (0.1 prototype): store `passages` keyed by `id`; records had no `tags`
 *   and no `updatedAt`.
 * - v2: index `by-url` on `passages.url` (toolbar badge, page highlights);
 *   index `by-savedAt` (the popup's first screen reads only the newest few);
 *   store `quarantine` for records that fail validation; v1 records get
 *   `tags: []` and `updatedAt = savedAt`.
 * - v3: store `followed` (commitments the reader follows, lib/followed), keyed
 *   by `id`; the passages are not touched.
 */

export const DB_NAME = 'kamerlezer';
export const DB_VERSION = 3;

/** A stored record that failed validation, kept so nothing is lost. */
export interface QuarantinedRecord {
  /** The record's key in `passages`, as text. */
  key: string;
  record: unknown;
  /** First validation problem, e.g. "debate.date: Invalid ISO date". */
  error: string;
  quarantinedAt: string;
}

export interface KamerlezerDB extends DBSchema {
  passages: {
    key: string;
    // Reads are validated anyway: the type says what we write.
    value: Passage;
    indexes: { 'by-url': string; 'by-savedAt': string };
  };
  quarantine: {
    key: number;
    value: QuarantinedRecord;
  };
  followed: {
    key: string;
    // Validated on read (lib/followed/store.ts).
    value: Followed;
  };
}

export type ReadingListDb = IDBPDatabase<KamerlezerDB>;

/** Fill the fields v2 requires into v1 records, in the upgrade transaction. */
async function fillV2Defaults(store: IDBPObjectStore<KamerlezerDB, ('passages' | 'quarantine' | 'followed')[], 'passages', 'versionchange'>) {
  let cursor = await store.openCursor();
  while (cursor) {
    const v: unknown = cursor.value;
    if (v && typeof v === 'object') {
      const r = v as Record<string, unknown>;
      // Keep what can be kept: a v1 record written by hand or by an old bug may hold a tag as a
      // string ("asiel") or a note as a number; they become ["asiel"] and "5", not [] and "".
      const patched = {
        ...r,
        tags: Array.isArray(r.tags) ? r.tags : typeof r.tags === 'string' && r.tags.trim() ? normaliseTags([r.tags]) : [],
        updatedAt: typeof r.updatedAt === 'string' ? r.updatedAt : r.savedAt,
        note: typeof r.note === 'string' ? r.note : typeof r.note === 'number' || typeof r.note === 'boolean' ? String(r.note) : '',
      };
      // Not-an-object records stay as they are: the first read quarantines them.
      await cursor.update(patched as unknown as Passage);
    }
    cursor = await cursor.continue();
  }
}

export interface OpenHooks {
  /** The connection was closed (a newer version wants to open, or the browser closed it): drop the handle. */
  onClose?: () => void;
}

/** Open (creating or upgrading) the reading-list database. */
export async function openReadingListDb(name: string = DB_NAME, hooks: OpenHooks = {}): Promise<ReadingListDb> {
  const db: ReadingListDb = await openDB<KamerlezerDB>(name, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        db.createObjectStore('passages', { keyPath: 'id' });
      }
      if (oldVersion < 2) {
        const passages = tx.objectStore('passages');
        passages.createIndex('by-url', 'url');
        passages.createIndex('by-savedAt', 'savedAt');
        db.createObjectStore('quarantine', { autoIncrement: true });
        // Only IndexedDB requests are awaited inside, so the upgrade transaction stays alive.
        if (oldVersion >= 1) fillV2Defaults(passages).catch(() => tx.abort());
      }
      if (oldVersion < 3) db.createObjectStore('followed', { keyPath: 'id' });
    },
    blocking() {
      // Let a newer version (another extension page after an update) open; we reopen on demand.
      db.close();
      hooks.onClose?.();
    },
    terminated() {
      hooks.onClose?.();
    },
  });
  return db;
}
