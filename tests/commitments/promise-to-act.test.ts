import { describe, expect, it } from 'vitest';
import { isCommitmentSentence } from '../../lib/commitments/in-debate';

/**
 * Issue #19, item 3: promises to act (not only to deliver a document), by the
 * grammar of Dutch: a member of government binds himself with a future
 * auxiliary and an act; "er komt een brief" announces a document. Written
 * before the rule, from the forms the register of commitments records.
 */
describe('in-debate commitments: promises to act', () => {
  for (const s of [
    'Ik ga nagaan of de regeling ook voor zzp’ers geldt.',
    'Ik zal de gemeenten vragen om de termijn te verlengen.',
    'Wij zullen dit punt aan de orde stellen in het overleg met de provincies.',
    'Ik ga met de sector in gesprek over de tarieven.',
    'Dat ga ik na.',
    'We gaan bekijken of de subsidie eerder kan worden uitgekeerd.',
    'Ik zal de toezichthouder verzoeken de cijfers te publiceren.',
    'Er komt nog een brief over de uitvoering.',
    'Er komt voor de zomer een evaluatie van de wet.',
    'Het kabinet zal de wet op dit punt aanpassen.',
    'Ik ben bereid om de handreiking aan te passen.',
    // Confining something else than oneself is an act.
    'We zullen de huurstijging beperken tot de inflatie.',
    // Ambiguous in the seed's key (a statement of intent about a Council), reported by the grammar of issue #19.
    'Tijdens de Raad zal ik ook oproepen tot terugkeer.',
  ]) {
    it(`is one: ${s}`, () => expect(isCommitmentSentence(s)).toBe(true));
  }
  for (const s of [
    'Ik ga nu in op de vragen over de uitvoering.',
    'Dan ga ik over naar de moties.',
    'Ik zal eerst de vragen van mevrouw Bikker beantwoorden.',
    'Ik ga ervan uit dat de gemeenten dat oppakken.',
    'Ik zal het kort houden.',
    // The real Handelingen PDF (h-tk 2023-2024 nr. 40 item 6), the minister's reply to the chair's plea for brevity.
    '... maar ik zal me ook daarin enigszins beperken!',
    'Ik zal me concentreren op de moties.',
    'We zullen moeten afwachten wat de rechter zegt.',
    'Ik zal de motie ontraden.',
    'Ik zou de gemeenten kunnen vragen om de termijn te verlengen.',
    'Ik ga niet in gesprek met de sector.',
    'Er komt geen nieuwe brief.',
    'Er komt een moment dat we moeten kiezen.',
    'Gaat u de sector vragen om mee te werken?',
    'Ik zal eerlijk zijn: dat weet ik niet.',
    'Ik ben niet bereid om de regeling aan te passen.',
    'Ik zal u een voorbeeld geven.',
    'Hij vroeg mij of ik de sector zal vragen om mee te werken.',
    'Vorig jaar heb ik de gemeenten gevraagd de termijn te verlengen.',
    'We zullen zo terughoudend mogelijk zijn in het afwijken van afspraken met onze Europese lidstaten.',
    'Misschien zal ik daar morgen ook over horen van mijn Poolse collega.',
    'We gaan ons als kabinet inzetten voor een beter asielrecht.',
    'Vooralsnog gaan we ervan uit dat we met de Europese lijst gaan werken.',
  ]) {
    it(`is none: ${s}`, () => expect(isCommitmentSentence(s)).toBe(false));
  }
});

/** General forms met on debates added to the tuning half (issue #19); the sentences here are made up, not the corpus's. */
describe('in-debate commitments: tense, duty, indirect questions, formal sending', () => {
  for (const s of [
    'Ik zal niet alleen naar Brussel gaan, maar ook naar Parijs.',
    'Dat was ik al van plan.',
    'Dan zal ik die stukken de Kamer doen toekomen.',
  ]) {
    it(`is one: ${s}`, () => expect(isCommitmentSentence(s)).toBe(true));
  }
  for (const s of [
    'Ik ben meteen aan de slag gegaan om de Kamer een brief toe te sturen.',
    'De vraag is vooral hoe we ervoor zorgen dat de regeling werkt.',
    'Dan moeten wij, uiteraard, weer een reactie sturen.',
    'Vorig jaar heb ik — dat weet u — aan de Kamer toegezegd dat ik jaarlijks een overzicht zal sturen.',
    'We zullen ons inspannen voor betere afspraken.',
    'Ik was niet van plan om dat te doen.',
  ]) {
    it(`is none: ${s}`, () => expect(isCommitmentSentence(s)).toBe(false));
  }
});


/** A document announced as coming from someone else ("van hun kant") is their act, not the speaker's (tuning half, teachers' register). */
describe('in-debate commitments: a document that comes from another party', () => {
  for (const s of [
    'Er komt van mijn kant nog een brief over de uitvoering.',
    'Er komt een evaluatie van de wet.',
    'Er komt van onze kant een voorstel.',
    'Er komt van de kant van de minister van Financiën nog een brief.',
    // From a review of the rule: the government named otherwise, others' part inside the speaker's own document.
    'Er komt nog een brief over de positie van hen die buiten de regeling vallen.',
    'Er komt van de kant van OCW nog een brief.',
    'Er komt van de kant van de minister-president nog een brief.',
    'Er komt van de kant van mijn collega van Financiën nog een brief.',
    'Er komt voor de zomer een brief over de bijdrage van de kant van de gemeenten.',
    'Er komt een brief en van hun kant een reactie.',
  ]) {
    it(`is one: ${s}`, () => expect(isCommitmentSentence(s)).toBe(true));
  }
  for (const s of [
    'Uiteindelijk komt er van hun kant een voorstel over de invulling.',
    'Er komt van de kant van de gemeenten een plan.',
    'Van de zijde van de sector komt er nog een rapport.',
  ]) {
    it(`is none: ${s}`, () => expect(isCommitmentSentence(s)).toBe(false));
  }
});
