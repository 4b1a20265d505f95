import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, foldedLetters, squash } from '../../lib/text/fold';
import { DUTCH_MONTHS, monthIndex } from '../../lib/text/months';
import { sentenceAt } from '../../lib/text/sentences';
import { compoundParts, stem } from '../../lib/text/stem';
import { isStopword, TIME_WORDS } from '../../lib/text/stopwords';
import { foldedWords } from '../../lib/text/words';

describe('lib/text: the Dutch text toolkit', () => {
  it('folds case and diacritics, keeping offsets for precomposed text', () => {
    expect(fold('Geïnformeerd Kröger ÉÉN')).toBe('geinformeerd kroger een');
    expect(fold('Ağca').length).toBe('Ağca'.length);
    expect(foldedLetters('Raad van State')).toBe(foldedLetters('raad-van-state'));
    // squash keeps digits and drops what is not a–z: the key of a party or a name, whatever its spelling.
    expect(['GroenLinks-PvdA', 'GL/PvdA', 'Christen-Democratisch Appèl', 'D66', 'JA21 '].map(squash)).toEqual(['groenlinkspvda', 'glpvda', 'christendemocratischappel', 'd66', 'ja21']);
  });

  it('folds only the non-ASCII runs, with the same result as folding the whole text at once', () => {
    const whole = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
    // Marks after an ASCII letter (decomposed input), marks in a row, other scripts, ligatures, astral characters.
    for (const s of ['Cafe\u0301 ÅNGSTRÖM', 'e\u0308\u0301 x', 'ĳs Ĳsselmeer', 'ǅemal', 'Ωμέγα', 'ﬁets', '𝔘 𝒳', 'ê̄ṩ']) expect(fold(s), s).toBe(whole(s));
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => fold(s) === whole(s)), { seed: 20261205, numRuns: 500 });
  });

  it('stems the forms of one word together', () => {
    const same = (a: string, b: string) => expect(stem(a)).toBe(stem(b));
    same('brieven', 'brief');
    same('nareizen', 'nareis');
    same('maanden', 'maand');
    same('sturen', 'stuur');
    same('mogelijkheden', 'mogelijkheid');
    same('iraniers', 'iran');
    expect(stem('brief')).not.toBe(stem('bries'));
    // Short words are left alone: "wet" and "weten" must not meet.
    expect(stem('wet')).toBe('wet');
  });

  it('splits a compound into the words it is made of, when those occur', () => {
    const vocab = new Set(['veiligheid', 'plan', 'rapport', 'clingendael']);
    expect(compoundParts('clingendaelrapport', vocab)).toEqual(['clingendael', 'rapport']);
    expect(compoundParts('veiligheidsplan', new Set(['veiligheid', 'plannen']))).toEqual(['veiligheid']);
    expect(compoundParts('rapport', vocab)).toEqual([]);
  });

  it('reads month names in any case, and knows none that is not one', () => {
    expect(DUTCH_MONTHS).toHaveLength(12);
    expect(monthIndex('Maart')).toBe(2);
    expect(monthIndex('march')).toBe(-1);
    expect(TIME_WORDS.has('december')).toBe(true);
  });

  it('gives folded words for bags of words, hyphens split', () => {
    expect(foldedWords('JBZ-Raadverslag van de Ständige')).toEqual(['jbz', 'raadverslag', 'van', 'de', 'standige']);
  });

  it('keeps a definition sentence whole across abbreviations', () => {
    const par = 'Dat staat in brief nr. 5. Een vtl is een verscherpttoezichtlocatie, zie o.a. de wet. Daarna verder.';
    const from = par.indexOf('vtl');
    const [s, e] = sentenceAt(par, from, from + 3);
    expect(par.slice(s, e)).toBe('Een vtl is een verscherpttoezichtlocatie, zie o.a. de wet.');
  });

  it('knows function words and debate roles as stopwords, not subject words', () => {
    expect(isStopword('de')).toBe(true);
    expect(isStopword('minister')).toBe(true);
    expect(isStopword('stikstof')).toBe(false);
  });
});

describe('lib/text: speaker ids', () => {
  it('one slug for every reader: "Søren" is soren, in text and in VLOS alike', async () => {
    const { slug } = await import('../../lib/text/slug');
    expect(slug('Søren Ağca')).toBe('soren-agca');
    expect(slug('Ýilmaz-Öztürk')).toBe('yilmaz-ozturk');
    expect(slug('<>')).toBe('spreker');
  });
});
