import { describe, expect, it } from 'vitest';
import { parseText } from '../../lib/transcript/parse';
import { cleanTitle, titleFromHeader } from '../../lib/transcript/meta';

describe('the title of a Handelingen item', () => {
  it('leaves out the item number printed before the heading', () => {
    expect(cleanTitle('26 Regeling van werkzaamheden')).toBe('Regeling van werkzaamheden');
    expect(cleanTitle('3 Vragenuur: Vragen Bisschop')).toBe('Vragenuur: Vragen Bisschop');
  });

  it('keeps a number that is part of the title', () => {
    expect(cleanTitle('100 dagen kabinet')).toBe('100 dagen kabinet');
    expect(cleanTitle('Wet Fonds economische structuurversterking 2024')).toBe('Wet Fonds economische structuurversterking 2024');
  });

  it("skips the page's frame (kind, metadata table) before the heading", () => {
    const header = [
      'Handeling',
      'Datum publicatieOrganisatieVergaderjaarVergadernummerDatum vergadering Tweede Kamer der Staten-Generaal2018-2019nr. 3, item 8',
      '8 Algemene Politieke Beschouwingen',
    ];
    expect(titleFromHeader(header)).toBe('8 Algemene Politieke Beschouwingen');
    expect(titleFromHeader(['Handelingen en moties'])).toBe('Handelingen en moties');
  });

  it('reads the title of a page text that starts with the frame', () => {
    const text = [
      'Handeling',
      'Datum publicatieOrganisatieVergaderjaarVergadernummerDatum vergadering\nTweede Kamer der Staten-Generaal2018-2019nr. 33, item 4',
      '4 Nationaal Programma Groningen',
      'De voorzitter:',
      'Ik geef mevrouw Beckerman het woord.',
      'Mevrouw Beckerman (SP):',
      'Voorzitter, dank u wel.',
      'De voorzitter:',
      'Dank u wel.',
    ].join('\n\n');
    const r = parseText(text);
    if (!r.ok) throw new Error(r.message);
    expect(r.transcript.meta.title).toBe('Nationaal Programma Groningen');
  });
});
