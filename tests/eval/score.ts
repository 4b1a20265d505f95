import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findCommitments } from '../../lib/commitments';
import { analyzeQuestions } from '../../lib/questions';
import { learnDefinitions } from '../../lib/terms/definitions';
import { parseText } from '../../lib/transcript/parse';
import { type QuestionGold, scoreQuestionLinks } from './score-questions';
import { bare, fold, termKey } from './match-text';

/**
 * Scores the analyses on the hand-annotated evaluation corpus
 * (tests/eval/annotations, made by reading, not by running the product).
 * Shared by `npm run eval` and tests/eval/eval.test.ts.
 */
export interface Annotation {
  doc: string;
  closing: { starts: string }[];
  inDebate: { speaker: string; starts: string[] }[];
  definitions: { term: string; definition: string }[];
  /** Members' questions to the government and where they are answered (tests/eval/ANNOTATING.md). */
  questions: QuestionGold[];
}

export interface Count {
  tp: number;
  fp: number;
  fn: number;
}

export interface Miss {
  doc: string;
  analysis: Analysis;
  kind: 'missed' | 'false alarm';
  text: string;
}

export type Analysis = 'closing' | 'inDebate' | 'definitions' | 'questions';
export const ANALYSES: Analysis[] = ['closing', 'inDebate', 'definitions', 'questions'];

const ROOT = join(import.meta.dirname, '.');

export function loadSplit(): { tuning: string[]; test: string[]; added2: { docs: string[] }; batch11: { tuning: string[]; test: string[] } } {
  return JSON.parse(readFileSync(join(ROOT, 'split.json'), 'utf8'));
}

/** The folder of the made-up debates (synthetic/README.md), scored like the corpus but never part of its halves. */
export const SYNTHETIC = join(ROOT, 'synthetic');
/** The second set of made-up debates (synthetic2/README.md), held apart in two halves: odd ids tuning, even ids test. */
export const SYNTHETIC2 = join(ROOT, 'synthetic2');
/** The third set (synthetic3/README.md), held apart in two halves the same way. */
export const SYNTHETIC3 = join(ROOT, 'synthetic3');
/** The fourth set (synthetic4/README.md), held apart in two halves the same way. */
export const SYNTHETIC4 = join(ROOT, 'synthetic4');
/** The fifth set (synthetic5/README.md), held apart in two halves the same way. */
export const SYNTHETIC5 = join(ROOT, 'synthetic5');
/** The sixth set (synthetic6/README.md), held apart in two halves the same way. */
export const SYNTHETIC6 = join(ROOT, 'synthetic6');
/** The seventh set (synthetic7/README.md), held apart in two halves the same way. */
export const SYNTHETIC7 = join(ROOT, 'synthetic7');
/** The eighth set (synthetic8/README.md), held apart in two halves the same way. */
export const SYNTHETIC8 = join(ROOT, 'synthetic8');
/** The ninth and tenth sets (synthetic9/README.md, synthetic10/README.md: the tenth in the Handelingen's spoken style), held apart the same way. */
export const SYNTHETIC9 = join(ROOT, 'synthetic9');
export const SYNTHETIC10 = join(ROOT, 'synthetic10');
/** The eleventh set (synthetic11/README.md), held apart the same way. */
export const SYNTHETIC11 = join(ROOT, 'synthetic11');
/** The twelfth set (synthetic12/README.md), held apart the same way. */
export const SYNTHETIC12 = join(ROOT, 'synthetic12');
/** The thirteenth set (synthetic13/README.md), held apart the same way. */
export const SYNTHETIC13 = join(ROOT, 'synthetic13');
/** The fourteenth set (synthetic14/README.md), held apart the same way. */
export const SYNTHETIC14 = join(ROOT, 'synthetic14');
/** The fifteenth set (synthetic15/README.md), held apart the same way; its helpers chose the closing-list forms. */
export const SYNTHETIC15 = join(ROOT, 'synthetic15');
/** The sixteenth set (synthetic16/README.md), held apart the same way; its helpers chose the closing-list forms. */
export const SYNTHETIC16 = join(ROOT, 'synthetic16');
/** The seventeenth set (synthetic17/README.md), held apart the same way; its helpers chose the closing-list forms. */
export const SYNTHETIC17 = join(ROOT, 'synthetic17');
/** The eighteenth set (synthetic18/README.md), held apart the same way; its helpers chose the closing-list forms. */
export const SYNTHETIC18 = join(ROOT, 'synthetic18');
/** The nineteenth set (synthetic19/README.md), held apart the same way; its helpers chose the closing-list forms. */
export const SYNTHETIC19 = join(ROOT, 'synthetic19');
/** A half of a made-up set with ids "sN-<number>": odd numbers tuning, even numbers test. */
export function madeUpHalf(dir: string, half: 'tuning' | 'test'): string[] {
  return corpusDocs(dir).filter((doc) => (Number(/^s\d+-(\d+)/u.exec(doc)?.[1]) % 2 === 1) === (half === 'tuning'));
}

export function loadAnnotation(doc: string, dir = ROOT): Annotation {
  return JSON.parse(readFileSync(join(dir, 'annotations', `${doc}.json`), 'utf8'));
}

export function corpusDocs(dir = ROOT): string[] {
  return readdirSync(join(dir, 'corpus')).filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/u, ''));
}

/** Scores one document: counts per analysis and every miss and false alarm. */
export function scoreDoc(doc: string, dir = ROOT): { counts: Record<Analysis, Count>; misses: Miss[] } {
  const a = loadAnnotation(doc, dir);
  const parsed = parseText(readFileSync(join(dir, 'corpus', `${doc}.txt`), 'utf8'));
  // A text the reader refuses finds nothing: every annotated item is missed, and the refusal is listed with them.
  if (!parsed.ok) {
    const fn = { closing: a.closing.length, inDebate: a.inDebate.length, definitions: a.definitions.length, questions: a.questions.reduce((n, q) => n + q.answers.length, 0) };
    return {
      counts: Object.fromEntries(ANALYSES.map((k) => [k, { tp: 0, fp: 0, fn: fn[k] }])) as Record<Analysis, Count>,
      misses: [{ doc, analysis: 'closing', kind: 'missed', text: `the reader refused the text: ${parsed.message}` }],
    };
  }
  const t = parsed.transcript;
  const all = findCommitments(t);
  const misses: Miss[] = [];
  const counts = {} as Record<Analysis, Count>;

  // Closing list: an item is found when a found item starts with the annotated start.
  const closing = all.filter((c) => c.source === 'closing-list').map((c) => fold(c.text));
  counts.closing = match(
    a.closing.map((g) => [fold(g.starts)]),
    closing,
    (g, p) => g.some((s) => p.startsWith(s)),
    (g) => misses.push({ doc, analysis: 'closing', kind: 'missed', text: g[0]! }),
    (p) => misses.push({ doc, analysis: 'closing', kind: 'false alarm', text: p }),
  );

  // In-debate: a found sentence of the right speaker that starts with (or contains the start of) one of the
  // annotated sentences; one promise said in two sentences counts once.
  const nameOf = (id: string | null) => fold(t.speakers.find((s) => s.id === id)?.name ?? '');
  const inDebate = all.filter((c) => c.source === 'in-debate').map((c) => ({ text: fold(c.text), who: nameOf(c.speakerId) }));
  counts.inDebate = match(
    a.inDebate.map((g) => ({ who: fold(g.speaker), starts: g.starts.map(fold) })),
    inDebate,
    (g, p) => p.who.includes(g.who) && g.starts.some((s) => p.text.startsWith(s) || p.text.includes(s)),
    (g) => misses.push({ doc, analysis: 'inDebate', kind: 'missed', text: g.starts[0]! }),
    (p) => misses.push({ doc, analysis: 'inDebate', kind: 'false alarm', text: p.text }),
  );

  // Definitions: the term (ignoring case and an acronym's plural ending) with the same definition (ignoring case and a
  // leading article).
  const defs = learnDefinitions(t).map((d) => ({ term: termKey(d.term), def: bare(d.expansion) }));
  counts.definitions = match(
    a.definitions.map((g) => ({ term: termKey(g.term), def: bare(g.definition) })),
    defs,
    (g, p) => g.term === p.term && g.def === p.def,
    (g) => misses.push({ doc, analysis: 'definitions', kind: 'missed', text: `${g.term} = ${g.def}` }),
    (p) => misses.push({ doc, analysis: 'definitions', kind: 'false alarm', text: `${p.term} = ${p.def}` }),
  );

  // Question→answer links: see score-questions.ts.
  const links = scoreQuestionLinks(t, a.questions, analyzeQuestions(t).questions);
  counts.questions = links.count;
  for (const m of links.misses) misses.push({ doc, analysis: 'questions', ...m });
  return { counts, misses };
}

/** Greedy one-to-one matching of gold items to predictions. */
function match<G, P>(gold: G[], pred: P[], same: (g: G, p: P) => boolean, onMiss: (g: G) => void, onFalse: (p: P) => void): Count {
  const used = new Set<number>();
  let tp = 0;
  for (const g of gold) {
    const i = pred.findIndex((p, k) => !used.has(k) && same(g, p));
    if (i < 0) onMiss(g);
    else {
      used.add(i);
      tp++;
      // Further sentences of the same promise are not false alarms.
      pred.forEach((p, k) => {
        if (!used.has(k) && same(g, p)) used.add(k);
      });
    }
  }
  pred.forEach((p, k) => {
    if (!used.has(k)) onFalse(p);
  });
  return { tp, fp: pred.length - used.size, fn: gold.length - tp };
}

/** Sums the counts of a set of documents. */
export function scoreSet(docs: string[], dir = ROOT): { counts: Record<Analysis, Count>; misses: Miss[] } {
  const counts = Object.fromEntries(ANALYSES.map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Record<Analysis, Count>;
  const misses: Miss[] = [];
  for (const d of docs) {
    const r = scoreDoc(d, dir);
    for (const k of ANALYSES) {
      counts[k].tp += r.counts[k].tp;
      counts[k].fp += r.counts[k].fp;
      counts[k].fn += r.counts[k].fn;
    }
    misses.push(...r.misses);
  }
  return { counts, misses };
}

/** Precision and recall; null when there is nothing to divide by. */
export function pr(c: Count): { precision: number | null; recall: number | null } {
  return {
    precision: c.tp + c.fp === 0 ? null : c.tp / (c.tp + c.fp),
    recall: c.tp + c.fn === 0 ? null : c.tp / (c.tp + c.fn),
  };
}
