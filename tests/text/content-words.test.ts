import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentWords, fewerContentWords } from '../../lib/questions/text';
import { fold } from '../../lib/text/fold';
import { isStopword } from '../../lib/text/stopwords';

/** The rule as a regex, as it was written before the character loop: the loop must give the same words. */
function reference(s: string): string[] {
  const out: string[] = [];
  for (const m of fold(s).matchAll(/[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu)) {
    const w = m[0].replace(/’/g, "'");
    if (w.length < 3 || /^\d+$/.test(w) || isStopword(w)) continue;
    out.push(w);
  }
  return out;
}

describe('content words', () => {
  it('reads words, apostrophe forms, numbers and stopwords as the rule says', () => {
    expect(contentWords("De azc’s en de pbl-locaties: 20.000 plekken in 2024, d66 en 23a; Kröger's motie")).toEqual([
      "azc's",
      'pbl',
      'locaties',
      'plekken',
      'd66',
      '23a',
      "kroger's",
      'motie',
    ]);
  });

  it('agrees with the regex rule on every paragraph of the seed', () => {
    const seed = readFileSync('seeds/committee-2026-03-03-jbz.txt', 'utf8');
    for (const p of seed.split('\n')) expect(contentWords(p)).toEqual(reference(p));
  });

  it('agrees with the regex rule on random strings of the characters the loop tells apart', () => {
    const alphabet = ['a', 'Q', 'é', 'ø', '7', ' ', "'", '’', '-', '.', 'ß', '²', '𝐀', '😀', '\uD800', 'ĳ', 'Ω', 'مرحبا', '\u0308', 'de ', 'van '];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let n = 0; n < 3000; n++) {
      let s = '';
      for (let i = next() % 16; i > 0; i--) s += alphabet[next() % alphabet.length];
      expect(contentWords(s), JSON.stringify(s)).toEqual(reference(s));
    }
  });

  it('fewerContentWords counts to n and no further', () => {
    expect(fewerContentWords('Klopt dat?', 2)).toBe(true);
    expect(fewerContentWords('De minister stuurt een brief.', 2)).toBe(false);
    expect(fewerContentWords('', 1)).toBe(true);
    // Read in pieces: the same answer as counting all words, on a long text and around the piece boundary.
    const long = `${'de '.repeat(199)}woningbouw ${'en '.repeat(300)}stikstof`;
    expect(fewerContentWords(long, 2)).toBe(false);
    expect(fewerContentWords(long, 3)).toBe(true);
    expect(contentWords(long)).toEqual(['woningbouw', 'stikstof']);
  });
});
