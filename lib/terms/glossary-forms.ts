import { fold } from '../text/fold';
import domainKeywords from './domain-keywords.json';
import type { Domain, GlossaryEntry } from './glossary-schema';

/* Glossary helpers without zod: the matcher in the content script needs them, not the schema. */

/** The policy domains, in a fixed order (ties in domain scores are broken by it). */
export const DOMAINS = [
  /** Parliament, procedure, general government. */
  'algemeen',
  'asiel-migratie',
  'justitie-veiligheid',
  'europa',
  'buitenlandse-zaken',
  'defensie',
  'klimaat-energie',
  'economie',
  'financien',
  'sociale-zaken-werk',
  'zorg',
  'onderwijs-wetenschap',
  'landbouw-natuur',
  'infrastructuur-water',
  'binnenlandse-zaken',
  'wonen',
  'digitaal',
] as const;

/**
 * Lowercase Dutch keywords per domain, for guessing a debate's domain from its
 * committee name, title or text (whole-word or phrase matches on lowercased
 * text). Data, not code: `domain-keywords.json`, linted by tests/terms/glossary.test.ts.
 */
export const DOMAIN_KEYWORDS: Readonly<Record<Domain, readonly string[]>> = domainKeywords;

/**
 * Sort key of a term: diacritics removed (NFD, combining marks dropped), then
 * lowercased. Keys are compared with a plain code-unit `<` (see compareTerms),
 * not localeCompare, so the order does not depend on the ICU data of the
 * runtime: punctuation and digits sort before letters ('EU' < 'EU-richtlijn' < 'Eurodac').
 */
export function sortKey(term: string): string {
  return fold(term);
}

/** Order of entries in the file: by sortKey, ties broken by the raw term (code units). */
export function compareTerms(a: string, b: string): number {
  const ka = sortKey(a);
  const kb = sortKey(b);
  if (ka !== kb) return ka < kb ? -1 : 1;
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** Every form an entry matches: the term, then the variants. */
export function entryForms(e: GlossaryEntry): string[] {
  return [e.term, ...e.variants];
}

