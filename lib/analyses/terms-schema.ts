import { z } from 'zod';

/** The terms result as the overlay receives it (lib/terms/find-terms.ts `DocumentTerm`), checked before it leaves the background. */
const Occurrence = z.object({ turnIndex: z.number().int().nonnegative(), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

export const DocumentTermSchema = z.object({
  term: z.string(),
  variants: z.array(z.string()),
  occurrences: z.array(Occurrence),
  meaning: z.object({
    expansion: z.string(),
    explanation: z.string(),
    explanationEn: z.string().optional(),
    source: z.enum(['transcript', 'glossary']),
    definedAt: Occurrence.optional(),
    usedAt: Occurrence.optional(),
  }),
  count: z.number().int().nonnegative(),
});
