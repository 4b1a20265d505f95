import { describe, expect, it } from 'vitest';
import { governmentSentences } from '../../lib/commitments/government-sentences';
import { isCommitmentSentence } from '../../lib/commitments/in-debate';
import { parseText } from '../../lib/transcript/parse';

describe('isCommitmentSentence', () => {
  const yes = [
    'Dat zeg ik toe.',
    'Dat kan ik toezeggen.',
    'Laat ik u toezeggen dat de brief er voor de zomer is.',
    'Ik zal de Kamer daarover informeren.',
    'Daar zal ik in het verslag van de JBZ-Raad op ingaan.',
    'Ik ga daar in het verslag over de JBZ-Raad wel even op in.',
    'We verwachten de reactie op het rapport van Clingendael dit voorjaar aan u te kunnen sturen.',
    'Ik stuur u voor de zomer een brief over de uitkomst.',
    'In het najaar informeer ik de Kamer over de aanbevelingen.',
    'Ik kom daar voor de zomer schriftelijk op terug.',
    'Zodra het rapport er is, stuur ik het naar de Kamer.',
    'Mocht er nieuws zijn, dan laat ik het de Kamer weten.',
    'Ik houd de Kamer op de hoogte van de voortgang.',
    'Voorafgaand daaraan zult u daarover worden geïnformeerd, ik denk via de BuZa-commissie.',
    'De uitkomst neem ik mee in de fiscale beleidsbrief die in het voorjaar naar de Kamer gaat.',
    'Als dat niets oplevert, kom ik bij de Kamer terug.',
  ];
  const no = [
    ['question', 'Kan de minister toezeggen dat hij de Kamer informeert?'],
    ['question', 'Is de minister bereid om de Kamer hierover periodiek te informeren?'],
    ['refusal', 'Dat kan ik niet toezeggen.'],
    ['refusal', 'Een eerdere datum kan ik niet toezeggen, omdat dit onderdeel is van de besluitvorming.'],
    ['refusal', 'Ik ga de Kamer daarover niet informeren.'],
    ['refusal', 'Daar wil ik geen brief over sturen.'],
    ['within the debate', 'Daar kom ik straks op terug.'],
    ['within the debate', 'Daar kom ik in de tweede termijn op terug.'],
    ['within the debate', 'Ik kom daar zo op terug.'],
    ['within the debate', 'Ik ga eerst in op het ETS2, dan op de SDE++ en netcongestie.'],
    ['within the debate', 'Hierbij neem ik ook de vragen mee over het EES.'],
    ['past', 'Ik heb de Kamer vorige week een brief gestuurd.'],
    ['past', 'Ik heb eerder toegezegd dat de evaluatie komt.'],
    ['hypothetical', 'Ik zou de Kamer kunnen informeren, maar dat heeft weinig zin.'],
    ['reported', 'Mevrouw Kröger vroeg of ik de Kamer wil informeren.'],
    ['reported', 'De vraag was ook of wij daar periodiek over willen informeren.'],
    ['"zeg … bij" is not "zeg … toe"', 'Daar zeg ik gelijk bij dat ik het zelf ook prettig vind.'],
    ['"terugsturen" is not sending something', 'We sturen mensen terug naar Syrië zodra dat kan.'],
    ['no delivery', 'Ik laat de motie oordeel Kamer.'],
    ['no delivery', 'Ik deel die vraag zeer.'],
  ];
  it.each(yes)('commitment: %s', (s) => expect(isCommitmentSentence(s, '2026-03-03')).toBe(true));
  it.each(no)('not (%s): %s', (_why, s) => expect(isCommitmentSentence(s, '2026-03-03')).toBe(false));
});

describe('governmentSentences', () => {
  const text = `VERSLAG VAN EEN COMMISSIEDEBAT
De vaste commissie voor Financiën heeft op 10 maart 2026 overleg gevoerd met de heer De Vries, minister van Financiën, over: de Voorjaarsnota.

Voorzitter: Jansen

De voorzitter:
Welkom. Ik zal de Kamer daarover informeren, zegt de voorzitter.

De heer Pieters (CDA):
Ik zal de Kamer daarover informeren als ik minister ben. Neemt de minister de gemeenten in de brief mee?

Minister De Vries:
Ja, dat doe ik. Ik stuur de Kamer voor 1 mei een brief. Daarin zal ik ook de gemeenten meenemen.

Sluiting 12.00 uur.`;
  const r = parseText(text);
  if (!r.ok) throw new Error(r.message);
  const gs = governmentSentences(r.transcript);

  it('reads only the government, never the chair or members', () => {
    expect(new Set(gs.map((g) => r.transcript.turns[g.turnIndex]!.speakerId))).toEqual(new Set(['de-vries']));
  });

  it('counts an agreement to the request just made, and a continuation', () => {
    expect(gs.map((g) => [g.text, g.isCommitment])).toEqual([
      ['Ja, dat doe ik.', true],
      ['Ik stuur de Kamer voor 1 mei een brief.', true],
      ['Daarin zal ik ook de gemeenten meenemen.', true],
    ]);
    const offsets = gs.map((g) => r.transcript.text.slice(g.start, g.end));
    expect(offsets).toEqual(gs.map((g) => g.text));
  });
});
