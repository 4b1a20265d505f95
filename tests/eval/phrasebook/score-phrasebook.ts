import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { governmentSentences } from '../../../lib/commitments/government-sentences';
import { analyzeQuestions } from '../../../lib/questions';
import { learnDefinitions } from '../../../lib/terms/definitions';
import { parseText } from '../../../lib/transcript/parse';
import type { Transcript } from '../../../lib/transcript/model';
import type { Count } from '../score';
import { bare, fold, termKey } from '../match-text';

/**
 * Scores a phrasebook: made-up sentences in the style of the Handelingen,
 * labelled by a helper who read neither lib/ nor the evaluation corpus (its
 * `madeBy`). Each item is put in a small debate of its own (chair, a member,
 * the one who says it) and the product's answer is compared with the label:
 * one item, one yes/no. It probes general Dutch, not whole debates; the
 * corpus halves remain the measure.
 *
 * Two books: phrasebook.json (tuned on) and ../phrasebook2/phrasebook2.json,
 * whose items carry a `half` fixed before the product ran on them (its
 * `split`), a speaker (a member's or the chair's promise is no commitment)
 * and the request a short promise answers ("Dat zeg ik toe.").
 */
type Half = 'tuning' | 'test';
type Said = 'minister' | 'staatssecretaris' | 'minister-president' | 'member' | 'chair';
interface Phrasebook {
  commitments: { text: string; promise: boolean; why: string; speaker?: Said; context?: string; half?: Half }[];
  questions: { context: string; text: string; after: string; toGovernment: boolean; why: string; half?: Half }[];
  /** No definition: `term` null (book 1) or "" (book 2). */
  definitions: { text: string; term: string | null; definition: string | null; why: string; half?: Half }[];
}

export type PhrasebookPart = 'commitments' | 'questions' | 'definitions';
export interface PhrasebookMiss {
  part: PhrasebookPart;
  kind: 'missed' | 'false alarm';
  text: string;
  why: string;
}

const LABEL: Record<Said, string> = {
  minister: 'Minister De Vries:',
  staatssecretaris: 'Staatssecretaris De Vries:',
  'minister-president': 'Minister-president De Vries:',
  member: 'Mevrouw Bakker (VVD):',
  chair: 'De voorzitter:',
};

/** A small debate: the member Jansen says `member`, then `label` says `said` (after the chair gives the floor to a member of government). */
function debate(member: string, said: string, label: string = LABEL.minister): Transcript {
  const text = [
    'De voorzitter:\nIk geef het woord aan de heer Jansen.',
    `De heer Jansen (CDA):\n${member}`,
    'De voorzitter:\nDan geef ik het woord aan de minister.',
    `${label}\n${said}`,
    'De voorzitter:\nDank u wel. Daarmee zijn we aan het einde van dit debat gekomen.',
    '',
  ].join('\n\n');
  const r = parseText(text);
  if (!r.ok) throw new Error(`phrasebook: the small debate does not parse: ${r.message}`);
  return r.transcript;
}

const NEUTRAL_QUESTION = 'Voorzitter. Ik heb een vraag aan de minister over dit onderwerp. Hoe staat het daarmee?';
const NEUTRAL_ANSWER = 'Dank u wel, voorzitter. Ik ga in op de vraag van de heer Jansen. Dat is een belangrijk punt.';

export function loadPhrasebook(file = 'phrasebook.json'): Phrasebook {
  return JSON.parse(readFileSync(join(import.meta.dirname, file), 'utf8')) as Phrasebook;
}
/** The held-apart book, with its halves. */
export const loadPhrasebook2 = (): Phrasebook => loadPhrasebook('../phrasebook2/phrasebook2.json');

function tally(count: Count, misses: PhrasebookMiss[], part: PhrasebookPart, gold: boolean, found: boolean, text: string, why: string): void {
  if (gold && found) count.tp++;
  else if (gold) {
    count.fn++;
    misses.push({ part, kind: 'missed', text, why });
  } else if (found) {
    count.fp++;
    misses.push({ part, kind: 'false alarm', text, why });
  }
}

/** Scores every item of `book`, or only those of one half. */
export function scorePhrasebook(book: Phrasebook = loadPhrasebook(), half?: Half): { counts: Record<PhrasebookPart, Count>; misses: PhrasebookMiss[] } {
  const inHalf = (x: { half?: Half }) => half === undefined || x.half === half;
  const counts: Record<PhrasebookPart, Count> = { commitments: { tp: 0, fp: 0, fn: 0 }, questions: { tp: 0, fp: 0, fn: 0 }, definitions: { tp: 0, fp: 0, fn: 0 } };
  const misses: PhrasebookMiss[] = [];

  for (const c of book.commitments.filter(inHalf)) {
    const speaker = c.speaker ?? 'minister';
    const t = debate(c.context || NEUTRAL_QUESTION, c.text, LABEL[speaker]);
    // Only the item's own turn counts (the fourth): a member's or the chair's words are never the government's.
    const found = governmentSentences(t).some((s) => s.isCommitment && s.turnIndex === 3);
    tally(counts.commitments, misses, 'commitments', c.promise, found, c.text, c.why);
  }

  for (const q of book.questions.filter(inHalf)) {
    const t = debate([q.context, q.text, q.after].filter(Boolean).join(' '), NEUTRAL_ANSWER);
    const key = fold(q.text).slice(0, 40);
    const found = analyzeQuestions(t).questions.some((p) => fold(p.text).includes(key) || key.includes(fold(p.text).slice(0, 40)));
    tally(counts.questions, misses, 'questions', q.toGovernment, found, q.text, q.why);
  }

  for (const item of book.definitions.filter(inHalf)) {
    const d = { ...item, term: item.term || null };
    const t = debate(NEUTRAL_QUESTION, d.text);
    const learned = learnDefinitions(t);
    const right = d.term !== null && learned.some((l) => termKey(l.term) === termKey(d.term!) && bare(l.expansion) === bare(d.definition ?? ''));
    // A wrong definition learned from the sentence is a false alarm, whatever the label.
    const wrong = learned.some((l) => !(d.term !== null && termKey(l.term) === termKey(d.term) && bare(l.expansion) === bare(d.definition ?? '')));
    if (d.term !== null) tally(counts.definitions, misses, 'definitions', true, right, d.text, d.why);
    if (wrong) {
      counts.definitions.fp++;
      misses.push({ part: 'definitions', kind: 'false alarm', text: `${learned.map((l) => `${l.term} = ${l.expansion}`).join('; ')} ← ${d.text}`, why: d.why });
    }
  }
  return { counts, misses };
}
