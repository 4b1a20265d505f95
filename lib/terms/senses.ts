import { fold, foldedLetters } from '../text/fold';
import { NAME_FUNCTION_WORDS } from '../text/stopwords';
import type { DomainScore } from './domain';
import type { GlossaryEntry, GlossarySense } from './glossary-schema';

/**
 * The sense of a glossary entry that fits the debate: the one whose domains
 * score highest for it (in an asylum debate "pbl" is a
 * procesbeschikbaarheidslocatie, in a climate debate "PBL" the Planbureau voor
 * de Leefomgeving). Without any domain evidence, the entry's first sense.
 */
export function chooseSense(entry: GlossaryEntry, domains: readonly DomainScore[]): GlossarySense {
  const scoreOf = new Map(domains.map((d) => [d.domain, d.score]));
  let best = entry.senses[0]!;
  let bestScore = 0;
  for (const sense of entry.senses) {
    const s = Math.max(0, ...sense.domains.map((d) => scoreOf.get(d) ?? 0));
    if (s > bestScore) {
      best = sense;
      bestScore = s;
    }
  }
  return best;
}

function contentWords(s: string): string[] {
  return (fold(s).match(/\p{L}+/gu) ?? []).filter((w) => !NAME_FUNCTION_WORDS.has(w));
}

/**
 * The glossary sense that says the same as a definition from the debate, if
 * any: equal letters (ignoring case, spaces, hyphens, a plural ending), or
 * every content word of the debate's expansion in the sense's ("Europees
 * Verdrag voor de Rechten van de Mens" agrees with the full treaty name). Its
 * explanation can then accompany the debate's own words.
 */
export function senseAgreeingWith(entry: GlossaryEntry, expansion: string): GlossarySense | undefined {
  const e = foldedLetters(expansion);
  const words = contentWords(expansion);
  return entry.senses.find((s) => {
    const g = foldedLetters(s.expansion);
    if (g === e || ((g.startsWith(e) || e.startsWith(g)) && Math.abs(g.length - e.length) <= 2)) return true;
    const own = new Set(contentWords(s.expansion));
    return words.length >= 2 && words.every((w) => own.has(w));
  });
}
