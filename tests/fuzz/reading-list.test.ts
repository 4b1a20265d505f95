import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createReadingListService, type ReadingListService } from '../../entrypoints/background/reading-list';
import { openReadingListDb, type ReadingListDb } from '../../lib/reading-list/db';
import { exportJson } from '../../lib/reading-list/export';
import { importPassages, listPassages } from '../../lib/reading-list/store';
import { freshName, passages } from '../reading-list/fixtures';
import { check, FUZZ_TIMEOUT, ODD_LINES } from './config';

/**
 * The reading list's two doors on random input: an export file changed at
 * random is imported whole or refused whole with its first problem named,
 * and random messages from any sender are answered (refused when malformed),
 * never thrown.
 */

const ID = fakeBrowser.runtime.id;
const PAGE = 'https://www.tweedekamer.nl/kamerstukken/commissieverslagen/detail?id=2026Z00&did=2026D1';
const SENDERS = [
  { id: ID, url: PAGE, tab: { id: 7, url: PAGE }, frameId: 0 },
  { id: ID, url: `chrome-extension://${ID}/popup.html` },
  { id: 'another-extension', url: PAGE },
  {},
];

const FILE = JSON.parse(exportJson(passages(3), new Date('2026-03-05T12:00:00Z'))) as Record<string, unknown>;

/** Sets `value` at a random place of a JSON value (the path chosen by `choices`), or deletes what is there. */
function change(json: unknown, choices: readonly number[], value: unknown, remove: boolean): unknown {
  if (choices.length === 0 || json === null || typeof json !== 'object') return value;
  const keys = Array.isArray(json) ? json.map((_, i) => i) : Object.keys(json);
  if (keys.length === 0) return json;
  const key = keys[choices[0]! % keys.length]!;
  const copy = (Array.isArray(json) ? [...(json as unknown[])] : { ...json }) as Record<string | number, unknown>;
  if (remove && choices.length === 1) {
    if (Array.isArray(copy)) (copy as unknown[]).splice(key as number, 1);
    else delete copy[key];
    return copy;
  }
  copy[key] = change((json as Record<string | number, unknown>)[key], choices.slice(1), value, remove);
  return copy;
}

let db: ReadingListDb;
let service: ReadingListService;
beforeEach(async () => {
  fakeBrowser.reset();
  db = await openReadingListDb(freshName());
  service = createReadingListService(async () => db, { now: () => new Date('2026-03-04T10:00:00Z') });
});
afterEach(() => db.close());

describe('fuzzing the reading list', () => {
  it('an export file changed at random is imported whole or refused whole, naming the problem', async () => {
    const changed = fc.record({
      choices: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
      value: fc.oneof(fc.jsonValue(), fc.constantFrom(...ODD_LINES)),
      remove: fc.boolean(),
      cut: fc.option(fc.nat(), { freq: 4 }),
    });
    await check(
      fc.asyncProperty(changed, async ({ choices, value, remove, cut }) => {
        let json = JSON.stringify(change(FILE, choices, value, remove), null, 2);
        if (cut !== null) json = json.slice(0, cut % (json.length + 1));
        const mine = await openReadingListDb(freshName());
        try {
          const r = await importPassages(mine, json, new Date('2026-03-06T00:00:00Z'));
          const after = (await listPassages(mine)).passages;
          if (r.ok) expect(after.length).toBe(r.added);
          else {
            expect(after).toHaveLength(0);
            expect(r.message).toMatch(/JSON|format|[Vv]ersie|Fout in|niets/u);
          }
        } finally {
          mine.close();
        }
      }),
    );
  }, FUZZ_TIMEOUT);

  it('random messages from any sender get an answer, never a throw', async () => {
    const type = fc.constantFrom('save-passage', 'list-for-url', 'count-for-url', 'list', 'update', 'delete', 'restore', 'import', 'open', 'constructor', '__proto__');
    const message = fc.oneof(
      fc.anything(),
      fc.record({ type, url: fc.oneof(fc.string(), fc.constant(PAGE), fc.constant('%E0%A4%A')), id: fc.string(), json: fc.string(), passage: fc.anything(), note: fc.anything(), tags: fc.anything() }, { requiredKeys: ['type'] }),
    );
    await check(
      fc.asyncProperty(message, fc.constantFrom(...SENDERS), async (msg, sender) => {
        const r = (await service.handleMessage(msg, sender)) as { ok: unknown; message?: unknown };
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) expect(typeof r.message).toBe('string');
      }),
    );
  }, FUZZ_TIMEOUT);
});
