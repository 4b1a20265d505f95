import type { Commitment } from '../commitments/model';
import type { MotionsAnalysis } from '../motions/model';
import type { QuestionsAnalysis } from '../questions/model';
import type { DocumentTerm } from '../terms/find-terms';

/**
 * The analyses the overlay shows beyond the parse. They run in the
 * background (run-page.ts), not in the page: the page's main thread keeps
 * only the parse, and the content script carries neither the glossary nor
 * the analysers. This module holds only their shape, without zod, which the
 * content script does not carry either (the background checks each result
 * with its schema before sending it; see registry.ts).
 */
export interface PageAnalyses {
  terms: DocumentTerm[];
  commitments: Commitment[];
  questions: QuestionsAnalysis;
  motions: MotionsAnalysis;
  /** The analyses that failed on this transcript: their results above are empty, the others stand. */
  failed: AnalysisId[];
}

export const ANALYSIS_IDS = ['terms', 'commitments', 'questions', 'motions'] as const;
export type AnalysisId = (typeof ANALYSIS_IDS)[number];

const isId = (f: unknown): f is AnalysisId => (ANALYSIS_IDS as readonly unknown[]).includes(f);

/** A light check of a reply from our own background. */
export function asPageAnalyses(x: unknown): PageAnalyses | null {
  if (!x || typeof x !== 'object') return null;
  const a = x as Partial<PageAnalyses>;
  if (!Array.isArray(a.terms) || !Array.isArray(a.commitments) || !Array.isArray(a.questions?.questions) || !Array.isArray(a.motions)) return null;
  const failed = Array.isArray(a.failed) ? a.failed.filter(isId) : [];
  return { ...(a as PageAnalyses), failed };
}
