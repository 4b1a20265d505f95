import type { Analyzers } from './analyze';
import { termsForAnalysis } from './terms/find-terms';

/** The analyses that run on every transcript, in the extension and in `analyze`. Features register here. */
export const analyzers: Analyzers = {
  terms: termsForAnalysis,
};
