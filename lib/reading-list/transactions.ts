import type { IDBPTransaction, StoreNames } from 'idb';
import type { KamerlezerDB, ReadingListDb } from './db';

/**
 * The reading list's transactions: all-or-nothing writes, requests awaited
 * together without unhandled rejections, and the storage quota turned into a
 * message instead of a throw.
 */

export type StoreResult<T extends object = object> = ({ ok: true } & T) | { ok: false; message: string };

export const QUOTA_MESSAGE =
  'Opslag vol: de browser staat de leeslijst niet toe meer te bewaren. Exporteer de lijst en verwijder passages die u niet meer nodig hebt.';

/** Whether an error is the browser refusing to store more (Chrome, Firefox and Safari all use this name). */
export function isQuotaError(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'QuotaExceededError';
}

type Stores = StoreNames<KamerlezerDB>[];

/**
 * Run `body` in one read-write transaction; when it throws, abort so nothing
 * of it is written (the all-or-nothing import depends on this).
 */
export async function inWriteTx<S extends Stores, T>(
  db: ReadingListDb,
  stores: S,
  body: (tx: IDBPTransaction<KamerlezerDB, S, 'readwrite'>) => Promise<T>,
): Promise<T> {
  const tx = db.transaction(stores, 'readwrite');
  // Observed below; without this, an abort after `body` throws is an unhandled rejection.
  tx.done.catch(() => undefined);
  try {
    const result = await body(tx);
    await tx.done;
    return result;
  } catch (e) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failing request.
    }
    // A quota failure at commit aborts every request with AbortError; the cause is on the transaction.
    throw (e as { name?: unknown })?.name === 'AbortError' && tx.error ? tx.error : e;
  }
}

/**
 * Collects request promises to await together. Each is observed at once: if a
 * later request throws and the transaction aborts, the earlier ones reject
 * with AbortError, which must not surface as unhandled rejections.
 */
export function requests() {
  const ops: Promise<unknown>[] = [];
  return {
    add(p: Promise<unknown>) {
      p.catch(() => undefined);
      ops.push(p);
    },
    all: () => Promise.all(ops),
  };
}

export async function quotaGuard<T extends object>(fn: () => Promise<StoreResult<T>>): Promise<StoreResult<T>> {
  try {
    return await fn();
  } catch (e) {
    if (isQuotaError(e)) return { ok: false, message: QUOTA_MESSAGE };
    throw e;
  }
}
