import { describe, expect, it } from 'vitest';
import { findCommitments } from '../../lib/commitments';
import { parseText } from '../../lib/transcript/parse';

const transcript = (minister: string) => {
  const r = parseText(
    ['Tweede Kamer, Huurbeleid', 'Verslag van een plenair debat, gehouden op 8 februari 2024', '', 'De voorzitter:', 'Het woord is aan de minister.', '', 'Minister De Jonge:', minister, ''].join('\n'),
  );
  if (!r.ok) throw new Error(r.message);
  return r.transcript;
};
const inDebate = (minister: string) => findCommitments(transcript(minister)).filter((c) => c.source === 'in-debate').map((c) => c.text);

describe('a promise said again in the same turn', () => {
  it('is listed once when the second saying adds nothing (the real PDF, nr. 40 item 6)', () => {
    expect(inDebate('Ik ga een brief toezeggen, waarin ik schets hoe om te gaan met de huurindexatie. Ik denk dat dat de basis is. Ik ga een brief toezeggen.')).toEqual([
      'Ik ga een brief toezeggen, waarin ik schets hoe om te gaan met de huurindexatie.',
    ]);
  });
  it('is kept when it points back in few words, or says more', () => {
    expect(inDebate('Daarin zal ik schetsen wat we de komende tijd gaan doen. Dat zal ik ook zelf de komende tijd doen.')).toHaveLength(2);
    expect(inDebate('Ik stuur u een brief. Ik stuur u voor de zomer een brief over de huurindexatie.')).toHaveLength(2);
  });
  it('is not a promise that shares only its time with an earlier one (the tuning half, benefits debate)', () => {
    expect(
      inDebate('In de komende rapportage zullen we spreken over de regelingen die wij aan het uitwerken zijn. We gaan die de komende tijd ook verder uitwerken.'),
    ).toHaveLength(2);
  });
});
