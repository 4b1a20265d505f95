import type { Transcript } from '../transcript/model';
import type { AnalysisId, PageAnalyses } from './page-shape';
import { ANALYSES } from './registry';
import { mapOfTranscript } from '../overlay/debate-map';

/** How each analysis runs; a parameter so a test can make one fail. */
export type PageRunners = { [K in AnalysisId]: (t: Transcript) => PageAnalyses[K] };

export const PAGE_RUNNERS: PageRunners = { terms: ANALYSES.terms.run, commitments: ANALYSES.commitments.run, questions: ANALYSES.questions.run, motions: ANALYSES.motions.run, phases: ANALYSES.phases.run };

/**
 * The runners with one analysis made to throw: how the tests make it fail,
 * the unit tests directly and the end-to-end test through a test build of
 * the extension (see `faultRunners` in entrypoints/background/analyses.ts).
 */
export function runnersFailing(id: AnalysisId, runners: PageRunners = PAGE_RUNNERS): PageRunners {
  return {
    ...runners,
    [id]: () => {
      throw new Error(`${id}: made to fail by a test`);
    },
  };
}

/**
 * Every analysis the overlay shows, for one transcript (run in the
 * background). Each runs on its own: one that throws, or returns what its
 * schema refuses, gives its empty result and is named in `failed`; the others
 * still arrive (one failing analysis used to take the whole reply, and every
 * panel, with it).
 */
export function runPageAnalyses(transcript: Transcript, runners: PageRunners = PAGE_RUNNERS): PageAnalyses {
  const failed: AnalysisId[] = [];
  function guarded<K extends AnalysisId>(id: K): PageAnalyses[K] {
    const def = ANALYSES[id];
    try {
      const checked = def.schema.safeParse(runners[id](transcript));
      if (checked.success) return checked.data as PageAnalyses[K];
    } catch {
      // Reported below, as for a refused result.
    }
    failed.push(id);
    return def.empty as PageAnalyses[K];
  }
  const found = { terms: guarded('terms'), commitments: guarded('commitments'), questions: guarded('questions'), motions: guarded('motions'), phases: guarded('phases') };
  // The map draws what the others found, so it comes after them; it fails on its own like they do.
  let map: PageAnalyses['map'] = null;
  try {
    map = mapOfTranscript(transcript, {
      commitmentTurns: found.commitments.flatMap((c) => (c.source === 'in-debate' && c.turnIndex !== null ? [c.turnIndex] : [])),
      openQuestionTurns: found.questions.questions.flatMap((q) => (q.status === 'open' ? [q.turnIndex] : [])),
      motionTurns: found.motions.map((m) => m.turnIndex),
    });
  } catch {
    map = null;
  }
  return { ...found, map, failed };
}
