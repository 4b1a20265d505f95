import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHandelingenXml } from '../../lib/reader/handelingen-xml';
import { isHandelingenXml } from '../../lib/reader/handelingen-xml-parts';
import { OPEN_MESSAGES, openTranscriptFile, sniffText, type OpenDeps } from '../../lib/reader/open-file';
import { Transcript as TranscriptSchema, type Transcript } from '../../lib/transcript/model';
import { parseDocument } from '../../lib/transcript/parse';
import { loadPage, readRepoFile } from '../helpers/dom';

/**
 * The real Handelingen XML (TK 2017-2018, nr. 61, item 10) against its answer
 * key, which tests/fixtures/real/make-expected.py wrote from the raw XML with
 * regular expressions before the reader existed.
 */
interface Expected {
  title: string;
  date: string | null;
  status: string;
  complete: boolean;
  chair: { name: string | null };
  counts: Record<string, number>;
  turns: {
    speaker: string | null;
    party: string | null;
    office: string | null;
    asChair: boolean;
    label: string;
    from: string;
    paragraphCount: number;
    firstWords: string;
    lastWords: string;
  }[];
  events: { type: string; beforeTurn: number; text: string }[];
  looseTekst: ({ text: string; joinsTurn: number } | { text: string; becomes: string })[];
  motions: {
    kamerstuk: string;
    number: string;
    title: string;
    turnIndex: number;
    paragraphStart: number;
    paragraphEnd: number;
    noteTurnIndex: number;
    note: string;
    submitters: string[];
  }[];
}

const FIXTURE = 'tests/fixtures/real/h-tk-20172018-61-10.xml';
const bytes = new Uint8Array(readFileSync(resolve(process.cwd(), FIXTURE)));
const expected = JSON.parse(readRepoFile('tests/fixtures/real/h-tk-20172018-61-10.expected.json')) as Expected;
const deps: OpenDeps = {
  pdfjs: () => Promise.reject(new Error('no PDF here')),
  parseHtml: (html) => loadPage(html, 'about:blank'),
};
const xml = (s: string) => new DOMParser().parseFromString(s, 'application/xml');

async function opened(): Promise<Transcript> {
  const r = await openTranscriptFile({ name: 'h-tk-20172018-61-10.xml', bytes }, deps);
  if (!r.ok) throw new Error(r.message);
  expect(r.source.kind).toBe('handelingen-xml');
  return r.transcript;
}

describe('the real Handelingen XML, opened as a file', async () => {
  const t = await opened();
  const who = (id: string) => t.speakers.find((s) => s.id === id)!;

  it('is a valid model whose offsets point at its paragraphs', () => {
    expect(bytes.subarray(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(TranscriptSchema.safeParse(t).success).toBe(true);
    for (const turn of t.turns) expect(t.text.slice(turn.start, turn.end)).toBe(turn.paragraphs.join('\n'));
  });

  it('has the meeting facts the file gives, and none it does not', () => {
    expect(t.meta).toMatchObject({
      title: expected.title,
      kind: 'plenary',
      source: 'handelingen',
      // The file has no meeting date (only a link to its metadata record): null, not the publication date or "22/02".
      date: expected.date,
      status: expected.status,
      complete: expected.complete,
      // Its metadata link names the identifier h-tk-20172018-61-10: the Tweede Kamer's.
      house: 'tweede-kamer',
    });
    expect(t.events[0]).toEqual({ type: 'agenda-item', beforeTurn: 0, title: 'Ondernemen en Bedrijfsfinanciering' });
  });

  it('gives every turn in order, per the answer key', () => {
    expect(expected.counts).toMatchObject({ spreekbeurt: 41, motie: 6, 'motie-info': 6, looseTekst: 6, turns: 47, chairTurns: 24 });
    expect(t.turns).toHaveLength(expected.turns.length);
    t.turns.forEach((turn, i) => {
      const e = expected.turns[i]!;
      const sp = who(turn.speakerId);
      const got = { label: turn.label, asChair: turn.asChair, speaker: turn.asChair ? null : sp.name, party: sp.party, office: sp.office, paragraphs: turn.paragraphs.length };
      expect(got, `turn ${i}`).toEqual({ label: e.label, asChair: e.asChair, speaker: e.speaker, party: e.party, office: e.office, paragraphs: e.paragraphCount });
      expect(turn.paragraphs[0]!.startsWith(e.firstWords), `turn ${i} starts with ${e.firstWords}`).toBe(true);
      expect(turn.paragraphs.at(-1)!.endsWith(e.lastWords), `turn ${i} ends with ${e.lastWords}`).toBe(true);
    });
  });

  it('has one unnamed chair (the file does not name the chair) and the people with party or office', () => {
    expect(expected.chair.name).toBeNull();
    const chairs = new Set(t.turns.filter((x) => x.asChair).map((x) => x.speakerId));
    expect([...chairs].map((id) => who(id))).toEqual([{ id: 'de-voorzitter', name: 'De voorzitter', role: 'chair', party: null, office: null }]);
    expect(t.speakers.map((s) => [s.name, s.role, s.party]).sort()).toEqual(
      [
        ['Amhaouch', 'member', 'CDA'],
        ['De voorzitter', 'chair', null],
        ['Graus', 'member', 'PVV'],
        ['Keijzer', 'state-secretary', null],
        ['Paternotte', 'member', 'D66'],
        ['Van der Lee', 'member', 'GroenLinks'],
        ['Wörsdörfer', 'member', 'VVD'],
      ].sort(),
    );
  });

  it('marks the six motions inside the turns that submit them, with the chair’s note', () => {
    expect(t.motions).toEqual(
      expected.motions.map((m) => ({
        turnIndex: m.turnIndex,
        paragraphStart: m.paragraphStart,
        paragraphEnd: m.paragraphEnd,
        title: m.title,
        number: m.number,
        kamerstuk: m.kamerstuk,
        note: m.note,
        noteTurnIndex: m.noteTurnIndex,
        submitters: m.submitters,
      })),
    );
    for (const m of t.motions) {
      const lines = t.turns[m.turnIndex]!.paragraphs.slice(m.paragraphStart, m.paragraphEnd);
      expect(lines[0]).toBe('Motie');
      expect(lines[1]).toBe('De Kamer,');
      expect(lines.at(-1)).toBe('en gaat over tot de orde van de dag.');
      expect(t.turns[m.turnIndex]!.asChair).toBe(false);
      expect(t.turns[m.noteTurnIndex!]!.asChair).toBe(true);
    }
  });

  it('loose tekst: whoever spoke last goes on (here always the chair); a suspension is an event', () => {
    for (const l of expected.looseTekst) {
      if ('joinsTurn' in l) {
        expect(t.turns[l.joinsTurn]!.paragraphs).toContain(l.text);
        expect(t.turns[l.joinsTurn]!.asChair).toBe(true);
      } else expect(t.text).not.toContain(l.text);
    }
    expect(t.events.filter((e) => e.type === 'suspension')).toEqual(expected.events.map((e) => ({ ...e, from: null, until: null })));
  });
});

describe('the same item as the officielebekendmakingen page', async () => {
  // tests/fixtures/real/make-page.py renders the real XML in the page form of okb-handelingen.html.
  const url = 'https://zoek.officielebekendmakingen.nl/h-tk-20172018-61-10.html';
  const page = parseDocument(loadPage(readRepoFile('tests/fixtures/real/h-tk-20172018-61-10.html'), url), url);
  const fromXml = await opened();
  if (!page.ok) throw new Error(page.message);
  const p = page.transcript;
  const name = (t: Transcript, id: string) => t.speakers.find((s) => s.id === id)!.name;
  const view = (t: Transcript) => t.turns.map((x) => ({ speaker: name(t, x.speakerId), asChair: x.asChair, label: x.label, paragraphs: x.paragraphs, interrupts: x.interrupts }));

  it('gives the same turns: speaker, label, paragraphs', () => {
    expect(view(p)).toEqual(view(fromXml));
    expect(p.text).toBe(fromXml.text);
  });

  it('the same speakers, title, events and status', () => {
    expect(p.speakers).toEqual(fromXml.speakers);
    expect(p.meta).toMatchObject({ title: fromXml.meta.title, kind: 'plenary', source: 'handelingen', status: 'Gecorrigeerd', date: null, complete: true });
    expect(p.events).toEqual(fromXml.events);
  });
});

describe('the rules, on small documents', () => {
  const doc = (body: string, meta = '') =>
    xml(`<?xml version="1.0"?><officiele-publicatie><metadata>${meta}</metadata><handelingen><agendapunt><item-titel>Iets</item-titel>${body}</agendapunt></handelingen></officiele-publicatie>`);
  const sb = (prefix: string, name: string, party: string | null, ...als: string[]) =>
    `<spreekbeurt><spreker><voorvoegsels>${prefix}</voorvoegsels> <naam><achternaam>${name}</achternaam></naam>${party ? ` (<politiek>${party}</politiek>)` : ''}:</spreker><tekst><al-groep>${als.map((a) => `<al>${a}</al>`).join('')}</al-groep></tekst></spreekbeurt>`;
  const loose = (...als: string[]) => `<tekst><al-groep>${als.map((a) => `<al>${a}</al>`).join('')}</al-groep></tekst>`;
  const ok = (d: Document) => {
    const r = parseHandelingenXml(d);
    if (!r.ok) throw new Error(r.message);
    return r.transcript;
  };

  it('loose tekst after a member continues the member; after the chair, the chair', () => {
    const t = ok(doc(sb('De', 'voorzitter', null, 'Het woord is aan de heer A.') + sb('De heer', 'Aa', 'X', 'Een.') + loose('Twee.') + sb('De', 'voorzitter', null, 'Dank.') + loose('Verder.')));
    expect(t.turns.map((x) => [x.label, x.paragraphs])).toEqual([
      ['De voorzitter:', ['Het woord is aan de heer A.']],
      ['De heer Aa (X):', ['Een.', 'Twee.']],
      ['De voorzitter:', ['Dank.', 'Verder.']],
    ]);
  });

  it('names the chair when the document does ("Voorzitter: X", loose) and takes the meeting date from the metadata', () => {
    const t = ok(
      doc(loose('Voorzitter: Bosma') + sb('De', 'voorzitter', null, 'Welkom.') + sb('Mevrouw', 'Bee', 'Y', 'Ja.'), '<meta name="OVERHEIDop.datumVergadering" content="2024-02-08"/><meta name="DCTERMS.issued" content="2024-02-20"/>'),
    );
    expect(t.speakers.find((s) => s.id === t.turns[0]!.speakerId)).toMatchObject({ name: 'Bosma' });
    expect(t.meta.date).toBe('2024-02-08');
    expect(t.events).toContainEqual({ type: 'chair-change', beforeTurn: 0, chair: 'Bosma', speakerId: 'bosma' });
  });

  it("the Eerste Kamer's (an h-ek identifier in the metadata link), and no house when there is no identifier", () => {
    const body = sb('De', 'voorzitter', null, 'Welkom.') + sb('Mevrouw', 'Bee', 'Y', 'Ja.');
    const link = '<meta name="OVERHEIDop.externMetadataRecord" scheme="" content="https://zoek.officielebekendmakingen.nl/h-ek-20142015-13-3/metadata.xml"/>';
    expect(ok(doc(body, link)).meta.house).toBe('eerste-kamer');
    expect(ok(doc(body)).meta.house).toBeUndefined();
  });

  it('an office in `functie`, and a date written 08-02-2024', () => {
    const minister = '<spreekbeurt><spreker><voorvoegsels>Minister</voorvoegsels> <naam><achternaam>De Jonge</achternaam></naam>:<functie>minister van Volkshuisvesting</functie></spreker><tekst><al>Zeker.</al></tekst></spreekbeurt>';
    const t = ok(doc(sb('De heer', 'Aa', 'X', 'Vraag?') + minister, '<meta name="OVERHEIDop.datumVergadering" content="08-02-2024"/>'));
    expect(t.speakers.find((s) => s.name === 'De Jonge')).toMatchObject({ role: 'minister', party: null, office: 'minister van Volkshuisvesting' });
    expect(t.meta.date).toBe('2024-02-08');
  });

  it('a sitting of several items: an agenda event each, the subject is not speech; a spreekbeurt without spreker reads as loose text', () => {
    const two = xml(
      `<handelingen><agendapunt><item-titel>Een</item-titel>${sb('De', 'voorzitter', null, 'Open.')}${sb('De heer', 'Aa', 'X', 'Ja.')}</agendapunt>` +
        `<agendapunt><item-titel>Twee</item-titel><onderwerp><al>Aan de orde is Twee.</al></onderwerp><spreekbeurt><tekst><al>Nog iets.</al></tekst></spreekbeurt>${sb('Mevrouw', 'Bee', 'Y', 'Nee.')}</agendapunt></handelingen>`,
    );
    const t = ok(two);
    expect(t.events).toEqual([
      { type: 'agenda-item', beforeTurn: 0, title: 'Een' },
      { type: 'agenda-item', beforeTurn: 2, title: 'Twee' },
    ]);
    expect(t.meta.title).toBe('Een');
    expect(t.turns.map((x) => x.paragraphs)).toEqual([['Open.'], ['Ja.', 'Nog iets.'], ['Nee.']]);
  });

  it('is not fooled by other XML', () => {
    expect(isHandelingenXml(xml('<rss><channel/></rss>'))).toBe(false);
    expect(parseHandelingenXml(doc(sb('De heer', 'Aa', 'X', 'Alleen.')))).toMatchObject({ ok: false });
  });
});

describe('routing and refusing', () => {
  const open = (text: string) => openTranscriptFile({ name: 'x.xml', bytes: new TextEncoder().encode(text) }, deps);

  it('sniffs Handelingen XML by its content', () => {
    expect(sniffText(new TextDecoder().decode(bytes))).toBe('handelingen-xml');
    expect(sniffText('<officiele-publicatie><handelingen/></officiele-publicatie>')).toBe('handelingen-xml');
    expect(sniffText('<?xml version="1.0"?><vlosCoreDocument/>')).toBe('vlos');
  });

  it('refuses entity declarations before parsing, in one Dutch line', async () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE officiele-publicatie [<!ENTITY a "aaaaaaaaaa">]><officiele-publicatie><handelingen>${'&a;'.repeat(20000)}</handelingen></officiele-publicatie>`;
    expect(await open(lol)).toEqual({ ok: false, message: OPEN_MESSAGES.xmlEntities });
    expect(await open(`<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "x">]><rss>&a;</rss>`)).toEqual({ ok: false, message: OPEN_MESSAGES.xmlEntities });
    expect(OPEN_MESSAGES.xmlEntities).not.toContain('\n');
  });

  it('bad or speechless Handelingen XML gets a clear message', async () => {
    expect(await open('<?xml version="1.0"?><officiele-publicatie><handelingen><agendapunt>')).toEqual({ ok: false, message: OPEN_MESSAGES.badXml });
    expect(await open('<?xml version="1.0"?><officiele-publicatie><handelingen/></officiele-publicatie>')).toEqual({ ok: false, message: OPEN_MESSAGES.notTranscript });
  });
});
