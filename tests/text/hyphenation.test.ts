import { describe, expect, it } from 'vitest';
import { brokenByLayout, hyphenEvidence } from '../../lib/text/hyphenation';

const doc = (...lines: string[]) => hyphenEvidence(lines);

describe('a line-end hyphen: the layout\'s or the word\'s own', () => {
  const none = doc('');
  it('is the layout\'s by default: a word broken at a syllable', () => {
    for (const [head, tail] of [['woningbouwcorpo', 'raties'], ['versoe', 'pelen'], ['parkeergelegen', 'heid'], ['Bin', 'nenlandse']]) {
      expect(brokenByLayout(head!, tail!, none), head).toBe(true);
    }
  });
  it('is the word\'s own where two vowels would be read as one sound', () => {
    expect(brokenByLayout('massa', 'immigratie', none)).toBe(false);
    expect(brokenByLayout('zee', 'egel', none)).toBe(false);
    expect(brokenByLayout('auto', 'ongeluk', none)).toBe(false);
    // A pair that is no one sound is split by the layout ("ide-aal").
    expect(brokenByLayout('ide', 'aal', none)).toBe(true);
  });
  it('is the word\'s own after an abbreviation or a name', () => {
    expect(brokenByLayout('DAEB', 'ruimte', none)).toBe(false);
    expect(brokenByLayout('mkb', 'financiering', none)).toBe(false);
    // One letter is never broken off by a layout.
    expect(brokenByLayout('e', 'mail', none)).toBe(false);
    const named = doc('een rapport van het Nibud over huren');
    expect(brokenByLayout('Nibud', 'onderzoek', named)).toBe(false);
    // A capitalised word that only opens a sentence is no name.
    expect(brokenByLayout('Woning', 'corporaties', doc('Woning is een woord.'))).toBe(true);
  });
  it('follows what the document writes elsewhere', () => {
    // "lhbti-gemeenschap" inside a line: "lhbti-" is written with its hyphen.
    expect(brokenByLayout('lhbti', 'vluchtelingen', doc('de lhbti-gemeenschap in Turkije'))).toBe(false);
    // The whole word elsewhere ("Wel-" / "zijn" beside "Mevrouw Welzijn").
    expect(brokenByLayout('Wel', 'zijn', doc('Mevrouw Welzijn (NSC):'))).toBe(true);
    // A line-end hyphen is no evidence of a word's own hyphen.
    expect(doc('de commissie voor Bin-').hyphenHeads.has('bin')).toBe(false);
    expect(doc('de commissie voor Bin-').names.has('Bin')).toBe(false);
  });
  it('does not take an unstressed prefix written with a hyphen once for a word of its own', () => {
    // "een ver-van-mijn-bedshow" inside a line does not make every "ver-" / "strikt" at a line end the word's own.
    const phrase = doc('dat is geen ver-van-mijn-bedshow meer', 'een be-all-and-end-all');
    for (const [head, tail] of [['ver', 'strikt'], ['ver', 'zamelen'], ['be', 'halen']]) expect(brokenByLayout(head!, tail!, phrase), head).toBe(true);
    // The phrase itself broken after its first part keeps its hyphen: "ver-" / "van-mijn-bedshow" (a review).
    expect(brokenByLayout('ver', 'van', phrase, true)).toBe(false);
    // A first part that is a word of its own still counts ("oud-" of "oud-minister").
    expect(brokenByLayout('oud', 'wethouder', doc('de oud-minister sprak'))).toBe(false);
  });
});
