import { describe, expect, it } from 'vitest';
import { analyzeQuestions, findMentions, findQuestions, isQuestionSentence } from '../../lib/questions';
import { answerUnits } from '../../lib/questions/units';
import { ADDRESS, addressing, replies } from '../../lib/questions/addressing';
import { buildIndex } from '../../lib/questions/passages';
import { opensNewPoint } from '../../lib/text/discourse';
import type { Transcript } from '../../lib/transcript/model';
import { parseText } from '../../lib/transcript/parse';
import { committeeDebate } from '../helpers/committee-debate';

/**
 * The general rules of Dutch debate that issue #19 item 5 added to the
 * question→answer links, each on a small debate written for it.
 */
const debate = (body: string): Transcript => committeeDebate(body);

describe('question forms', () => {
  it('takes wanting to hear or know as asking', () => {
    expect(isQuestionSentence('Wij zien dat er wel mogelijkheden zijn, dus ik wil graag horen waarom het niet zou kunnen.')).toBe(true);
    expect(isQuestionSentence('Ik zou graag willen weten hoe dat zit.')).toBe(true);
    expect(isQuestionSentence('Ik wil graag iets zeggen over de planning.')).toBe(false);
  });

  it('takes wanting to know or hear whether, what or when as asking, also without "graag"', () => {
    for (const s of [
      'Verder wil ik weten wanneer de evaluatie naar de Kamer komt.',
      'Ik wil toch echt van de staatssecretaris horen of die termijn wordt gehaald.',
      'Wij willen weten hoeveel aanvragen er nog op de plank liggen.',
      'Tot slot zou ik van de minister willen horen in hoeverre de provincies hierbij betrokken zijn.',
    ])
      expect(isQuestionSentence(s), s).toBe(true);
    for (const s of [
      // Others wanting to know: a statement about them, not a question put here.
      'Ouders willen weten waar ze aan toe zijn.',
      // Wanting to know nothing more, hearing no question word, or knowing already.
      'Ik wil niets meer horen over uitstel.',
      'Ik wil weten dat de regeling er komt.',
      'Ik weet hoe dat werkt.',
      'Ik wil horen van de mensen in het veld hoe het gaat.',
      // Not wanting to know, wanting in the past, a counterfactual, and knowing already.
      'Ik zou echt niet weten waarom dat zo is.',
      'Ik wil echt niet weten hoeveel dat gekost heeft.',
      'Ik wilde weten hoe het zat, dus ik heb het zelf nagevraagd.',
      'Als ik dat had gelezen, zou ik weten of het klopt.',
      'Wij willen weten dat wat we doen ook werkt.',
    ])
      expect(isQuestionSentence(s), s).toBe(false);
  });

  it('takes a sentence broken off by the answer as a question', () => {
    const t = debate(`Minister Bruins Slot:
Een storing wordt de burger niet aangerekend.

Mevrouw Van Weerdenburg (PVV):
Dat geldt dus ook als de storing bijvoorbeeld bij een private partij …

Minister Bruins Slot:
Ook bij een private partij, ja.`);
    const q = analyzeQuestions(t).questions;
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({ askerId: 'van-weerdenburg', status: 'answered', answeredIn: [2] });
  });

  it('does not take a broken-off sentence the chair answers', () => {
    const t = debate(`Mevrouw Van Weerdenburg (PVV):
Dat geldt dus ook als de storing bijvoorbeeld bij een private partij …

De voorzitter:
Dank u wel.`);
    expect(findQuestions(t)).toHaveLength(0);
  });
});

describe('a new point has no context before it', () => {
  it('knows the markers of a new point', () => {
    for (const s of ['Daarnaast zou ik de minister willen vragen wanneer dat is.', 'Tot slot: hoe zit het met de kosten?', 'Mijn tweede vraag gaat over de balie.', 'En mijn tweede vraag: waarom duurt het zo lang?', 'En tot slot: wanneer komt de brief?']) expect(opensNewPoint(s), s).toBe(true);
    for (const s of ['Dan is de vraag wanneer dat komt.', 'Daar gaat het om.', 'Verderop in de brief staat het.', 'En dan de vraag wanneer dat komt.']) expect(opensNewPoint(s), s).toBe(false);
  });

  it('reads a question that opens a new point without the sentences before it', () => {
    const t = debate(`Mevrouw Leijten (SP):
Ik werk aan een amendement over storingen en termijnen. Daarnaast zou ik de minister willen vragen wanneer iemand actief aangeeft dat hij digitaal wil.

Minister Bruins Slot:
Dat doet iemand met een vinkje in MijnOverheid.`);
    const [q] = findQuestions(t);
    expect(q!.text.startsWith('Daarnaast')).toBe(true);
    expect(q!.context).toBe('');
  });
});

describe('a reply that defers', () => {
  const t = debate(`Minister Bruins Slot:
Het stelsel wordt de komende jaren uitgebreid.

Mevrouw Rajkowski (VVD):
Wanneer komt die eenduidigheid er dan? Kunnen we zeggen dat aan het eind van het jaar duizend organisaties zijn aangesloten?

Minister Bruins Slot:
Dat is een traject van de staatssecretaris. Daar kom ik zo op terug.

Mevrouw Dekker-Abdulaziz (D66):
Kan iedere organisatie ook een telefoonnummer geven voor mensen die niet digitaal zijn?

Minister Bruins Slot:
Veel organisaties hebben een telefoonnummer, maar dat inzicht heb ik niet voor allemaal. Ik kom daar zo nog op terug.

Mevrouw Van Weerdenburg (PVV):
Hoor ik hierin een omslag in het denken over verplichte standaardisatie?

Minister Bruins Slot:
De staatssecretaris werkt aan standaardisatie, zodat mensen herkennen waar een bericht vandaan komt. In de tweede termijn kom ik nog terug op het traject van het berichtenstelsel.

De voorzitter:
Dan is het woord aan de minister voor de tweede termijn.

Minister Bruins Slot:
Dan vroeg mevrouw Rajkowski naar het berichtenstelsel en de organisaties. Aan het eind van het jaar zijn er naar verwachting duizend organisaties aangesloten op het berichtenstelsel.

Mevrouw Dekker vroeg naar het telefoonnummer voor mensen die niet digitaal zijn. Iedere organisatie moet een telefoonnummer geven.`);
  const { questions } = analyzeQuestions(t);
  const find = (s: string) => questions.find((q) => q.text.includes(s))!;

  it('answers where the speaker comes back to it, not in a reply that only defers', () => {
    expect(find('eenduidigheid')).toMatchObject({ askerId: 'rajkowski', status: 'answered', answeredIn: [8] });
  });
  it('answers both in a reply that says something and where it comes back', () => {
    expect(find('telefoonnummer')).toMatchObject({ status: 'answered', answeredIn: [4, 8] });
  });
  it('answers in the reply when the reply defers another point', () => {
    expect(find('omslag')).toMatchObject({ status: 'answered', answeredIn: [6] });
  });
});

describe('what an interruption takes up', () => {
  const t = debate(`Minister Bruins Slot:
Het berichtenstelsel wordt uitgebreid.

Mevrouw Rajkowski (VVD):
Begrijp ik goed dat het berichtenstelsel alleen geldt voor inwoners die digitaal willen communiceren met het berichtenstelsel?

Minister Bruins Slot:
Ja, alleen wie dat zelf aangeeft.

De voorzitter:
Dan de tweede termijn. Mevrouw Rajkowski.

Mevrouw Rajkowski (VVD):
Ik heb geen derde termijn, dus ik ga een toezegging vragen om de Kamer te informeren over de planning van het berichtenstelsel.

Mevrouw Leijten (SP):
Ik dien een motie in over de papieren post.

De voorzitter:
Het woord is aan de minister.

Minister Bruins Slot:
Dan vroeg mevrouw Rajkowski naar de planning van het berichtenstelsel. Het berichtenstelsel voor inwoners die digitaal willen communiceren, is in 2024 klaar. Inwoners die digitaal communiceren, krijgen dan één plek.

Mevrouw Rajkowski (VVD):
Als u kunt toezeggen dat u de Kamer daarover informeert, trek ik mijn motie over de aangetekende post in. Een toezegging weegt even zwaar.

Minister Bruins Slot:
Ik zal de Kamer informeren over de aangetekende post.`);
  const { questions } = analyzeQuestions(t);
  const find = (s: string) => questions.find((q) => q.text.includes(s))!;

  it('a question answered in its exchange does not crowd out a later one', () => {
    expect(find('alleen geldt')).toMatchObject({ status: 'answered', answeredIn: [2] });
    expect(find('planning')).toMatchObject({ status: 'answered', answeredIn: [7] });
  });
  it('an interruption with a question of its own does not take up an earlier one', () => {
    expect(find('aangetekende post')).toMatchObject({ status: 'answered', answeredIn: [9] });
    expect(find('planning').answeredIn).not.toContain(9);
  });
});

describe('answer units', () => {
  const t = debate(`Mevrouw Leijten (SP):
Kan de minister uitleggen wat de taxonomie precies inhoudt?

Mevrouw Rajkowski (VVD):
Kan de minister vertellen wanneer de beleidsbrief over klimaat en energie komt?

De voorzitter:
Het woord is aan de minister.

Minister Bruins Slot:
Dank u wel. Mij is gevraagd wanneer ik concreter word. De beleidsbrief over klimaat en energie stuur ik in februari. Er zijn vragen gesteld over Europa. De vraag is hoe we daar samen optrekken. Mevrouw Leijten vroeg wat de taxonomie inhoudt. De taxonomie gaat over de financiering van groene investeringen.`);
  const minister = t.turns[3]!;

  it('cuts a block answer before each take-up of a question, named or not', () => {
    const units = answerUnits(t, findMentions(t)).get(3)!;
    const at = (s: string) => t.text.indexOf(s, minister.start);
    expect(units).toEqual([
      { at: at('Mij is gevraagd'), anonymous: true },
      { at: at('Mevrouw Leijten vroeg'), anonymous: false },
    ]);
  });
  it("links a question taken up without its asker's name to the one it answers best", () => {
    const { questions } = analyzeQuestions(t);
    expect(questions.find((q) => q.text.includes('beleidsbrief'))).toMatchObject({ askerId: 'rajkowski', status: 'answered', answeredIn: [3] });
    expect(questions.find((q) => q.text.includes('taxonomie'))).toMatchObject({ askerId: 'leijten', status: 'answered', answeredIn: [3] });
  });
});

describe('a unit that takes up a named member\'s question', () => {
  it('answers the best of their questions, however few words it shares', () => {
    const t = debate(`Mevrouw Dekker-Abdulaziz (D66):
Kan iedere organisatie haar telefoonnummer beschikbaar stellen en dat actief communiceren?

De voorzitter:
Het woord is aan de minister.

Minister Bruins Slot:
Mevrouw Dekker vroeg ook of er altijd telefonisch of menselijk contact mogelijk is. De staatssecretaris heeft in het debat over de digitale overheid gezegd dat er altijd een vorm van menselijk contact moet zijn.`);
    expect(analyzeQuestions(t).questions[0]).toMatchObject({ status: 'answered', answeredIn: [2] });
  });
});

describe('a question that points back', () => {
  it('shares the answer of the question put in the same breath', () => {
    const t = debate(`Mevrouw Rajkowski (VVD):
Overheden moeten hun rekeningen binnen dertig dagen betalen. Kan de minister aangeven op welke wijze zij hiermee aan de slag is? Wil zij in de monitor betaaltermijnen uitgebreider terugkomen op dit onderwerp?

De voorzitter:
Het woord is aan de minister.

Minister Bruins Slot:
Mevrouw Rajkowski vroeg of ik in de monitor betaaltermijnen wil terugkomen op het betaalgedrag. Ja, in de monitor betaaltermijnen zal ik daar uitgebreider op terugkomen.`);
    const [how, monitor] = analyzeQuestions(t).questions;
    expect(monitor).toMatchObject({ status: 'answered', answeredIn: [2] });
    expect(how).toMatchObject({ status: 'answered', answeredIn: [2] });
  });
});

describe('question time: a member answered at once', () => {
  it('links the questions to the minister’s turn right after them, which does not name the member', () => {
    const r = parseText(
      [
        'De voorzitter:\nAan de orde is het mondelinge vragenuur. Het woord is aan mevrouw Koster van de SP.',
        'Mevrouw Koster (SP):\nVoorzitter. Honderden huurders kregen een huurverhoging van 7%. Is die verhoging in strijd met de wet? Welke mogelijkheden hebben deze huurders om bezwaar te maken?',
        'Minister De Wit:\nDank u wel, voorzitter. De maximale huurverhoging is dit jaar 5,5%, dus een verhoging van 7% gaat daar overheen.\nHuurders die bezwaar willen maken, kunnen naar de Huurcommissie.',
        '',
      ].join('\n\n'),
    );
    if (!r.ok) throw new Error(r.message);
    const qs = analyzeQuestions(r.transcript).questions;
    expect(qs.map((q) => [q.status, q.answeredIn])).toEqual([
      ['answered', [2]],
      ['answered', [2]],
    ]);
  });
  it('also when the chair gives the minister the word in between, as long as no other member spoke', () => {
    const debate = (second: string) => {
      const r = parseText(
        [
          'De voorzitter:\nAan de orde is het mondelinge vragenuur. Het woord is aan mevrouw Koster van de SP.',
          'Mevrouw Koster (SP):\nVoorzitter. Scholen gaan over op een vierdaagse schoolweek. Hoeveel scholen werken al met een vierdaagse schoolweek?',
          second,
          'Minister De Wit:\nDank u wel, voorzitter. Op dit moment werken elf scholen met een vierdaagse schoolweek, vooral in de grote steden.',
          '',
        ].filter(Boolean).join('\n\n'),
      );
      if (!r.ok) throw new Error(r.message);
      return analyzeQuestions(r.transcript).questions.map((q) => q.status);
    };
    expect(debate('De voorzitter:\nHet woord is aan de minister.')).toEqual(['answered']);
    // After another member's speech the minister answers a round, and the paragraph that names no one answers by topic:
    // it gives the number of schools asked for, in the question's own rare words (answered-by-topic.test.ts).
    expect(debate('De voorzitter:\nDan de heer Bos.\n\nDe heer Bos (VVD):\nVoorzitter. Ik sluit mij aan bij mevrouw Koster en wil de minister danken.\n\nDe voorzitter:\nHet woord is aan de minister.')).toEqual(['answered']);
  });
});

describe('the paragraph after the one that takes up a question speaks to its asker', () => {
  // Real Handelingen come in paragraphs: "Mevrouw Smit vroeg naar de jeugdzorg." often stands alone, and the answer
  // follows it. That next unit speaks to her as if it named her (answered, not only possibly); the one after it is
  // only carried on.
  const t = debate(`De voorzitter:
Het woord is aan mevrouw Smit.

Mevrouw Smit (GroenLinks-PvdA):
Hoe lang zijn de wachtlijsten voor de jeugdzorg in Drenthe op dit moment?

De voorzitter:
Het woord is aan de minister.

Minister Bruins Slot:
Mevrouw Smit vroeg naar de jeugdzorg in Drenthe. Dat is een vraag die veel mensen bezighoudt, in de hele provincie.

Die wachtlijsten zijn dit jaar met een derde gedaald; in Drenthe wachten kinderen nu gemiddeld elf weken op jeugdzorg, en dat is nog steeds te lang.

Verder heb ik met de gemeenten afgesproken dat zij elk kwartaal hun cijfers aanleveren bij het ministerie, zodat we kunnen volgen hoe het gaat.`);
  const mentions = findMentions(t);
  const ix = buildIndex(t, answerUnits(t, mentions));
  const roleOf = new Map(t.speakers.map((s) => [s.id, s.role as string]));
  const address = addressing(t, ix, mentions, roleOf, replies(t, roleOf, mentions));
  const strengthAt = (words: string) => {
    const p = ix.passages.find((x) => t.text.slice(x.start, x.end).includes(words))!;
    return address.get(p.id)?.get('smit') ?? 0;
  };
  it('names her in the unit right after', () => expect(strengthAt('Die wachtlijsten')).toBe(ADDRESS.named));
  it('only carries her on in the unit after that', () => expect(strengthAt('Verder heb ik')).toBe(ADDRESS.carried));
});

describe('a one-line reply to the chair answers no member', () => {
  // A real plenary sample (ParlaMint, tuning half): after a member's long first term the state secretary says only
  // "Dat laat ik aan u over, voorzitter." to the chair, who asked about the order; none of the member's questions is
  // answered by it. A short reply that does share the question's words still answers.
  const run = (reply: string) => {
    const r = parseText(
      [
        'De voorzitter:\nHet woord is aan mevrouw Koster van de SP.',
        'Mevrouw Koster (SP):\nVoorzitter. Scholen gaan over op een vierdaagse schoolweek. Hoeveel scholen werken al met een vierdaagse schoolweek? Kan de minister aangeven hoe hij de onderwijstijd bewaakt?',
        `Minister De Wit:\n${reply}`,
        'De voorzitter:\nDan schors ik de vergadering voor de lunch.',
        '',
      ].join('\n\n'),
    );
    if (!r.ok) throw new Error(r.message);
    return analyzeQuestions(r.transcript).questions.map((q) => q.status);
  };
  it('"Dat laat ik aan u over, voorzitter."', () => expect(run('Dat laat ik aan u over, voorzitter.')).toEqual(['open', 'open']));
  it('not a short reply on the point', () => expect(run('Elf scholen werken al met een vierdaagse schoolweek, voorzitter.')).toContain('answered'));
});
