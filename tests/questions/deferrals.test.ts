import { describe, expect, it } from 'vitest';
import { analyzeQuestions, isDeferral } from '../../lib/questions';
import type { Transcript } from '../../lib/transcript/model';
import { parseText } from '../../lib/transcript/parse';

function ok(text: string): Transcript {
  const r = parseText(text);
  if (!r.ok) throw new Error(r.message);
  return r.transcript;
}

const debate = (minister: string) =>
  ok(`VERSLAG VAN EEN COMMISSIEDEBAT

De vaste commissie voor Asiel en Migratie heeft op 3 maart 2026 overleg gevoerd met de heer Van den Brink, minister van Asiel en Migratie.

Voorzitter: Boomsma

Aanvang 17.01 uur.

De voorzitter:
Ik geef het woord aan mevrouw Kröger.

Mevrouw Kröger (GroenLinks-PvdA):
Hoe verhoudt het vastzetten van kinderen in terugkeerhubs zich tot het Kinderrechtenverdrag? En wat is de stand van de gesprekken met Uganda?

De voorzitter:
Dank u wel. Het woord is aan de minister.

${minister}

Sluiting 18.00 uur.
`);

describe('deferrals', () => {
  it('recognises promises to come back later in the debate', () => {
    for (const s of [
      'Daar kom ik straks op terug.',
      'Daar kom ik straks zeker op terug.',
      'Op die vraag kom ik zo meteen nog terug.',
      'Daar kom ik in de tweede termijn op terug.',
      'Zoals u weet, werken we aan een verklaring, waar ik zo meteen nog iets meer over zal zeggen.',
      'Daar ga ik straks nog op in.',
      'Ik kom zo ook daarop nog even terug.',
      'Ik kom daar in de tweede termijn op terug.',
      'Daar kom ik zo op, in het blokje over de vaccinatie.',
      'Daar kom ik straks op.',
    ]) {
      expect(isDeferral(s), s).toBe(true);
    }
    for (const s of [
      'Ik zal in het verslag van de JBZ-Raad terugkomen op de Terugkeerverordening.',
      'De minister schetste: dat is nog in ontwikkeling; daar kom ik op terug.',
      'Dan kom ik bij de vraag van de heer Boomsma.',
      'Wij komen in het voorjaar op al die zaken terug.',
      'Daar kom ik zo op uit, als ik de cijfers optel.',
      'Ik kom zo op het punt van de heer Boomsma.',
    ]) {
      expect(isDeferral(s), s).toBe(false);
    }
  });

  it('finds where the speaker comes back to the topic', () => {
    const t = debate(`Minister Van den Brink:
Over de kinderen in terugkeerhubs kom ik straks nog op terug. Eerst Uganda: de gesprekken met Uganda liggen op dit moment stil.

Mevrouw Kröger (GroenLinks-PvdA):
Waarom liggen de gesprekken met Uganda stil?

Minister Van den Brink:
Omdat Uganda eerst zelf een besluit moet nemen over de gesprekken.

Dan de vraag van mevrouw Kröger over kinderen in terugkeerhubs. Gezinnen met kinderen blijven bij elkaar, en alles wordt getoetst aan het Kinderrechtenverdrag.`);
    const { deferrals, questions } = analyzeQuestions(t);
    expect(deferrals).toHaveLength(1);
    expect(deferrals[0]).toMatchObject({ turnIndex: 3, text: 'Over de kinderen in terugkeerhubs kom ik straks nog op terug.', resolvedIn: 5 });
    const children = questions.find((q) => q.text.includes('Kinderrechtenverdrag'))!;
    expect(children).toMatchObject({ askerId: 'kroger', status: 'answered' });
    expect(children.answeredIn).toContain(5);
  });

  it('leaves a promise that is never kept unresolved', () => {
    const t = debate(`Minister Van den Brink:
Over de kinderen in terugkeerhubs kom ik straks nog op terug. Eerst Uganda: de gesprekken met Uganda liggen op dit moment stil.`);
    expect(analyzeQuestions(t).deferrals).toEqual([expect.objectContaining({ turnIndex: 3, resolvedIn: null })]);
  });
});
