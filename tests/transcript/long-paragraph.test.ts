import { describe, expect, it } from 'vitest';
import { parseText } from '../../lib/transcript/parse';

/**
 * The fault probe's worst text: one speaker's words as 2 MB of short lines
 * without a blank line between them (a text file saved with hard line
 * breaks). It is one paragraph, read whole. Joining it used to test the
 * whole text joined so far at every line (77 s for 1 MB, a frozen reader
 * page at 2 MB); its time per MB is figure 6 of `npm run bench`.
 */
describe('a paragraph of many short lines', () => {
  it('is read whole, as one paragraph of the speaker, with every word', () => {
    const unit = 'Dat is zo, voorzitter, en';
    const count = Math.round((2 * 1024 * 1024) / (unit.length + 1));
    const text = `De voorzitter:\nIk open de vergadering.\n\nMevrouw Kröger (GroenLinks-PvdA):\n${`${unit}\n`.repeat(count)}`;
    const r = parseText(text);
    if (!r.ok) throw new Error(r.message);
    const last = r.transcript.turns.at(-1)!;
    expect(r.transcript.turns).toHaveLength(2);
    expect(last.paragraphs).toHaveLength(1);
    expect(last.paragraphs[0]!.length).toBe(count * (unit.length + 1) - 1);
    expect(last.paragraphs[0]!.split('Dat is zo').length - 1).toBe(count);
  });
});
