import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { buildOverlayData } from '../../lib/overlay-data';
import { speakerStats } from '../../lib/questions/stats';
import { speakerWords } from '../../lib/transcript/speaker-words';
import { parseText } from '../../lib/transcript/parse';

/** Issue #18: one definition of how much each speaker said, in every view. */
describe('speaker words: one definition', () => {
  const r = parseText(
    'De voorzitter:\nIk open de vergadering over de zorg.\n\nMevrouw Bikker (ChristenUnie):\nIk heb twee vragen.\n\nDe voorzitter:\nDe minister.\n\nMinister Helder:\nIk geef u vier antwoorden.\n\nMevrouw Bikker (ChristenUnie):\nDank u wel.\n',
  );
  if (!r.ok) throw new Error(r.message);
  const t = r.transcript;
  const idOf = (name: RegExp) => t.speakers.find((s) => name.test(s.name))!.id;

  it('counts the chair apart, and the share is of the words outside the chair', () => {
    const w = speakerWords(t);
    expect(w.get(idOf(/voorzitter/))).toMatchObject({ turns: 0, chairTurns: 2, words: 0, chairWords: 9, share: 0 });
    expect(w.get(idOf(/Bikker/))).toMatchObject({ turns: 2, words: 7, share: 7 / 12 });
    expect(w.get(idOf(/Helder/))).toMatchObject({ turns: 1, words: 5, share: 5 / 12 });
  });

  it('the panel, the questions statistics and analyze say the same', () => {
    const helder = idOf(/Helder/);
    expect(buildOverlayData(t).speakers.find((s) => s.id === helder)).toMatchObject({ words: 5, share: 5 / 12 });
    expect(speakerStats(t, []).find((s) => s.speakerId === helder)).toMatchObject({ words: 5, share: 5 / 12 });
    const chair = analyze(r).speakers.find((s) => s.id === idOf(/voorzitter/))!;
    expect(chair).toMatchObject({ words: 9, chairWords: 9, chairTurnCount: 2 });
  });
});
