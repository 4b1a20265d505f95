import type { z } from 'zod';
import type { ReadingListDb } from './db';
import { inUtc, mergePassages } from './merge';
import { inWriteTx, quotaGuard, requests, type StoreResult } from './transactions';
import { jsonSyntaxError, locatePath } from './json-locate';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  formatPath,
  normaliseTags,
  pageUrl,
  Passage,
  ReadingListExport,
} from './schema';
import { groupByDebate, newestFirst } from './search';

/**
 * The reading list's operations: plain functions over an open database
 * handle (tests give them a fake-indexeddb one). Every record read is
 * validated; one that fails is moved to `quarantine` and counted, never
 * dropped. Writes that hit the storage quota return a message, not a throw.
 */

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${formatPath(issue.path)}: ${issue.message}` : 'ongeldig';
}

// --- Validation on read -------------------------------------------------------------

const VALIDATE_CHUNK = 500;

/** Validate records read together with their keys; move the invalid ones to quarantine. */
async function validated(db: ReadingListDb, keys: readonly string[], values: readonly unknown[]): Promise<Passage[]> {
  const good: Passage[] = [];
  const bad: { key: string; error: string }[] = [];
  for (let i = 0; i < values.length; i++) {
    // Validating 10,000 records is a second of CPU on a slow machine: yield now and then so a
    // waiting small request (the popup's first screen, a save) is answered in between.
    if (i > 0 && i % VALIDATE_CHUNK === 0) await new Promise((r) => setTimeout(r, 0));
    const r = Passage.safeParse(values[i]);
    if (r.success) good.push(r.data);
    else bad.push({ key: keys[i]!, error: firstIssue(r.error) });
  }
  // The good records are the list whatever happens to the bad ones: when they cannot be moved
  // aside now (a full disk, a blocked database), they stay where they are and are tried again on
  // the next read, and the reader still sees every passage that can be read.
  if (bad.length) await quarantine(db, bad).catch(() => undefined);
  return good;
}

async function quarantine(db: ReadingListDb, bad: readonly { key: string; error: string }[]): Promise<void> {
  const at = new Date().toISOString();
  await inWriteTx(db, ['passages', 'quarantine'], async (tx) => {
    const passages = tx.objectStore('passages');
    const q = tx.objectStore('quarantine');
    const current = await Promise.all(bad.map((b) => passages.get(b.key)));
    const ops = requests();
    current.forEach((record, i) => {
      // Re-check inside the write: a valid save may have replaced the record since it was read.
      if (record === undefined || Passage.safeParse(record).success) return;
      const b = bad[i]!;
      ops.add(q.add({ key: String(b.key), record, error: b.error, quarantinedAt: at }));
      ops.add(passages.delete(b.key));
    });
    await ops.all();
  });
}

export interface PassageList {
  passages: Passage[];
  /** Records in the store (valid or not yet checked). */
  total: number;
  /** Records kept aside in quarantine. */
  quarantined: number;
  /** Whether `passages` is the whole list (not only the newest few). */
  complete: boolean;
}

/** Every valid passage, newest first, and how many records are kept aside in quarantine. */
export async function listPassages(db: ReadingListDb): Promise<PassageList> {
  const tx = db.transaction('passages');
  const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done]);
  const passages = await validated(db, keys, values);
  passages.sort(newestFirst);
  return { passages, total: passages.length, quarantined: await db.count('quarantine'), complete: true };
}

/**
 * The newest `limit` passages through the `by-savedAt` index: the popup's
 * first screen. Reading all 10,000 records takes a browser a second or more
 * (structured clone of every record); fifty take milliseconds.
 */
export async function listRecent(db: ReadingListDb, limit: number): Promise<PassageList> {
  const tx = db.transaction('passages');
  const keys: string[] = [];
  const values: unknown[] = [];
  let cursor = await tx.store.index('by-savedAt').openCursor(null, 'prev');
  while (cursor && values.length < limit) {
    keys.push(cursor.primaryKey);
    values.push(cursor.value);
    cursor = await cursor.continue();
  }
  const total = await tx.store.count();
  await tx.done;
  const passages = (await validated(db, keys, values)).sort(newestFirst);
  return { passages, total, quarantined: await db.count('quarantine'), complete: values.length >= total };
}

/** The quarantined records (for a "could not read" report or a manual rescue). */
export async function listQuarantined(db: ReadingListDb) {
  return db.getAll('quarantine');
}

/** One passage by id, validated (a failing record goes to quarantine), or null. */
export async function getPassage(db: ReadingListDb, id: string): Promise<Passage | null> {
  const raw: unknown = await db.get('passages', id);
  if (raw === undefined) return null;
  return (await validated(db, [id], [raw]))[0] ?? null;
}

/** The valid passages saved from one page (any fragment ignored). */
export async function listForUrl(db: ReadingListDb, url: string): Promise<Passage[]> {
  const tx = db.transaction('passages');
  const index = tx.store.index('by-url');
  const key = pageUrl(url);
  const [keys, values] = await Promise.all([index.getAllKeys(key), index.getAll(key), tx.done]);
  return (await validated(db, keys, values)).sort(newestFirst);
}

/** How many passages were saved from one page: the toolbar badge. */
export async function countForUrl(db: ReadingListDb, url: string): Promise<number> {
  return db.countFromIndex('passages', 'by-url', pageUrl(url));
}

// --- Writes -----------------------------------------------------------------------

/**
 * Save a passage. Idempotent: the same passage again (same id) merges its
 * note and tags into the saved one instead of adding a copy.
 */
export async function savePassage(
  db: ReadingListDb,
  p: Passage,
  now: Date = new Date(),
): Promise<StoreResult<{ passage: Passage; created: boolean }>> {
  const parsed = Passage.safeParse(p);
  if (!parsed.success) return { ok: false, message: `Ongeldige passage: ${firstIssue(parsed.error)}` };
  const incoming = inUtc(parsed.data);
  return quotaGuard(() =>
    inWriteTx(db, ['passages', 'quarantine'], async (tx) => {
      const store = tx.objectStore('passages');
      const raw: unknown = await store.get(incoming.id);
      const existing = raw === undefined ? null : Passage.safeParse(raw);
      if (existing && !existing.success) {
        // Never overwrite an unreadable record silently: keep it aside first.
        await tx.objectStore('quarantine').add({
          key: incoming.id,
          record: raw,
          error: firstIssue(existing.error),
          quarantinedAt: now.toISOString(),
        });
      }
      const passage = existing?.success ? mergePassages(existing.data, incoming, now) : incoming;
      await store.put(passage);
      return { ok: true as const, passage, created: !existing?.success };
    }),
  );
}

/** Put a deleted passage back (undo); merges if it was saved again meanwhile. */
export async function restorePassage(db: ReadingListDb, p: Passage): Promise<StoreResult<{ passage: Passage; created: boolean }>> {
  return savePassage(db, p);
}

/** Change a passage's note and/or tags. */
export async function updatePassage(
  db: ReadingListDb,
  id: string,
  patch: { note?: string; tags?: string[] },
  now: Date = new Date(),
): Promise<StoreResult<{ passage: Passage }>> {
  return quotaGuard(() =>
    inWriteTx(db, ['passages'], async (tx): Promise<StoreResult<{ passage: Passage }>> => {
      const store = tx.objectStore('passages');
      const r = Passage.safeParse(await store.get(id));
      if (!r.success) return { ok: false as const, message: 'Deze passage staat niet (meer) in de leeslijst.' };
      const next: Passage = {
        ...r.data,
        note: patch.note ?? r.data.note,
        tags: patch.tags ? normaliseTags(patch.tags) : r.data.tags,
        updatedAt: now.toISOString(),
      };
      const checked = Passage.safeParse(next);
      if (!checked.success) return { ok: false as const, message: `Ongeldige wijziging: ${firstIssue(checked.error)}` };
      await store.put(checked.data);
      return { ok: true as const, passage: checked.data };
    }),
  );
}

/** Delete a passage; returns it (for undo) or null when there was none. */
export async function deletePassage(db: ReadingListDb, id: string): Promise<Passage | null> {
  return inWriteTx(db, ['passages'], async (tx) => {
    const store = tx.objectStore('passages');
    const r = Passage.safeParse(await store.get(id));
    await store.delete(id);
    return r.success ? r.data : null;
  });
}

// --- Import -------------------------------------------------------------------------

/**
 * Validate a whole export file first; then write every passage in one
 * transaction, so an import lands completely or not at all. Duplicates (in
 * the file or with the list) are merged; existing passages only gain notes
 * and tags.
 */
export async function importPassages(
  db: ReadingListDb,
  json: string,
  now: Date = new Date(),
): Promise<StoreResult<{ added: number; merged: number }>> {
  const src = json.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(src);
  } catch {
    const at = jsonSyntaxError(src);
    return { ok: false, message: at ? `Geen geldige JSON: regel ${at.line}, kolom ${at.column}: ${at.reason}.` : 'Geen geldige JSON.' };
  }
  const head = (data ?? {}) as { format?: unknown; version?: unknown };
  if (typeof data !== 'object' || data === null || head.format !== EXPORT_FORMAT) {
    return { ok: false, message: `Dit is geen Kamerlezer-leeslijst (het veld "format" is niet "${EXPORT_FORMAT}").` };
  }
  if (head.version !== EXPORT_VERSION) {
    return { ok: false, message: `Versie ${JSON.stringify(head.version)} van het leeslijstformaat wordt niet ondersteund (verwacht ${EXPORT_VERSION}).` };
  }
  const parsed = ReadingListExport.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const where = locatePath(src, path);
    const line = where ? ` (regel ${where.line})` : '';
    return { ok: false, message: `Fout in ${formatPath(issue.path)}${line}: ${issue.message}. Er is niets geïmporteerd.` };
  }
  // Duplicates inside the file merge first.
  const incoming = new Map<string, Passage>();
  let merged = 0;
  for (const p of parsed.data.passages) {
    const clean = inUtc(p);
    const prev = incoming.get(p.id);
    if (prev) merged++;
    incoming.set(p.id, prev ? mergePassages(prev, clean, now) : clean);
  }
  return quotaGuard(() =>
    inWriteTx(db, ['passages', 'quarantine'], async (tx) => {
      const store = tx.objectStore('passages');
      const list = [...incoming.values()];
      const existing: unknown[] = await Promise.all(list.map((p) => store.get(p.id)));
      let added = 0;
      const ops = requests();
      list.forEach((p, i) => {
        const old = existing[i] === undefined ? null : Passage.safeParse(existing[i]);
        if (old && !old.success) {
          ops.add(
            tx.objectStore('quarantine').add({ key: p.id, record: existing[i], error: firstIssue(old.error), quarantinedAt: now.toISOString() }),
          );
        }
        if (old?.success) merged++;
        else added++;
        ops.add(store.put(old?.success ? mergePassages(old.data, p, now) : p));
      });
      await ops.all();
      return { ok: true as const, added, merged };
    }),
  );
}
