import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { governmentSentences } from '../../../lib/commitments/in-debate';
import { analyzeQuestions } from '../../../lib/questions';
import { learnDefinitions } from '../../../lib/terms/definitions';
import { parseText } from '../../../lib/transcript/parse';
import type { Transcript } from '../../../lib/transcript/model';
import type { Count } from '../score';
import { bare, fold } from '../match-text';

/**
 * Scores the phrasebook (phrasebook.json): made-up sentences in the style of
 * the Handelingen, labelled by a helper who read neither lib/ nor the
 * evaluation corpus (its `madeBy`). Each item is put in a small debate of its
 * own (chair, a member, the minister) and the product's answer is compared
 * with the label: one item, one yes/no. It probes general Dutch, not whole
 * debates; the corpus halves remain the measure.
 */
interface Phrasebook {
  commitments: { text: string; promise: boolean; why: string }[];
  questions: { context: string; text: string; after: string; toGovernment: boolean; why: string }[];
  definitions: { text: string; term: string | null; definition: string | null; why: string }[];
}

export type PhrasebookPart = 'commitments' | 'questions' | 'definitions';
export interface PhrasebookMiss {
  part: PhrasebookPart;
  kind: 'missed' | 'false alarm';
  text: string;
  why: string;
}


function debate(member: string, minister: string): Transcript {
  const text = [
    'De voorzitter:\nIk geef het woord aan de heer Jansen.',
    `De heer Jansen (CDA):\n${member}`,
    'De voorzitter:\nDan geef ik het woord aan de minister.',
    `Minister De Vries:\n${minister}`,
    'De voorzitter:\nDank u wel. Daarmee zijn we aan het einde van dit debat gekomen.',
    '',
  ].join('\n\n');
  const r = parseText(text);
  if (!r.ok) throw new Error(`phrasebook: the small debate does not parse: ${r.message}`);
  return r.transcript;
}

const NEUTRAL_QUESTION = 'Voorzitter. Ik heb een vraag aan de minister over dit onderwerp. Hoe staat het daarmee?';
const NEUTRAL_ANSWER = 'Dank u wel, voorzitter. Ik ga in op de vraag van de heer Jansen. Dat is een belangrijk punt.';

export function loadPhrasebook(): Phrasebook {
  return JSON.parse(readFileSync(join(import.meta.dirname, 'phrasebook.json'), 'utf8')) as Phrasebook;
}

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

export function scorePhrasebook(book: Phrasebook = loadPhrasebook()): { counts: Record<PhrasebookPart, Count>; misses: PhrasebookMiss[] } {
  const counts: Record<PhrasebookPart, Count> = { commitments: { tp: 0, fp: 0, fn: 0 }, questions: { tp: 0, fp: 0, fn: 0 }, definitions: { tp: 0, fp: 0, fn: 0 } };
  const misses: PhrasebookMiss[] = [];

  for (const c of book.commitments) {
    const t = debate(NEUTRAL_QUESTION, c.text);
    const found = governmentSentences(t).some((s) => s.isCommitment);
    tally(counts.commitments, misses, 'commitments', c.promise, found, c.text, c.why);
  }

  for (const q of book.questions) {
    const t = debate([q.context, q.text, q.after].filter(Boolean).join(' '), NEUTRAL_ANSWER);
    const key = fold(q.text).slice(0, 40);
    const found = analyzeQuestions(t).questions.some((p) => fold(p.text).includes(key) || key.includes(fold(p.text).slice(0, 40)));
    tally(counts.questions, misses, 'questions', q.toGovernment, found, q.text, q.why);
  }

  for (const d of book.definitions) {
    const t = debate(NEUTRAL_QUESTION, d.text);
    const learned = learnDefinitions(t);
    const right = d.term !== null && learned.some((l) => fold(l.term) === fold(d.term!) && bare(l.expansion) === bare(d.definition ?? ''));
    // A wrong definition learned from the sentence is a false alarm, whatever the label.
    const wrong = learned.some((l) => !(d.term !== null && fold(l.term) === fold(d.term) && bare(l.expansion) === bare(d.definition ?? '')));
    if (d.term !== null) tally(counts.definitions, misses, 'definitions', true, right, d.text, d.why);
    if (wrong) {
      counts.definitions.fp++;
      misses.push({ part: 'definitions', kind: 'false alarm', text: `${learned.map((l) => `${l.term} = ${l.expansion}`).join('; ')} ← ${d.text}`, why: d.why });
    }
  }
  return { counts, misses };
}
