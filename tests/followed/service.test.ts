import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createFollowedService } from '../../entrypoints/background/followed';
import { openReadingListDb, type ReadingListDb } from '../../lib/reading-list/db';
import { freshName } from '../reading-list/fixtures';
import { followedDraft } from './fixtures';

const ID = fakeBrowser.runtime.id;
const PAGE = 'https://www.tweedekamer.nl/kamerstukken/commissieverslagen/detail?id=2026Z00&did=2026D1';
const content = { id: ID, url: `${PAGE}#kl-turn-3`, tab: { id: 7, url: PAGE }, frameId: 0 };
const popup = { id: ID, url: `chrome-extension://${ID}/popup.html` };

let db: ReadingListDb;
let clock = new Date('2026-03-04T10:00:00Z');
const badge: number[] = [];
let service: ReturnType<typeof createFollowedService>;
beforeEach(async () => {
  fakeBrowser.reset();
  badge.length = 0;
  db = await openReadingListDb(freshName());
  service = createFollowedService(async () => db, { now: () => clock, setOverdueBadge: async (n) => void badge.push(n) });
});
afterEach(() => db.close());

describe('the commitments tracker in the background', () => {
  it('a page follows a commitment of its own page, once; the popup lists it, marks it done with a note, unfollows it', async () => {
    expect(await service.handle({ type: 'follow-commitment', commitment: followedDraft() }, content)).toEqual({ ok: true, created: true });
    expect(await service.handle({ type: 'follow-commitment', commitment: followedDraft() }, content)).toEqual({ ok: true, created: false });
    const listed = await service.handle({ type: 'followed-list' }, popup);
    if (!listed.ok || !('items' in listed)) throw new Error('no list');
    expect(listed.items).toHaveLength(1);
    const id = listed.items[0]!.id;
    const done = await service.handle({ type: 'followed-update', id, done: true, note: 'Brief kwam op 1 juli.' }, popup);
    expect(done).toMatchObject({ ok: true, item: { done: true, note: 'Brief kwam op 1 juli.' } });
    expect(await service.handle({ type: 'followed-unfollow', id }, popup)).toEqual({ ok: true });
    expect(await service.handle({ type: 'followed-list' }, popup)).toMatchObject({ ok: true, items: [] });
  });

  it('a page may not follow for another page, list, mark or unfollow; malformed messages are refused', async () => {
    const elsewhere = followedDraft({ url: 'https://www.tweedekamer.nl/kamerstukken/plenaire_verslagen/detail/2025-2026/49#kl-turn-1' });
    expect(await service.handle({ type: 'follow-commitment', commitment: elsewhere }, content)).toMatchObject({ ok: false, message: 'Dit bericht hoort niet bij deze pagina.' });
    expect(await service.handle({ type: 'followed-list' }, content)).toMatchObject({ ok: false, message: 'Afzender niet toegestaan.' });
    expect(await service.handle({ type: 'followed-unfollow', id: 'x' }, content)).toMatchObject({ ok: false });
    expect(await service.handle({ type: 'follow-commitment', commitment: { text: '' } }, content)).toMatchObject({ ok: false, message: 'Ongeldig bericht.' });
    expect(await service.handle({ type: 'followed-list' }, { ...popup, id: 'other-extension' })).toMatchObject({ ok: false });
  });

  it('the badge counts the overdue ones by the clock; marking one done takes it off', async () => {
    await service.handle({ type: 'follow-commitment', commitment: followedDraft() }, content); // due 2026-07-03
    await service.handle({ type: 'follow-commitment', commitment: followedDraft({ text: 'Een tweede.', deadline: { text: 'in april', from: '2026-04-01', to: '2026-04-30' } }) }, content);
    expect(badge.at(-1)).toBe(0);
    clock = new Date('2026-05-02T10:00:00Z');
    const listed = await service.handle({ type: 'followed-list' }, popup);
    expect(badge.at(-1)).toBe(1);
    clock = new Date('2026-08-01T10:00:00Z');
    await service.refreshOverdue();
    expect(badge.at(-1)).toBe(2);
    if (!listed.ok || !('items' in listed)) throw new Error('no list');
    await service.handle({ type: 'followed-update', id: listed.items[0]!.id, done: true, note: '' }, popup);
    expect(badge.at(-1)).toBe(1);
    clock = new Date('2026-03-04T10:00:00Z');
  });
});
