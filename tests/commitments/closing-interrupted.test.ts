import { describe, expect, it } from 'vitest';
import { closingCommitments } from '../../lib/commitments/closing-list';
import { parseText } from '../../lib/transcript/parse';

/**
 * A closing list interrupted by a correction: the chair reads some items, the minister says one is wrong, the chair
 * reads it again and goes on with the rest. The whole list is the items before the interruption, the corrected one in
 * the place of the one it corrects, and the items after. Only the part after the interruption was read, so two items
 * of a list on made-up 11's read test half were lost and the wrong one was never replaced. A made-up report,
 * written before the change.
 */
const before = [
  'De minister stuurt de Kamer voor 1 juni een brief over de capaciteit van de opvang.',
  'De minister spreekt volgende maand de koepel van de gemeenten aan op de wachtlijsten.',
  'De minister verhoogt de subsidie voor de opvang zodra het onderzoek gereed is.',
];
const corrected = 'De minister stuurt de commissie deze maand de opzet van het onderzoek naar de subsidie.';
const after = ['De minister gaat met de provincies in gesprek over de spreiding.', 'De Kamer wordt in het voorjaar geïnformeerd over de proef in Zwolle.'];

function list(chairAgain: string, correction = 'Voorzitter, die laatste klopt niet, dat heb ik niet toegezegd. Ik heb gezegd dat ik de opzet van het onderzoek stuur.'): string[] {
  const text = `Commissiedebat over de opvang

Minister Jansen:
Ik stuur u voor 1 juni een brief over de capaciteit van de opvang. Ik stuur de commissie deze maand de opzet van het onderzoek.

De voorzitter:
Dank u wel. Dan lees ik de toezeggingen voor die ik heb genoteerd.
${before.map((s) => `– ${s}`).join('\n')}

Minister Jansen:
${correction}

De voorzitter:
${chairAgain}
Dan dank ik de minister en de leden. Ik sluit dit commissiedebat.
`;
  const r = parseText(text);
  if (!r.ok) throw new Error(r.message);
  return closingCommitments(r.transcript).map((c) => c.text);
}

describe('a closing list interrupted by a correction', () => {
  it('"Dan wordt die toezegging als volgt." — the last item read is replaced, the list goes on', () =>
    expect(list(`Dank voor de correctie. Dan wordt die toezegging als volgt.\n– ${corrected}\nIk ga verder met de lijst.\n${after.map((s) => `– ${s}`).join('\n')}`)).toEqual([
      ...before.slice(0, 2),
      corrected,
      ...after,
    ]));
  it('"Dan luidt de derde toezegging als volgt:" — the named item is replaced', () =>
    expect(list(`Dank u. Dan luidt de derde toezegging als volgt:\n– ${corrected}\n${after.map((s) => `– ${s}`).join('\n')}`, 'Voorzitter, de derde toezegging klopt niet. Ik heb gezegd dat ik de opzet van het onderzoek stuur.')).toEqual([
      ...before.slice(0, 2),
      corrected,
      ...after,
    ]));
  it('the list only goes on after a remark about it: the items before stay', () =>
    expect(list(`Dank u wel. Ik ga verder met de lijst.\n${after.map((s) => `– ${s}`).join('\n')}`, 'Voorzitter, bij die toezegging over de subsidie hoort nog dat het onderzoek in het voorjaar klaar is.')).toEqual([...before, ...after]));
});
