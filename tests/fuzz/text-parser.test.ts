import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Transcript } from '../../lib/transcript/model';
import { normalizeText } from '../../lib/transcript/normalize';
import { parseText } from '../../lib/transcript/parse';
import { parseChairChange, parseClosing, parseResumption, parseSuspension } from '../../lib/transcript/patterns';
import { readRepoFile } from '../helpers/dom';
import { check, FUZZ_TIMEOUT, ODD_CHARS, ODD_LINES } from './config';

/**
 * The text reader (PDF text, pasted text, .txt files) on random mutations of
 * the seed report and of the real Handelingen PDF's text: it never throws,
 * what it returns is a valid model, and it loses no text: the letters of
 * every line from the first turn on, apart from the lines that are events
 * (chair change, suspension, resumption, closing), are the letters of the
 * turns' labels and paragraphs, in the same order.
 */

const SEED = readRepoFile('seeds/committee-2026-03-03-jbz.txt');

type Mutation =
  | { kind: 'char'; line: number; at: number; ch: string }
  | { kind: 'insert'; line: number; text: string }
  | { kind: 'delete'; line: number }
  | { kind: 'duplicate'; line: number }
  | { kind: 'truncate'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('char' as const), line: fc.nat(), at: fc.nat(), ch: fc.constantFrom(...ODD_CHARS) }),
  fc.record({ kind: fc.constant('insert' as const), line: fc.nat(), text: fc.oneof(fc.constantFrom(...ODD_LINES), fc.string({ maxLength: 80 })) }),
  fc.record({ kind: fc.constant('delete' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

function mutate(text: string, ms: readonly Mutation[]): string {
  let lines = text.split('\n');
  for (const m of ms) {
    if (m.kind === 'truncate') {
      const joined = lines.join('\n');
      lines = joined.slice(0, m.at % (joined.length + 1)).split('\n');
      continue;
    }
    const i = m.line % Math.max(1, lines.length);
    const line = lines[i] ?? '';
    if (m.kind === 'char') {
      const at = m.at % (line.length + 1);
      lines[i] = line.slice(0, at) + m.ch + line.slice(at);
    } else if (m.kind === 'insert') lines.splice(i, 0, m.text);
    else if (m.kind === 'delete') lines.splice(i, 1);
    else lines.splice(i, 0, line);
  }
  return lines.join('\n');
}

const letters = (s: string) => (s.match(/\p{L}/gu) ?? []).join('');
const isEvent = (l: string) => parseChairChange(l) !== null || parseSuspension(l) !== null || parseResumption(l) !== null || parseClosing(l) !== null;

/** Checks a parse of `input`; returns a description of what is wrong, or null. */
function problem(input: string): string | null {
  const r = parseText(input);
  if (!r.ok) return typeof r.message === 'string' && r.message.length > 0 ? null : 'a refusal without a message';
  const t = r.transcript;
  const schema = Transcript.safeParse(t);
  if (!schema.success) return `invalid model: ${schema.error.issues[0]?.message}`;
  for (const turn of t.turns) if (t.text.slice(turn.start, turn.end) !== turn.paragraphs.join('\n')) return `turn ${turn.index}: offsets do not match its paragraphs`;
  const lines = input.replace(/\r\n?/gu, '\n').split('\n').map(normalizeText);
  const first = lines.findIndex((l) => l === t.turns[0]!.label || l.startsWith(t.turns[0]!.label));
  if (first < 0) return 'the first turn’s label is not a line of the input';
  const read = t.turns.map((x) => letters(x.label) + letters(x.paragraphs.join(' '))).join('');
  const given = lines.slice(first).filter((l) => !isEvent(l)).map(letters).join('');
  if (read !== given) {
    let i = 0;
    while (i < read.length && read[i] === given[i]) i++;
    return `text lost or changed at letter ${i}: read …${read.slice(Math.max(0, i - 30), i + 30)}… given …${given.slice(Math.max(0, i - 30), i + 30)}…`;
  }
  return null;
}

describe('fuzzing the text reader', () => {
  it('the seed as it is: valid, nothing lost', () => {
    expect(problem(SEED)).toBeNull();
  });

  it('random mutations of the seed never crash it, never give an invalid model, never lose text', () => {
    check(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 8 }), (ms) => {
        const p = problem(mutate(SEED, ms));
        if (p) throw new Error(p);
      }),
    );
  }, FUZZ_TIMEOUT);

  it('random text (short lines, no blank lines, labels among them) never crashes it', () => {
    const line = fc.oneof(fc.constantFrom(...ODD_LINES), fc.string({ maxLength: 40 }), fc.constantFrom('De voorzitter:', 'Mevrouw Kröger (GroenLinks-PvdA):', 'Minister Van Weel:'));
    check(
      fc.property(fc.array(line, { maxLength: 200 }), (ls) => {
        const p = problem(ls.join('\n'));
        if (p) throw new Error(p);
      }),
    );
  }, FUZZ_TIMEOUT);
});
