import type { Analyzers } from './analyze';
import { commitmentsForAnalysis } from './commitments';
import { questionsForAnalysis } from './questions';
import { termsForAnalysis } from './terms/analysis';

/** The analyses that run on every transcript, in the extension and in `analyze`. Features register here. */
export const analyzers: Analyzers = {
  terms: termsForAnalysis,
  commitments: commitmentsForAnalysis,
  questions: questionsForAnalysis,
};
