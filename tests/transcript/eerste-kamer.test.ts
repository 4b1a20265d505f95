import { describe, expect, it } from 'vitest';
import { citedDebate, findDate, houseFromFrame, titleFromHeader } from '../../lib/transcript/meta';
import { parseDocument, parseText } from '../../lib/transcript/parse';
import { parseLabel } from '../../lib/transcript/patterns';
import { loadPage } from '../helpers/dom';

/**
 * What the Eerste Kamer's Handelingen print that the Tweede Kamer's rarely do
 * (issue #16). The real pages are checked in tests/reader/real-documents.test.ts;
 * these are the rules, each on a short text of the same shape.
 */
describe('Eerste Kamer Handelingen', () => {
  it('reads a member labelled by function after a comma as that member, without a party', () => {
    expect(parseLabel('De heer Schouwenaar, voorzitter der commissie:')).toMatchObject({
      name: 'Schouwenaar',
      role: 'member',
      party: null,
      asChair: false,
    });
    expect(parseLabel('Mevrouw Van Bijsterveld (CDA), rapporteur:')).toMatchObject({ name: 'Van Bijsterveld', party: 'CDA' });
  });

  it.each([
    'De heer Boomsma, namens mijn fractie het volgende:',
    'De heer Koffeman, die zijn motie aanhoudt, zegt:',
    'Mevrouw Vos, wat vindt u van de motie met letter G:',
  ])('a sentence with a comma is still not a label: %s', (line) => {
    expect(parseLabel(line)).toBeNull();
  });

  it('does not take the sitting a vote refers back to ("Zie vergadering van …") as the meeting date', () => {
    expect(findDate('3 Stemmingen\n(Zie vergadering van 15 november 2011.)')).toBeNull();
    expect(findDate('(Zie vergadering van dinsdag 13 februari 2018.)')).toBeNull();
    expect(findDate('1\nDinsdag 15 januari 2013\nAanvang 13.30 uur')).toBe('2013-01-15');
  });

  it("skips the Senate's metadata table before the heading, also when its lines come apart", () => {
    expect(
      titleFromHeader([
        'Handeling',
        'Datum publicatieOrganisatieVergaderjaarVergadernummerDatum vergadering',
        'Eerste Kamer der Staten-Generaal2011-2012nr. 8, item 3',
        '3 Stemmingen',
      ]),
    ).toBe('3 Stemmingen');
  });

  it('reads an item where only the chair speaks when a chair line or opening time says it is a sitting', () => {
    const text = [
      '1',
      'Dinsdag 15 januari 2013',
      'Aanvang 13.30 uur',
      'Voorzitter: Fred de Graaf',
      'Tegenwoordig zijn 60 leden, te weten:',
      'Backer, Beckers en De Vries,',
      'De voorzitter:',
      'Ik deel aan de Kamer mede dat zijn ingekomen berichten van verhindering van de leden:',
      'Vos, wegens persoonlijke omstandigheden.',
      'De voorzitter:',
      'Aan de orde is de beëdiging van de heer Witteveen.',
    ].join('\n\n');
    const r = parseText(text);
    if (!r.ok) throw new Error(r.message);
    expect(r.transcript.meta).toMatchObject({ title: 'Dinsdag 15 januari 2013', date: '2013-01-15', opened: '13:30' });
    expect(r.transcript.turns.map((t) => t.asChair)).toEqual([true, true]);
    expect(r.transcript.speakers.map((s) => s.name)).toEqual(['De Graaf']);
  });

  it('still refuses a text whose only "speaker" is a chair label and nothing else marks a sitting', () => {
    expect(parseText('Notulen\n\nDe voorzitter:\n\nWelkom.\n\nDe voorzitter:\n\nTot ziens.').ok).toBe(false);
  });

  it('says whose record it is when the publisher\'s table names the chamber, and reads a chair-only item then', () => {
    const frame = ['Handeling', 'Datum publicatieOrganisatieVergaderjaarVergadernummerDatum vergadering\nEerste Kamer der Staten-Generaal2019-2020nr. 25, item 3'];
    const text = [...frame, '3 Mededelingen', 'De voorzitter:', 'Voordat wij verdergaan heb ik enkele mededelingen.', 'De voorzitter:', 'Op de tafel van de Griffier ligt een lijst van ingekomen stukken.'].join('\n\n');
    const r = parseText(text);
    if (!r.ok) throw new Error(r.message);
    expect(r.transcript.meta).toMatchObject({ title: 'Mededelingen', house: 'eerste-kamer' });
    expect(houseFromFrame(['Datum vergadering Tweede Kamer der Staten-Generaal2018-2019nr. 33, item 4'])).toBe('tweede-kamer');
    // A sentence that names a chamber is not the table.
    expect(houseFromFrame(['Dit is een brief aan de Eerste Kamer der Staten-Generaal over 2019-2020.'])).toBeNull();
    // Pasted without the table, the text does not say it: no house rather than a guess.
    const bare = parseText(text.split('\n\n').slice(2).join('\n\n').replace('De voorzitter:', 'De heer Koffeman (PvdD):'));
    if (!bare.ok) throw new Error(bare.message);
    expect(bare.transcript.meta.house).toBeUndefined();
  });

  it('reads an h-ek page of the publisher as the Eerste Kamer\'s, an item where only the chair speaks included', () => {
    const html = `<html><head><title>Handelingen I 2019/20, nr. 25, item 3</title></head><body><div id="broodtekst">
      <h1>3 Mededelingen</h1>
      <div class="spreekbeurt"><p><strong>De voorzitter:</strong></p><p>Voordat wij verdergaan heb ik enkele mededelingen.</p></div>
      <div class="spreekbeurt"><p><strong>De voorzitter:</strong></p><p>Op de tafel van de Griffier ligt een lijst van ingekomen stukken.</p></div>
      </div></body></html>`;
    const url = 'https://zoek.officielebekendmakingen.nl/h-ek-20192020-25-3.html';
    const r = parseDocument(loadPage(html, url), url);
    if (!r.ok) throw new Error(r.message);
    expect(r.transcript.meta).toMatchObject({ source: 'handelingen', house: 'eerste-kamer', kind: 'plenary' });
    expect(r.transcript.turns).toHaveLength(2);
    const tk = 'https://zoek.officielebekendmakingen.nl/h-tk-20192020-25-3.html';
    expect(parseDocument(loadPage(html, tk), tk)).toMatchObject({ ok: true, transcript: { meta: { house: 'tweede-kamer' } } });
  });

  it('names the Senate in a citation of its debate, and leaves a Tweede Kamer debate as it was', () => {
    expect(citedDebate({ title: 'Stemmingen', house: 'eerste-kamer' })).toBe('Stemmingen (Eerste Kamer)');
    expect(citedDebate({ title: 'Stemmingen', house: 'tweede-kamer' })).toBe('Stemmingen');
    expect(citedDebate({ title: 'Stemmingen' })).toBe('Stemmingen');
  });
});

describe('Eerste Kamer: a temporary chair', () => {
  it('"De tijdelijke voorzitter:" speaks as the chair that "Tijdelijke voorzitter: X" names', () => {
    const r = parseText('Tijdelijke voorzitter: Backer\n\nDe tijdelijke voorzitter:\nIk geef het woord aan mevrouw Gerkens.\n\nMevrouw Gerkens (SP):\nVoorzitter. Dank u wel.\n\nDe tijdelijke voorzitter:\nDank u wel.\n');
    if (!r.ok) throw new Error(r.message);
    const t = r.transcript;
    expect(t.turns.map((x) => x.asChair)).toEqual([true, false, true]);
    expect(t.speakers.find((s) => s.id === t.turns[0]!.speakerId)!.name).toBe('Backer');
  });
});
