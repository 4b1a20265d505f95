import { fold } from './fold';

/** Folded words, hyphens split ("JBZ-Raadverslag" → jbz, raadverslag): for bags of words. */
export function foldedWords(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}
