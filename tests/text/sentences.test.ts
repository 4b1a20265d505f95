import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../lib/text/sentences';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits at . ? ! before a capital and at paragraph ends', () => {
    expect(split('Dank u wel. Klopt dat? Ja!\nTweede alinea zonder punt')).toEqual(['Dank u wel.', 'Klopt dat?', 'Ja!', 'Tweede alinea zonder punt']);
  });

  it('keeps abbreviations, initials, numbers and list markers inside the sentence', () => {
    expect(split('De brief d.d. 27 februari 2026 (32317, nr. 995) ligt er. Zie art. 23a. Mr. J.A. de Vries zei o.a. Nederland.')).toEqual([
      'De brief d.d. 27 februari 2026 (32317, nr. 995) ligt er.',
      'Zie art. 23a.',
      'Mr. J.A. de Vries zei o.a. Nederland.',
    ]);
    expect(split('De vergadering wordt van 17.37 uur tot 18.15 uur geschorst. Welkom terug.')).toEqual([
      'De vergadering wordt van 17.37 uur tot 18.15 uur geschorst.',
      'Welkom terug.',
    ]);
    expect(split('1. De minister stuurt een brief. 2. De minister informeert de Kamer.')).toEqual([
      '1. De minister stuurt een brief.',
      '2. De minister informeert de Kamer.',
    ]);
  });

  it('"t.z.t." ends a sentence only before a capital', () => {
    expect(split('Over de top zullen we u t.z.t. informeren. Dan de heer Boomsma.')).toEqual(['Over de top zullen we u t.z.t. informeren.', 'Dan de heer Boomsma.']);
    expect(split('Dat doen we t.z.t. Daarna volgt de rest.')).toEqual(['Dat doen we t.z.t.', 'Daarna volgt de rest.']);
  });

  it('an ellipsis before a lower-case word does not end the sentence', () => {
    expect(split('Ik denk ook wel ... ik ben benieuwd. Ik stop … Dan verder.')).toEqual(['Ik denk ook wel ... ik ben benieuwd.', 'Ik stop …', 'Dan verder.']);
  });

  it('offsets are shifted by base and trimmed', () => {
    const text = '  Eerste zin.  Tweede zin.  ';
    expect(splitSentences(text, 100)).toEqual([
      { start: 102, end: 113 },
      { start: 115, end: 126 },
    ]);
  });
});
