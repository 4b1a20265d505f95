import { describe, expect, it } from 'vitest';
import { commitmentsIn as commitments, inDebateCommitments, requestThenReply as exchange } from '../helpers/commitments-of';
import { judge } from '../helpers/judge-commitments';

/**
 * A review's probes (a helper who read no eval text, session of 2026-12-06 late) of the rules made from made-up 7's
 * test half and made-up 9 and 10's tuning halves. The review saw each "none" here given as a promise; written down,
 * 44 of the first 49 tests failed (the rest, and the "still one" cases, stay as guards). Some come from older gaps the
 * new rules exposed ("Ik stuur u geen brief.").
 */
// Not "Daarom stuur ik u elk jaar een overzicht.": the review read it as a routine, but two held-apart sets' annotators
// count such a yearly delivery as a promise (a rule that made it none lost one on each), so it stays one.
judge(
  'delivery: a negation after the verb, a hedge, the addressee\'s wish put last',
  [],
  ['Ik stuur u geen brief.', 'Ik stuur u voor de zomer geen overzicht.', 'Ik stuur u misschien een overzicht.', 'Ik stuur u een overzicht als de Kamer dat wil.'],
);

judge(
  'a draft put before the Kamer: not done already, a procedure of law, a condition or someone else\'s wish',
  [],
  [
    'Het ontwerpbesluit is in januari bij uw Kamer voorgehangen.',
    'Het ontwerpbesluit werd in 2019 aan beide Kamers voorgelegd.',
    'Het ontwerpbesluit wordt altijd bij beide Kamers voorgehangen.',
    'Volgens de wet wordt elk ontwerpbesluit bij beide Kamers voorgehangen.',
    'Pas als de Raad van State akkoord is, wordt het ontwerpbesluit bij uw Kamer voorgehangen.',
    'Het ontwerpbesluit wordt bij uw Kamer voorgehangen als de Raad van State akkoord is.',
    'De heer Bos wil dat het besluit aan beide Kamers wordt voorgelegd.',
    'Het rapport wordt door de inspectie toegestuurd als daarom gevraagd wordt.',
  ],
);

judge(
  'discussed or agreed with a body: not a habit, the present, a set phrase with "maak", a speech',
  [],
  [
    'Ik bespreek met de netbeheerders regelmatig de wachtrij.',
    'Ik bespreek de wachtrij op dit moment met de netbeheerders.',
    'Ik bespreek de wachtrij momenteel met de netbeheerders.',
    'In het bestuurlijk overleg bespreek ik dat met de netbeheerders, zoals elk jaar.',
    'Ik neem het op met de VNG, zoals ik dat elk jaar doe.',
    'Ik maak bezwaar tegen de afspraken met de netbeheerders.',
    'Ik maak duidelijk dat de afspraken met de netbeheerders gewoon gelden.',
    'Volgende week spreek ik in Brussel over de stikstofbank.',
    'Volgende week spreek ik op een congres over de stikstofbank.',
  ],
);

describe('a short yes with a time, later in a turn: not a habit, nor waiting to see', () => {
  for (const s of ['Dat doe ik jaarlijks in het voorjaar.', 'Dat doe ik normaal gesproken in mei.', 'Dat doe ik sinds 2023.', 'Dat zullen we na de zomer zien.', 'Dat gaan we in het najaar merken.']) {
    it(`none: ${s}`, () => expect(commitments(exchange('Hoe staat het met de gemeenten?', `Ik spreek de gemeenten over de wachtlijsten. ${s} Dan de tarieven.`))).toEqual([]));
  }
  it('still one: "Dat doe ik deze maand nog."', () =>
    expect(commitments(exchange('Hoe staat het met de gemeenten?', 'Ik wil via de VNG een signaal afgeven. Dat doe ik deze maand nog. Dan de tarieven.'))).toContain('Dat doe ik deze maand nog.'));
});

describe('a yes to a request for a promise: only one that grants it', () => {
  const ask = 'Kan de minister toezeggen dat de regeling blijft bestaan?';
  for (const reply of [
    'Ja, dat hoop ik van harte.',
    'Ja, dat verwacht ik wel.',
    'Ja, ik vind dat de regeling moet blijven.',
    'Ja, goeie vraag.',
    'Ja, de wet regelt dat al sinds 2019.',
    'Ja, het CBS heeft ze vorige maand nog gecontroleerd.',
    'Ja, de gemeenten hebben dat zelf toegezegd in het bestuurlijk overleg.',
    'Ja, in principe wel, al hangt het af van de NZa.',
  ]) {
    it(`none: ${reply}`, () => expect(commitments(exchange(ask, `${reply} Dan de tarieven.`))).toEqual([]));
  }
  it('none: a yes to "why will she not promise …?"', () =>
    expect(commitments(exchange('Kan de minister uitleggen waarom zij niet wil beloven dat de regeling blijft?', 'Ja, de regeling kost te veel en het geld is op. Dan de tarieven.'))).toEqual([]));
});

describe('the point that comes in, or is taken along: not what is so already, on a condition, or weighed', () => {
  it('none: "Die cijfers komen erin sinds vorig jaar."', () =>
    expect(commitments(exchange('Kan de minister in de monitor de cijfers per regio opnemen?', 'Ja, die cijfers komen erin sinds vorig jaar. Dan de tarieven.'))).toEqual([]));
  it('none: "Ja, die komen erin als het CBS ze kan leveren."', () =>
    expect(commitments(exchange('Kan de minister in de monitor de cijfers per regio opnemen?', 'Ja, die komen erin als het CBS ze kan leveren. Dan de tarieven.'))).toEqual([]));
  it('none: "Dat begrijp ik, dat neem ik mee in mijn afweging."', () =>
    expect(commitments(exchange('Wil de minister de cijfers meenemen in de brief?', 'Dat begrijp ik, dat neem ik mee in mijn afweging. Dan de tarieven.'))).toEqual([]));
});

describe('the sentence a closing item records: not a refusal, the past, a stance, a retold question or another\'s act', () => {
  const ITEM = 'De minister informeert de Kamer voor de zomer over de wachttijden bij de jeugdzorg.';
  const inDebate = (minister: string) =>
    inDebateCommitments(
      `De voorzitter:\nWelkom.\n\nMevrouw Kramer (D66):\nHoe staat het met de wachttijden bij de jeugdzorg?\n\nMinister Dekker:\nIk begin met de examens. ${minister} Dan de tarieven.\n\nDe voorzitter:\nIk lees de toezeggingen voor.\n• ${ITEM}\nDan sluit ik dit debat.\n`,
    );
  for (const s of [
    'Ik ga de Kamer geen aparte brief sturen over de wachttijden bij de jeugdzorg.',
    'Vorig jaar heb ik de Kamer een brief gestuurd over de wachttijden bij de jeugdzorg.',
    'Ik vind dat de Kamer goed moet worden geïnformeerd over de wachttijden bij de jeugdzorg.',
    'Ik verwacht dat de wachttijden bij de jeugdzorg in het najaar korter zijn.',
    'Mevrouw Kramer vraagt of ik de Kamer voor de zomer informeer over de wachttijden bij de jeugdzorg.',
    'In het najaar publiceert het CBS de wachttijden bij de jeugdzorg per regio.',
    'Volgens de wet krijgt de Kamer elk jaar een verslag over de wachttijden bij de jeugdzorg.',
    'U weet dat de wachttijden bij de jeugdzorg per regio verschillen.',
    'Ik kom nu bij de wachttijden bij de jeugdzorg.',
    'Ik kom in de tweede termijn bij u terug op de wachttijden bij de jeugdzorg.',
  ]) {
    it(`none: ${s}`, () => expect(inDebate(s)).toEqual([]));
  }
});

// A word of the text that names a property of every object must not reach a lookup table as a key: "constructor" did
// (an object of raising verbs), which threw "not iterable" and would have taken the whole analysis down.
judge('a sentence with the words "constructor" or "__proto__" is read, not thrown on', [], ['Ik geef de constructor van de brug mee aan de inspectie niet.', 'Het __proto__ en de constructor zijn termen uit de informatica.']);

// What the narrowing after the second review keeps (guards): a draft put before the Kamer by the speaker or in the
// passive, and "Dan krijgt de Kamer …" in a sequence of answers.
judge('still promises after the narrowing', ['Ik kan het ontwerpbesluit voor de zomer aan de Kamer voorleggen.', 'Dan krijgt de Kamer voor de zomer het overzicht.', 'Het ontwerpbesluit wordt voor de zomer aan de Kamer voorgelegd.'], []);
