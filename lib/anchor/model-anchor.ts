import { CONTEXT_LENGTH, type Anchor } from './text-quote';

/**
 * `describe` for the model's own text (`Transcript.text`): its paragraphs
 * are already normalised and joined by one "\n", so the normalised view
 * `describe` builds is the same string with "\n" read as a space, at the same
 * offsets. The content script saves passages with this and so does not carry
 * the general normaliser (tests/anchor compares the two on real documents).
 */
export function describeModelText(text: string, start: number, end: number): Anchor {
  let ns = Math.max(0, start);
  let ne = Math.min(text.length, end);
  const blank = (c: string | undefined) => c === ' ' || c === '\n';
  while (ns < ne && blank(text[ns])) ns++;
  while (ne > ns && blank(text[ne - 1])) ne--;
  if (ns >= ne) throw new RangeError('describe: the range holds no text');
  const flat = (s: string) => s.replaceAll('\n', ' ');
  return {
    exact: flat(text.slice(ns, ne)),
    prefix: flat(text.slice(Math.max(0, ns - CONTEXT_LENGTH), ns)),
    suffix: flat(text.slice(ne, ne + CONTEXT_LENGTH)),
    start: ns,
    end: ne,
  };
}
