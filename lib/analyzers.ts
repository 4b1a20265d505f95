import type { Analyzers } from './analyze';
import { ANALYSES } from './analyses/registry';

/** `analyze`'s view of the one registry (lib/analyses/registry.ts): each analysis run once, in its published shape. */
export const analyzers: Required<Analyzers> = {
  terms: (t) => ANALYSES.terms.publish(t, ANALYSES.terms.run(t)),
  commitments: (t) => ANALYSES.commitments.publish(t, ANALYSES.commitments.run(t)),
  questions: (t) => ANALYSES.questions.publish(t, ANALYSES.questions.run(t)),
  motions: (t) => ANALYSES.motions.publish(t, ANALYSES.motions.run(t)),
};
