import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../lib/transcript/normalize';

/** The rule in full, every step on every string: the fast paths must agree with it. */
const reference = (s: string) =>
  s
    .normalize('NFC')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\uE000-\uF8FF]/g, ' ')
    .replace(/[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g, ' ')
    .trim();

describe('normalizeText', () => {
  const cases: [string, string][] = [
    ['  De heer  Kröger:\n', 'De heer Kröger:'],
    ['Kro\u0308ger', 'Kröger'], // combining diaeresis composes
    ['twee\u00A0woorden', 'twee woorden'],
    ['ge\u00ADbroken', 'gebroken'],
    ['a \u200B b', 'a b'], // removing the invisible leaves two spaces: they collapse too
    ['\uF0B7 opsomming', 'opsomming'],
    ['tab\tin\r\nregel', 'tab in regel'],
    ['em\u2003space en \u2000quad', 'em space en quad'],
    ['\u212Bngström', 'Ångström'], // a singleton decomposition (ANGSTROM SIGN)
    ['“aanhalingstekens” — en € 5', '“aanhalingstekens” — en € 5'],
    ['', ''],
    ['regel\u2028scheiding en\u00A0\u00A0twee', 'regel scheiding en twee'],
    ['Curaçao, één, Øresund ß', 'Curaçao, één, Øresund ß'], // plain Latin letters: only trimmed
  ];
  it.each(cases)('normalises %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
    expect(normalizeText(input)).toBe(reference(input));
  });

  it('agrees with the full rule on every line and paragraph of the seed', () => {
    const seed = readFileSync('seeds/committee-2026-03-03-jbz.txt', 'utf8');
    const pieces = [...seed.split('\n'), ...seed.split('\n\n'), seed.replace(/ /g, '\u00A0')];
    for (const p of pieces) expect(normalizeText(p)).toBe(reference(p));
  });

  it('agrees with the full rule on random strings of the characters each step looks at', () => {
    const alphabet = ['a', 'é', ' ', '  ', '\t', '\n', '\u00A0', '\u00AD', '\u200B', '\uF0B7', '\u0308', '\u212B', '\u2003', '\u3000', '\uFEFF', '—', 'ÿ', '\u02FF', '\u0300'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let n = 0; n < 2000; n++) {
      let s = '';
      for (let i = next() % 12; i > 0; i--) s += alphabet[next() % alphabet.length];
      expect(normalizeText(s), JSON.stringify(s)).toBe(reference(s));
    }
  });
});
