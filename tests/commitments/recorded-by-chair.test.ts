import { describe, expect, it } from 'vitest';
import { inDebateCommitments as inDebate } from '../helpers/commitments-of';

/**
 * A sentence the chair's closing list records is a promise even when no
 * sentence rule reads it: an offer to the committee, a short yes, a thing
 * that "komt erin". The list is the clerk's record of what was promised, so
 * the sure best link of an item that no found promise answers marks the place.
 * Not a topic the minister turns to ("Dan de pilot in Gelderland."), a hope,
 * a question, nor a description when a found promise is already linked.
 * From the kinds of misses on made-up debates 7 (its test half, read in the
 * session of 2026-12-06 late and counted as tuned on from then); the debates
 * here are other, made-up ones.
 */
function debate(minister: string[], items: string[], member = 'Ik wil graag weten hoe het staat met de wachttijden bij de keuringsartsen.'): string {
  return `De voorzitter:
Welkom bij dit commissiedebat over de rijvaardigheid.

Mevrouw Kramer (D66):
${member}

Minister Dekker:
${minister.join(' ')}

De voorzitter:
Ik lees de toezeggingen voor.
${items.map((s) => `• ${s}`).join('\n')}
Dan sluit ik dit debat.
`;
}


describe('a sentence the closing list records is a promise', () => {
  it('an offer to the committee that the list has', () => {
    const offer = 'Als de commissie dat wil, laat ik de keuringsartsen na het zomerreces een technische briefing geven over de wachttijden.';
    expect(inDebate(debate(['De wachttijden zijn te lang.', offer], ['Na het zomerreces geven de keuringsartsen de commissie een technische briefing over de wachttijden.']))).toEqual([offer]);
  });
  it('a short yes that names what comes in the report', () => {
    const yes = 'Ja, die regionale cijfers over de keuringsartsen komen erin.';
    const said = ['De rapportage over de rijexamens komt in het najaar.', yes];
    expect(inDebate(debate(said, ['De minister neemt in de rapportage over de rijexamens de regionale cijfers over de keuringsartsen op.']))).toContain(yes);
  });
  it('nothing when the list is not read: the same offer stays an offer', () => {
    const offer = 'Als de commissie dat wil, laat ik de keuringsartsen na het zomerreces een technische briefing geven over de wachttijden.';
    expect(inDebate(debate(['De wachttijden zijn te lang.', offer], []).replace('Ik lees de toezeggingen voor.\n', 'Dank u wel.\n'))).toEqual([]);
  });
});

describe('what the list does not make a promise', () => {
  it('a topic the minister turns to', () => {
    for (const topic of ['Dan de wachttijden bij de keuringsartsen.', 'Dan ga ik nu verder met de wachttijden bij de keuringsartsen.', 'Tot slot de wachttijden bij de keuringsartsen.']) {
      expect(inDebate(debate(['Ik begin met de examens.', topic, 'Die zijn te lang, dat erken ik.'], ['De minister onderzoekt de wachttijden bij de keuringsartsen.'])), topic).toEqual([]);
    }
  });
  it('a hope', () => {
    const hope = 'Ik hoop dat de wachttijden bij de keuringsartsen in het najaar korter zijn.';
    expect(inDebate(debate(['Ik begin met de examens.', hope], ['De minister informeert de Kamer in het najaar over de wachttijden bij de keuringsartsen.']))).toEqual([]);
  });
  it('a description next to a promise the item already links', () => {
    const promise = 'Ik start in het najaar een proef met snellere keuringen in Utrecht.';
    const describes = 'Bij die proef doen kandidaten de medische keuring en de rijtest bij de keuringsartsen op één dag in Utrecht.';
    expect(inDebate(debate([promise, describes], ['De minister start in het najaar een proef in Utrecht waarbij kandidaten de keuring en de rijtest bij de keuringsartsen op één dag doen.']))).toEqual([promise]);
  });
  it('a description that names no one, no time and no yes, though it shares more words with the item than the promise', () => {
    const describes = 'Bij die proef doen kandidaten de medische keuring en de rijtest op één dag, in plaats van in drie afspraken.';
    const said = ['Dan de proef in Utrecht.', describes, 'De eerste resultaten zijn goed.', 'Maar de proef loopt nog tot oktober.'];
    expect(inDebate(debate(said, ['De minister stuurt de Kamer de evaluatie van de proef met de medische keuring en de rijtest op één dag.']))).toEqual([]);
  });
});
