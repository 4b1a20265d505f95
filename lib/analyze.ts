import { z } from 'zod';
import type { ParseResult, Transcript } from './transcript/model';
import { withClosingList } from './transcript/closing-list';
import { Verdict } from './motions/model';
import { motionParagraphs, motionParts } from './transcript/motion-parts';
import { motionsOf } from './transcript/motions-in-text';
import { speakerWords } from './transcript/speaker-words';
import { wordCount } from './transcript/words';

/**
 * The `analyze` interface: one JSON document per transcript, for researchers
 * and tests. Its schema is documented in the README; fields are only ever
 * added, never renamed.
 */
export const AnalysisSpeaker = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(['member', 'minister', 'state-secretary', 'chair']),
  party: z.string().nullable(),
  office: z.string().nullable(),
  turnCount: z.number().int(),
  chairTurnCount: z.number().int(),
  /** Every word the speaker said, as chair included (as published from the start). */
  words: z.number().int(),
  /** Of `words`, those said as chair (lib/transcript/speaker-words.ts counts the two apart). */
  chairWords: z.number().int(),
});

export const AnalysisCommitment = z.object({
  text: z.string(),
  source: z.enum(['closing-list', 'in-debate']),
  turnIndex: z.number().int().nullable(),
  linkedTurns: z.array(z.number().int()),
});

export const AnalysisTerm = z.object({
  term: z.string(),
  variants: z.array(z.string()),
  expansion: z.string(),
  explanation: z.string(),
  source: z.enum(['transcript', 'glossary']),
  count: z.number().int(),
});

export const AnalysisQuestion = z.object({
  askerId: z.string(),
  turnIndex: z.number().int(),
  text: z.string(),
  /** Turns that answer it (candidates when possibly answered; [] when open). */
  answeredIn: z.array(z.number().int()),
  status: z.enum(['answered', 'possibly-answered', 'open']),
});

export const AnalysisMotion = z.object({
  /** The member's turn that reads it. */
  turnIndex: z.number().int(),
  title: z.string().nullable(),
  number: z.string().nullable(),
  kamerstuk: z.string().nullable(),
  /** Surnames, as the chair's note lists them. */
  submitters: z.array(z.string()),
  considerations: z.array(z.string()),
  /** "verzoekt de regering …" and what follows, without "en gaat over tot de orde van de dag". */
  request: z.string(),
  /** The speaker each submitter is, in the order of `submitters` (null: no member of the debate has that surname, or two do). */
  submitterIds: z.array(z.string().nullable()),
  /** The government's judgement given in the debate ("oordeel Kamer", "ontraden", …), or null. */
  judgement: z
    .object({ verdict: Verdict, changedFrom: Verdict.nullable(), speakerId: z.string(), turnIndex: z.number().int(), text: z.string() })
    .nullable(),
});

export const Analysis = z.object({
  kind: z.enum(['plenary', 'committee', 'none']),
  message: z.string().optional(),
  meta: z.object({
    title: z.string(),
    date: z.string().nullable(),
    /** The publisher's issue date, when the document states it apart from the meeting date. */
    published: z.string().optional(),
    status: z.string().nullable(),
    opened: z.string().nullable(),
    closed: z.string().nullable(),
    committees: z.array(z.string()),
    attendance: z.array(z.string()),
    complete: z.boolean(),
  }),
  speakers: z.array(AnalysisSpeaker),
  turns: z.array(
    z.object({
      index: z.number().int(),
      speakerId: z.string(),
      asChair: z.boolean(),
      interrupts: z.string().nullable(),
      text: z.string(),
    }),
  ),
  events: z.array(z.record(z.string(), z.unknown())),
  commitments: z.array(AnalysisCommitment),
  terms: z.array(AnalysisTerm),
  questions: z.array(AnalysisQuestion),
  /** Motions read in the debate (Handelingen XML, pages, PDF and text alike). */
  motions: z.array(AnalysisMotion),
  /** Analyses that failed on this transcript (their lists are empty); absent when none did. */
  errors: z.array(z.object({ analysis: z.enum(['terms', 'commitments', 'questions', 'motions']), message: z.string() })).optional(),
});
export type Analysis = z.infer<typeof Analysis>;

/** Extra analyses (terms, commitments, questions) plug in here as their features land. */
export interface Analyzers {
  commitments?: (t: Transcript) => z.infer<typeof AnalysisCommitment>[];
  terms?: (t: Transcript) => z.infer<typeof AnalysisTerm>[];
  questions?: (t: Transcript) => z.infer<typeof AnalysisQuestion>[];
  motions?: (t: Transcript) => z.infer<typeof AnalysisMotion>[];
}

// Kept here too for callers of the analyze module; the zod-free home is lib/transcript/words.ts.
export { wordCount };

export function analyze(result: ParseResult, analyzers: Analyzers = {}): Analysis {
  if (!result.ok) {
    return {
      kind: 'none',
      message: result.message,
      meta: { title: '', date: null, status: null, opened: null, closed: null, committees: [], attendance: [], complete: false },
      speakers: [],
      turns: [],
      events: [],
      commitments: [],
      terms: [],
      questions: [],
      motions: [],
    };
  }
  const t = result.transcript;
  const spoken = speakerWords(t);
  const speakers = t.speakers.map((s) => {
    const said = spoken.get(s.id)!;
    return {
      id: s.id,
      name: s.name,
      role: s.role,
      party: s.party,
      office: s.office,
      turnCount: said.turns + said.chairTurns,
      chairTurnCount: said.chairTurns,
      words: said.words + said.chairWords,
      chairWords: said.chairWords,
    };
  });
  const closing = withClosingList(t).closingList.map((c) => ({ text: c.text, source: 'closing-list' as const, turnIndex: c.turnIndex, linkedTurns: [] }));
  return {
    kind: t.meta.kind,
    meta: {
      title: t.meta.title,
      date: t.meta.date,
      ...(t.meta.published ? { published: t.meta.published } : {}),
      status: t.meta.status,
      opened: t.meta.opened,
      closed: t.meta.closed,
      committees: t.meta.committees,
      attendance: t.meta.attendance,
      complete: t.meta.complete,
    },
    speakers,
    turns: t.turns.map((x) => ({
      index: x.index,
      speakerId: x.speakerId,
      asChair: x.asChair,
      interrupts: x.interrupts,
      text: t.text.slice(x.start, x.end),
    })),
    events: t.events.map((e) => ({ ...e })),
    ...guardedAnalyses(t, analyzers, closing),
  };
}

/** The motions as the reader marked them, without what the motions analysis adds (judgements, speakers). */
function motionsAsRead(t: Transcript): z.infer<typeof AnalysisMotion>[] {
  return motionsOf(t).map((m) => {
    const { considerations, request } = motionParts(motionParagraphs(t, m));
    const { turnIndex, title, number, kamerstuk, submitters } = m;
    return { turnIndex, title, number, kamerstuk, submitters, considerations, request, submitterIds: submitters.map(() => null), judgement: null };
  });
}

/** Each analysis on its own: one that throws gives an empty list and an entry in `errors`, the others stand. */
function guardedAnalyses(t: Transcript, analyzers: Analyzers, closing: z.infer<typeof AnalysisCommitment>[]) {
  const errors: NonNullable<Analysis['errors']> = [];
  const run = <T>(analysis: NonNullable<Analysis['errors']>[number]['analysis'], f: (() => T[]) | null, fallback: T[]): T[] => {
    try {
      return f ? f() : fallback;
    } catch (e) {
      errors.push({ analysis, message: e instanceof Error ? e.message : String(e) });
      return [];
    }
  };
  const out = {
    commitments: run('commitments', analyzers.commitments ? () => analyzers.commitments!(t) : null, closing),
    terms: run('terms', analyzers.terms ? () => analyzers.terms!(t) : null, []),
    questions: run('questions', analyzers.questions ? () => analyzers.questions!(t) : null, []),
    motions: run('motions', analyzers.motions ? () => analyzers.motions!(t) : null, motionsAsRead(t)),
  };
  return errors.length > 0 ? { ...out, errors } : out;
}
