import { z } from 'zod';

/**
 * The questions feature's output: members' questions with their answer
 * links, mentions of speakers and parties, the government's promises to come
 * back to a point later in the debate, and per-speaker statistics. Offsets
 * point into `Transcript.text`.
 */

const Offset = z.number().int().nonnegative();
const TurnIndex = z.number().int().nonnegative();

export const QuestionStatus = z.enum(['answered', 'possibly-answered', 'open']);
export type QuestionStatus = z.infer<typeof QuestionStatus>;

export const Question = z.object({
  /** Stable within one document: "q<turn>-<n>". */
  id: z.string(),
  /** The person asking; a chair's own substantive question counts for that person. */
  askerId: z.string(),
  turnIndex: TurnIndex,
  start: Offset,
  end: Offset,
  text: z.string(),
  /** Content words (lowercase, no diacritics, no stopwords), in order of first use. */
  topics: z.array(z.string()),
  status: QuestionStatus,
  /** Turns that answer it: the answering turns when answered, the candidates when possibly answered, [] when open. */
  answeredIn: z.array(TurnIndex),
});
export type Question = z.infer<typeof Question>;

export const Mention = z.object({
  turnIndex: TurnIndex,
  start: Offset,
  end: Offset,
  /** As printed: "mevrouw Kröger", "de heer Van Asten", "Forum voor Democratie", "de PVV". */
  surface: z.string(),
  /** The speaker a person mention resolves to; null for a party mention. */
  speakerId: z.string().nullable(),
  /** The party as the transcript's speakers spell it ("FVD", "GroenLinks-PvdA"); null for a person mention. */
  party: z.string().nullable(),
});
export type Mention = z.infer<typeof Mention>;

export const Deferral = z.object({
  turnIndex: TurnIndex,
  start: Offset,
  end: Offset,
  /** The sentence, e.g. "Daar kom ik straks zeker op terug." */
  text: z.string(),
  /** The later turn of the same speaker that takes the topic up again; null when none does. */
  resolvedIn: TurnIndex.nullable(),
});
export type Deferral = z.infer<typeof Deferral>;

export const SpeakerStats = z.object({
  speakerId: z.string(),
  /** Turns spoken as themselves (not from the chair). */
  turns: z.number().int().nonnegative(),
  chairTurns: z.number().int().nonnegative(),
  words: z.number().int().nonnegative(),
  chairWords: z.number().int().nonnegative(),
  /** Share of all words spoken outside the chair, 0..1. */
  share: z.number().min(0).max(1),
  interruptionsMade: z.number().int().nonnegative(),
  interruptionsReceived: z.number().int().nonnegative(),
  questionsAsked: z.number().int().nonnegative(),
  questionsAnswered: z.number().int().nonnegative(),
});
export type SpeakerStats = z.infer<typeof SpeakerStats>;

export const QuestionsAnalysis = z.object({
  questions: z.array(Question),
  mentions: z.array(Mention),
  deferrals: z.array(Deferral),
  stats: z.array(SpeakerStats),
});
export type QuestionsAnalysis = z.infer<typeof QuestionsAnalysis>;
