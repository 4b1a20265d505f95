import { describe, expect, it } from 'vitest';
import { parseText } from '../../lib/transcript/parse';

/**
 * Who interrupts whom has no markup; the chair says it. A member the chair
 * gives the floor to for a speech ("Dan mevrouw Van der Laan van
 * GroenLinks-PvdA.", "Ik geef het woord aan …") holds it, even when the
 * member who spoke before comes back with an interruption next; a member the
 * chair only names ("De heer Brinkman.") or announces with "interruptie"
 * interrupts. (Found on the made-up debates of tests/eval/synthetic.)
 */
function interruptions(text: string): [string, string | null][] {
  const r = parseText(text);
  if (!r.ok) throw new Error(r.message);
  return r.transcript.turns.filter((t) => !t.asChair).map((t) => [t.speakerId, t.interrupts]);
}

describe('interruptions', () => {
  it('a speech the chair gives the floor to is no interruption, the member who comes back is', () => {
    const text = [
      'De voorzitter:\nAan de orde is het commissiedebat Mestbeleid. Ik geef het woord aan de heer Brinkman van de PVV.',
      'De heer Brinkman (PVV):\nDank u wel, voorzitter. De boeren hebben het zwaar. Wat gaat de minister doen?',
      'De voorzitter:\nDank u wel. Dan mevrouw Van der Laan van GroenLinks-PvdA.',
      'Mevrouw Van der Laan (GroenLinks-PvdA):\nDank u wel, voorzitter. De natuur heeft het zwaar. Kan de minister toezeggen dat hij ingrijpt?',
      'De voorzitter:\nDe heer Brinkman heeft een interruptie.',
      'De heer Brinkman (PVV):\nMevrouw Van der Laan doet alsof de boer de enige vervuiler is. Ziet zij dat anders?',
      'Mevrouw Van der Laan (GroenLinks-PvdA):\nDat zie ik anders, en dat weet de heer Brinkman ook.',
      'De voorzitter:\nDank u wel. Het woord is aan de minister.',
      'Minister Dijkstra:\nDank u wel, voorzitter. Ik begin bij de heer Brinkman.',
      '',
    ].join('\n\n');
    expect(interruptions(text)).toEqual([
      ['brinkman', null],
      ['van-der-laan', null],
      ['brinkman', 'van-der-laan'],
      ['van-der-laan', null],
      ['dijkstra', null],
    ]);
  });
  it('a chair who was giving the floor to someone else and then sees a question: the member interrupts', () => {
    const text = [
      'De voorzitter:\nIk geef het woord aan mevrouw Kat.',
      'Mevrouw Kat (D66):\nVoorzitter. Ik dien twee moties in.',
      'De voorzitter:\nDan mevrouw Keizer. O, er is nog een vraag van de heer Peter de Groot. Sorry.',
      'De heer Peter de Groot (VVD):\nMijn vraag gaat over de eerste motie. Wat kost die?',
      'Mevrouw Kat (D66):\nDat staat in de motie.',
      'De heer Peter de Groot (VVD):\nDan steun ik haar niet.',
      'Mevrouw Kat (D66):\nJammer.',
      '',
    ].join('\n\n');
    expect(interruptions(text)).toEqual([
      ['kat', null],
      ['peter-de-groot', 'kat'],
      ['kat', null],
      ['peter-de-groot', 'kat'],
      ['kat', null],
    ]);
  });
  it('the chair names the next speaker in other words: "De volgende spreker is …", "Aan het woord is …"', () => {
    for (const gives of ['De volgende spreker is de heer Vos van de fractie van D66.', 'Aan het woord is nu de heer Vos.', 'Als laatste spreker van de zijde van de Kamer de heer Vos.', 'We gaan nu luisteren naar de heer Vos van D66.']) {
      const text = [
        'De voorzitter:\nIk geef het woord aan mevrouw Smit.',
        'Mevrouw Smit (PVV):\nVoorzitter. Ik dien een motie in over de huren.',
        'De heer Vos (D66):\nDe huren omhoog, is dat nou het plan?',
        'Mevrouw Smit (PVV):\nHet plan is dat er gebouwd wordt.',
        `De voorzitter:\nDank u wel. ${gives}`,
        'De heer Vos (D66):\nVoorzitter. Wat een plan hoorden we zonet van mevrouw Smit.',
        'De voorzitter:\nMevrouw Smit, kort.',
        'Mevrouw Smit (PVV):\nEen plan? Het is een redelijk voorstel.',
        'De heer Vos (D66):\nDat het redelijk is, betwijfel ik.',
        '',
      ].join('\n\n');
      expect(interruptions(text), gives).toEqual([
        ['smit', null],
        ['vos', 'smit'],
        ['smit', null],
        ['vos', null],
        ['smit', 'vos'],
        ['vos', null],
      ]);
    }
  });
  it('the member who spoke before comes back as the chair lets him in to interrupt: the floor had gone on', () => {
    // The chair's words before the return, or a member named with the party ("Mevrouw Tjoelker van het CDA.") who
    // does not turn to the one who spoke: the next test.
    for (const [chair, back, speech] of [
      ['Dank u wel. Mevrouw Tjoelker van het CDA.', 'De heer Brinkers heeft een interruptie.', true],
      ['Dank u wel. Mevrouw Tjoelker.', 'Een interruptie van de heer Brinkers.', true],
      ['Dank u wel. Mevrouw Tjoelker.', 'Brinkers, interruptie.', true],
      ['Dank u wel. Mevrouw Tjoelker van het CDA.', 'Dank u wel.', true],
      ['Dank u wel. Mevrouw Tjoelker.', 'Dank u wel.', false],
      ['Mevrouw Tjoelker van het CDA, kort graag.', 'Dank u wel.', false],
    ] as const) {
      const text = [
        'De voorzitter:\nIk geef het woord aan de heer Brinkers van de PVV.',
        'De heer Brinkers (PVV):\nVoorzitter. De zorg heeft het zwaar. Wat gaat de minister doen?',
        `De voorzitter:\n${chair}`,
        'Mevrouw Tjoelker (CDA):\nDank u wel, voorzitter. Kan de minister ervoor zorgen dat elke starter informatie krijgt?',
        `De voorzitter:\n${back}`,
        'De heer Brinkers (PVV):\nWeet mevrouw Tjoelker wel wat dat kost?',
        'Mevrouw Tjoelker (CDA):\nDat weet ik.',
        '',
      ].join('\n\n');
      expect(interruptions(text), `${chair} / ${back}`).toEqual(
        speech
          ? [['brinkers', null], ['tjoelker', null], ['brinkers', 'tjoelker'], ['tjoelker', null]]
          : [['brinkers', null], ['tjoelker', 'brinkers'], ['brinkers', null], ['tjoelker', null]],
      );
    }
  });
  it('a member named with the party who turns to the one who spoke interrupts (a real plenary report)', () => {
    const text = [
      'De voorzitter:\nIk geef het woord aan de heer Baudet van Forum voor Democratie.',
      'De heer Baudet (FVD):\nVoorzitter. Syrië is grotendeels veilig.',
      'De voorzitter:\nU heeft dat een paar keer gezegd. Mevrouw Koekkoek van Volt.',
      'Mevrouw Koekkoek (Volt):\nDe heer Baudet schijnt heel goed te weten wat de veiligheidssituatie is. Welk reisadvies geldt er?',
      'De heer Baudet (FVD):\nHetzelfde als voor Frankrijk.',
      '',
    ].join('\n\n');
    expect(interruptions(text)).toEqual([
      ['baudet', null],
      ['koekkoek', 'baudet'],
      ['baudet', null],
    ]);
  });
  it('the usual pattern without the chair’s words still holds: speaker, interrupter, speaker', () => {
    const text = [
      'De voorzitter:\nIk geef het woord aan mevrouw Kat.',
      'Mevrouw Kat (D66):\nVoorzitter. De wet moet beter.',
      'De heer Jansen (VVD):\nIs mevrouw Kat het met mij eens dat het geld op is?',
      'Mevrouw Kat (D66):\nNee, dat ben ik niet.',
      'De voorzitter:\nGaat u verder.',
      'Mevrouw Kat (D66):\nDe wet moet beter, zei ik.',
      '',
    ].join('\n\n');
    expect(interruptions(text)).toEqual([
      ['kat', null],
      ['jansen', 'kat'],
      ['kat', null],
      ['kat', null],
    ]);
  });
});

describe('one interruption in several turns', () => {
  it('a member who speaks twice with the chair between, before the speaker goes on, interrupts in both', () => {
    const text = [
      'De voorzitter:\nHet woord is aan de minister.',
      'Minister De Wit:\nDan de motie op stuk nr. 12: oordeel Kamer.',
      'De voorzitter:\nDe heer Vos, kort.',
      'De heer Vos (D66):\nIk denk dat we op betere tijden moeten wachten.',
      'De voorzitter:\nHeel goed.',
      'De heer Vos (D66):\nMaar de ondernemers vragen erom.',
      'Minister De Wit:\nDaarom zijn er ook andere regelingen.',
      'De voorzitter:\nDan de heer Smit van de PVV.',
      'De heer Smit (PVV):\nVoorzitter. Ik heb een motie.',
      'De heer Smit (PVV):\nEn nog een tweede.',
      '',
    ].join('\n\n');
    expect(interruptions(text)).toEqual([
      ['de-wit', null],
      ['vos', 'de-wit'],
      ['vos', 'de-wit'],
      ['de-wit', null],
      ['smit', null],
      ['smit', null],
    ]);
  });
});

describe('a speech in several turns is no interruption', () => {
  it('a member whose motions the chair notes between turns is speaking, also when the chair’s words give no floor', () => {
    const text = [
      'De voorzitter:\nIk geef het woord aan de heer Vos.',
      'De heer Vos (D66):\nVoorzitter. Ik heb geen moties.',
      'De voorzitter:\nDank u wel. Mevrouw Smit van de PVV.',
      'Mevrouw Smit (PVV):\nVoorzitter. Ik dien een motie in.',
      'De voorzitter:\nDeze motie is voorgesteld door het lid Smit. Zij krijgt nr. 12 (36200).',
      'Mevrouw Smit (PVV):\nDank u wel.',
      'De heer Vos (D66):\nWaarom wil mevrouw Smit dat?',
      'Mevrouw Smit (PVV):\nOmdat het nodig is.',
      '',
    ].join('\n\n');
    expect(interruptions(text)).toEqual([
      ['vos', null],
      ['smit', null],
      ['smit', null],
      ['vos', 'smit'],
      ['smit', null],
    ]);
  });
});

describe('a speech with a word of the chair inside it', () => {
  it('"U heeft nog een halve minuut." between two turns of a speech does not make the speech an interruption', () => {
    const text = [
      'De voorzitter:\nIk geef het woord aan de heer Vos.',
      'De heer Vos (D66):\nVoorzitter. Ik heb geen moties.',
      'De voorzitter:\nDank u wel. Mevrouw Smit.',
      'Mevrouw Smit (PVV):\nVoorzitter. Wanneer komt de minister met een plan?',
      'De voorzitter:\nU heeft nog een halve minuut.',
      'Mevrouw Smit (PVV):\nHoe wil de minister de huurders beschermen?',
      'De heer Vos (D66):\nWie gaat dat betalen?',
      'Mevrouw Smit (PVV):\nDe minister.',
      '',
    ].join('\n\n');
    expect(interruptions(text)).toEqual([
      ['vos', null],
      ['smit', null],
      ['smit', null],
      ['vos', 'smit'],
      ['smit', null],
    ]);
  });
});

describe('question time', () => {
  it('the minister answering a member at once interrupts no one, and the follow-up is put to the minister', () => {
    const text = [
      'De voorzitter:\nAan de orde is het mondelinge vragenuur. Het woord is aan mevrouw Koster van de SP.',
      'Mevrouw Koster (SP):\nVoorzitter. Klopt het dat de huren met 7% stijgen? Wat gaat de minister daaraan doen?',
      'Minister De Wit:\nDank u wel, voorzitter. De huren mogen met ten hoogste 5,5% stijgen. Ik spreek de verhuurders daarop aan.',
      'De voorzitter:\nMevrouw Koster, een vervolgvraag.',
      'Mevrouw Koster (SP):\nWanneer doet de minister dat?',
      'Minister De Wit:\nDeze maand nog.',
      '',
    ].join('\n\n');
    expect(interruptions(text)).toEqual([
      ['koster', null],
      ['de-wit', null],
      ['koster', 'de-wit'],
      ['de-wit', null],
    ]);
  });
});
