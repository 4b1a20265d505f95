import { followCommitment, listFollowed } from '../../lib/followed/store';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DB_VERSION, openReadingListDb, type ReadingListDb } from '../../lib/reading-list/db';
import { ReadingListExport, type Passage } from '../../lib/reading-list/schema';
import {
  countForUrl,
  deletePassage,
  importPassages,
  listForUrl,
  listPassages,
  listQuarantined,
  listRecent,
  restorePassage,
  savePassage,
  updatePassage,
} from '../../lib/reading-list/store';
import { exportJson, exportMarkdown } from '../../lib/reading-list/export';
import { freshName, passage, passages } from './fixtures';

const open: ReadingListDb[] = [];
async function fresh(name = freshName()): Promise<ReadingListDb> {
  const db = await openReadingListDb(name);
  open.push(db);
  return db;
}
afterEach(() => {
  vi.restoreAllMocks();
  open.splice(0).forEach((db) => db.close());
});

async function saveAll(db: ReadingListDb, ps: Passage[]) {
  for (const p of ps) expect((await savePassage(db, p)).ok).toBe(true);
}

describe('reading-list store', () => {
  it('round-trips passages, newest first, and counts per page', async () => {
    const db = await fresh();
    const ps = passages(5);
    await saveAll(db, ps);
    const { passages: back, quarantined } = await listPassages(db);
    expect(quarantined).toBe(0);
    expect(back).toEqual([...ps].reverse());
    // Fixtures 0 and 3 share debate 0's page; the fragment does not matter.
    expect(await countForUrl(db, `${ps[0]!.url}#something`)).toBe(2);
    expect((await listForUrl(db, ps[0]!.url)).map((p) => p.id)).toEqual([ps[3]!.id, ps[0]!.id]);
  });

  it('lists only the newest few through the by-savedAt index (the first screen)', async () => {
    const db = await fresh();
    const ps = passages(30);
    // Saved in shuffled order; an imported timestamp with an offset is stored as UTC.
    await saveAll(db, [...ps.slice(15), ...ps.slice(0, 15)]);
    const recent = await listRecent(db, 10);
    expect(recent.passages.map((p) => p.id)).toEqual([...ps].reverse().slice(0, 10).map((p) => p.id));
    expect(recent).toMatchObject({ total: 30, complete: false, quarantined: 0 });
    expect((await listRecent(db, 50)).complete).toBe(true);
    // 08:30-03:00 is 11:30Z, the newest, though as text it sorts before "09:…Z".
    const offset = { ...passage(40), savedAt: '2026-03-04T08:30:00-03:00' };
    await savePassage(db, offset);
    expect((await listRecent(db, 1)).passages[0]!.id).toBe(offset.id);
    expect((await listPassages(db)).passages[0]!.savedAt).toBe('2026-03-04T11:30:00.000Z');
  });

  it('saving the same passage twice keeps one, merging note and tags', async () => {
    const db = await fresh();
    const first = passage(1);
    const again = { ...passage(1), note: 'Belangrijk voor de motie.', tags: ['asiel', 'Motie'] };
    expect(again.id).toBe(first.id);
    const r1 = await savePassage(db, { ...first, tags: ['motie'] });
    const r2 = await savePassage(db, again);
    expect(r1).toMatchObject({ ok: true, created: true });
    expect(r2).toMatchObject({ ok: true, created: false });
    const { passages: all } = await listPassages(db);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ note: 'Belangrijk voor de motie.', tags: ['motie', 'asiel'], savedAt: first.savedAt });
  });

  it('20 saves from several tabs at once all arrive', async () => {
    const db = await fresh();
    const ps = passages(20);
    const results = await Promise.all(ps.map((p) => savePassage(db, p)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect((await listPassages(db)).passages).toHaveLength(20);
    // And 20 concurrent saves of one passage with different tags: one record, every tag.
    const one = passage(99);
    await Promise.all(Array.from({ length: 20 }, (_, i) => savePassage(db, { ...one, tags: [`t${i}`] })));
    const saved = (await listPassages(db)).passages.filter((p) => p.id === one.id);
    expect(saved).toHaveLength(1);
    expect(saved[0]!.tags).toHaveLength(20);
  });

  it('updates note and tags, deletes with the record returned, restores it', async () => {
    const db = await fresh();
    const p = passage(2);
    await savePassage(db, p);
    const u = await updatePassage(db, p.id, { note: 'Nakijken', tags: ['#toezegging', ' toezegging ', ''] }, new Date('2026-03-05T10:00:00Z'));
    expect(u).toMatchObject({ ok: true, passage: { note: 'Nakijken', tags: ['toezegging'], updatedAt: '2026-03-05T10:00:00.000Z' } });
    expect(await updatePassage(db, 'nope', { note: 'x' })).toMatchObject({ ok: false });
    const deleted = await deletePassage(db, p.id);
    expect(deleted).toMatchObject({ id: p.id, note: 'Nakijken' });
    expect((await listPassages(db)).passages).toHaveLength(0);
    expect(await deletePassage(db, p.id)).toBeNull();
    await restorePassage(db, deleted!);
    expect((await listPassages(db)).passages).toEqual([deleted]);
  });

  it('shows every good passage when the corrupt one cannot be moved to quarantine, and tries again later', async () => {
    const db = await fresh();
    await saveAll(db, passages(3));
    const broken = { ...passage(7), debate: { title: 'Kapot', date: '3 maart' } };
    await db.put('passages', broken as unknown as Passage);
    // Every write fails (a full disk, a blocked database): reading must not.
    const transaction = db.transaction.bind(db);
    const spy = vi.spyOn(db, 'transaction').mockImplementation(((stores: never, mode?: IDBTransactionMode) => {
      if (mode === 'readwrite') throw new DOMException('full', 'QuotaExceededError');
      return transaction(stores, mode);
    }) as typeof db.transaction);
    const r = await listPassages(db);
    expect(r.passages).toHaveLength(3);
    spy.mockRestore();
    // Once writing works again, the next read moves it aside.
    expect((await listPassages(db)).quarantined).toBe(1);
  });

  it('quarantines a corrupt record and reports it, keeping the rest', async () => {
    const db = await fresh();
    await saveAll(db, passages(3));
    const broken = { ...passage(7), debate: { title: 'Kapot', date: '3 maart' } };
    await db.put('passages', broken as unknown as Passage);
    const r = await listPassages(db);
    expect(r.passages).toHaveLength(3);
    expect(r.quarantined).toBe(1);
    const q = await listQuarantined(db);
    expect(q[0]).toMatchObject({ key: broken.id, record: broken });
    expect(q[0]!.error).toMatch(/^debate\./);
    // Reported again on the next read, not lost.
    expect((await listPassages(db)).quarantined).toBe(1);
    // Saving a passage over a corrupt record keeps the corrupt one aside too.
    await db.put('passages', { id: passage(8).id, junk: true } as unknown as Passage);
    expect((await savePassage(db, passage(8))).ok).toBe(true);
    expect((await listPassages(db)).quarantined).toBe(2);
  });

  it('a quota error becomes a message, not a throw, and writes nothing', async () => {
    const db = await fresh();
    await saveAll(db, passages(2));
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const r = await savePassage(db, passage(5));
    expect(r).toMatchObject({ ok: false });
    expect(r.ok ? '' : r.message).toMatch(/^Opslag vol: /);
    const u = await updatePassage(db, passage(0).id, { note: 'x' });
    expect(u.ok ? '' : u.message).toMatch(/^Opslag vol: /);
    const i = await importPassages(db, exportJson(passages(6)));
    expect(i.ok ? '' : i.message).toMatch(/^Opslag vol: /);
    vi.restoreAllMocks();
    const { passages: all } = await listPassages(db);
    expect(all.map((p) => p.note)).toEqual(['', '']);
  });

  it('an import failing half-way (quota on the 4th write) writes nothing', async () => {
    const db = await fresh();
    await saveAll(db, passages(2));
    const realPut = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (++calls === 4) throw new DOMException('full', 'QuotaExceededError');
      return realPut.apply(this, args);
    });
    const r = await importPassages(db, exportJson(passages(8)));
    expect(r.ok).toBe(false);
    expect(calls).toBe(4);
    vi.restoreAllMocks();
    expect((await listPassages(db)).passages).toHaveLength(2);
  });
});

describe('import and export', () => {
  it('exports JSON that validates and imports back; a second import merges, never doubles', async () => {
    const db = await fresh();
    await saveAll(db, passages(4));
    const json = exportJson((await listPassages(db)).passages, new Date('2026-03-06T12:00:00Z'));
    const file = ReadingListExport.parse(JSON.parse(json));
    expect(file).toMatchObject({ format: 'kamerlezer-reading-list', version: 1, exportedAt: '2026-03-06T12:00:00.000Z' });

    const other = await fresh();
    expect(await importPassages(other, json)).toEqual({ ok: true, added: 4, merged: 0 });
    expect(await importPassages(other, json)).toEqual({ ok: true, added: 0, merged: 4 });
    expect((await listPassages(other)).passages).toEqual((await listPassages(db)).passages);
  });

  it('merges notes and tags of duplicates in the file and in the list', async () => {
    const db = await fresh();
    await savePassage(db, { ...passage(1), note: 'Mijn notitie', tags: ['a'] });
    const p = passage(1);
    const file = JSON.parse(exportJson([{ ...p, note: 'Notitie uit bestand', tags: ['b'] }, { ...p, tags: ['c'] }, passage(2)]));
    const r = await importPassages(db, JSON.stringify(file));
    expect(r).toEqual({ ok: true, added: 1, merged: 2 });
    const saved = (await listPassages(db)).passages.find((x) => x.id === p.id)!;
    expect(saved.note).toBe('Mijn notitie\n\nNotitie uit bestand');
    expect(saved.tags).toEqual(['a', 'b', 'c']);
  });

  it('a file with one bad passage imports nothing and names the field and line', async () => {
    const db = await fresh();
    await saveAll(db, passages(2));
    const before = await listPassages(db);
    const file = JSON.parse(exportJson(passages(6)));
    file.passages[3].debate.date = '3 maart 2026';
    const json = JSON.stringify(file, null, 2);
    const r = await importPassages(db, json);
    expect(r.ok).toBe(false);
    const message = r.ok ? '' : r.message;
    expect(message).toContain('passages[3].debate.date');
    const line = json.split('\n').findIndex((l) => l.includes('"3 maart 2026"')) + 1;
    expect(message).toContain(`(regel ${line})`);
    expect(await listPassages(db)).toEqual(before);
  });

  it('names line and column of a JSON syntax error', async () => {
    const db = await fresh();
    const r = await importPassages(db, '{\n  "format": "kamerlezer-reading-list",\n  "version": 1\n  "passages": []\n}');
    expect(r).toEqual({ ok: false, message: "Geen geldige JSON: regel 4, kolom 3: verwacht ','." });
    const cut = await importPassages(db, exportJson(passages(2)).slice(0, 200));
    expect(cut.ok ? '' : cut.message).toMatch(/^Geen geldige JSON: regel \d+, kolom \d+: onverwacht einde/);
  });

  it('refuses other files and other versions by name', async () => {
    const db = await fresh();
    expect(await importPassages(db, '[]')).toMatchObject({ ok: false, message: expect.stringContaining('geen Kamerlezer-leeslijst') });
    const v2 = { ...JSON.parse(exportJson([])), version: 2 };
    expect(await importPassages(db, JSON.stringify(v2))).toMatchObject({ ok: false, message: expect.stringContaining('Versie 2') });
  });

  it('exports Markdown grouped by debate with quotes and citations', () => {
    const ps = passages(4);
    const md = exportMarkdown([{ ...ps[0]!, note: 'Eerste regel\nTweede regel', tags: ['asiel'] }, ...ps.slice(1)], new Date('2026-03-06T12:00:00Z'));
    expect(md).toContain('_Geëxporteerd uit Kamerlezer op 6 maart 2026._');
    const jbz = md.indexOf('## JBZ-Raad d.d. 5-6 maart 2026');
    expect(jbz).toBeGreaterThan(0);
    expect(md.match(/^## /gm)).toHaveLength(3);
    expect(md).toContain(`> ${ps[3]!.exact}`);
    expect(md).toContain('— Russcher (CDA), *JBZ-Raad d.d. 5-6 maart 2026*, 3 maart 2026, [bron](https://www.tweedekamer.nl/');
    expect(md).toContain('— Van den Brink (minister), *Stemmingen*, 20 januari 2026');
    expect(md).toContain('Notitie: Eerste regel  \nTweede regel');
    expect(md).toContain('Tags: #asiel');
    // Newest passage of a debate first (3 was saved after 0).
    expect(md.indexOf(ps[3]!.exact)).toBeLessThan(md.indexOf(ps[0]!.exact));
  });
});

describe('migration', () => {
  it('upgrades a version-1 database with data to the current version, losing nothing', async () => {
    const name = freshName();
    const v1Records = passages(3).map(({ tags: _t, updatedAt: _u, ...rest }) => rest);
    // The version-1 layout, written with raw idb as the 0.1 prototype did.
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('passages', { keyPath: 'id' });
      },
    });
    for (const r of v1Records) await v1.put('passages', r);
    await v1.put('passages', { id: 'kapot', exact: 42 });
    v1.close();

    const db = await fresh(name);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['followed', 'passages', 'quarantine']);
    const { passages: back, quarantined } = await listPassages(db);
    expect(back).toHaveLength(3);
    for (const r of v1Records) {
      expect(back.find((p) => p.id === r.id)).toEqual({ ...r, tags: [], updatedAt: r.savedAt });
    }
    // The unreadable v1 record is kept aside, not dropped.
    expect(quarantined).toBe(1);
    expect((await listQuarantined(db))[0]).toMatchObject({ key: 'kapot', record: { id: 'kapot', exact: 42, tags: [] } });
    // The v2 index works on migrated records.
    expect(await countForUrl(db, v1Records[0]!.url)).toBe(1);
  });

  it('upgrades a version-2 database (the layout the last release wrote, with its indexes and quarantine) to v3: the list survives, commitments can be followed', async () => {
    const name = freshName();
    const v2 = await openDB(name, 2, {
      upgrade(db) {
        const store = db.createObjectStore('passages', { keyPath: 'id' });
        store.createIndex('by-url', 'url');
        store.createIndex('by-savedAt', 'savedAt');
        db.createObjectStore('quarantine', { autoIncrement: true });
      },
    });
    const saved = passages(4);
    for (const p of saved) await v2.put('passages', p);
    await v2.put('quarantine', { key: 'x', record: { id: 'x' }, error: 'id: kapot', quarantinedAt: '2026-01-01T00:00:00.000Z' });
    v2.close();

    const db = await fresh(name);
    expect(db.version).toBe(3);
    expect([...db.objectStoreNames].sort()).toEqual(['followed', 'passages', 'quarantine']);
    const { passages: back } = await listPassages(db);
    expect(back.map((p) => p.id).sort()).toEqual(saved.map((p) => p.id).sort());
    for (const p of saved) expect(back.find((x) => x.id === p.id)).toEqual(p);
    expect(await listQuarantined(db)).toHaveLength(1);
    expect(await countForUrl(db, saved[0]!.url)).toBe(saved.filter((p) => p.url === saved[0]!.url).length);
    const draft = {
      text: 'Ik stuur de Kamer voor de zomer een brief.',
      speaker: 'Jansen, minister van Wonen',
      office: 'minister van Wonen',
      source: 'in-debate' as const,
      debate: { title: 'Wonen', date: '2026-03-03' },
      url: 'https://www.tweedekamer.nl/x#kl-turn-3',
      deadline: { text: 'voor de zomer', from: null, to: '2026-07-03' },
      area: 'Wonen',
    };
    expect((await followCommitment(db, draft, new Date('2026-03-04T10:00:00Z'))).created).toBe(true);
    expect((await listFollowed(db)).items).toHaveLength(1);
  });

  it('keeps what a malformed v1 record holds: a tag as a string becomes a one-tag list, a number note text', async () => {
    const name = freshName();
    const [a, b] = passages(2).map(({ tags: _t, updatedAt: _u, ...rest }) => rest);
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('passages', { keyPath: 'id' });
      },
    });
    await v1.put('passages', { ...a, tags: 'asiel' });
    await v1.put('passages', { ...b, note: 5 });
    v1.close();
    const db = await fresh(name);
    const { passages: back } = await listPassages(db);
    expect(back.find((p) => p.id === a!.id)).toMatchObject({ tags: ['asiel'] });
    expect(back.find((p) => p.id === b!.id)).toMatchObject({ note: '5' });
  });

  it('opening the current version again changes nothing', async () => {
    const name = freshName();
    const db = await fresh(name);
    await saveAll(db, passages(2));
    db.close();
    const again = await fresh(name);
    expect((await listPassages(again)).passages).toHaveLength(2);
  });
});
