import type { Commitment } from './commitments/model';
import type { QuestionsAnalysis } from './questions/model';
import type { DocumentTerm } from './terms/find-terms';

/**
 * The analyses the overlay shows beyond the parse. They run in the
 * background (`run-page-analyses.ts`), not in the page: the page's main
 * thread keeps only the parse, and the content script carries neither the
 * glossary nor the analysers. This module holds only their shape.
 */
export interface PageAnalyses {
  terms: DocumentTerm[];
  commitments: Commitment[];
  questions: QuestionsAnalysis;
  /** The analyses that failed on this transcript: their results above are empty, the others stand. */
  failed: AnalysisId[];
}

export type AnalysisId = 'terms' | 'commitments' | 'questions';

/** A light check of a reply from our own background (the content script carries no zod). */
export function asPageAnalyses(x: unknown): PageAnalyses | null {
  if (!x || typeof x !== 'object') return null;
  const a = x as Partial<PageAnalyses>;
  if (!Array.isArray(a.terms) || !Array.isArray(a.commitments) || !Array.isArray(a.questions?.questions)) return null;
  const failed = Array.isArray(a.failed) ? a.failed.filter((f): f is AnalysisId => f === 'terms' || f === 'commitments' || f === 'questions') : [];
  return { ...(a as PageAnalyses), failed };
}
