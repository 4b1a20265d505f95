import { describe, expect, it } from 'vitest';
import { isQuestionSentence } from '../../lib/questions/questions';

/** Issue #19, item 5: a question a member retells from someone else is not the member's question. */
describe('questions: reported speech', () => {
  for (const s of [
    'Hij vroeg mij: waarom duurt het zo lang?',
    'Een moeder vroeg me vorige week: "Wanneer krijgt mijn zoon eindelijk hulp?"',
    'Men vraagt zich af of de regeling wel werkt?',
    'Ouders vragen: waar kunnen wij terecht?',
    'Zij vroegen ons of de school open blijft.',
  ]) {
    it(`not the member's: ${s}`, () => expect(isQuestionSentence(s)).toBe(false));
  }
  for (const s of [
    'Ik vraag de minister: waarom duurt het zo lang?',
    'Wij vragen de minister om een brief. Kan dat voor de zomer?',
    'Waarom vraagt de minister de gemeenten niet om hun cijfers?',
    'Is de minister bereid de Kamer te informeren?',
    'Ik vroeg me af of de minister de regeling wil aanpassen.',
    'Ik hoor daar graag een bevestiging van.',
    'Als u kunt toezeggen dat u de Kamer daarover informeert.',
    'Hopelijk kan de minister daar al iets over zeggen.',
  ]) {
    it(`the member's own: ${s}`, () => expect(isQuestionSentence(s)).toBe(true));
  }
});

/** A question one member puts to another is not a question to the government (seen on the tuning half: "het CDA"). */
describe('questions: to another member, not to the government', () => {
  for (const s of ['Vindt de heer Jansen dat dan wel terecht?', 'Deelt mevrouw Bikker die zorg?', 'Ik zou het CDA graag willen vragen of zij het daarmee eens is.']) {
    it(`not to the government: ${s}`, () => expect(isQuestionSentence(s)).toBe(false));
  }
  for (const s of ['Vindt de minister dat terecht?', 'Kan de staatssecretaris de heer Jansen antwoorden?', 'Ik wil de minister vragen of de VVD-motie wordt uitgevoerd.']) {
    it(`to the government: ${s}`, () => expect(isQuestionSentence(s)).toBe(true));
  }
});

/** Issue #19: requests and unclear points put in the first person are questions too (forms from the phrasebook, other sentences). */
describe('questions: a request or an unclear point in the member’s own words', () => {
  for (const s of [
    'Ik vraag de minister om de Kamer voor de zomer over de wachttijden te informeren.',
    'Ik verzoek de staatssecretaris om daar voor de stemmingen uitsluitsel over te geven.',
    'Het is me nog niet duidelijk wie de kosten van de opvang betaalt.',
    'Het is mij echt onduidelijk waarom de regeling pas in 2027 ingaat.',
    'Ik begrijp niet goed waarom de minister voor deze route kiest.',
  ]) {
    it(`asks: ${s}`, () => expect(isQuestionSentence(s)).toBe(true));
  }
  for (const s of ['Het is me duidelijk dat dit een moeilijk dossier is.', 'Ik begrijp goed waarom de minister hiervoor kiest.', 'Ik vraag de minister niets meer, want het is helder.', 'Wij vragen de minister al jaren om een plan, en dat is er nog steeds niet.']) {
    it(`does not ask: ${s}`, () => expect(isQuestionSentence(s)).toBe(false));
  }
});

/** Word order after a fronted phrase, and "mij" for "me" (the real Handelingen PDF of the tuning half): the same asking. */
describe('questions: wondering and not understanding, in either word order', () => {
  for (const s of [
    'Waarom kan de motie niet overgenomen worden, vraag ik mij af.',
    'Ik vraag mij af of de minister dat wil doen.',
    'Hoe dat zo snel kan, vraag ik me af.',
    'Ook na de antwoorden snap ik niet waarom de minister de motie ontraadt.',
    'Eerlijk gezegd begrijp ik eigenlijk niet hoe dat moet werken.',
  ]) {
    it(`asks: ${s}`, () => expect(isQuestionSentence(s)).toBe(true));
  }
  for (const s of ['Nu begrijp ik waarom de minister hiervoor kiest.', 'Dat vraag ik me niet af, want het is helder.', 'Toen ik het rapport las, vroeg ik me af of dat wel klopte.']) {
    it(`does not ask: ${s}`, () => expect(isQuestionSentence(s)).toBe(false));
  }
});

// Made-up debates 6, tuning half (s6-03): a question someone said to the member, quoted after "zei tegen mij:".
describe('questions: a question someone said to the member', () => {
  for (const s of [
    'Een huisarts uit Lelystad zei tegen mij: moeten mensen straks een uur rijden voor een röntgenfoto?',
    'Een vader schreef ons: waarom duurt het zo lang voordat mijn zoon hulp krijgt?',
    'Een boer vertelde me vorige week: wie gaat dat allemaal betalen?',
  ])
    it(`not the member's: ${s}`, () => expect(isQuestionSentence(s)).toBe(false));
  for (const s of ['Ik zei tegen de minister: wanneer komt die brief nu eindelijk?', 'De burgemeester zei tegen mij dat het geld op is. Wanneer komt er duidelijkheid?'])
    it(`still the member's own: ${s}`, () => expect(isQuestionSentence(s.split('. ').at(-1)!)).toBe(true));
});
