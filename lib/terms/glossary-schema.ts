import { z } from 'zod';

/**
 * The parliamentary-jargon glossary as linted data.
 *
 * The data lives in `lib/terms/glossary.json`; this file is its schema, its
 * canonical formatting and its lint rules. `scripts/format-data.ts glossary`
 * normalises the file after an edit; `tests/terms/glossary.test.ts` fails on
 * anything that is not in canonical form.
 *
 * Matching rules the data obeys (and a matcher should follow):
 * - `caseSensitive: true`: the term and each variant match only exactly as
 *   written (so 'OM' does not match the word "om", 'ER' not "er").
 * - `caseSensitive: false`: the term and the variants match in any case.
 * - One acronym with several meanings is one entry with several senses
 *   (PBL: Planbureau voor de Leefomgeving / pbl: procesbeschikbaarheidslocatie);
 *   a variant may then differ from the term only in case, to record the
 *   customary spelling of a sense.
 */

export const Domain = z.enum(DOMAINS);
export type Domain = z.infer<typeof Domain>;

// The zod-free helpers live apart so the content script can use them without bundling zod.
import { compareTerms, DOMAINS, entryForms } from './glossary-forms';

export { DOMAIN_KEYWORDS, compareTerms, entryForms, sortKey } from './glossary-forms';

/** Non-empty, no surrounding whitespace. */
const Text = z
  .string()
  .min(1)
  .refine((s) => s === s.trim(), { message: 'no leading or trailing whitespace' });

export const GlossarySense = z
  .object({
    /** What the term stands for or means, e.g. "Immigratie- en Naturalisatiedienst". */
    expansion: Text,
    /** One Dutch sentence ending in '.'. */
    explanation: Text.refine((s) => s.endsWith('.'), { message: "explanation must end with '.'" }),
    /** Optional English gloss, one sentence. */
    explanationEn: Text.optional(),
    domains: z.array(Domain).min(1),
    /** Where the expansion can be checked: a URL or the title of a law or document. */
    source: Text.optional(),
  })
  .strict();
export type GlossarySense = z.infer<typeof GlossarySense>;

export const GlossaryEntry = z
  .object({
    /** Canonical spelling as usually written: 'IND', 'azc', 'JBZ-Raad', 'SDE++'. */
    term: Text,
    /** Other spellings, case forms and plurals that should also match; never the term itself. */
    variants: z.array(Text),
    /** True when only the exact spelling should match (the lowercase form is a word or means something else). */
    caseSensitive: z.boolean(),
    senses: z.array(GlossarySense).min(1),
  })
  .strict();
export type GlossaryEntry = z.infer<typeof GlossaryEntry>;

export const Glossary = z
  .object({
    version: z.literal(1),
    entries: z.array(GlossaryEntry),
  })
  .strict();
export type Glossary = z.infer<typeof Glossary>;

/** A copy with entries in file order. */
export function sortGlossary(g: Glossary): Glossary {
  return { version: g.version, entries: [...g.entries].sort((a, b) => compareTerms(a.term, b.term)) };
}

function orderedSense(s: GlossarySense): GlossarySense {
  // Key order = schema order; JSON.stringify drops the undefined optionals.
  return {
    expansion: s.expansion,
    explanation: s.explanation,
    explanationEn: s.explanationEn,
    domains: [...s.domains],
    source: s.source,
  };
}

function orderedEntry(e: GlossaryEntry): GlossaryEntry {
  return {
    term: e.term,
    variants: [...e.variants],
    caseSensitive: e.caseSensitive,
    senses: e.senses.map(orderedSense),
  };
}

/** Canonical text of the glossary file: keys in schema order, two-space indent, final newline. */
export function formatGlossary(g: Glossary): string {
  const ordered: Glossary = { version: g.version, entries: g.entries.map(orderedEntry) };
  return JSON.stringify(ordered, null, 2) + '\n';
}

/**
 * Lint rules beyond the schema. Returns human-readable problems; [] when clean.
 * - entries sorted by compareTerms;
 * - no two entries whose terms are equal ignoring case (one acronym = one entry with senses);
 * - within an entry no form repeats exactly (a variant is never the term);
 * - no form of one entry can match a form of another: equal, or equal ignoring
 *   case when either entry is case-insensitive;
 * - no domain listed twice in a sense.
 */
export function lintGlossary(g: Glossary): string[] {
  const problems: string[] = [];
  for (let i = 1; i < g.entries.length; i++) {
    const prev = g.entries[i - 1]!.term;
    const cur = g.entries[i]!.term;
    if (compareTerms(prev, cur) >= 0) problems.push(`not sorted: '${prev}' before '${cur}'`);
  }
  const byLowerTerm = new Map<string, string>();
  for (const e of g.entries) {
    const k = e.term.toLowerCase();
    const other = byLowerTerm.get(k);
    if (other !== undefined) problems.push(`duplicate term: '${other}' and '${e.term}'`);
    else byLowerTerm.set(k, e.term);
    const seen = new Set<string>();
    for (const f of entryForms(e)) {
      if (seen.has(f)) problems.push(`'${e.term}': form '${f}' listed twice`);
      seen.add(f);
    }
    for (const s of e.senses) {
      if (new Set(s.domains).size !== s.domains.length) problems.push(`'${e.term}': domain listed twice`);
    }
  }
  // Cross-entry collisions, bucketed by lowercased form.
  const buckets = new Map<string, { form: string; entry: GlossaryEntry }[]>();
  for (const entry of g.entries) {
    for (const form of new Set(entryForms(entry))) {
      const k = form.toLowerCase();
      const list = buckets.get(k) ?? [];
      list.push({ form, entry });
      buckets.set(k, list);
    }
  }
  for (const list of buckets.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (a.entry === b.entry) continue;
        const clash = a.form === b.form || !a.entry.caseSensitive || !b.entry.caseSensitive;
        if (clash) problems.push(`'${a.entry.term}' form '${a.form}' collides with '${b.entry.term}' form '${b.form}'`);
      }
    }
  }
  return problems;
}
