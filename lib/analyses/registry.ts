import { z } from 'zod';
import type { AnalysisCommitment, AnalysisMotion, AnalysisQuestion, AnalysisTerm } from '../analyze';
import { commitmentsToAnalysis, findCommitments } from '../commitments';
import { Commitment } from '../commitments/model';
import { analyzeMotions } from '../motions';
import { MotionsAnalysis } from '../motions/model';
import { phasesOf, type Phase } from '../overlay/phases';
import { analyzeQuestions, questionsToAnalysis } from '../questions';
import { QuestionsAnalysis } from '../questions/model';
import { termsToAnalysis } from '../terms/analysis';
import { findTerms, type DocumentTerm } from '../terms/find-terms';
import { loadGlossary } from '../terms/glossary';
import type { Transcript } from '../transcript/model';
import type { AnalysisId } from './page-shape';
import { DocumentTermSchema } from './terms-schema';

/**
 * The one registry of analyses, read by the extension's background
 * (run-page.ts) and by `analyze` (lib/analyzers.ts). An analysis runs once
 * per transcript; `analyze` derives its published shape from the same result.
 */
export interface AnalysisDef<Page, Published> {
  id: AnalysisId;
  /** What the overlay shows. */
  run: (t: Transcript) => Page;
  /** Checked before a result leaves the background: a malformed one counts as failed, not as data. */
  schema: z.ZodType<Page>;
  /** What the overlay gets when this analysis failed. */
  empty: Page;
  /** The `analyze` shape (README), from the result of `run`. */
  publish: (t: Transcript, result: Page) => Published;
}

const terms: AnalysisDef<DocumentTerm[], z.infer<typeof AnalysisTerm>[]> = {
  id: 'terms',
  run: (t) => findTerms(t, loadGlossary()),
  schema: z.array(DocumentTermSchema),
  empty: [],
  publish: (_t, result) => termsToAnalysis(result),
};

const commitments: AnalysisDef<Commitment[], z.infer<typeof AnalysisCommitment>[]> = {
  id: 'commitments',
  run: findCommitments,
  schema: z.array(Commitment),
  empty: [],
  publish: commitmentsToAnalysis,
};

const questions: AnalysisDef<QuestionsAnalysis, z.infer<typeof AnalysisQuestion>[]> = {
  id: 'questions',
  run: analyzeQuestions,
  schema: QuestionsAnalysis,
  empty: { questions: [], mentions: [], deferrals: [], stats: [] },
  publish: (_t, result) => questionsToAnalysis(result),
};

const motions: AnalysisDef<MotionsAnalysis, z.infer<typeof AnalysisMotion>[]> = {
  id: 'motions',
  run: analyzeMotions,
  schema: MotionsAnalysis,
  empty: [],
  publish: (t, result) =>
    result.map((m) => ({
      turnIndex: m.turnIndex,
      title: m.title,
      number: m.number,
      kamerstuk: m.kamerstuk,
      submitters: m.submitters.map((s) => s.name),
      submitterIds: m.submitters.map((s) => s.speakerId),
      considerations: m.considerations,
      request: m.request,
      judgement: m.judgement && {
        verdict: m.judgement.verdict,
        changedFrom: m.judgement.changedFrom,
        speakerId: m.judgement.speakerId,
        turnIndex: m.judgement.turnIndex,
        text: t.text.slice(m.judgement.start, m.judgement.end),
      },
    })),
};

const PhaseSchema = z.object({ round: z.number().int(), side: z.enum(['kamer', 'regering']), turnIndex: z.number().int().nonnegative(), inferred: z.boolean() });

/** The terms of the debate for the Overzicht; `analyze` does not publish them. */
const phases: AnalysisDef<Phase[], Phase[]> = {
  id: 'phases',
  run: phasesOf,
  schema: z.array(PhaseSchema),
  empty: [],
  publish: (_t, result) => result,
};

export const ANALYSES = { terms, commitments, questions, motions, phases } as const;
