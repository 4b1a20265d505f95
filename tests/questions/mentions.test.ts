import { describe, expect, it } from 'vitest';
import { findMentions, speakersOf } from '../../lib/questions';
import type { Transcript } from '../../lib/transcript/model';
import { parseText } from '../../lib/transcript/parse';
import { readRepoFile } from '../helpers/dom';

function ok(text: string): Transcript {
  const r = parseText(text);
  if (!r.ok) throw new Error(r.message);
  return r.transcript;
}

const seed = ok(readRepoFile('seeds/committee-2026-03-03-jbz.txt'));
const mentions = findMentions(seed);
const first = (surface: string) => mentions.find((m) => m.surface === surface);

describe('mentions of speakers and parties', () => {
  it('resolves people with and without particles', () => {
    expect(first('mevrouw Kröger')).toMatchObject({ speakerId: 'kroger', party: null });
    expect(first('collega Boomsma')).toMatchObject({ speakerId: 'boomsma', party: null });
    expect(first('mevrouw Van der Plas')).toMatchObject({ speakerId: 'van-der-plas' });
    expect(first('de heer Van Asten')).toMatchObject({ speakerId: 'van-asten' });
    expect(first('De heer Russcher')).toMatchObject({ speakerId: 'russcher' });
  });

  it('resolves the record’s other forms of address: "meneer X", "het lid X", "Kamerlid X"', () => {
    const t = ok(
      'De voorzitter:\nMeneer Ellian, het lid Kröger wil iets vragen, en daarna Kamerlid Russcher.\n\nMevrouw Kröger (GroenLinks-PvdA):\nVoorzitter, ik heb een vraag.\n\nDe heer Ellian (VVD):\nDank u.\n\nDe heer Russcher (NSC):\nDank u.\n',
    );
    expect(findMentions(t).map((m) => m.speakerId).filter(Boolean)).toEqual(['ellian', 'kroger', 'russcher']);
  });

  it('splits "de heren Ellian en Boomsma" into two people', () => {
    const heren = mentions.filter((m) => m.turnIndex === 62 && (m.surface === 'De heren Ellian' || m.surface === 'Boomsma'));
    expect(heren.map((m) => m.speakerId)).toEqual(['ellian', 'boomsma']);
  });

  it('resolves party names and long forms to the parties present', () => {
    expect(first('Forum voor Democratie')).toMatchObject({ speakerId: null, party: 'FVD' });
    expect(first('de PVV')).toMatchObject({ party: 'PVV' });
    expect(first('het CDA')).toMatchObject({ party: 'CDA' });
    expect(first('D66')).toMatchObject({ party: 'D66' });
    expect(first('Democraten 66')).toMatchObject({ party: 'D66' });
    expect(first('de Volkspartij voor Vrijheid en Democratie')).toMatchObject({ party: 'VVD' });
    expect(first('GroenLinks-PvdA')).toMatchObject({ party: 'GroenLinks-PvdA' });
    // In a compound the article belongs to the whole word: "met de CDA-fractie".
    expect(mentions.some((m) => m.surface === 'de CDA')).toBe(false);
    expect(speakersOf(first('Forum voor Democratie')!, seed.speakers)).toEqual(['russcher']);
  });

  it('leaves out people who are not speakers', () => {
    expect(mentions.some((m) => /Westerveld|Vijlbrief|Van Zanten/.test(m.surface))).toBe(false);
  });

  it('offsets point at the surface, in text order', () => {
    for (const m of mentions) expect(seed.text.slice(m.start, m.end)).toBe(m.surface);
    for (let i = 1; i < mentions.length; i++) expect(mentions[i]!.start).toBeGreaterThanOrEqual(mentions[i - 1]!.start);
  });

  it('tells two people with one surname apart by the party that follows', () => {
    const t = ok(`VERSLAG VAN EEN COMMISSIEDEBAT

Voorzitter: Boomsma

Aanvang 10.00 uur.

De voorzitter:
Ik geef het woord aan mevrouw Jansen van de SP.

Mevrouw Jansen (SP):
Ik sluit aan bij mevrouw Jansen van de VVD. Wat vindt de minister?

Mevrouw Jansen (VVD):
Dank u wel.

Sluiting 11.00 uur.
`);
    const ids = findMentions(t).filter((m) => m.speakerId).map((m) => m.speakerId);
    const sp = t.speakers.find((s) => s.party === 'SP')!.id;
    const vvd = t.speakers.find((s) => s.party === 'VVD')!.id;
    expect(sp).not.toBe(vvd);
    expect(ids).toEqual([sp, vvd]);
  });

  it('resolves the first part of a double surname, unless it is another speaker\'s name', () => {
    const t = ok(`VERSLAG VAN EEN COMMISSIEDEBAT

Voorzitter: Boomsma

Aanvang 10.00 uur.

Mevrouw Dekker-Abdulaziz (D66):
Kan de minister het telefoonnummer bekendmaken?

Minister Bruins Slot:
Mevrouw Dekker vroeg naar het telefoonnummer. Mevrouw Abdulaziz heeft gelijk.

Sluiting 11.00 uur.
`);
    expect(findMentions(t).map((m) => [m.surface, m.speakerId])).toEqual([['Mevrouw Dekker', 'dekker-abdulaziz']]);
    const both = ok(`VERSLAG VAN EEN COMMISSIEDEBAT

Voorzitter: Boomsma

Aanvang 10.00 uur.

Mevrouw Dekker-Abdulaziz (D66):
Kan de minister het telefoonnummer bekendmaken?

De heer Dekker (VVD):
Mevrouw Dekker-Abdulaziz heeft gelijk.

Sluiting 11.00 uur.
`);
    const ids = findMentions(both).map((m) => m.speakerId);
    expect(ids).toEqual(['dekker-abdulaziz']);
  });

  it('resolves a member whose label carries a first name by the surname alone ("Inge van Dijk" is "mevrouw Van Dijk")', () => {
    const t = ok(`VERSLAG VAN EEN COMMISSIEDEBAT

Voorzitter: Boomsma

Aanvang 10.00 uur.

Mevrouw Inge van Dijk (CDA):
Hoe wil de staatssecretaris de schade beoordelen?

De heer Edgar Mulder (PVV):
Wanneer komt de regeling?

Mevrouw Agnes Mulder (CDA):
Wat kost dat?

Minister Bruins Slot:
Ik begin met de vraag van mevrouw Van Dijk. De heer Mulder van de PVV vroeg naar de regeling. De heer Mulder heeft gelijk.

Sluiting 11.00 uur.
`);
    const found = findMentions(t).filter((m) => m.speakerId !== null).map((m) => [m.surface, m.speakerId]);
    // Two Mulders: the party that follows tells them apart, a bare "de heer Mulder" stays unresolved.
    expect(found).toEqual([
      ['mevrouw Van Dijk', 'inge-van-dijk'],
      ['De heer Mulder', 'edgar-mulder'],
    ]);
  });

  it('leaves a namesake of another party unresolved ("de heer De Groot van D66" when only the VVD\'s De Groot speaks)', () => {
    const t = ok(`VERSLAG VAN EEN COMMISSIEDEBAT

Voorzitter: Boomsma

Aanvang 10.00 uur.

De heer Peter de Groot (VVD):
Wanneer komt de regeling?

Minister Hugo de Jonge:
De heer De Groot van D66 vroeg daar vorige week ook naar. De heer De Groot van de VVD heeft gelijk. Minister De Jonge zegt het.

Sluiting 11.00 uur.
`);
    expect(findMentions(t).filter((m) => m.speakerId !== null).map((m) => [m.surface, m.speakerId])).toEqual([
      ['De heer De Groot', 'peter-de-groot'],
      ['Minister De Jonge', 'hugo-de-jonge'],
    ]);
  });
});
