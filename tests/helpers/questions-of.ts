import { findQuestions } from '../../lib/questions/questions';
import { parseText } from '../../lib/transcript/parse';

/** The questions found when the member (the heer Jansen) says `member` in a small debate the minister then answers. */
export function questionsOf(member: string): string[] {
  const r = parseText(
    [
      'De voorzitter:\nIk geef het woord aan de heer Jansen.',
      `De heer Jansen (CDA):\n${member}`,
      'De voorzitter:\nDan geef ik het woord aan de minister.',
      'Minister De Vries:\nDank u wel, voorzitter. Ik ga in op de vragen van de heer Jansen.',
      '',
    ].join('\n\n'),
  );
  if (!r.ok) throw new Error(r.message);
  return findQuestions(r.transcript).map((q) => q.text);
}
