// Letters NFKD does not decompose to ASCII.
const FOLD: Record<string, string> = { ı: 'i', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', þ: 'th' };

/**
 * A speaker's id from a name: ASCII letters and digits joined by "-"
 * ("Søren Ağca" → "soren-agca"), "spreker" when nothing is left. One rule for
 * every reader, so one person has one id whatever form the transcript came in.
 */
export function slug(s: string): string {
  return (
    s
      .toLowerCase()
      .replace(/[ıøßæœłđðþ]/gu, (c) => FOLD[c] ?? c)
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'spreker'
  );
}
