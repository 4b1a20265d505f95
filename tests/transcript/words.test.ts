import { describe, expect, it } from 'vitest';
import { wordCount } from '../../lib/transcript/words';
import { readRepoFile } from '../helpers/dom';

describe('wordCount', () => {
  it.each([
    ['Wit-Rusland ligt', 2],
    ["azc's en azc’s", 3],
    ['a - b', 2],
    ['Kröger; 17.37 uur', 4],
    ['', 0],
    ['x-', 1],
    ['🙂 naam', 1],
    ['Ελλάδα, ½ en Øre', 4], // Greek through the regex; ½ and Ø from the Latin-1 table
  ])('%j has %i words', (s, n) => {
    expect(wordCount(s)).toBe(n);
  });

  it('counts the seed like the word regex it replaces, and counts a slice in place', () => {
    const seed = readRepoFile('seeds/committee-2026-03-03-jbz.txt');
    const regex = seed.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)!.length;
    expect(wordCount(seed)).toBe(regex);
    expect(wordCount(seed, 100, 5000)).toBe(wordCount(seed.slice(100, 5000)));
  });
});
