import { z } from 'zod';

/**
 * The government's judgement of a motion, as Dutch parliamentary procedure
 * names them: "oordeel Kamer" (left to the House), "ontraden" (advised
 * against), "overnemen" (taken over), asked to "aanhouden" (hold) or to
 * withdraw ("intrekken"), "ontijdig" (premature), "ondersteuning van beleid"
 * (supports policy), "overbodig" (superfluous).
 */
export const Verdict = z.enum(['oordeel-kamer', 'ontraden', 'overnemen', 'aanhouden', 'ontijdig', 'ondersteuning-beleid', 'overbodig', 'intrekken']);
export type Verdict = z.infer<typeof Verdict>;

/** Where the judgement is given: the government speaker's sentence. */
export const Judgement = z.object({
  verdict: Verdict,
  /** The verdict first given, when a later one replaced it (after the member changed the motion, say). */
  changedFrom: Verdict.nullable(),
  speakerId: z.string(),
  turnIndex: z.number().int().nonnegative(),
  /** The sentence giving it, as offsets into `Transcript.text`. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Judgement = z.infer<typeof Judgement>;

/** A submitter as the chair's note names them, resolved to a speaker of the debate when one has that surname. */
export const MotionSubmitter = z.object({ name: z.string(), speakerId: z.string().nullable() });

/** A motion as the Moties panel and `analyze` show it: the model's motion with its parts and its judgement. */
export const MotionView = z.object({
  /** Index in `Transcript.motions`. */
  index: z.number().int().nonnegative(),
  turnIndex: z.number().int().nonnegative(),
  title: z.string().nullable(),
  number: z.string().nullable(),
  kamerstuk: z.string().nullable(),
  submitters: z.array(MotionSubmitter),
  /** "verzoekt de regering …": what the motion asks, shown first. */
  request: z.string(),
  considerations: z.array(z.string()),
  /** The motion's text in the page, as offsets into `Transcript.text` (for its highlight). */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  judgement: Judgement.nullable(),
});
export type MotionView = z.infer<typeof MotionView>;

export const MotionsAnalysis = z.array(MotionView);
export type MotionsAnalysis = z.infer<typeof MotionsAnalysis>;
