/**
 * One light Dutch stemmer for every analysis that compares words. It takes
 * off what inflection adds and undoes the spelling changes that come with it,
 * so the forms of one word meet: "brieven" → "brief", "nareizen" → "nareis",
 * "maanden" → "mand", "mogelijkheden" → "mogelijkheid", "Iraniërs" → "iran".
 * Input is a folded word (see fold.ts).
 *
 * Why not a library: the Snowball Dutch stemmer ports on npm are unmaintained
 * (snowball-stemmers, last release 2017) or come inside a framework
 * (@nlpjs/lang-nl pulls @nlpjs/core; natural pulls some twenty packages); and
 * Snowball's Dutch keeps "brieven"/"brief" and "reizen"/"reis" apart, which is
 * what matching a promise to its wording needs most.
 */
export function stem(folded: string): string {
  let s = MEMO.get(folded);
  if (s !== undefined) return s;
  s = stemWord(folded);
  // Bounded: a day's vocabulary is some tens of thousands of words.
  if (MEMO.size > 100_000) MEMO.clear();
  MEMO.set(folded, s);
  return s;
}

const MEMO = new Map<string, string>();

function stemWord(w: string): string {
  let s = w;
  if (s.length > 6 && s.endsWith('heden')) return s.slice(0, -5) + 'heid';
  // Inhabitants to their country: "iraniers" → "iran", "syrier" → "syri".
  if (s.length > 6 && /iers?$/u.test(s)) return s.replace(/iers?$/u, '');
  if (s.length > 5 && /[^aeiou]en$/u.test(s)) s = s.slice(0, -2);
  else if (s.length > 4 && /[^aeious']s$/u.test(s)) s = s.slice(0, -1);
  else if (s.length > 4 && /[^aeiou]e$/u.test(s)) s = s.slice(0, -1);
  if (s.length > 3 && s !== w) {
    if (s.endsWith('z')) s = s.slice(0, -1) + 's';
    else if (s.endsWith('v')) s = s.slice(0, -1) + 'f';
    if (/([^aeiou])\1$/u.test(s)) s = s.slice(0, -1);
  }
  // Open and closed syllables spell one vowel twice or once ("sturen"/"stuur", "maanden"/"maand").
  return s.replace(/([aeou])\1/gu, '$1');
}

/**
 * The parts of a Dutch compound that occur as words of their own in `vocab`:
 * "clingendaelrapport" → clingendael, rapport. A head may carry the linking
 * "s" ("veiligheidsplan" → veiligheid). Empty for short words.
 */
export function compoundParts(w: string, vocab: ReadonlySet<string>): string[] {
  if (w.length < 8) return [];
  let head = '';
  let tail = '';
  for (let i = 4; i <= w.length - 4; i++) {
    const h = w.slice(0, i);
    const t = w.slice(i);
    if (!tail && t.length >= 5 && vocab.has(t)) tail = t;
    if (vocab.has(h)) head = h;
    else if (h.endsWith('s') && vocab.has(h.slice(0, -1))) head = h.slice(0, -1);
  }
  return [head, tail].filter(Boolean);
}
