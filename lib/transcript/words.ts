/** Words as a reader counts them: letters and digits, with inner hyphens and apostrophes ("Wit-Rusland", "azc's"). */
export function wordCount(s: string): number {
  const m = s.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu);
  return m ? m.length : 0;
}
