import { describe, expect, it } from 'vitest';
import { isCommitmentSentence } from '../../lib/commitments/in-debate';

/**
 * Issue #19, forms the phrasebook (tests/eval/phrasebook, a tuning set of
 * made-up sentences) showed missing, written here again as other made-up
 * sentences of general Dutch: pressing a named party ("aandringen op"), a
 * promise to a named member ("ik zeg de heer … toe"), an inverted recipient
 * ("krijgt u"), coming with a document ("kom ik met een overzicht"), going
 * to talks or on a visit ("om tafel", "op werkbezoek"), an effort towards a
 * stated result ("me ervoor inzetten dat …"); and a feeling about the future
 * ("ik zal … missen") is no promise.
 */
describe('in-debate commitments: forms from the phrasebook', () => {
  for (const s of [
    'We zullen in Brussel aandringen op een kortere termijn voor de betalingen.',
    'Ik zal er bij de provincie op aandringen dat de vergunning snel wordt verleend.',
    'Ik zeg mevrouw Van der Berg toe dat ik de cijfers voor de zomer naar de Kamer stuur.',
    'De cijfers die ik vandaag niet paraat heb, krijgt u voor het eind van de maand.',
    'Ik zeg de heer Van den Berg toe dat ik het knelpunt in het overleg met de VNG aankaart.',
    'In het najaar kom ik met een voorstel over de bekostiging van de opvang.',
    'We komen voor de zomer met een evaluatie van de regeling.',
    'Ik ga volgende maand met de gemeenten om tafel over de verdeling van het geld.',
    'Ik ga in het voorjaar op werkbezoek bij de brandweer in Zeeland.',
    'Ik ga me ervoor inzetten dat de aanvraag per 1 juli met één formulier kan.',
    'De nieuwe normen publiceer ik op 1 september, zodat scholen zich kunnen voorbereiden.',
    'Ik bel de burgemeester van Rotterdam morgen over de opvang.',
    'Volgende week spreek ik de netbeheerders aan op hun wachtlijsten.',
    'We bezoeken in het voorjaar de regio om met de telers te praten.',
    'Een hoger budget kan ik niet toezeggen, maar ik stuur de Kamer voor de zomer een overzicht van de knelpunten.',
  ]) {
    it(`is one: ${s}`, () => expect(isCommitmentSentence(s, '2024-03-01')).toBe(true));
  }
  for (const s of [
    'Ik zal de gesprekken met u echt gaan missen.',
    'We zullen het nooit helemaal eens worden, vrees ik.',
    'We gaan ons inzetten voor goed onderwijs in de hele regio.',
    'Vorig jaar kwam ik met een voorstel over de bekostiging.',
    'De gemeente komt met een plan voor de wijk.',
    'Ik zeg u eerlijk dat ik dit een lastig punt vind.',
    'Ik ben vorig jaar met de gemeenten om tafel gegaan over de verdeling.',
    'Het rapport is vorige week gepubliceerd.',
    'Ik ben volgende week in Brussel.',
    'We spreken vandaag over de Europese top.',
    'Aanstaande donderdag spreek ik met mijn collega’s in Luxemburg.',
    'Ik vraag u om er rekening mee te houden dat de wet voor 1 juli moet ingaan.',
    'Dit komt naast de wet waarover ik op 14 april naar de Eerste Kamer mag.',
    'Ik hoop morgen meer te weten.',
    'Vorige week sprak ik de netbeheerders aan op hun wachtlijsten.',
    'Ik bel de burgemeester morgen niet, want dat is niet nodig.',
    'Een hoger budget kan ik niet toezeggen, maar ik begrijp de vraag goed.',
    'Vorig jaar heb ik — maar dat terzijde — de Kamer toegezegd dat ik jaarlijks een overzicht stuur.',
    'Ik ben vorig jaar op werkbezoek geweest bij de brandweer.',
  ]) {
    it(`is none: ${s}`, () => expect(isCommitmentSentence(s, '2024-03-01')).toBe(false));
  }
});
