import { findCommitments } from './commitments';
import type { AnalysisId, PageAnalyses } from './page-analyses';
import { analyzeQuestions } from './questions';
import type { QuestionsAnalysis } from './questions/model';
import { findTerms } from './terms/find-terms';
import { loadGlossary } from './terms/glossary';
import type { Transcript } from './transcript/model';

/** How each analysis runs; a parameter so a test can make one fail. */
export interface PageRunners {
  terms: (t: Transcript) => PageAnalyses['terms'];
  commitments: (t: Transcript) => PageAnalyses['commitments'];
  questions: (t: Transcript) => PageAnalyses['questions'];
}

export const PAGE_RUNNERS: PageRunners = {
  terms: (t) => findTerms(t, loadGlossary()),
  commitments: findCommitments,
  questions: analyzeQuestions,
};

const NO_QUESTIONS: QuestionsAnalysis = { questions: [], mentions: [], deferrals: [], stats: [] };

/**
 * Every analysis the overlay shows, for one transcript (run in the
 * background). Each runs on its own: one that throws gives an empty result
 * and is named in `failed`, and the others still arrive (one failing
 * analysis used to take the whole reply, and every panel, with it).
 */
export function runPageAnalyses(transcript: Transcript, runners: PageRunners = PAGE_RUNNERS): PageAnalyses {
  const failed: AnalysisId[] = [];
  const guarded = <T>(id: AnalysisId, run: () => T, empty: T): T => {
    try {
      return run();
    } catch {
      failed.push(id);
      return empty;
    }
  };
  return {
    terms: guarded('terms', () => runners.terms(transcript), []),
    commitments: guarded('commitments', () => runners.commitments(transcript), []),
    questions: guarded('questions', () => runners.questions(transcript), NO_QUESTIONS),
    failed,
  };
}
