import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createReadingListService, type ReadingListService } from '../../entrypoints/background/reading-list';
import { openReadingListDb, type ReadingListDb } from '../../lib/reading-list/db';
import { asFirstScreen, FIRST_SCREEN_KEY } from '../../lib/reading-list/first-screen';
import { listRecent } from '../../lib/reading-list/store';
import { draft, freshName, passage, passages } from './fixtures';

const ID = fakeBrowser.runtime.id;
const PAGE = 'https://www.tweedekamer.nl/kamerstukken/commissieverslagen/detail?id=2026Z00&did=2026D1';
const content = { id: ID, url: PAGE, tab: { id: 7, url: PAGE }, frameId: 0 };
const popup = { id: ID, url: `chrome-extension://${ID}/popup.html` };

let db: ReadingListDb;
let session: Record<string, unknown>;
let service: ReadingListService;
beforeEach(async () => {
  fakeBrowser.reset();
  db = await openReadingListDb(freshName());
  session = {};
  service = createReadingListService(async () => db, {
    now: () => new Date('2026-03-04T10:00:00Z'),
    firstScreenSize: 3,
    session: { set: async (items) => void Object.assign(session, structuredClone(items)) },
  });
});
afterEach(() => db.close());

/** Lets the background's unawaited refresh finish. */
const settle = () => new Promise((r) => setTimeout(r, 20));
const kept = () => asFirstScreen(session[FIRST_SCREEN_KEY]);

describe("the popup's first screen, kept by the background", () => {
  it('is written after every change, newest first, and never waits the reply', async () => {
    const saved = await service.handleMessage({ type: 'save-passage', passage: draft(0) }, content);
    expect(saved.ok).toBe(true);
    await settle();
    expect(kept()).toMatchObject({ total: 1, quarantined: 0, complete: true, passages: [{ id: (saved as { passage: { id: string } }).passage.id }] });
    for (const p of passages(5).slice(1)) await service.handleMessage({ type: 'restore', passage: p }, popup);
    await settle();
    expect(kept()).toMatchObject({ total: 5, complete: false });
    expect(kept()!.passages).toHaveLength(3);
    // Exactly what the popup would be told: the store's own newest three.
    expect(kept()!.passages).toEqual((await listRecent(db, 3)).passages);
    const last = kept()!.passages[0]!;
    await service.handleMessage({ type: 'delete', id: last.id }, popup);
    await settle();
    expect(kept()!.total).toBe(4);
    expect(kept()!.passages.map((p) => p.id)).not.toContain(last.id);
  });

  it('is written when a popup asks for the first screen to a background that has not kept one yet (a new session)', async () => {
    await service.handleMessage({ type: 'restore', passage: passage(1) }, popup);
    // A new browser session: session storage is empty, the background starts afresh over the same database.
    const fresh: Record<string, unknown> = {};
    const restarted = createReadingListService(async () => db, { firstScreenSize: 3, session: { set: async (items) => void Object.assign(fresh, items) } });
    await restarted.handleMessage({ type: 'list', limit: 2 }, popup);
    await settle();
    expect(fresh[FIRST_SCREEN_KEY]).toBeUndefined(); // another size than the first screen's: not kept
    await restarted.handleMessage({ type: 'list', limit: 3 }, popup);
    await settle();
    expect(asFirstScreen(fresh[FIRST_SCREEN_KEY])!.passages.map((p) => p.id)).toEqual([passage(1).id]);
  });

  it('is refused by the popup when it is not one', () => {
    const good = { passages: passages(2), total: 2, quarantined: 0, complete: true };
    expect(asFirstScreen(structuredClone(good))).toEqual(good);
    expect(asFirstScreen(null)).toBeNull();
    expect(asFirstScreen({ ...good, total: -1 })).toBeNull();
    expect(asFirstScreen({ ...good, complete: 'yes' })).toBeNull();
    expect(asFirstScreen({ ...good, passages: [{ ...good.passages[0], speakers: 'Kröger' }] })).toBeNull();
    expect(asFirstScreen({ ...good, passages: [{ ...good.passages[0], debate: { ...good.passages[0]!.debate, committees: [3] } }] })).toBeNull();
    expect(asFirstScreen({ ...good, passages: [{ ...good.passages[0], tags: null }] })).toBeNull();
  });
});
