import { describe, expect, it } from 'vitest';
import { isCommitmentSentence } from '../../lib/commitments/in-debate';

/**
 * A document of the kinds the government sends, made in the passive at a time to come ("Dit najaar wordt er voor
 * scholen een handreiking gemaakt."), is promised like "er komt een handreiking". The passive of any act with a time
 * was dropped after a review (its words cannot tell the government's act from a court's or a vote); this is only a
 * document written, made or sent. Missed on made-up 10's tuning half; made-up sentences written before the rule.
 */
describe('a document made, in the passive, at a time to come', () => {
  for (const s of [
    'Dit najaar wordt er voor scholen een handreiking gemaakt.',
    'Voor de zomer wordt een handreiking opgesteld voor de gemeenten.',
    'Er wordt voor 1 juni een overzicht gemaakt van de kosten per regio.',
    'De handreiking voor werkgevers wordt voor het einde van het jaar geschreven.',
  ])
    it(s, () => expect(isCommitmentSentence(s)).toBe(true));
});

describe('not promised', () => {
  for (const s of [
    'Vorig jaar is er voor scholen een handreiking gemaakt.',
    'Dit najaar wordt er door de VNG een handreiking gemaakt.',
    'Dit najaar wordt er misschien een handreiking gemaakt.',
    'Dit najaar wordt er geen handreiking gemaakt.',
    'Volgende week wordt over de motie gestemd.',
    'Vanaf januari wordt de aanvraag binnen vier weken afgehandeld.',
    'Dit najaar wordt het rapport van de Rekenkamer gepubliceerd.',
    'Als de gemeenten erom vragen, wordt dit najaar een handreiking gemaakt.',
    'Er wordt nu al een handreiking gemaakt.',
  ])
    it(s, () => expect(isCommitmentSentence(s)).toBe(false));
});

describe('the topic after "van" is no owner', () => {
  it('"een overzicht van de kosten" is made by the government', () =>
    expect(isCommitmentSentence('Voor 1 juni wordt er een overzicht van de kosten per regio gemaakt.')).toBe(true));
  it('"het advies van de Raad van State" is the Raad\'s', () =>
    expect(isCommitmentSentence('Voor 1 juni wordt het advies van de Raad van State geschreven.')).toBe(false));
});
