import { describe, expect, it } from 'vitest';
import { learned } from '../helpers/definitions';

/**
 * Definitions made-up 11's test half showed missed once read: "X, dat is" an act named by its verb ("het nabootsen
 * van …"), a right or a duty with what it lets one do ("het recht … om … te …"), the term after an opening
 * preposition ("Bij spoofing, dat is …"). (An acronym's compound spelled out, "De SUP-richtlijn, oftewel de Europese
 * richtlijn over …", was dropped after a review: "De VWS-begroting, oftewel de begroting van dit jaar".) Made-up sentences of general Dutch, written before the rules, with look-alikes that define nothing.
 */
describe('defined', () => {
  const cases: [string, string, string][] = [
    ['Verkrimpen, dat is het terugbrengen van het aantal woningen in een dorp, gebeurt nu vooral in Limburg.', 'verkrimpen', 'het terugbrengen van het aantal woningen in een dorp'],
    ['Bij phishing, dat is het ontfutselen van inloggegevens met een valse mail, verliezen mensen veel geld.', 'phishing', 'het ontfutselen van inloggegevens met een valse mail'],
    ['Inzagerecht, dat is het recht van een burger om zijn eigen dossier te lezen, is nu slecht geregeld.', 'inzagerecht', 'het recht van een burger om zijn eigen dossier te lezen'],
  ];
  for (const [s, term, def] of cases) it(s, () => expect(learned(s)).toContainEqual([term, def]));
});

describe('not defined', () => {
  for (const s of [
    'In Groningen, dat is het verhaal van de afgelopen jaren, wachten mensen nog steeds.',
    'Bij de jeugdzorg, dat is het probleem, gaat het vaak mis.',
    'Het kabinet, dat is het besturen van het land, moet daar iets aan doen.',
    'De jeugdzorg, dat is een kwestie om goed over na te denken.',
    'De RIVM-cijfers, oftewel de cijfers waar wij op varen, zijn nog niet bekend.',
    'Dit, dat is het verhogen van de lasten, willen wij niet.',
    'Daarmee, dat is het recht van de Kamer om dat te vragen, ben ik het eens.',
  ])
    it(s, () => expect(learned(s)).toEqual([]));
});

describe('the meaning goes on after ", waarna …"', () => {
  it('a relative clause of sequence describes the act', () =>
    expect(learned('Composteren, dat is het verteren van plantenresten in een bak, waarna de compost op het land gaat, kost weinig.')).toContainEqual([
      'composteren',
      'het verteren van plantenresten in een bak, waarna de compost op het land gaat',
    ]));
  it('not a remark about the speaker', () =>
    expect(learned('Composteren, dat is het verteren van plantenresten in een bak, waarna ik er verder niets over zeg, kost weinig.')).toContainEqual([
      'composteren',
      'het verteren van plantenresten in een bak',
    ]));
});
