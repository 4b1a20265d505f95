import { describe, expect, it } from 'vitest';
import { wordCount } from '../../lib/analyze';
import { analyzeQuestions, isQuestionSentence } from '../../lib/questions';
import type { Transcript } from '../../lib/transcript/model';
import { parseText } from '../../lib/transcript/parse';
import { readRepoFile } from '../helpers/dom';

function ok(text: string): Transcript {
  const r = parseText(text);
  if (!r.ok) throw new Error(r.message);
  return r.transcript;
}

const debate = (body: string) =>
  ok(`VERSLAG VAN EEN COMMISSIEDEBAT

De vaste commissie voor Asiel en Migratie heeft op 3 maart 2026 overleg gevoerd met de heer Van den Brink, minister van Asiel en Migratie.

Voorzitter: Boomsma

Aanvang 17.01 uur.

${body}

Sluiting 18.00 uur.
`);

describe('question sentences', () => {
  it('takes interrogatives and request forms', () => {
    for (const s of [
      'Herkent de minister deze zorgen?',
      'Maar hoever zijn wij daarmee, vraag ik de minister.',
      'Ik hoor graag welke stappen de minister hier actief op gaat zetten.',
      'Ik wil de minister vragen om er bij de JBZ-Raad voor te pleiten dat iedereen meedoet.',
      'Mijn vraag is dan of hij dat wil onderzoeken.',
      'De vraag is of dit voldoende bescherming biedt.',
      'Ik ben benieuwd hoe dit kabinet daarin staat.',
      // Issue #19, forms found on the tuning half (made-up sentences): a bare "graag een …", and a third-person imperative.
      'Graag een reactie van de minister.',
      'Graag een toezegging.',
      'Laat de minister dan met een brief komen waarin de planning staat.',
      'Laat zij ons weten wanneer de regeling ingaat.',
    ]) {
      expect(isQuestionSentence(s), s).toBe(true);
    }
  });

  it('leaves statements and procedure out', () => {
    for (const s of ['Dank u wel, voorzitter.', 'Kunt u afronden?', 'Kunt u tot een afronding komen?', 'Heb ik nog een interruptie over?', 'Hoeveel spreektijd heeft u?', 'Dat is eigenlijk niet waar mijn vraag op zag.', 'Graag gedaan.', 'Laat ik vooropstellen dat de minister gelijk heeft.', 'Laat mij dat even uitleggen.', 'Laat ze maar eens beginnen.']) {
      expect(isQuestionSentence(s), s).toBe(false);
    }
    expect(isQuestionSentence('Heeft de minister nog tijd nodig voor de beantwoording?', true)).toBe(false);
  });
});

describe('answer linking on small debates', () => {
  it('links a block answer to the member it names, and the reply to an interruption', () => {
    const t = debate(`De voorzitter:
Ik geef het woord aan mevrouw Kröger.

Mevrouw Kröger (GroenLinks-PvdA):
Hoe kijkt de minister naar de veiligelandenlijst met Egypte?

Dan Libanon. Hoe staat het met de ontheemden daar?

De heer Ellian (VVD):
Wanneer komt de Terugkeerverordening?

De voorzitter:
Het woord is aan de minister.

Minister Van den Brink:
Mevrouw Kröger vroeg naar de veiligelandenlijst en Egypte. Egypte komt op de lijst, maar elke aanvraag wordt individueel getoetst.

De heer Ellian vroeg naar de Terugkeerverordening. Die verwachten we na de zomer.

Mevrouw Kröger (GroenLinks-PvdA):
Klopt het dat de bewijslast dan bij de asielzoeker ligt?

Minister Van den Brink:
Ja, de bewijslast blijft bij de aanvrager.`);
    const { questions } = analyzeQuestions(t);
    const find = (s: string) => questions.find((q) => q.text.includes(s))!;
    expect(find('veiligelandenlijst')).toMatchObject({ askerId: 'kroger', status: 'answered', answeredIn: [4] });
    expect(find('Terugkeerverordening')).toMatchObject({ askerId: 'ellian', status: 'answered', answeredIn: [4] });
    expect(find('bewijslast')).toMatchObject({ askerId: 'kroger', status: 'answered', answeredIn: [6] });
    expect(find('ontheemden')).toMatchObject({ status: 'open', answeredIn: [] });
  });

  it('a question put in an interruption of another member is that member\'s, not one to the government', () => {
    const t = debate(`Mevrouw Kröger (GroenLinks-PvdA):
Voorzitter. De opvang in Ter Apel loopt vast. Wat gaat de minister doen om de wachttijden te verkorten?

De heer Ellian (VVD):
Welke indicatie heeft mevrouw Kröger dat meer geld de wachttijden verkort?

Mevrouw Kröger (GroenLinks-PvdA):
De cijfers van het COA laten dat zien.

Mevrouw Kröger (GroenLinks-PvdA):
Ik rond af.

Minister Van den Brink:
Mevrouw Kröger vroeg naar de wachttijden in Ter Apel. We openen extra locaties om de wachttijden te verkorten.`);
    const { questions } = analyzeQuestions(t);
    expect(questions.map((q) => q.askerId)).toEqual(['kroger']);
    expect(questions[0]).toMatchObject({ status: 'answered' });
  });

  it('the member answering another member’s interruption asks that member, unless naming the government', () => {
    const t = debate(`Mevrouw Kröger (GroenLinks-PvdA):
Voorzitter. De opvang in Ter Apel loopt vast. Wat gaat de minister doen om de wachttijden te verkorten?

De heer Ellian (VVD):
Meer geld lost niets op. Een derde van de plekken staat leeg.

Mevrouw Kröger (GroenLinks-PvdA):
Een derde van de plekken? Waar haalt de heer Ellian dat vandaan? Kan de minister bevestigen dat alle plekken bezet zijn?

Minister Van den Brink:
Alle plekken zijn bezet, dat kan ik bevestigen. Mevrouw Kröger vroeg ook naar de wachttijden: we openen extra locaties.`);
    const { questions } = analyzeQuestions(t);
    expect(questions.map((q) => q.text)).toEqual([
      'Wat gaat de minister doen om de wachttijden te verkorten?',
      'Kan de minister bevestigen dat alle plekken bezet zijn?',
    ]);
  });

  it('after the reply to the interruption, the member’s own speech puts its questions to the government again', () => {
    const t = debate(`Mevrouw Kröger (GroenLinks-PvdA):
Voorzitter. De opvang in Ter Apel loopt vast.

De heer Ellian (VVD):
Wie gaat dat betalen?

Mevrouw Kröger (GroenLinks-PvdA):
Wie gaat dat betalen? De meevallers betalen dat.

Dan mijn tweede punt, de wachttijden. Wanneer komen de extra locaties er? Waarom duurt het zo lang?

Minister Van den Brink:
De extra locaties komen er in mei. Het duurt lang omdat gemeenten moeten instemmen.`);
    expect(analyzeQuestions(t).questions.map((q) => q.text)).toEqual(['Wanneer komen de extra locaties er?', 'Waarom duurt het zo lang?']);
  });

  it('keeps a question open until after the asker says it was not answered', () => {
    const t = debate(`Mevrouw Kröger (GroenLinks-PvdA):
Hoe verhoudt het vastzetten van kinderen in terugkeerhubs zich tot het Kinderrechtenverdrag?

Minister Van den Brink:
Mevrouw Kröger vroeg naar terugkeerhubs. Over terugkeerhubs zijn we in gesprek met andere landen.

Mevrouw Kröger (GroenLinks-PvdA):
Eén vraag van mij is niet beantwoord, namelijk over kinderen in terugkeerhubs. Hoe verhoudt dat zich tot het Kinderrechtenverdrag?

De heer Ellian (VVD):
Dank u wel.

Minister Van den Brink:
Mevrouw Kröger vroeg naar kinderen in terugkeerhubs. Alles wordt getoetst aan het Kinderrechtenverdrag.`);
    const { questions } = analyzeQuestions(t);
    const original = questions.find((q) => q.turnIndex === 0)!;
    expect(original.answeredIn.every((turn) => turn > 2)).toBe(true);
    expect(original).toMatchObject({ status: 'answered', answeredIn: [4] });
  });
});

describe('scale', () => {
  it('analyses each debate of a plenary-sized day alike', { timeout: 120_000 }, () => {
    const r = parseText(readRepoFile('seeds/committee-2026-03-03-jbz.txt'));
    if (!r.ok) throw new Error(r.message);
    const one = r.transcript;
    // Nine copies of the seed as nine debates of one day: about 170,000 words.
    const copies = 9;
    const turns: Transcript['turns'] = [];
    const events: Transcript['events'] = [];
    for (let k = 0; k < copies; k++) {
      const shift = k * (one.text.length + 1);
      if (k > 0) events.push({ type: 'agenda-item', beforeTurn: k * one.turns.length, title: `debat ${k + 1}` });
      for (const x of one.turns) turns.push({ ...x, index: x.index + k * one.turns.length, start: x.start + shift, end: x.end + shift });
    }
    const day: Transcript = { ...one, turns, events, text: Array(copies).fill(one.text).join('\n') };
    expect(wordCount(day.text)).toBeGreaterThan(150_000);
    // Speed is measured by `npm run bench`; here: every copy analysed alike.
    const small = analyzeQuestions(one).questions.length;
    const big = analyzeQuestions(day).questions.length;
    expect(big).toBe(small * copies);
  });
});
