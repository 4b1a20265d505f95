import { describe, expect, it } from 'vitest';
import { learned } from '../helpers/definitions';

/**
 * Definitions made-up 18's test half showed missed (read after made-up 19 was held apart, ninth session of
 * 2026-12-07): "Een X is een Y die …" with an adjective in the term ("Een schaarse vergunning is een vergunning
 * waarvan …") or "de" before the gloss ("Een D-brief is de brief waarin …"); the gloss ends at a demonstrative and its
 * verb ("…, en die moet een gemeente …"). Other, made-up sentences, with look-alikes.
 */
describe('"Een X is een/de Y die …", widened', () => {
  it('an adjective in the term', () =>
    expect(learned('Een vaste standplaats is een plek die een exploitant elk jaar terugkrijgt.')).toEqual([['vaste standplaats', 'een plek die een exploitant elk jaar terugkrijgt']]));
  it('"de" before the gloss', () =>
    expect(learned('Een B-brief is de brief waarin het ministerie de eisen aan een aankoop beschrijft.')).toEqual([['B-brief', 'de brief waarin het ministerie de eisen aan een aankoop beschrijft']]));
  it('cut at a demonstrative and its verb', () =>
    expect(learned('Een tijdelijke vergunning is een vergunning die na vijf jaar afloopt, en die moet de gemeente dan opnieuw verlenen.')).toEqual([
      ['tijdelijke vergunning', 'een vergunning die na vijf jaar afloopt'],
    ]));
  it('not an adjective that judges', () => expect(learned('Een goede buurt is een buurt waar mensen elkaar kennen, die niemand laat vallen.')).toEqual([]));
  it('not with "de" and a judging adjective', () => expect(learned('Een mooie dag is de dag die je met je gezin doorbrengt.')).toEqual([]));
});

// "X houdt in dat …" with a bare concept (no article), seen on made-up 17 and 18's read halves and made-up 19's tuning
// half ("Vroegsignalering houdt in dat …"); review 12's look-alikes, which have an article, stay refused.
describe('"X houdt in dat …" for a bare concept', () => {
  it('a bare noun', () =>
    expect(learned('Thuisbegeleiding houdt in dat een hulpverlener twee keer per week bij het gezin langskomt.')).toEqual([
      ['thuisbegeleiding', 'dat een hulpverlener twee keer per week bij het gezin langskomt'],
    ]));
  it('an adjective and a noun', () =>
    expect(learned('Gedeeltelijk herstel houdt in dat de eigenaar een deel van de schade vergoed krijgt.')).toEqual([
      ['gedeeltelijk herstel', 'dat de eigenaar een deel van de schade vergoed krijgt'],
    ]));
  it('not a decision with its article', () => expect(learned('Het akkoord houdt in dat we de lasten eerlijk verdelen.')).toEqual([]));
  it('not a pronoun', () => expect(learned('Dit houdt in dat gemeenten meer moeten betalen.')).toEqual([]));
  it('not "houdt in dat geval … vast"', () => expect(learned('Nederland houdt in dat geval vast aan de afspraken van vorig jaar.')).toEqual([]));
});
