import { describe, expect, it } from 'vitest';
import { learnDefinitions } from '../../lib/terms/definitions';
import { parseText } from '../../lib/transcript/parse';

/** Issue #19 part 4: only definitional patterns, precision first. Phrasings as real debates use them. */
function defsOf(...paragraphs: string[]): [string, string][] {
  const r = parseText(`De voorzitter:\nHet woord is aan mevrouw Bikker.\n\nMevrouw Bikker (ChristenUnie):\n${paragraphs.join('\n\n')}\n`);
  if (!r.ok) throw new Error(r.message);
  return learnDefinitions(r.transcript).map((d) => [d.term, d.expansion]);
}

describe('never a clause that merely follows a comma', () => {
  it('"binnen de grenzen van de wet en van het EVRM, en ik ga daar zorgvuldig naar kijken" defines nothing', () => {
    expect(defsOf('Dat doen we binnen de grenzen van de wet en van het EVRM, en ik ga daar zorgvuldig naar kijken.')).toEqual([]);
  });
  it('nor a list after a comma, nor a sentence after the acronym that is no name', () => {
    expect(defsOf('Dan de vragen over de instrumentalisatie, de grens en Polen.', 'Die gaan naar de IND. Dat is een probleem.')).toEqual([]);
  });
});

describe('definitional patterns', () => {
  it('the name, then the acronym as an apposition: "het midden- en kleinbedrijf, het mkb, …"', () => {
    expect(defsOf('Wij spraken over het midden- en kleinbedrijf, het mkb, het fundament van de economie.')).toEqual([['mkb', 'midden- en kleinbedrijf']]);
  });
  it('"in de AMvB. Dat is een algemene maatregel van bestuur"', () => {
    expect(defsOf('Ik heb vragen over de AMvB. Dat is een algemene maatregel van bestuur, voor de kijkers thuis.')).toEqual([['AMvB', 'algemene maatregel van bestuur']]);
  });
  it('"het EMVI-criterium — dat is de economisch meest voordelige inschrijving —"', () => {
    expect(defsOf('De plicht om te gunnen op grond van het EMVI-criterium — dat is de economisch meest voordelige inschrijving — vervalt.')).toEqual([
      ['EMVI', 'economisch meest voordelige inschrijving'],
    ]);
  });
  it('still "Y (X)" and "X, oftewel Y"', () => {
    expect(defsOf('De Nederlandse Vereniging van Banken (NVB) doet mee.', 'Het Europees Verdrag voor de Rechten van de Mens, oftewel het EVRM, geldt.')).toEqual([
      ['NVB', 'Nederlandse Vereniging van Banken'],
      ['EVRM', 'Europees Verdrag voor de Rechten van de Mens'],
    ]);
  });
});

describe('a name that goes on after its last initial', () => {
  // The letters of an acronym need not reach the name's last word (a country or a place closing
  // the name): the capitalised words that follow in the same phrase still belong to it.
  it('"de LBZ, oftewel de Landelijke Beheerorganisatie Zorgdata Nederland, …" keeps "Nederland"', () => {
    expect(defsOf('De LBZ, oftewel de Landelijke Beheerorganisatie Zorgdata Nederland, beheert die gegevens.')).toEqual([
      ['LBZ', 'Landelijke Beheerorganisatie Zorgdata Nederland'],
    ]);
  });
  it('"Het KIC is het Kennis- en Innovatiecentrum Oost-Nederland." keeps the region', () => {
    expect(defsOf('Het KIC is het Kennis- en Innovatiecentrum Oost-Nederland.')).toEqual([['KIC', 'Kennis- en Innovatiecentrum Oost-Nederland']]);
  });
  it('but not the lower-case words after it: "… van de Mens in Straatsburg"', () => {
    expect(defsOf('Het EVRM, oftewel het Europees Verdrag voor de Rechten van de Mens in Straatsburg, geldt.')).toEqual([
      ['EVRM', 'Europees Verdrag voor de Rechten van de Mens'],
    ]);
  });
});

describe('an acronym at the head of a compound ("EDI-wallet", "SiSa-systematiek")', () => {
  it('an apposition that spells the whole compound defines the compound', () => {
    expect(defsOf('De NVW-app, de Nationale Verkeersinformatie Wegenapp, is vernieuwd.')).toEqual([['NVW-app', 'Nationale Verkeersinformatie Wegenapp']]);
  });
  it('a name in parentheses after the compound defines the acronym', () => {
    expect(defsOf('Het BRZO-toezicht (besluit risico’s zware ongevallen) is streng.')).toEqual([['BRZO', 'besluit risico’s zware ongevallen']]);
  });
  it('but not a description after the compound', () => {
    expect(defsOf('De NVW-app, een handig hulpmiddel voor weggebruikers, is vernieuwd.', 'Het BRZO-toezicht (zie de brief van vorige week) is streng.')).toEqual([]);
  });
});

describe('an acronym that is also an everyday word, in capitals after its full name', () => {
  // Eleventh batch, tuning half: "de Programmatische Aanpak Stikstof (PAS)" was not learned because "pas" is a word.
  it('"de Programmatische Aanpak Stikstof (PAS)" and "het Openbaar Ministerie (OM)" are learned', () => {
    expect(defsOf('Wij spreken over de Programmatische Aanpak Stikstof (PAS) en over het Openbaar Ministerie (OM) vandaag.')).toEqual([
      ['PAS', 'Programmatische Aanpak Stikstof'],
      ['OM', 'Openbaar Ministerie'],
    ]);
  });
  it('not the everyday word in lower case, nor capitals whose letters the words before do not spell', () => {
    expect(defsOf('Wij wachten op de nieuwe pas (pas) van de gemeente.', 'Dit is een heel belangrijk punt (ZO belangrijk) voor ons.')).toEqual([]);
  });
});

// A review of the two rules above probed them with sentences of its own; each is a test here, written before the fix.
describe('review: an everyday word in capitals, in every route, and only with its exact initials', () => {
  it('is learned whichever comes first, the name or the capitals', () => {
    expect(defsOf('Het OM (Openbaar Ministerie) moet meer capaciteit krijgen.')).toEqual([['OM', 'Openbaar Ministerie']]);
    expect(defsOf('Dat ligt bij het Openbaar Ministerie, oftewel het OM, en niet bij de politie.')).toContainEqual(['OM', 'Openbaar Ministerie']);
  });
  it('not with words after the name ("het Openbaar Ministerie in Den Haag (OM)")', () => {
    expect(defsOf('Dat ligt nu bij het Openbaar Ministerie in Den Haag (OM) en niet bij de politie.')).toEqual([]);
  });
  it('a party after the names of its members is no acronym ("de leden Dobbe en Kuzu (DENK)")', () => {
    expect(defsOf('De motie van de leden Dobbe en Kuzu (DENK) vraagt iets anders.')).toEqual([]);
  });
});

// Made-up debates 4, tuning half (s4-03): "het MIRT, het Meerjarenprogramma Infrastructuur, Ruimte en Transport" was cut
// at the name's own comma. Another, made-up name; written before the rule.
describe('a name with a list in it, after its acronym', () => {
  it('"het PWRN, het Programma Wonen, Ruimte en Natuur" is learned whole', () => {
    expect(defsOf('Dat bespreken we in het overleg over het PWRN, het Programma Wonen, Ruimte en Natuur.')).toEqual([['PWRN', 'Programma Wonen, Ruimte en Natuur']]);
  });
});
