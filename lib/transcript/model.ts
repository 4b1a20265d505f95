import { z } from 'zod';

/**
 * The one model of a transcript. Every feature (overlay, terms, commitments,
 * questions, reading list, reader page, `analyze`) reads this shape; the
 * schemas are the source of the types.
 */

export const TranscriptKind = z.enum(['plenary', 'committee']);
export type TranscriptKind = z.infer<typeof TranscriptKind>;

/** Status ladder of the Tweede Kamer (VLOS: Casco → Ongecorrigeerd → Gecorrigeerd); committee drafts say Concept. */
export const TranscriptStatus = z.enum(['Casco', 'Concept', 'Ongecorrigeerd', 'Gecorrigeerd']);
export type TranscriptStatus = z.infer<typeof TranscriptStatus>;

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const ClockTime = z.string().regex(/^\d{2}:\d{2}$/);

/** Whose record it is: the Tweede Kamer's, or the Eerste Kamer's (the Senate's, zoek.officielebekendmakingen.nl h-ek-…). */
export const House = z.enum(['tweede-kamer', 'eerste-kamer']);
export type House = z.infer<typeof House>;

export const Source = z.enum(['tweedekamer-plenary', 'tweedekamer-committee', 'handelingen', 'kamerstuk', 'text', 'html']);
export type Source = z.infer<typeof Source>;

export const Meta = z.object({
  title: z.string(),
  kind: TranscriptKind,
  source: Source,
  /** Committee names without "vaste commissie voor", e.g. ["Asiel en Migratie", "Europese Zaken"]. */
  committees: z.array(z.string()),
  /** The date of the meeting. */
  date: IsoDate.nullable(),
  /** The publisher's issue date, when the document states it apart from the meeting date (Handelingen pages). */
  published: IsoDate.optional(),
  status: TranscriptStatus.nullable(),
  opened: ClockTime.nullable(),
  closed: ClockTime.nullable(),
  /** Members listed as present ("Aanwezig zijn … te weten: …"), as printed. */
  attendance: z.array(z.string()),
  clerk: z.string().nullable(),
  /** False for a page still in progress (no "Sluiting" yet); a published Handelingen item is complete. */
  complete: z.boolean(),
  /**
   * The chamber, when the document or its address says so. Absent when neither does (pasted text
   * without the publisher's header); models made before the Eerste Kamer was read have none.
   */
  house: House.optional(),
});
export type Meta = z.infer<typeof Meta>;

export const Role = z.enum(['member', 'minister', 'state-secretary', 'chair']);
export type Role = z.infer<typeof Role>;

export const Speaker = z.object({
  /** Stable within one document: a slug of the name (plus party when two people share a surname). */
  id: z.string(),
  /** Surname as labelled, e.g. "Van den Brink". "De voorzitter" only for a chair whose name is unknown. */
  name: z.string(),
  role: Role,
  party: z.string().nullable(),
  /** Office as the header gives it, e.g. "minister van Asiel en Migratie". */
  office: z.string().nullable(),
});
export type Speaker = z.infer<typeof Speaker>;

export const Turn = z.object({
  index: z.number().int().nonnegative(),
  speakerId: z.string(),
  /** Spoken from the chair ("De voorzitter:"), as opposed to the same person speaking as a member. */
  asChair: z.boolean(),
  /** The label as printed, normalised ("Mevrouw Kröger (GroenLinks-PvdA):"). */
  label: z.string(),
  paragraphs: z.array(z.string()),
  /** Offsets into `Transcript.text`: text.slice(start, end) === paragraphs.join('\n'). */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Speaker whose contribution this turn interrupts, or null. */
  interrupts: z.string().nullable(),
  /**
   * Paragraphs the source marked as list items (a bullet, dash, number), by index; absent when none. The closing
   * list is read from them (closing-list.ts, `withClosingList`), off the page.
   */
  listItems: z.array(z.number().int().nonnegative()).optional(),
});
export type Turn = z.infer<typeof Turn>;

export const TranscriptEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('chair-change'), beforeTurn: z.number().int(), chair: z.string(), speakerId: z.string() }),
  z.object({
    type: z.literal('suspension'),
    beforeTurn: z.number().int(),
    from: ClockTime.nullable(),
    until: ClockTime.nullable(),
    text: z.string(),
  }),
  z.object({ type: z.literal('resumption'), beforeTurn: z.number().int(), time: ClockTime.nullable() }),
  z.object({ type: z.literal('agenda-item'), beforeTurn: z.number().int(), title: z.string() }),
  z.object({ type: z.literal('closing'), beforeTurn: z.number().int(), time: ClockTime.nullable() }),
]);
export type TranscriptEvent = z.infer<typeof TranscriptEvent>;

/** One item of the list of commitments the chair reads at the end. */
export const ClosingItem = z.object({
  text: z.string(),
  turnIndex: z.number().int().nonnegative(),
  paragraphIndex: z.number().int().nonnegative(),
});
export type ClosingItem = z.infer<typeof ClosingItem>;

/**
 * A motion read out in a turn (Handelingen: a `motie` element inside the
 * submitter's speech). Its lines stay in that turn's paragraphs, where they
 * were spoken; this marks where, and what the chair announced about it.
 */
export const Motion = z.object({
  /** The turn of the member who submits it. */
  turnIndex: z.number().int().nonnegative(),
  /** Its paragraphs in that turn: paragraphs.slice(paragraphStart, paragraphEnd), title first when printed. */
  paragraphStart: z.number().int().nonnegative(),
  paragraphEnd: z.number().int().nonnegative(),
  /** The heading as printed ("Motie", "Gewijzigde motie"), or null. */
  title: z.string().nullable(),
  /** Its number within the Kamerstuk dossier ("199"), when given. */
  number: z.string().nullable(),
  /** The Kamerstuk dossier it is filed in ("31311"), when given. */
  kamerstuk: z.string().nullable(),
  /** The chair's note after it ("Deze motie is voorgesteld door … Zij krijgt nr. 199 (31311)."), or null. */
  note: z.string().nullable(),
  /** The chair turn that holds that note, or null. */
  noteTurnIndex: z.number().int().nonnegative().nullable(),
  /** Surnames of the members who submit it, as the note lists them. */
  submitters: z.array(z.string()),
});
export type Motion = z.infer<typeof Motion>;

export const Transcript = z.object({
  meta: Meta,
  speakers: z.array(Speaker),
  turns: z.array(Turn),
  events: z.array(TranscriptEvent),
  closingList: z.array(ClosingItem),
  /** Motions marked in the record (only sources that mark them; empty otherwise: see motions-in-text.ts `motionsOf`). */
  motions: z.array(Motion),
  /** All turns' paragraphs, normalised, joined by "\n"; turns point into it. */
  text: z.string(),
});
export type Transcript = z.infer<typeof Transcript>;

export type ParseResult =
  | { ok: true; transcript: Transcript }
  | { ok: false; reason: 'not-a-transcript'; message: string };
