import { describe, expect, it } from 'vitest';
import { commitmentsIn as commitments, requestThenReply as debate } from '../helpers/commitments-of';

/**
 * A yes ("Dat doe ik.") binds when the member asked the government to do something: send a letter, give an overview,
 * take a point along. A report or letter named only as the topic ("het rapport van de inspectie"), or a question
 * after a view ("Deelt de minister …?"), asks for no act; "Dat doe ik." then shares a view. Noticed on 2026-12-07
 * (a request cue took any "rapport" as a report asked for); made-up sentences of general Dutch, written before the rule.
 */

describe('a yes to a question about a view, or with a report only as its topic, is no promise', () => {
  const views = [
    'Deelt de minister de conclusie uit het rapport van de inspectie?',
    'Onderschrijft de minister de brief van de burgemeesters over de opvang?',
    'Herkent de staatssecretaris het beeld uit het overzicht van de gemeenten?',
    'Vindt de minister ook dat de rapportage van de toezichthouder te laat kwam?',
    'Heeft de minister kennisgenomen van het rapport van de ombudsman over de wachtlijsten?',
  ];
  for (const q of views) it(q, () => expect(commitments(debate(`Ik heb een vraag. ${q}`, 'Dat doe ik. De conclusies zijn helder.'))).toEqual([]));
});

describe('a yes to a request for a letter, overview or report still binds', () => {
  const requests = [
    'Kan de minister de Kamer daarover voor de zomer een brief sturen?',
    'Kan de minister voor de begroting een overzicht geven van de wachttijden per regio?',
    'Wil de minister in de volgende rapportage ook ingaan op de kosten per gemeente?',
    'Komt er na de zomer een rapport over de uitvoering?',
    'Wil de minister de uitkomsten van het rapport van de inspectie meenemen in de evaluatie?',
  ];
  for (const q of requests) it(q, () => expect(commitments(debate(`Ik heb een vraag. ${q}`, 'Dat doe ik. De conclusies zijn helder.'))).toEqual(['Dat doe ik.']));
});
