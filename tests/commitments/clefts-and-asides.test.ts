import { describe, expect, it } from 'vitest';
import { governmentSentences } from '../../lib/commitments/government-sentences';
import { isCommitmentSentence } from '../../lib/commitments/in-debate';
import { parseText } from '../../lib/transcript/parse';

/**
 * Issue #19, forms of general Dutch that the kinds of misses on the tuning
 * halves pointed at (session of 2026-12-06); the sentences are other, made-up
 * ones: a name spelled out between commas inside the promise ("ik ga de AP, de
 * Autoriteit Persoonsgegevens, om een oordeel vragen"), a cleft ("Wat ik wel
 * kan doen, is …"), talks promised with "zal" and a list of parties, and a
 * visit to a named place without a date.
 */
describe('in-debate commitments: a name spelled out between commas does not break the promise', () => {
  for (const s of [
    'Daarom ga ik de AP, de Autoriteit Persoonsgegevens, om een oordeel vragen over de app.',
    'Komende maand ga ik met de VNG, de Vereniging van Nederlandse Gemeenten, in gesprek over de kosten.',
    'Ik zal de NZa, de Nederlandse Zorgautoriteit, vragen om de tarieven opnieuw te berekenen.',
  ]) {
    it(`is one: ${s}`, () => expect(isCommitmentSentence(s)).toBe(true));
  }
  for (const s of [
    'Ik heb de AP, de Autoriteit Persoonsgegevens, vorig jaar om een oordeel gevraagd.',
    'Ik ga de VNG, de Vereniging van Nederlandse Gemeenten, niet vragen om dat te betalen.',
    'De NZa, de Nederlandse Zorgautoriteit, gaat daarover.',
  ]) {
    it(`is none: ${s}`, () => expect(isCommitmentSentence(s)).toBe(false));
  }
});

describe('in-debate commitments: a cleft names the act after "is"', () => {
  for (const s of [
    'Wat ik wel kan doen, is met de provincies in gesprek gaan over een eerlijker verdeling.',
    'Wat ik wel ga doen, is de inspectie vragen om de scholen in Zeeland te bezoeken.',
    'Wat we kunnen doen, is de Kamer voor de zomer een overzicht sturen van alle knelpunten.',
  ]) {
    it(`is one: ${s}`, () => expect(isCommitmentSentence(s)).toBe(true));
  }
  for (const s of [
    'Wat ik niet kan doen, is de inspectie vragen om de scholen te sluiten.',
    'Wat ik wel kan doen, is uitleggen waarom we hiervoor gekozen hebben.',
    'Wat ik gedaan heb, is de inspectie vragen om de scholen te bezoeken.',
    'Wat wij moeten doen, is de scholen meer ruimte geven.',
  ]) {
    it(`is none: ${s}`, () => expect(isCommitmentSentence(s)).toBe(false));
  }
});

describe('in-debate commitments: talks promised with "zal" reach past a list of parties', () => {
  for (const s of [
    'Ik zal met de gemeenten en de woningcorporaties in gesprek gaan over de huren.',
    'We zullen met de sector en het onderwijs om tafel gaan.',
  ]) {
    it(`is one: ${s}`, () => expect(isCommitmentSentence(s)).toBe(true));
  }
  for (const s of ['Ik zal met de gemeenten en de corporaties niet in gesprek gaan.', 'Ik zou met de sector en de bonden in gesprek willen gaan.']) {
    it(`is none: ${s}`, () => expect(isCommitmentSentence(s)).toBe(false));
  }
});

describe('in-debate commitments: a visit to a named place', () => {
  for (const s of ['Ik ga ook zelf langs bij het aanmeldcentrum.', 'Ik ga binnenkort langs in Rotterdam-Zuid.']) {
    it(`is one: ${s}`, () => expect(isCommitmentSentence(s)).toBe(true));
  }
  for (const s of ['Ik ga de vragen even langs.', 'Ik ga niet langs bij het aanmeldcentrum.', 'Ik ben vorige week langs geweest bij het aanmeldcentrum.']) {
    it(`is none: ${s}`, () => expect(isCommitmentSentence(s)).toBe(false));
  }
});

describe('in-debate commitments: what a modal belongs to', () => {
  it('talks about how "we" can help are still promised talks', () =>
    expect(isCommitmentSentence('Ik ga in gesprek met de provincies over de vraag hoe we deze boeren kunnen helpen.')).toBe(true));
  it('discussing how we can act is no promise ("ik zal bespreken hoe we … kunnen")', () =>
    expect(isCommitmentSentence('Ik zal met hen bespreken hoe we hierin kunnen samenwerken.')).toBe(false));
  it('putting something into a document is an act ("dat zullen we in de brief zetten"), an effort is not', () => {
    expect(isCommitmentSentence('Dan zullen we dat ook nog even in de brief zetten.')).toBe(true);
    expect(isCommitmentSentence('We zullen alles op alles zetten.')).toBe(false);
  });
});

describe('in-debate commitments: "Wat ik wel kan doen, is …" with an offer after it binds once taken up', () => {
  const debate = (reply: string) =>
    [
      'De voorzitter:\nHet woord is aan de minister.',
      'Minister Bakker:\nEen lijst met namen kan ik niet geven. Wat ik wel kan doen, is de Kamer een overzicht per provincie sturen. Als mevrouw Smit daarmee geholpen is, doe ik dat.',
      `Mevrouw Smit (GL):\n${reply}`,
      '',
    ].join('\n\n');
  const promised = (reply: string) => {
    const r = parseText(debate(reply));
    if (!r.ok) throw new Error(r.message);
    return governmentSentences(r.transcript).filter((g) => g.isCommitment).map((g) => g.text);
  };
  it('taken up ("Ja, graag."): a commitment', () => expect(promised('Ja, graag. Dank u wel.')).toContain('Wat ik wel kan doen, is de Kamer een overzicht per provincie sturen.'));
  it('not taken up: no commitment', () => expect(promised('Dat is niet genoeg. Ik wil de namen.')).toEqual([]));
});

describe('in-debate commitments: the Kamer receives it at a moment named by what comes next', () => {
  for (const s of [
    'De uitkomsten krijgt u bij de eerstvolgende monitor.',
    'U ontvangt het advies tegelijk met het wetsvoorstel.',
    'De Kamer krijgt de evaluatie bij de volgende voortgangsrapportage.',
  ]) {
    it(`is one: ${s}`, () => expect(isCommitmentSentence(s)).toBe(true));
  }
  for (const s of ['U krijgt bij de volgende vraag een antwoord.', 'U krijgt de jaarverslagen, en die zijn openbaar.', 'U kreeg die cijfers bij de vorige rapportage.']) {
    it(`is none: ${s}`, () => expect(isCommitmentSentence(s)).toBe(false));
  }
});

describe('in-debate commitments: someone else reports or asks', () => {
  for (const s of [
    'Als ik het rapport goed heb gelezen, melden vier van de tien gemeenten dat zij in 2027 in de problemen komen.',
    'De motie van mevrouw Smit vraagt om de knelpunten in kaart te brengen, en de Kamer voor 1 oktober te informeren.',
    'Het amendement op stuk nr. 12 verzoekt de regering de Kamer jaarlijks te informeren over de kosten.',
  ]) {
    it(`is none: ${s}`, () => expect(isCommitmentSentence(s)).toBe(false));
  }
  for (const s of ['Als de cijfers binnen zijn, meld ik de Kamer in 2027 de uitkomst.', 'Zodra ik de cijfers heb, informeer ik de Kamer voor 1 juli.', 'Ik zal, als dat nodig is, de Kamer voor 1 juli informeren.']) {
    it(`is one: ${s}`, () => expect(isCommitmentSentence(s)).toBe(true));
  }
});

describe('in-debate commitments: looking into something, with the promise disclaimed in the same breath', () => {
  for (const s of [
    'Ik ben bereid om te kijken of dat kan, maar ik zeg er meteen bij dat ik daar weinig verwachtingen van heb.',
    'Ik wil wel bekijken of er ruimte is, maar ik kan niets beloven.',
  ]) {
    it(`is none: ${s}`, () => expect(isCommitmentSentence(s)).toBe(false));
  }
  for (const s of ['Ik ben bereid om te kijken of dat kan, en ik stuur u de uitkomst voor de zomer.', 'Ik stuur u voor de zomer een brief, maar ik kan niets beloven over de uitkomst.']) {
    it(`is one: ${s}`, () => expect(isCommitmentSentence(s)).toBe(true));
  }
  it('a motion with a numbered paper asks too', () =>
    expect(isCommitmentSentence('De motie op stuk nr. 44 van de heer Smit vraagt om een overzicht, en de Kamer voor 1 juli te informeren.')).toBe(false));
});

describe('in-debate commitments: more forms from the tuning half of made-up debates 3', () => {
  for (const s of [
    'Wat ik wel doe, is de inspectie vragen om de scholen in Zeeland te bezoeken.',
    'Ik zorg ervoor dat de gemeenten de nieuwe regels op tijd kennen.',
    'Ik zorg er zelf voor dat de toezichthouder daarop gaat controleren.',
    'U krijgt na dat gesprek een brief met de stand van zaken.',
    'Ik neem de vraag hoe gemeenten beter kunnen samenwerken in die brief mee.',
    'Ik neem de vraag of de regeling kan worden verlengd mee in de evaluatie.',
  ]) {
    it(`is one: ${s}`, () => expect(isCommitmentSentence(s)).toBe(true));
  }
  for (const s of [
    'Wat ik niet doe, is de inspectie vragen om de scholen te sluiten.',
    'Ik zorg er altijd voor dat de Kamer op tijd is geïnformeerd.',
    'Ik zorg er niet voor dat de gemeenten meer geld krijgen.',
    'U kreeg vorig jaar een brief over de stand van zaken.',
    'De vraag was of wij de Kamer in die brief informeren.',
    'Ik ga kijken hoe we de Kamer daarover kunnen informeren.',
  ]) {
    it(`is none: ${s}`, () => expect(isCommitmentSentence(s)).toBe(false));
  }
});

describe('in-debate commitments: an earlier promise named in a relative clause does not undo a new one', () => {
  it('is one: "Ik stuur mijn reactie mee met de brief die ik mevrouw Smit heb toegezegd."', () =>
    expect(isCommitmentSentence('Ik stuur mijn reactie mee met de brief die ik mevrouw Smit heb toegezegd.')).toBe(true));
  it('is none: the earlier promise only retold ("Ik heb mevrouw Smit toegezegd dat ik een brief stuur.")', () =>
    expect(isCommitmentSentence('Ik heb mevrouw Smit vorig jaar toegezegd dat ik een brief stuur.')).toBe(false));
  it('is none: a letter promised before and only mentioned ("De brief die ik heb toegezegd, is onderweg.")', () =>
    expect(isCommitmentSentence('De brief die ik heb toegezegd, is onderweg.')).toBe(false));
});

describe('in-debate commitments: "…, en ik <verb> …" and a yes before a semicolon', () => {
  it('is one: an act after "en ik" with a time said in the sentence', () =>
    expect(isCommitmentSentence('Ik zie de burgemeester volgende week, en ik leg hem dan de cijfers voor.')).toBe(true));
  it('is none: "en ik" with a verb of this debate or no time', () => {
    expect(isCommitmentSentence('Ik spreek de burgemeester geregeld, en ik leg hem de cijfers voor.')).toBe(false);
    expect(isCommitmentSentence('Dat was vorige week, en ik noem het nog maar even.')).toBe(false);
  });
  it('a short yes before a semicolon, after a retold request', () => {
    const r = parseText('De voorzitter:\nDe minister.\n\nMinister De Vries:\nMevrouw Smit vroeg of ik de cijfers per provincie in de brief meeneem. Dat doe ik; de brief krijgt een tabel per provincie.\n');
    if (!r.ok) throw new Error(r.message);
    expect(governmentSentences(r.transcript).filter((g) => g.isCommitment).map((g) => g.text)).toEqual(['Dat doe ik; de brief krijgt een tabel per provincie.']);
  });
});
