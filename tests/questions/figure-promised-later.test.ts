import { describe, expect, it } from 'vitest';
import { analyzeQuestions } from '../../lib/questions';
import { parseText } from '../../lib/transcript/parse';

/**
 * Issue #19 item 5 and the annotation guideline (tests/eval/ANNOTATING.md, synthetic5/README.md): a figure asked for
 * and only promised for later, without any of it, is not an answer. A form that the misses of made-up debates 6's
 * test half pointed at (read after its last measure); the sentences are other, made-up ones, and each test failed first.
 */
const firstTermThenBlock = (question: string, block: string): string[] => {
  const r = parseText(
    [
      'De voorzitter:\nIk geef het woord aan mevrouw Kat.',
      `Mevrouw Kat (D66):\nVoorzitter. Ik begin bij de scholen in het noorden. ${question} Dat wil ik graag weten.`,
      'De voorzitter:\nDan de heer Jansen.',
      'De heer Jansen (CDA):\nVoorzitter. Ik sluit mij aan bij de woorden van mevrouw Kat.',
      'De voorzitter:\nDan de minister.',
      `Minister De Wit:\nVoorzitter. Ik begin bij de vragen van mevrouw Kat. ${block}`,
      'De voorzitter:\nDank u wel.',
      '',
    ].join('\n\n'),
  );
  if (!r.ok) throw new Error(r.message);
  return analyzeQuestions(r.transcript).questions.filter((q) => q.turnIndex === 1).map((q) => q.status);
};

describe('a figure taken up in a block and only promised for later', () => {
  const question = 'Hoeveel leerlingen zijn er vorig jaar in Drenthe zonder diploma van school gegaan?';
  // At most "possibly answered": the block speaks to her.
  it('is not answered: "Dat cijfer heb ik niet bij me. Ik laat het uitzoeken, en u krijgt het … schriftelijk."', () =>
    expect(
      firstTermThenBlock(question, 'Mevrouw Kat vroeg hoeveel leerlingen er vorig jaar in Drenthe zonder diploma van school zijn gegaan. Dat cijfer heb ik niet bij me. Ik laat het uitzoeken, en u krijgt het voor de begroting schriftelijk van mij.'),
    ).not.toContain('answered'));
  it('is answered when the figure is given', () =>
    expect(
      firstTermThenBlock(question, 'Mevrouw Kat vroeg hoeveel leerlingen er vorig jaar in Drenthe zonder diploma van school zijn gegaan. Dat waren er 1.200, een kwart minder dan het jaar ervoor.'),
    ).toEqual(['answered']));
  it('is answered when the reply says more than the promise', () =>
    expect(
      firstTermThenBlock(
        question,
        'Mevrouw Kat vroeg hoeveel leerlingen er vorig jaar in Drenthe zonder diploma van school zijn gegaan. Het precieze cijfer heb ik niet bij me, maar het gaat vooral om leerlingen in het mbo, en de scholen daar krijgen extra begeleiding.',
      ),
    ).toEqual(['answered']));
  it('is answered when part of the answer comes before "maar … niet paraat"', () =>
    expect(
      firstTermThenBlock(
        question,
        'Mevrouw Kat vroeg ook naar de leerlingen zonder diploma in Drenthe. Het aantal lag vorig jaar iets lager dan het jaar daarvoor, maar het precieze aantal per school heb ik niet paraat. Ik kom daar schriftelijk op terug.',
      ),
    ).toEqual(['answered']));
});

describe('a figure asked in an interruption and only promised for later', () => {
  const exchange = (reply: string) => {
    const r = parseText(
      ['De heer Westerveld (JA21):\nVoorzitter. Hoeveel vergunningen zijn er vorig jaar in Limburg ingetrokken?', `Minister De Wit:\n${reply}`, 'De voorzitter:\nDank u wel.', ''].join('\n\n'),
    );
    if (!r.ok) throw new Error(r.message);
    return analyzeQuestions(r.transcript).questions.filter((q) => q.turnIndex === 0).map((q) => q.status);
  };
  it('is not answered: "Dat kan ik niet zomaar uit het register halen. … u krijgt het cijfer voor het volgende debat."', () =>
    expect(exchange('Dat kan ik niet zomaar uit het register halen, want daar staat de reden niet altijd in. Ik laat dat uitzoeken, en u krijgt het cijfer voor het volgende debat.')).toEqual(['open']));
  it('is answered when the reply gives the figure', () =>
    expect(exchange('Dat kan ik niet zomaar uit het register halen, maar het gaat om zo’n 40 vergunningen. De rest krijgt u voor het volgende debat.')).toEqual(['answered']));
  // Review (helper, session of 2026-12-06, evening): the "maar" that gives part of an answer stands before not having
  // it at hand; after it comes the promise.
  it('is not answered: "Dat aantal heb ik niet paraat, maar u krijgt het schriftelijk."', () =>
    expect(exchange('Dat aantal heb ik niet paraat, maar u krijgt het schriftelijk.')).toEqual(['open']));
});

// A form that made-up debates 7 and 8's tuning halves pointed at (s7-05, s8-03, s8-05): an invitation ("Ik nodig de
// minister uit om …") answered by taking up "de uitnodiging" in a block; other, made-up sentences; failed first.
describe('an invitation answered in a block by "De uitnodiging … neem ik aan"', () => {
  it('is answered', () => {
    const r = parseText(
      [
        'De voorzitter:\nIk geef het woord aan mevrouw Kat.',
        'Mevrouw Kat (D66):\nVoorzitter. In Emmen werkt een wijkteam dat jongeren helpt voordat het misgaat. Ik nodig de minister uit om daar een dag mee te lopen. Gaat zij daarop in?',
        'De voorzitter:\nDan de heer Jansen.',
        'De heer Jansen (CDA):\nVoorzitter. Ik sluit mij aan bij de woorden van mevrouw Kat over de jongeren.',
        'De voorzitter:\nDan de minister.',
        'Minister De Wit:\nVoorzitter. Eerst de wachtlijsten: die lopen terug, en de gemeenten krijgen volgend jaar meer geld. Dan mevrouw Kat. De uitnodiging van mevrouw Kat neem ik graag aan. Ik loop in het voorjaar een dag mee met het team in Emmen.',
        'De voorzitter:\nDank u wel.',
        '',
      ].join('\n\n'),
    );
    if (!r.ok) throw new Error(r.message);
    const q = analyzeQuestions(r.transcript).questions.find((x) => x.text.startsWith('Ik nodig de minister uit'))!;
    expect([q.status, q.answeredIn]).toEqual(['answered', [5]]);
  });
});

describe('review 2 (helper): "nodig … uit" as need is no invitation', () => {
  it('a question with "nodig om … uit … te halen" is not answered by accepting another member’s invitation', () => {
    const r = parseText(
      [
        'De voorzitter:\nIk geef het woord aan mevrouw Kat.',
        'Mevrouw Kat (D66):\nVoorzitter. Is het echt nodig om alle kleine scholen uit de regeling te halen?',
        'De voorzitter:\nDan de heer Jansen.',
        'De heer Jansen (CDA):\nVoorzitter. Ik nodig de minister uit om een school in Emmen te bezoeken. Gaat zij daarop in?',
        'De voorzitter:\nDan de minister.',
        'Minister De Wit:\nVoorzitter. Mevrouw Kat en de heer Jansen. De uitnodiging van de heer Jansen neem ik graag aan. Over de kleine scholen kom ik in de brief van het najaar te spreken.',
        'De voorzitter:\nDank u wel.',
        '',
      ].join('\n\n'),
    );
    if (!r.ok) throw new Error(r.message);
    const q = analyzeQuestions(r.transcript).questions.find((x) => x.text.startsWith('Is het echt nodig'))!;
    expect(q.status).not.toBe('answered');
  });
});
