import { findCommitments } from './commitments';
import type { PageAnalyses } from './page-analyses';
import { analyzeQuestions } from './questions';
import { findTerms } from './terms/find-terms';
import { loadGlossary } from './terms/glossary';
import type { Transcript } from './transcript/model';

/** Every analysis the overlay shows, for one transcript (run in the background). */
export function runPageAnalyses(transcript: Transcript): PageAnalyses {
  return {
    terms: findTerms(transcript, loadGlossary()),
    commitments: findCommitments(transcript),
    questions: analyzeQuestions(transcript),
  };
}
