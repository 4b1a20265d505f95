import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { withClosingList } from '../../lib/transcript/closing-list';
import { fromTransport, toTransport } from '../../lib/transcript/transport';
import { parseDocument, parseDocumentWithLayout, parseText } from '../../lib/transcript/parse';
import type { Transcript } from '../../lib/transcript/model';
import { Transcript as TranscriptSchema } from '../../lib/transcript/model';
import { SEED_PAGES, seedPageHtml } from '../../seeds/seed-pages';
import { loadPage, readRepoFile } from '../helpers/dom';

const seedText = readRepoFile('seeds/committee-2026-03-03-jbz.txt');

function ok(r: ReturnType<typeof parseText>): Transcript {
  if (!r.ok) throw new Error(r.message);
  return r.transcript;
}

const seed = ok(parseText(seedText));

function counts(t: Transcript) {
  return Object.fromEntries(
    t.speakers.map((s) => {
      const own = t.turns.filter((x) => x.speakerId === s.id);
      return [s.name, [own.length, own.filter((x) => x.asChair).length]];
    }),
  );
}

describe('the seed committee report (PDF text)', () => {
  it('is a valid model whose offsets point at its paragraphs', () => {
    expect(TranscriptSchema.safeParse(seed).success).toBe(true);
    for (const t of seed.turns) expect(seed.text.slice(t.start, t.end)).toBe(t.paragraphs.join('\n'));
  });

  it('has 126 turns with the speakers and chair turns of the record', () => {
    expect(seed.turns).toHaveLength(126);
    expect(counts(seed)).toEqual({
      Boomsma: [44, 41],
      'Van den Brink': [36, 0],
      Kröger: [14, 0],
      Vondeling: [10, 0],
      Russcher: [6, 0],
      'Van der Plas': [6, 0],
      Ellian: [6, 2],
      Straatman: [2, 0],
      'Van Asten': [2, 0],
    });
  });

  it('knows roles and parties, and the minister has no party', () => {
    const by = Object.fromEntries(seed.speakers.map((s) => [s.name, s]));
    expect(by['Van den Brink']).toMatchObject({ role: 'minister', party: null, office: 'minister van Asiel en Migratie' });
    expect(by['Kröger']).toMatchObject({ role: 'member', party: 'GroenLinks-PvdA' });
    expect(by['Boomsma']).toMatchObject({ role: 'member', party: 'JA21' });
    expect(by['Ellian']).toMatchObject({ role: 'member', party: 'VVD' });
    expect(by['Van der Plas']).toMatchObject({ party: 'BBB' });
  });

  it('reads the header', () => {
    expect(seed.meta).toMatchObject({
      kind: 'committee',
      date: '2026-03-03',
      status: 'Concept',
      opened: '17:01',
      closed: '19:38',
      committees: ['Asiel en Migratie', 'Europese Zaken'],
      clerk: 'Nouse',
      complete: true,
    });
    expect(seed.meta.attendance).toEqual(['Van Asten', 'Boomsma', 'Ellian', 'Kröger', 'Van der Plas', 'Russcher', 'Straatman', 'Vondeling']);
  });

  it('has five chair lines, one suspension and the closing', () => {
    const chairs = seed.events.filter((e) => e.type === 'chair-change');
    expect(chairs.map((e) => e.chair)).toEqual(['Boomsma', 'Ellian', 'Boomsma', 'Ellian', 'Boomsma']);
    expect(chairs[0]!.beforeTurn).toBe(0);
    expect(seed.events.filter((e) => e.type === 'suspension')).toEqual([
      expect.objectContaining({ from: '17:37', until: '18:15' }),
    ]);
    expect(seed.events.at(-1)).toEqual({ type: 'closing', beforeTurn: 126, time: '19:38' });
  });

  it('resolves "De voorzitter:" to whoever holds the chair at that moment', () => {
    const [, toEllian, back] = seed.events.filter((e) => e.type === 'chair-change');
    const during = seed.turns.slice(toEllian!.beforeTurn, back!.beforeTurn).filter((t) => t.asChair);
    expect(during.length).toBeGreaterThan(0);
    expect(during.every((t) => t.speakerId === 'ellian')).toBe(true);
    // Boomsma speaks as a member (JA21) while Ellian chairs.
    const boomsmaAsMember = seed.turns.filter((t) => t.speakerId === 'boomsma' && !t.asChair);
    expect(boomsmaAsMember).toHaveLength(3);
    expect(boomsmaAsMember[0]!.label).toBe('De heer Boomsma (JA21):');
  });

  it('does not take a sentence ending in a colon for a label', () => {
    const line = 'Mevrouw Vondeling en anderen vroegen naar de kritiek die er nu al is op het pact zelf:';
    expect(seed.turns.some((t) => t.label === line)).toBe(false);
    const holder = seed.turns.find((t) => t.paragraphs.some((p) => p.includes(line)));
    expect(holder?.speakerId).toBe('van-den-brink');
  });

  it('keeps real hyphens at line ends and drops bullet glyphs', () => {
    expect(seed.text).toContain('Wit-Rusland');
    expect(seed.text).toContain('Uitvoerings- en implementatiewet');
    expect(seed.text).not.toMatch(/[\uE000-\uF8FF]/u);
    expect(seed.text).not.toMatch(/Wit- Rusland|Wit-\s*\n/u);
    // All seven line-end hyphens of the seed are the words' own, and stay.
    for (const w of ['JBZ-Raad', 'CDA-collega', 'Zuid-Europese', 'lhbti-vluchtelingen', 'JBZ-Raadverslag']) expect(seed.text).toContain(w);
  });

  it('makes a word broken at a line end whole again in a text copied from a PDF', () => {
    const r = parseText(
      ['Tweede Kamer, Huurbeleid', 'Verslag van een plenair debat, gehouden op 8 februari 2024', '', 'De voorzitter:', 'Het woord is aan de minister.', '', 'Minister De Jonge:', 'Ik vraag de woningbouwcorpo-', 'raties om de verkoop te beperken en de Wit-', 'Russische kwestie en de massa-', 'immigratie laat ik rusten.', ''].join('\n'),
    );
    if (!r.ok) throw new Error(r.message);
    expect(r.transcript.turns[1]!.paragraphs).toEqual(['Ik vraag de woningbouwcorporaties om de verkoop te beperken en de Wit-Russische kwestie en de massa-immigratie laat ik rusten.']);
  });

  it('reads the seven closing commitments from the chair’s last turn', () => {
    expect(seed.closingList).toHaveLength(7);
    expect(seed.closingList[0]!.text).toMatch(/^De minister heeft toegezegd het rapport van de Europese Commissie/);
    expect(seed.closingList[1]!.text).toContain('volgende week woensdag');
    expect(seed.closingList.every((c) => c.turnIndex === 125)).toBe(true);
    expect(seed.closingList.some((c) => c.text === 'Dank daarvoor.')).toBe(false);
  });

  it('marks interruptions: a member answered by the speaker they interrupted', () => {
    const t = seed.turns;
    // Turn 26: Kröger interrupts the minister's first term; his reply (27) is not an interruption.
    expect(t[26]).toMatchObject({ speakerId: 'kroger', interrupts: 'van-den-brink' });
    expect(t[27]).toMatchObject({ speakerId: 'van-den-brink', interrupts: null });
    expect(t[31]).toMatchObject({ speakerId: 'russcher', interrupts: 'van-den-brink' });
    // The first-term contributions (given the floor by the chair) interrupt nobody.
    expect(t.slice(0, 23).every((x) => x.interrupts === null)).toBe(true);
    // Kröger's own first-term contribution is not an interruption.
    const ownContribution = t.find((x) => x.speakerId === 'kroger' && x.paragraphs[0]!.startsWith('Dank u wel, voorzitter'));
    expect(ownContribution?.interrupts ?? null).toBeNull();
  });
});

describe('the seed as each page form', () => {
  for (const page of SEED_PAGES) {
    it(`${page.form} gives the same turns as the text`, () => {
      const doc = loadPage(seedPageHtml(seedText, page), page.url);
      const t = ok(parseDocument(doc, page.url));
      expect(t.turns.map((x) => [x.speakerId, x.asChair, x.paragraphs])).toEqual(seed.turns.map((x) => [x.speakerId, x.asChair, x.paragraphs]));
      expect(t.events.filter((e) => e.type !== 'agenda-item')).toEqual(seed.events);
      expect(t.closingList).toEqual(seed.closingList);
      expect(t.meta).toMatchObject({ kind: 'committee', date: '2026-03-03', status: 'Concept', opened: '17:01', closed: '19:38' });
    });
  }

  it('the page\'s own read leaves the closing list to the analyses, with the marked list items to read it from', () => {
    // What the content script sends: parseDocumentWithLayout (no closing list), then the transport to the background.
    const page = SEED_PAGES[0]!;
    const doc = loadPage(seedPageHtml(seedText, page), page.url);
    const built = parseDocumentWithLayout(doc, page.url).result;
    const onPage = ok(built);
    expect(onPage.closingList).toEqual([]);
    const { outline, slices } = toTransport(onPage);
    const arrived = fromTransport(JSON.parse(JSON.stringify(outline)), slices.join(''));
    if (!arrived.ok) throw new Error(arrived.message);
    expect(TranscriptSchema.parse(arrived.transcript).turns.some((t) => (t.listItems ?? []).length > 0)).toBe(true);
    expect(withClosingList(TranscriptSchema.parse(arrived.transcript)).closingList).toEqual(seed.closingList);
  });

  it('the committed demo pages are current', () => {
    for (const page of SEED_PAGES) expect(readRepoFile(`seeds/demo/${page.file}`)).toBe(seedPageHtml(seedText, page));
  });
});

describe('analyze on the seed', () => {
  it('prints the documented shape with counts per person', () => {
    const a = analyze(parseText(seedText));
    expect(a.kind).toBe('committee');
    expect(a.turns).toHaveLength(126);
    expect(a.speakers.find((s) => s.id === 'boomsma')).toMatchObject({ turnCount: 44, chairTurnCount: 41, role: 'member' });
    expect(a.speakers.find((s) => s.id === 'ellian')).toMatchObject({ turnCount: 6, chairTurnCount: 2 });
    expect(a.commitments.filter((c) => c.source === 'closing-list')).toHaveLength(7);
    expect(a.turns[0]!.text).toMatch(/^Dames en heren, hartelijk welkom/);
  });
});

describe('the sliced page parse', () => {
  it('gives exactly the model of the one-go parse, reporting progress between slices', async () => {
    const { parseDocumentSliced, parseDocumentWithLayout } = await import('../../lib/transcript/parse');
    const page = SEED_PAGES[0]!;
    const doc = loadPage(seedPageHtml(seedText, page), page.url);
    const progress: number[] = [];
    // A zero-length slice yields after every step: the most interleaved run there is.
    const sliced = await parseDocumentSliced(doc, page.url, { sliceMs: 0, onProgress: (n) => progress.push(n) });
    const whole = parseDocumentWithLayout(doc, page.url);
    expect(sliced.result).toEqual(whole.result);
    expect(sliced.layout.turns.map((t) => t.label)).toEqual(whole.layout.turns.map((t) => t.label));
    expect(progress.length).toBeGreaterThan(5);
    expect(progress.at(-1)).toBeLessThanOrEqual(126);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
  });
});
