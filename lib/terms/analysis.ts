import type { z } from 'zod';
import type { AnalysisTerm } from '../analyze';
import type { Transcript } from '../transcript/model';
import { findTerms } from './find-terms';
import { loadGlossary } from './glossary';
import { compareTerms } from './glossary-forms';

/**
 * The transcript's terms in the `analyze` shape, most frequent first (ties by
 * term), using the bundled glossary.
 */
export function termsForAnalysis(transcript: Transcript): z.infer<typeof AnalysisTerm>[] {
  return findTerms(transcript, loadGlossary())
    .map((t) => ({
      term: t.term,
      variants: t.variants,
      expansion: t.meaning.expansion,
      explanation: t.meaning.explanation,
      source: t.meaning.source,
      count: t.count,
    }))
    .sort((a, b) => b.count - a.count || compareTerms(a.term, b.term));
}
