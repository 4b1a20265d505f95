import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { RECENT_MAX, contentId, openRecentStore, type RecentStore } from '../../lib/reader/recent';

let n = 0;
let store: RecentStore | null = null;
// A fresh database per test (fake-indexeddb is set up for every test file).
const fresh = async () => {
  const name = `kamerlezer-reader-test-${++n}`;
  store = await openRecentStore(name);
  return { name, store };
};
afterEach(() => store?.close());

const doc = (text: string, openedAt: string) => ({ name: `${text}.txt`, title: `Titel ${text}`, date: '2026-03-03', text, kind: 'text' as const, openedAt });

describe('recent documents', () => {
  it('adds, lists newest first without the texts, gets and removes', async () => {
    const { store } = await fresh();
    await store.add(doc('een', '2026-03-01T10:00:00.000Z'));
    const two = await store.add(doc('twee', '2026-03-02T10:00:00.000Z'));
    const list = await store.list();
    expect(list.map((e) => e.title)).toEqual(['Titel twee', 'Titel een']);
    expect(list[0]).not.toHaveProperty('text');
    expect(await store.get(two.id)).toMatchObject({ text: 'twee', kind: 'text', name: 'twee.txt' });
    await store.remove(two.id);
    expect((await store.list()).map((e) => e.title)).toEqual(['Titel een']);
    expect(await store.get(two.id)).toBeNull();
  });

  it('keys by the text: opening a document again moves it to the top instead of adding it twice', async () => {
    const { store } = await fresh();
    await store.add(doc('een', '2026-03-01T10:00:00.000Z'));
    await store.add(doc('twee', '2026-03-02T10:00:00.000Z'));
    await store.add({ ...doc('een', '2026-03-03T10:00:00.000Z'), name: 'kopie.txt' });
    expect((await store.list()).map((e) => [e.name, e.id])).toEqual([
      ['kopie.txt', contentId('een')],
      ['twee.txt', contentId('twee')],
    ]);
  });

  it(`keeps the newest ${RECENT_MAX}`, async () => {
    const { store } = await fresh();
    for (let i = 0; i < RECENT_MAX + 3; i++) await store.add(doc(`doc${i}`, new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString()));
    const list = await store.list();
    expect(list).toHaveLength(RECENT_MAX);
    expect(list[0]!.name).toBe(`doc${RECENT_MAX + 2}.txt`);
    expect(list.at(-1)!.name).toBe('doc3.txt');
  });

  it('drops records that fail validation', async () => {
    const { name, store } = await fresh();
    await store.add(doc('goed', '2026-03-01T10:00:00.000Z'));
    const raw = await openDB(name);
    await raw.put('recent', { id: 'kapot', openedAt: '2026-03-05T00:00:00.000Z', kind: 'word' });
    raw.close();
    expect((await store.list()).map((e) => e.name)).toEqual(['goed.txt']);
    expect(await store.get('kapot')).toBeNull();
  });

  it('hashes text stably and tells texts apart', () => {
    expect(contentId('De voorzitter:')).toBe(contentId('De voorzitter:'));
    expect(contentId('De voorzitter:')).not.toBe(contentId('De voorzitter: '));
    expect(contentId('')).toMatch(/^[0-9a-z]+$/u);
  });
});
