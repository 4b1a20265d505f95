import { fold } from './fold';

/**
 * Words of a text with their offsets: the one tokenisation the analyses
 * share. A word is a run of letters and digits, with inner hyphens and
 * apostrophes kept ("COVID-19", "zo'n", "Kamer's"); everything else separates.
 */
export interface Word {
  /** As written. */
  text: string;
  /** `fold(text)`. */
  folded: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Words of `text`; `base` is added to every offset. Linear. */
export function wordsOf(text: string, base = 0): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    out.push({ text: m[0], folded: fold(m[0]), start: base + m.index, end: base + m.index + m[0].length });
  }
  return out;
}

/** Folded words only, hyphens split ("JBZ-Raadverslag" → jbz, raadverslag): for bags of words. */
export function foldedWords(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}
