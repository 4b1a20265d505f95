import type { Commitment } from '../commitments/model';
import type { MotionsAnalysis } from '../motions/model';
import type { Phase } from '../overlay/phases';
import type { DebateMapModel } from '../overlay/debate-map';
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
  /** The terms of the debate, for the Overzicht (told here rather than in the page at start-up). */
  phases: Phase[];
  /** The debate map's blocks and marks, from the transcript and the analyses above; null when it failed. */
  map: DebateMapModel | null;
  /** The analyses that failed on this transcript: their results above are empty, the others stand. */
  failed: AnalysisId[];
  /**
   * Where the page's saved passages are in this text, found by the background (which owns the
   * list and the fuzzy search: neither is shipped in the content script); a passage not found is
   * absent. Only ids and offsets: no quote, note or tag.
   */
  located?: LocatedPassage[];
}

export interface LocatedPassage {
  id: string;
  start: number;
  end: number;
}

const isLocated = (x: unknown): x is LocatedPassage => {
  const l = x as Partial<LocatedPassage> | null;
  return typeof l?.id === 'string' && Number.isInteger(l.start) && Number.isInteger(l.end) && l.start! >= 0 && l.end! >= l.start!;
};

export const ANALYSIS_IDS = ['terms', 'commitments', 'questions', 'motions', 'phases'] as const;
export type AnalysisId = (typeof ANALYSIS_IDS)[number];

const isId = (f: unknown): f is AnalysisId => (ANALYSIS_IDS as readonly unknown[]).includes(f);

/** A light check of a reply from our own background. */
export function asPageAnalyses(x: unknown): PageAnalyses | null {
  if (!x || typeof x !== 'object') return null;
  const a = x as Partial<PageAnalyses>;
  if (!Array.isArray(a.terms) || !Array.isArray(a.commitments) || !Array.isArray(a.questions?.questions) || !Array.isArray(a.motions)) return null;
  const failed = Array.isArray(a.failed) ? a.failed.filter(isId) : [];
  const located = Array.isArray(a.located) ? a.located.filter(isLocated) : [];
  const map = a.map && Array.isArray(a.map.blocks) && Array.isArray(a.map.marks) && Array.isArray(a.map.legend) ? a.map : null;
  return { ...(a as PageAnalyses), failed, located, phases: Array.isArray(a.phases) ? a.phases : [], map };
}
