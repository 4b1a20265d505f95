import { describe, expect, it } from 'vitest';
import { termsForAnalysis } from '../../lib/terms/analysis';
import { parseText } from '../../lib/transcript/parse';

/** Issue #19, item 4: terms are never marked inside speaker labels or markup-like text. */
describe('terms: not in labels, not in markup', () => {
  const r = parseText(
    `De voorzitter:\nHet woord is aan mevrouw Ağca.\n\nMevrouw Ağca (<img src=x onerror=alert(1)>):\nDe schade wordt door het IMG afgehandeld. Op de site stond <img src="logo.png"> als code.\n`,
  );
  if (!r.ok) throw new Error(r.message);
  const t = r.transcript;

  it('reads the markup-like party as the label, so it is not turn text', () => {
    expect(t.turns[1]!.label).toBe('Mevrouw Ağca (<img src=x onerror=alert(1)>):');
    for (const turn of t.turns) expect(t.text.slice(turn.start, turn.end)).not.toContain('onerror');
  });

  it('marks IMG in the running text once, and nothing inside the tag shown as text', () => {
    const img = termsForAnalysis(t).find((x) => x.term === 'IMG');
    expect(img?.count).toBe(1);
  });
});
