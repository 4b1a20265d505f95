import type { z } from 'zod';
import type { AnalysisTerm } from '../analyze';
import type { Transcript } from '../transcript/model';
import { findTerms, type DocumentTerm } from './find-terms';
import { loadGlossary } from './glossary';
import { compareTerms } from './glossary-forms';

/** The terms in the `analyze` shape, most frequent first (ties by term). */
export function termsToAnalysis(terms: readonly DocumentTerm[]): z.infer<typeof AnalysisTerm>[] {
  return terms
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

/** The transcript's terms in the `analyze` shape, using the bundled glossary. */
export function termsForAnalysis(transcript: Transcript): z.infer<typeof AnalysisTerm>[] {
  return termsToAnalysis(findTerms(transcript, loadGlossary()));
}
