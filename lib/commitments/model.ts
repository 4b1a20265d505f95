import { z } from 'zod';

/**
 * Commitments ("toezeggingen"): the chair's closing list and the promises the
 * government makes during the debate, linked to each other. Schemas are the
 * source of the types (schema and type share a name).
 */

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * A deadline as said ("volgende week woensdag") and, where it can be told
 * from the debate date, as an inclusive range of days. `kind: 'none'` has no
 * range; its `text` may still hold unresolvable words ("t.z.t.", "binnenkort")
 * or be '' when nothing was said.
 */
export const Deadline = z.object({
  text: z.string(),
  kind: z.enum(['date', 'period', 'none']),
  from: IsoDate.nullable(),
  to: IsoDate.nullable(),
});
export type Deadline = z.infer<typeof Deadline>;

/** What is promised, by the first telling noun or verb of the promise. */
export const CommitmentObject = z.enum(['brief', 'rapport', 'informatie', 'antwoorden', 'verslag', 'reactie', 'overig']);
export type CommitmentObject = z.infer<typeof CommitmentObject>;

/** Offsets into `Transcript.text`. */
export const Span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
export type Span = z.infer<typeof Span>;

/** A government sentence a closing item was linked to; `sure: false` is shown as a guess. */
export const CommitmentLink = z.object({
  turnIndex: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  score: z.number(),
  sure: z.boolean(),
});
export type CommitmentLink = z.infer<typeof CommitmentLink>;

/** One commitment: an item of the chair's closing list, or a promise found in a government turn. */
export const Commitment = z.object({
  /** Stable within one transcript: `c-<turn>-<paragraph>` (closing list) or `d-<turn>-<offset>` (in debate). */
  id: z.string(),
  source: z.enum(['closing-list', 'in-debate']),
  text: z.string(),
  /** The government speaker who made it, or null when it cannot be told. */
  speakerId: z.string().nullable(),
  object: CommitmentObject,
  /** As said, normalised: 'de Kamer', 'de commissie voor Asiel en Migratie', 'de asielcommissie'; null when not said. */
  recipient: z.string().nullable(),
  deadline: Deadline,
  /** In-debate: the turn of the sentence. Closing list: the chair's turn. */
  turnIndex: z.number().int().nonnegative().nullable(),
  /** In-debate: the sentence. Closing list: null. */
  sentence: Span.nullable(),
  /** Closing list: where in the debate it was made, best first. In-debate: []. */
  links: z.array(CommitmentLink),
  /**
   * In-debate: whether a closing item covers it; false when there is no closing list (plenary), null while a
   * committee debate is still in progress. Closing list: null.
   */
  inClosingList: z.boolean().nullable(),
  /**
   * In-debate, for a promise that only points back ("Dat zeg ik toe."): what it answers, the member's request
   * or the sentence before it. Absent otherwise.
   */
  answers: z.object({ turnIndex: z.number().int().nonnegative(), text: z.string(), speakerId: z.string().nullable() }).optional(),
});
export type Commitment = z.infer<typeof Commitment>;
