import { describe, expect, it } from 'vitest';
import { CONTENT_MATCHES, classifyUrl, houseOfUrl } from '../../lib/transcript/detect';
import { parseDocument, parseText } from '../../lib/transcript/parse';
import { parseLabel } from '../../lib/transcript/patterns';
import { loadPage } from '../helpers/dom';

describe('classifyUrl', () => {
  it.each([
    ['https://www.tweedekamer.nl/kamerstukken/plenaire_verslagen/detail/2025-2026/49', 'tk-plenary'],
    ['https://tweedekamer.nl/kamerstukken/plenaire_verslagen/detail/2025-2026/49', 'tk-plenary'],
    ['https://www.tweedekamer.nl/kamerstukken/plenaire_verslagen/detail/8a1b7c1e-1111-4b2c-9d3e-123456789abc', 'tk-plenary'],
    ['https://www.tweedekamer.nl/kamerstukken/plenaire_verslagen/detail?vj=2017-2018&nr=14&version=2', 'tk-plenary'],
    ['https://www.tweedekamer.nl/kamerstukken/commissieverslagen/detail?did=2026D12345&id=2026Z01234', 'tk-committee'],
    ['https://www.tweedekamer.nl/kamerstukken/detail?id=2026Z01234&did=2026D12345', 'tk-document'],
    ['https://zoek.officielebekendmakingen.nl/h-tk-20252026-49-7.html', 'handelingen'],
    ['https://zoek.officielebekendmakingen.nl/dossier/h-tk-20252026-49-7.html', 'handelingen'],
    ['https://zoek.officielebekendmakingen.nl/behandelddossier/h-tk-20112012-100-7.html', 'handelingen'],
    // The Eerste Kamer's Handelingen (issue #16), at the identifier and in both dossier folders.
    ['https://zoek.officielebekendmakingen.nl/h-ek-20192020-5-3.html', 'handelingen'],
    ['https://zoek.officielebekendmakingen.nl/dossier/h-ek-20192020-5-3.html', 'handelingen'],
    ['https://zoek.officielebekendmakingen.nl/behandelddossier/h-ek-20192020-5-3.html', 'handelingen'],
    ['https://zoek.officielebekendmakingen.nl/h-ek-20192020-5-3', 'handelingen'],
    ['https://zoek.officielebekendmakingen.nl/behandelddossier/kst-35261-B.html', 'kamerstuk'],
    ['https://zoek.officielebekendmakingen.nl/ah-ek-20072008-5.html', 'not-transcript'],
    ['https://zoek.officielebekendmakingen.nl/h-vv-20132014-1-1.html', 'not-transcript'],
    ['https://zoek.officielebekendmakingen.nl/andere-map/h-ek-20192020-5-3.html', 'not-transcript'],
    ['https://zoek.officielebekendmakingen.nl/kst-32317-995.html', 'kamerstuk'],
    ['https://www.tweedekamer.nl/kamerstukken/plenaire_verslagen/kamer_in_het_kort/debat-over-wonen', 'not-transcript'],
    ['https://www.tweedekamer.nl/debat_en_vergadering/commissievergaderingen/details?id=2026A03244', 'not-transcript'],
    ['https://www.tweedekamer.nl/debat_en_vergadering/plenaire_vergaderingen/details/activiteit?id=2026A01111', 'not-transcript'],
    ['https://debatdirect.tweedekamer.nl/2026-03-03/commissie/groen-van-prinstererzaal/jbz-raad', 'not-transcript'],
    ['https://example.org/kamerstukken/plenaire_verslagen/detail/2025-2026/49', 'unknown'],
    ['not a url', 'unknown'],
  ])('%s → %s', (url, form) => {
    expect(classifyUrl(url)).toBe(form);
  });

  it('declares the content script only on transcript forms, for both hosts', () => {
    expect(CONTENT_MATCHES.some((m) => m.includes('kamer_in_het_kort') || m.includes('debat_en_vergadering'))).toBe(false);
    expect(CONTENT_MATCHES.filter((m) => m.startsWith('https://tweedekamer.nl/'))).toHaveLength(3);
    expect(CONTENT_MATCHES.filter((m) => m.startsWith('https://www.tweedekamer.nl/'))).toHaveLength(3);
  });

  it("declares the publisher's Handelingen of both chambers, in every folder classifyUrl accepts, and nothing it refuses", () => {
    const okb = CONTENT_MATCHES.filter((m) => m.startsWith('https://zoek.officielebekendmakingen.nl/'));
    for (const id of ['h-tk-', 'h-ek-'])
      for (const folder of ['', 'dossier/', 'behandelddossier/'])
        expect(okb).toContain(`https://zoek.officielebekendmakingen.nl/${folder}${id}*`);
    // Each pattern, filled in, is a page classifyUrl reads: the manifest and the check cannot drift apart.
    for (const m of okb) expect(['handelingen', 'kamerstuk']).toContain(classifyUrl(m.replace('*', '20192020-5-3.html')));
  });
});

describe('houseOfUrl', () => {
  it.each([
    ['https://zoek.officielebekendmakingen.nl/h-ek-20192020-5-3.html', 'eerste-kamer'],
    ['https://zoek.officielebekendmakingen.nl/behandelddossier/h-ek-20192020-5-3.html', 'eerste-kamer'],
    ['https://zoek.officielebekendmakingen.nl/dossier/h-tk-20252026-49-7.html', 'tweede-kamer'],
    ['https://www.tweedekamer.nl/kamerstukken/plenaire_verslagen/detail/2025-2026/49', 'tweede-kamer'],
    ['https://zoek.officielebekendmakingen.nl/kst-32317-995.html', null],
    ['https://example.org/h-ek-20192020-5-3.html', null],
    ['not a url', null],
  ])('%s → %s', (url, house) => {
    expect(houseOfUrl(url)).toBe(house);
  });
});

describe('labels', () => {
  it.each([
    ['De heer Van der Plas (BBB):', { name: 'Van der Plas', role: 'member', party: 'BBB' }],
    ['Mevrouw Kröger (GroenLinks-PvdA):', { name: 'Kröger', role: 'member', party: 'GroenLinks-PvdA' }],
    ['Minister Van den Brink:', { name: 'Van den Brink', role: 'minister', party: null }],
    ['Staatssecretaris De Groot-Ouali:', { name: 'De Groot-Ouali', role: 'state-secretary', party: null }],
    ['Kamerlid Jansen (50PLUS):', { name: 'Jansen', role: 'member', party: '50PLUS' }],
    ['De voorzitter:', { name: null, role: 'chair', asChair: true }],
  ])('%s', (line, want) => {
    expect(parseLabel(line)).toMatchObject(want);
  });

  it.each([
    'Mevrouw Vondeling en anderen vroegen naar de kritiek die er nu al is op het pact zelf:',
    'De heer Boomsma vroeg het volgende:',
    'Minister Bakker: ‘We gaan door.’',
    'Minister:',
    'De minister zei daarover het volgende:',
  ])('not a label: %s', (line) => {
    expect(parseLabel(line)).toBeNull();
  });
});

describe('not a transcript', () => {
  it('a news page quoting "Minister X:" gives a clear result and no half model', () => {
    const html = `<html><body><main><h1>Debat over wonen</h1>
      <p>Minister Bakker: ‘We gaan door met bouwen.’</p>
      <p>De heer Jansen (PartijA): ‘Het gaat te langzaam.’</p>
      <p>Minister Bakker:</p><p>Dat klopt niet.</p></main></body></html>`;
    const url = 'https://www.tweedekamer.nl/kamerstukken/detail?id=2026Z00001&did=2026D00001';
    const r = parseDocument(loadPage(html, url), url);
    expect(r).toEqual({ ok: false, reason: 'not-a-transcript', message: expect.stringMatching(/geen verslag/) });
  });

  it('empty and label-free text is not a transcript', () => {
    expect(parseText('').ok).toBe(false);
    expect(parseText('Dit is een gewone tekst.\n\nZonder sprekers.').ok).toBe(false);
  });
});

describe('an excerpt without the chair', () => {
  it('a government member answering members named with their party, turn after turn, is read as a record', () => {
    const turns = [
      'Minister Dekker:\nDe adviescommissie kijkt naar de kwaliteit.',
      'De heer Recourt (PvdA):\nGeldt dat ook voor de FIOD?',
      'Minister Dekker:\nDaar kom ik op terug.',
      'Mevrouw De Boer (GroenLinks):\nEn over vijf jaar?',
      'Minister Dekker:\nDe AVG geldt dan ook.',
      'De heer Dittrich (D66):\nStaat de actualiteit in artikel 35?',
      'Minister Dekker:\nIk ga dat na.',
    ];
    const r = parseText(turns.join('\n\n'));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.transcript.turns.map((t) => t.speakerId)).toHaveLength(7);
  });
  it('but not two people quoted in a few lines', () => {
    const r = parseText('Minister Bakker:\nWe bouwen door.\n\nDe heer Jansen (PartijA):\nTe langzaam.\n\nMinister Bakker:\nDat klopt niet.');
    expect(r.ok).toBe(false);
  });
});
