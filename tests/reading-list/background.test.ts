import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { createReadingListService, openUrl, type ReadingListService } from '../../entrypoints/background/reading-list';
import { SAVE_MENU_ID, startBackground } from '../../entrypoints/background/start-reading-list';
import { openReadingListDb, type ReadingListDb } from '../../lib/reading-list/db';
import { listPassages, savePassage } from '../../lib/reading-list/store';
import { draft, freshName, passage } from './fixtures';

const ID = fakeBrowser.runtime.id;
const PAGE = 'https://www.tweedekamer.nl/kamerstukken/commissieverslagen/detail?id=2026Z00&did=2026D1';
const content = (tabId = 7) => ({ id: ID, url: `${PAGE}#turn-3`, tab: { id: tabId, url: PAGE }, frameId: 0 });
const popup = { id: ID, url: `chrome-extension://${ID}/popup.html` };

let db: ReadingListDb;
let service: ReadingListService;
beforeEach(async () => {
  fakeBrowser.reset();
  db = await openReadingListDb(freshName());
  service = createReadingListService(async () => db, { now: () => new Date('2026-03-04T10:00:00Z') });
});
afterEach(() => {
  vi.restoreAllMocks();
  db.close();
});

describe('reading-list background service', () => {
  it('saves from a content script, completing the passage, and sets the tab badge', async () => {
    const r = await service.handleMessage({ type: 'save-passage', passage: { ...draft(0), note: 'n' } }, content());
    // Kept with its note, but the page gets the passage without what the reader wrote.
    expect(r).toMatchObject({ ok: true, created: true, count: 1, passage: { url: PAGE, savedAt: '2026-03-04T10:00:00.000Z', note: '' } });
    expect((await listPassages(db)).passages).toMatchObject([{ note: 'n' }]);
    expect(await browser.action.getBadgeText({ tabId: 7 })).toBe('1');
    // The same selection again: merged, still one.
    expect(await service.handleMessage({ type: 'save-passage', passage: draft(0) }, content())).toMatchObject({ ok: true, created: false, count: 1 });
    expect(await service.handleMessage({ type: 'count-for-url', url: PAGE }, content(8))).toEqual({ ok: true, count: 1 });
    expect(await browser.action.getBadgeText({ tabId: 8 })).toBe('1');
    const listed = await service.handleMessage({ type: 'list-for-url', url: PAGE }, content(9));
    expect(listed).toMatchObject({ ok: true, passages: [{ note: '', tags: [] }] });
    expect(JSON.stringify(listed)).not.toContain('"n"');
    expect(await browser.action.getBadgeText({ tabId: 9 })).toBe('1');
  });

  it('finds a page\'s saved passages in its text (exactly, and after a correction), and only that page\'s', async () => {
    const d = draft(0, { url: PAGE });
    const other = draft(1); // saved on another page: never located here
    await service.handleMessage({ type: 'save-passage', passage: d }, content());
    await savePassage(db, passage(1));
    const [saved] = (await listPassages(db)).passages.filter((p) => p.url === PAGE);
    const text = `Inleiding. ${d.anchor.prefix}${d.anchor.exact}${d.anchor.suffix} Slot.`;
    const at = text.indexOf(d.anchor.exact);
    expect(await service.locate(`${PAGE}#kl-turn-2`, text)).toEqual([{ id: saved!.id, start: at, end: at + d.anchor.exact.length }]);
    // The page was corrected since: one word changed in the quote; still found, at its new place.
    const corrected = text.replace(d.anchor.exact, d.anchor.exact.replace(/ (\p{L}+)\./u, ' $1s.'));
    const found = await service.locate(PAGE, corrected);
    expect(found).toHaveLength(1);
    expect(found[0]!.start).toBe(at);
    // Gone from the text: left out. Another page's passage is never among them.
    expect(await service.locate(PAGE, 'Een heel andere tekst.')).toEqual([]);
    expect(JSON.stringify(await service.locate(PAGE, text + other.anchor.exact))).not.toContain(passage(1).id);
  });

  it('rejects malformed messages, foreign senders and the wrong direction', async () => {
    const no = { ok: false };
    expect(await service.handleMessage({ type: 'save-passage' }, content())).toMatchObject({ ok: false, message: expect.stringContaining('Ongeldig bericht: passage') });
    expect(await service.handleMessage(null, content())).toMatchObject(no);
    expect(await service.handleMessage({ type: 'list' }, { ...popup, id: 'other' })).toMatchObject({ ok: false, message: 'Afzender niet toegestaan.' });
    // A page's content script may not list, delete or import the whole reading list.
    expect(await service.handleMessage({ type: 'list' }, content())).toMatchObject({ ok: false, message: 'Afzender niet toegestaan.' });
    expect(await service.handleMessage({ type: 'import', json: '{}' }, content())).toMatchObject(no);
    // …nor read or write another page's passages.
    const elsewhere = 'https://www.tweedekamer.nl/kamerstukken/plenaire_verslagen/detail/2025-2026/49';
    expect(await service.handleMessage({ type: 'list-for-url', url: elsewhere }, content())).toMatchObject({ ok: false, message: 'Dit bericht hoort niet bij deze pagina.' });
    expect(await service.handleMessage({ type: 'save-passage', passage: { ...draft(0), url: elsewhere } }, content())).toMatchObject(no);
    // The popup does not save passages as if it were a page.
    expect(await service.handleMessage({ type: 'save-passage', passage: draft(0) }, popup)).toMatchObject(no);
    expect((await listPassages(db)).passages).toHaveLength(0);
  });

  it('saves from the reader page for the document in its address, and from no other extension page', async () => {
    const doc = `chrome-extension://${ID}/reader.html?doc=abc123`;
    // Chrome keeps sender.url at the address the page loaded with; the tab follows history.replaceState.
    const reader = { id: ID, url: `chrome-extension://${ID}/reader.html`, tab: { id: 3, url: `${doc}#kl-turn-2` } };
    const r = await service.handleMessage({ type: 'save-passage', passage: { ...draft(0), url: doc } }, reader);
    expect(r).toMatchObject({ ok: true, created: true, passage: { url: doc } });
    expect(await service.handleMessage({ type: 'list-for-url', url: doc }, reader)).toMatchObject({ ok: true, passages: [{ url: doc }] });
    // The reader page is the extension's own: it gets the reader's notes.
    await service.handleMessage({ type: 'save-passage', passage: { ...draft(2), url: doc, note: 'mijn notitie' } }, reader);
    expect(await service.handleMessage({ type: 'list-for-url', url: doc }, reader)).toMatchObject({ ok: true, passages: expect.arrayContaining([expect.objectContaining({ note: 'mijn notitie' })]) });
    // The reader without a document, the popup, or another page of ours: not a place passages live.
    const bare = { ...reader, tab: { id: 3, url: `chrome-extension://${ID}/reader.html` } };
    expect(await service.handleMessage({ type: 'save-passage', passage: { ...draft(1), url: doc } }, bare)).toMatchObject({ ok: false });
    const options = { id: ID, url: `chrome-extension://${ID}/options.html?doc=x`, tab: { id: 4, url: `chrome-extension://${ID}/options.html?doc=x` } };
    expect(await service.handleMessage({ type: 'list-for-url', url: options.url }, options)).toMatchObject({ ok: false, message: 'Afzender niet toegestaan.' });
  });

  it('serves the popup: list, update, delete (badge follows), restore, import', async () => {
    await service.handleMessage({ type: 'save-passage', passage: draft(0) }, content());
    await service.handleMessage({ type: 'save-passage', passage: draft(3) }, content());
    expect(await browser.action.getBadgeText({ tabId: 7 })).toBe('2');
    const list = await service.handleMessage({ type: 'list' }, popup);
    if (!list.ok || !('quarantined' in list)) throw new Error('list failed');
    expect(list.passages).toHaveLength(2);
    const id = list.passages[0]!.id;
    expect(await service.handleMessage({ type: 'update', id, tags: ['x'] }, popup)).toMatchObject({ ok: true, passage: { tags: ['x'] } });
    const del = await service.handleMessage({ type: 'delete', id }, popup);
    expect(del).toMatchObject({ ok: true, passage: { id } });
    expect(await browser.action.getBadgeText({ tabId: 7 })).toBe('1');
    // The worker caches the whole list; every write must drop it.
    expect(await service.handleMessage({ type: 'list' }, popup)).toMatchObject({ ok: true, total: 1, complete: true });
    if (!del.ok || !('passage' in del) || !del.passage) throw new Error('delete failed');
    expect(await service.handleMessage({ type: 'restore', passage: del.passage }, popup)).toMatchObject({ ok: true });
    expect(await browser.action.getBadgeText({ tabId: 7 })).toBe('2');
    expect(await service.handleMessage({ type: 'list' }, popup)).toMatchObject({ ok: true, total: 2, passages: [{ tags: ['x'] }, {}] });
    expect(await service.handleMessage({ type: 'list', limit: 1 }, popup)).toMatchObject({ ok: true, total: 2, complete: false, passages: [{}] });
    await service.handleMessage({ type: 'save-passage', passage: draft(6) }, content());
    expect(await service.handleMessage({ type: 'list' }, popup)).toMatchObject({ ok: true, total: 3 });
    expect(await service.handleMessage({ type: 'import', json: 'nee' }, popup)).toMatchObject({ ok: false, message: expect.stringContaining('regel 1') });
  });

  it('opens a passage in a new tab at #kl-passage=<id> with the text directive', async () => {
    const p = passage(2);
    await savePassage(db, p);
    const create = vi.spyOn(browser.tabs, 'create');
    const r = await service.handleMessage({ type: 'open', id: p.id }, popup);
    expect(r).toMatchObject({ ok: true });
    const url = create.mock.calls[0]![0].url!;
    expect(url).toBe(openUrl(p));
    expect(url.startsWith(`${p.url}#kl-passage=${p.id}:~:text=`)).toBe(true);
    expect(await service.handleMessage({ type: 'open', id: 'weg' }, popup)).toMatchObject({ ok: false });
  });

  it('opens in the tab already showing the page, asking its content script to scroll', async () => {
    const tab = await browser.tabs.create({ url: PAGE });
    const saved = await service.handleMessage({ type: 'save-passage', passage: draft(0) }, content(tab.id));
    if (!saved.ok || !('created' in saved)) throw new Error('save failed');
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(undefined);
    const create = vi.spyOn(browser.tabs, 'create');
    expect(await service.open(saved.passage.id)).toEqual({ ok: true, tabId: tab.id });
    expect(send).toHaveBeenCalledWith(tab.id, { type: 'show-passage', id: saved.passage.id });
    expect(create).not.toHaveBeenCalled();
  });

  it('gives the overlay’s frame its own tab’s passages with notes and tags, and no other sender', async () => {
    await service.handleMessage({ type: 'save-passage', passage: { ...draft(0), note: 'mijn notitie', tags: ['asiel'] } }, content());
    const other = 'https://www.tweedekamer.nl/kamerstukken/plenaire_verslagen/detail/2025-2026/49';
    await service.handleMessage({ type: 'save-passage', passage: { ...draft(1), url: other, note: 'elders' } }, { ...content(), url: other, tab: { id: 7, url: other } });
    // Our page framed in the tab that shows PAGE: PAGE's passages, as written.
    const frame = { id: ID, url: `chrome-extension://${ID}/page-passages.html`, tab: { id: 7, url: `${PAGE}#kl-turn-3` }, frameId: 5 };
    const r = await service.handleMessage({ type: 'list-for-tab' }, frame);
    expect(r).toMatchObject({ ok: true, passages: [{ note: 'mijn notitie', tags: ['asiel'], url: PAGE }] });
    expect(JSON.stringify(r)).not.toContain('elders');
    // Not from a content script (a page's own script could be behind what it asks), not as a
    // top-level page, not in a tab of another site, not from another extension.
    const denied = { ok: false, message: 'Afzender niet toegestaan.' };
    expect(await service.handleMessage({ type: 'list-for-tab' }, content())).toEqual(denied);
    expect(await service.handleMessage({ type: 'list-for-tab' }, { ...frame, frameId: 0 })).toEqual(denied);
    expect(await service.handleMessage({ type: 'list-for-tab' }, { ...frame, tab: { id: 7, url: 'https://evil.example/' } })).toEqual(denied);
    expect(await service.handleMessage({ type: 'list-for-tab' }, { ...frame, id: 'other' })).toEqual(denied);
    expect(await service.handleMessage({ type: 'list-for-tab' }, popup)).toEqual(denied);
    // "Go to passage" goes to the top frame of the frame's own tab.
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(undefined);
    expect(await service.handleMessage({ type: 'show-in-tab', id: 'p1' }, frame)).toEqual({ ok: true });
    expect(send).toHaveBeenCalledWith(7, { type: 'show-passage', id: 'p1' }, { frameId: 0 });
    expect(await service.handleMessage({ type: 'show-in-tab', id: '' }, frame)).toMatchObject({ ok: false });
  });
});

describe('startBackground', () => {
  it('answers reading-list messages through runtime.onMessage and leaves others alone', async () => {
    const create = vi.fn();
    let clicked: ((info: { menuItemId: string; frameId?: number }, tab?: { id?: number }) => void) | undefined;
    vi.spyOn(browser.contextMenus, 'removeAll').mockResolvedValue(undefined);
    vi.spyOn(browser.contextMenus, 'create').mockImplementation(create);
    vi.spyOn(browser.contextMenus.onClicked, 'addListener').mockImplementation((fn) => void (clicked = fn as typeof clicked));
    vi.spyOn(browser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
    const listen = vi.spyOn(browser.runtime.onMessage, 'addListener');
    startBackground();
    await Promise.resolve();
    await Promise.resolve();
    expect(create).toHaveBeenCalledWith(expect.objectContaining({ id: SAVE_MENU_ID, title: 'Bewaar in leeslijst', contexts: ['selection'] }));

    const listener = listen.mock.calls[0]![0] as (m: unknown, s: unknown, r: (x: unknown) => void) => unknown;
    expect(listener({ type: 'settings-changed' }, popup, () => undefined)).toBeUndefined();
    const reply = await new Promise((resolve) => expect(listener({ type: 'list' }, popup, resolve)).toBe(true));
    expect(reply).toMatchObject({ ok: true, passages: [], quarantined: 0 });

    const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(undefined);
    clicked!({ menuItemId: SAVE_MENU_ID, frameId: 0 }, { id: 3 });
    expect(send).toHaveBeenCalledWith(3, { type: 'save-selection' }, { frameId: 0 });
  });
});
