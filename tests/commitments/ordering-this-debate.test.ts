import { describe, expect, it } from 'vitest';
import { isCommitmentSentence } from '../../lib/commitments/in-debate';

/**
 * Issue #19 item 3: a minister ordering the answers of this debate promises nothing outside it ("ik begin met …,
 * vervolgens ga ik naar …", "laat ik nu op uw vraag ingaan", "ik kom daar in mijn beantwoording op terug", "ik zal
 * mijn tempo aanpassen"). Made-up sentences, written before the rule; each "none" below that the rule is for failed
 * first. The "one" lists guard real promises with the same words: starting a trial, a visit, answering written
 * questions, a hortative that promises.
 */
function judge(title: string, yes: readonly string[], no: readonly string[]): void {
  describe(`in-debate commitments: ${title}`, () => {
    for (const s of yes) it(`is one: ${s}`, () => expect(isCommitmentSentence(s)).toBe(true));
    for (const s of no) it(`is none: ${s}`, () => expect(isCommitmentSentence(s)).toBe(false));
  });
}

judge(
  'the order of this debate’s answers: "ik begin met …, vervolgens ga ik naar …"',
  [
    'Ik zal in januari starten met een proef in drie gemeenten.',
    'Ik zal beginnen met een gesprek met de gemeenten, en daarna stuur ik de Kamer een brief.',
    'Volgende week ga ik naar Brussel om daarover te spreken.',
  ],
  [
    'Ik zal starten met de gevangenissen, vervolgens ga ik naar de reclassering.',
    'Ik zal starten met de politie en vervolgens ga ik naar het gevangeniswezen.',
    'Ik begin met de vragen over de huurtoeslag en daarna ga ik naar de vragen over de energietoeslag.',
    'We zullen beginnen met de amendementen en vervolgens gaan we naar de moties.',
  ],
);

judge(
  '"laat ik …" that takes up a question now',
  ['Laat ik toezeggen dat ik de Kamer voor de zomer een brief stuur.'],
  ['Laat ik nu op uw vraag ingaan.', 'Laat ik nu ingaan op de vraag van mevrouw De Vries.', 'Laat ik eerst op de vraag van de heer Bos ingaan.'],
);

judge(
  'the speaker’s own answer in this debate: "mijn beantwoording", "mijn betoog", "mijn tempo", "mijn spreektijd"',
  [
    'Ik zal dat meenemen in mijn beantwoording van de Kamervragen van mevrouw Jansen.',
    'We zullen het tempo van de woningbouw verhogen.',
    'Ik zal mijn antwoord op de vragen van de commissie voor de zomer naar de Kamer sturen.',
  ],
  [
    'Ik zal daar in mijn beantwoording op terugkomen.',
    'Ik kom daar in mijn beantwoording uitgebreid op terug.',
    'Ik zal daar in mijn betoog nog op terugkomen.',
    'Ik zal mijn tempo wat aanpassen.',
    'Ik zal mijn tempo iets opvoeren.',
    'Ik zal mijn spreektijd goed gebruiken.',
  ],
);
