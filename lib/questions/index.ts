import type { z } from 'zod';
import type { AnalysisQuestion } from '../analyze';
import type { Transcript } from '../transcript/model';
import { linkAnswers } from './answers';
import { findDeferrals } from './deferrals';
import { findMentions } from './mentions';
import type { QuestionsAnalysis } from './model';
import { buildIndex } from './passages';
import { findQuestions } from './questions';
import { speakerStats } from './stats';
import { answerUnits } from './units';

/**
 * Questions and answers: members' questions with the government turns that
 * answer them, mentions of speakers and parties, promises to come back to a
 * point later in the debate, and per-speaker statistics. Pure; rule- and
 * BM25-based; roughly linear in the length of the transcript.
 */
export function analyzeQuestions(t: Transcript): QuestionsAnalysis {
  const mentions = findMentions(t);
  const ix = buildIndex(t, answerUnits(t, mentions));
  const deferrals = findDeferrals(t, ix);
  const questions = linkAnswers(t, findQuestions(t), mentions, ix, deferrals);
  return { questions, mentions, deferrals, stats: speakerStats(t, questions) };
}

/** The `questions` field of `analyze`. */
export function questionsForAnalysis(t: Transcript): z.infer<typeof AnalysisQuestion>[] {
  return questionsToAnalysis(analyzeQuestions(t));
}

/** The same, from an analysis already made. */
export function questionsToAnalysis(a: QuestionsAnalysis): z.infer<typeof AnalysisQuestion>[] {
  return a.questions.map(({ askerId, turnIndex, text, answeredIn, status }) => ({ askerId, turnIndex, text, answeredIn, status }));
}

export { linkAnswers, DEFAULT_PARAMS, type LinkParams } from './answers';
export { findDeferrals, isDeferral } from './deferrals';
export { findMentions, speakersOf } from './mentions';
export * from './model';
export { findQuestions, isQuestionSentence, type QuestionDraft } from './questions';
export { speakerStats } from './stats';
