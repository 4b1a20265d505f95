import { describe, expect, it } from 'vitest';
import { closingCommitments, speakerOf } from '../../lib/commitments/closing-list';
import type { Speaker } from '../../lib/transcript/model';
import { parseText } from '../../lib/transcript/parse';

const gov = (id: string, name: string, role: Speaker['role'], office: string | null): Speaker => ({ id, name, role, party: null, office });
const member: Speaker = { id: 'pieters', name: 'Pieters', role: 'member', party: 'CDA', office: null };

describe('speakerOf', () => {
  const two = [member, gov('de-vries', 'De Vries', 'minister', 'minister van Financiën'), gov('el-amrani', 'El Amrani', 'minister', 'minister voor Klimaat en Groene Groei'), gov('bakker', 'Bakker', 'state-secretary', 'staatssecretaris van Financiën')];

  it('takes the office the item names', () => {
    expect(speakerOf('De minister van Financiën stuurt de Kamer een brief.', two)).toBe('de-vries');
    expect(speakerOf('De minister voor Klimaat informeert de Kamer in het najaar.', two)).toBe('el-amrani');
  });
  it('else the name, else the only speaker with the role', () => {
    expect(speakerOf('Minister El Amrani stuurt een overzicht.', two)).toBe('el-amrani');
    expect(speakerOf('De staatssecretaris informeert de Kamer.', two)).toBe('bakker');
  });
  it('is null when two ministers could have made it', () => {
    expect(speakerOf('De minister stuurt de Kamer een brief.', two)).toBeNull();
  });
  it('falls back to the only government speaker when the item names no one', () => {
    expect(speakerOf('De toezegging is ook gedaan om terug te komen op de sporen.', [member, gov('van-den-brink', 'Van den Brink', 'minister', null)])).toBe('van-den-brink');
  });
});

describe('closingCommitments', () => {
  it('strips a list marker the parser left and reads object, recipient and deadline', () => {
    const r = parseText(`VERSLAG VAN EEN COMMISSIEDEBAT
De vaste commissie voor Financiën heeft op 10 maart 2026 overleg gevoerd met de heer De Vries, minister van Financiën, over: de Voorjaarsnota.

Voorzitter: Jansen

Minister De Vries:
Ik stuur de vaste commissie voor Financiën voor 1 mei een brief.

De voorzitter:
Ik heb de volgende toezeggingen genoteerd.

 De minister stuurt de vaste commissie voor Financiën voor 1 mei de kabinetsreactie op het rapport.

Sluiting 12.00 uur.`);
    if (!r.ok) throw new Error(r.message);
    const [c] = closingCommitments(r.transcript);
    expect(c).toMatchObject({
      id: 'c-1-1',
      text: 'De minister stuurt de vaste commissie voor Financiën voor 1 mei de kabinetsreactie op het rapport.',
      speakerId: 'de-vries',
      object: 'reactie',
      recipient: 'de vaste commissie voor Financiën',
      deadline: { text: 'voor 1 mei', kind: 'period', from: '2026-03-10', to: '2026-05-01' },
      turnIndex: 1,
      sentence: null,
      inClosingList: null,
    });
  });
});
