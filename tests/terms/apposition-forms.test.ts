import { describe, expect, it } from 'vitest';
import { learned } from '../helpers/definitions';

/**
 * Definitions in apposition that the second phrasebook's tuning half
 * (tests/eval/phrasebook2) showed missing, written here in other words
 * before the rules, with the appositions that define nothing.
 */

describe('an acronym, its words in apposition, closed by a comma, without an article', () => {
  it('learns one whose every letter opens a word of the name', () => {
    expect(learned('NAH, niet-aangeboren hersenletsel, wordt vaak niet herkend.')).toContainEqual(['NAH', 'niet-aangeboren hersenletsel']);
    expect(learned('Voor WMO, wet maatschappelijke ondersteuning, geldt iets anders.')).toContainEqual(['WMO', 'wet maatschappelijke ondersteuning']);
  });
  it('not a list, not letters scattered inside words, not an apposition left open', () => {
    expect(learned('VVD, CDA, D66 en ChristenUnie steunen het voorstel.')).toEqual([]);
    expect(learned('NAH, nogal armoedige huisvesting zegt men, is een probleem.')).toEqual([]);
    expect(learned('Bij NAH, niet-aangeboren hersenletsel en dementie zien we dat.')).toEqual([]);
    expect(learned('Het LVB, een lastig vraagstuk, en de rest.')).toEqual([]);
  });
});

describe('"de zogenoemde X, een Y waarmee …": a term introduced and described', () => {
  it('learns the description with its relative clause', () => {
    expect(learned('Het gaat om de zogenoemde vangnetregeling, een regeling waarmee gemeenten tekorten kunnen aanvullen.')).toContainEqual([
      'vangnetregeling',
      'een regeling waarmee gemeenten tekorten kunnen aanvullen',
    ]);
    expect(learned('Dan de zogeheten spoedwet, een wet waarbij het advies van de Raad van State wordt overgeslagen.')).toContainEqual([
      'spoedwet',
      'een wet waarbij het advies van de Raad van State wordt overgeslagen',
    ]);
  });
  it('not a verdict, not a description in the speaker’s own person, not without "zogenoemd"', () => {
    expect(learned('Het gaat om de zogenoemde vangnetregeling, een goed idee.')).toEqual([]);
    expect(learned('Het gaat om de zogenoemde vangnetregeling, een regeling die ik zelf heb bedacht.')).toEqual([]);
    expect(learned('Het gaat om de vangnetregeling, een regeling waarmee gemeenten tekorten kunnen aanvullen.')).toEqual([]);
    // Found by a review: "een Y die/dat …" after "zogenoemd" is as often a verdict.
    expect(learned('Dan de zogenoemde uitzendconstructie, een fout die nooit had mogen gebeuren.')).toEqual([]);
    expect(learned('Het gaat om de zogeheten vliegwielaanpak, een keuze die veel geld kost.')).toEqual([]);
    expect(learned('Kijk naar de zogenoemde toeslagenaffaire, een schandaal waarvan de gevolgen nog altijd voelbaar zijn.')).toEqual([]);
  });
});
