import { describe, expect, it } from 'vitest';
import { commitmentCitation } from '../../components/commitments/citation';
import { findCommitments } from '../../lib/commitments';
import { pointsBack } from '../../lib/commitments/antecedent';
import { parseText } from '../../lib/transcript/parse';

/** Issue #19, item 3: "Dat zeg ik toe." carries the request it answers, on screen and in the citation. */
const debate = `De voorzitter:
Het woord is aan mevrouw Bikker.

Mevrouw Bikker (ChristenUnie):
Ik heb een vraag over de wachtlijsten. Die zijn lang. Is de minister bereid de Kamer voor de zomer te informeren over de wachtlijsten in de jeugdzorg?

De voorzitter:
De minister.

Minister Helder:
Dat zeg ik toe. Ik wil daarnaast de gemeenten om hun cijfers vragen. Dat zal ik ook doen.
`;

describe('commitments that point back', () => {
  const r = parseText(debate);
  if (!r.ok) throw new Error(r.message);
  const inDebate = findCommitments(r.transcript).filter((c) => c.source === 'in-debate');

  it('"Dat zeg ik toe." carries the member\'s request from the turn before, past the chair', () => {
    const c = inDebate.find((x) => x.text === 'Dat zeg ik toe.')!;
    expect(c.answers?.text).toBe('Is de minister bereid de Kamer voor de zomer te informeren over de wachtlijsten in de jeugdzorg?');
    expect(c.answers?.turnIndex).toBe(1);
    expect(r.transcript.speakers.find((s) => s.id === c.answers?.speakerId)?.name).toMatch(/Bikker/);
  });

  it('"Dat zal ik ook doen." later in the turn carries the sentence before it', () => {
    const c = inDebate.find((x) => x.text === 'Dat zal ik ook doen.')!;
    expect(c.answers?.text).toBe('Ik wil daarnaast de gemeenten om hun cijfers vragen.');
  });

  it('cites the request with the promise', () => {
    const c = inDebate.find((x) => x.text === 'Dat zeg ik toe.')!;
    expect(commitmentCitation(c, { askerName: 'Bikker', speakerName: 'Helder' })).toBe(
      '«Dat zeg ik toe.» (in antwoord op Bikker: «Is de minister bereid de Kamer voor de zomer te informeren over de wachtlijsten in de jeugdzorg?») — Helder',
    );
  });

  it('a promise that says what it promises carries nothing', () => {
    for (const s of ['Ik zal de Kamer voor de zomer een brief sturen.', 'Dat rapport stuur ik u voor 1 juni toe, met de cijfers van alle gemeenten erbij.']) {
      expect(pointsBack(s)).toBe(false);
    }
    expect(pointsBack('Ja, dat doe ik.')).toBe(true);
    expect(pointsBack('Ook dat zal ik proberen snel te doen.')).toBe(true);
  });
});
