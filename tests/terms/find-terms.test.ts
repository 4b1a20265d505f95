import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, AnalysisTerm } from '../../lib/analyze';
import { analyzers } from '../../lib/analyzers';
import {
  detectDomains,
  findTerms,
  learnDefinitions,
  type DocumentTerm,
} from '../../lib/terms/find-terms';
import { termsForAnalysis } from '../../lib/terms/analysis';
import { loadGlossary } from '../../lib/terms/glossary';
import type { Transcript } from '../../lib/transcript/model';
import { parseDocument, parseText } from '../../lib/transcript/parse';
import { loadPage } from '../helpers/dom';

const read = (rel: string) => readFileSync(resolve(process.cwd(), rel), 'utf8');

function ok(r: ReturnType<typeof parseText>): Transcript {
  if (!r.ok) throw new Error(r.message);
  return r.transcript;
}

/** A small committee transcript, turns alternating between two members. */
function inline(...turns: string[]): Transcript {
  const body = turns.map((t, i) => `${i % 2 ? 'De heer Jansen (VVD):' : 'Mevrouw Kröger (GroenLinks-PvdA):'}\n${t}`).join('\n');
  return ok(parseText(`Voorzitter: Bosma\n${body}\n`));
}

const glossary = loadGlossary();
const seed = ok(parseText(read('seeds/committee-2026-03-03-jbz.txt')));
const seedTerms = findTerms(seed, glossary);

function term(terms: DocumentTerm[], name: string): DocumentTerm {
  const t = terms.find((x) => x.term === name);
  if (!t) throw new Error(`term ${name} not found; have ${terms.map((x) => x.term).join(', ')}`);
  return t;
}

const VAN_DER_PLAS_TURN = 11;
const VTL_PBL_SENTENCE =
  'Een vtl is een verscherpttoezichtlocatie voor overlastgevers en een pbl-locatie is een procesbeschikbaarheidslocatie voor kansarme asielzoekers, die sober is ingericht.';

describe('the seed JBZ-Raad debate', () => {
  it('is about asylum first, then Europe', () => {
    expect(detectDomains(seed)).toEqual(['asiel-migratie', 'europa']);
  });

  it('learns the four definitions Van der Plas gives, and no others', () => {
    expect(seed.turns[VAN_DER_PLAS_TURN]!.speakerId).toBe('van-der-plas');
    const defs = learnDefinitions(seed);
    expect(defs.map(({ term, expansion, turnIndex }) => ({ term, expansion, turnIndex }))).toEqual([
      { term: 'vtl', expansion: 'verscherpttoezichtlocatie', turnIndex: VAN_DER_PLAS_TURN },
      { term: 'pbl', expansion: 'procesbeschikbaarheidslocatie', turnIndex: VAN_DER_PLAS_TURN },
      { term: 'EVRM', expansion: 'Europees Verdrag voor de Rechten van de Mens', turnIndex: VAN_DER_PLAS_TURN },
      { term: 'bbp', expansion: 'bruto binnenlands product', turnIndex: VAN_DER_PLAS_TURN },
    ]);
    expect(defs.map((d) => seed.text.slice(d.start, d.end))).toEqual([
      VTL_PBL_SENTENCE,
      VTL_PBL_SENTENCE,
      'Het EVRM is trouwens het Europees Verdrag voor de Rechten van de Mens.',
      'Het bbp is het bruto binnenlands product.',
    ]);
  });

  it('vtl and pbl mean what the debate says, with the defining turn', () => {
    const vtl = term(seedTerms, 'vtl');
    expect(vtl.meaning.expansion).toBe('verscherpttoezichtlocatie');
    expect(vtl.meaning.source).toBe('transcript');
    expect(vtl.meaning.definedAt?.turnIndex).toBe(VAN_DER_PLAS_TURN);
    expect(seed.text.slice(vtl.meaning.definedAt!.start, vtl.meaning.definedAt!.end)).toBe(VTL_PBL_SENTENCE);
    // "vtl- en pbl-locaties" and "Een vtl is …"
    expect(vtl.count).toBe(2);
    expect(vtl.variants).toEqual(['vtl']);

    const pbl = term(seedTerms, 'pbl');
    expect(pbl.meaning.expansion).toBe('procesbeschikbaarheidslocatie');
    expect(pbl.meaning.source).toBe('transcript');
    expect(pbl.meaning.definedAt?.turnIndex).toBe(VAN_DER_PLAS_TURN);
    expect(pbl.count).toBe(2);
    expect(pbl.variants).toEqual(['pbl-locaties', 'pbl-locatie']);
    // The glossary agrees, so its explanation comes along; the Planbureau sense is not used.
    expect(pbl.meaning.explanation).not.toMatch(/Planbureau/);
  });

  it('EVRM and bbp are explained in the debate', () => {
    const evrm = term(seedTerms, 'EVRM');
    expect(evrm.meaning).toMatchObject({ expansion: 'Europees Verdrag voor de Rechten van de Mens', source: 'transcript' });
    expect(evrm.meaning.definedAt?.turnIndex).toBe(VAN_DER_PLAS_TURN);
    // grep -ow EVRM on the parsed text: 17, including "EVRM-interpretatie"
    expect(evrm.count).toBe(17);
    const bbp = term(seedTerms, 'bbp');
    expect(bbp.meaning).toMatchObject({ expansion: 'bruto binnenlands product', source: 'transcript' });
    expect(bbp.count).toBe(3);
  });

  it('IND, azc, JBZ-Raad and EES come from the glossary', () => {
    const ind = term(seedTerms, 'IND');
    expect(ind.meaning).toMatchObject({ expansion: 'Immigratie- en Naturalisatiedienst', source: 'glossary' });
    expect(ind.meaning.definedAt).toBeUndefined();
    expect(ind.count).toBe(8);

    // 4 × "azc" and 2 × "azc's", counted by hand.
    const azc = term(seedTerms, 'azc');
    expect(azc.meaning).toMatchObject({ expansion: 'asielzoekerscentrum', source: 'glossary' });
    expect(azc.count).toBe(6);
    expect(azc.variants).toEqual(['azc', "azc's"]);
    expect(azc.occurrences.filter((o) => seed.text.slice(o.start, o.end) === "azc's")).toHaveLength(2);

    const jbz = term(seedTerms, 'JBZ-Raad');
    expect(jbz.meaning).toMatchObject({ expansion: 'Raad Justitie en Binnenlandse Zaken', source: 'glossary' });
    // 21 × "JBZ-Raad" in the turns; the 2 × "JBZ-Raadverslag" hold it inside a longer word and do not count.
    expect(jbz.count).toBe(21);

    // "het EES, het grenssysteem dat …" is not a definition: the letters do not spell it.
    const ees = term(seedTerms, 'EES');
    expect(ees.meaning).toMatchObject({ expansion: 'Entry/Exit System', source: 'glossary' });
    expect(ees.count).toBe(1);
  });

  it('offsets point exactly at the surface forms, inside their turns, at word boundaries', () => {
    const wordChar = /[\p{L}\p{N}]/u;
    for (const t of seedTerms) {
      expect(t.count).toBe(t.occurrences.length);
      for (const o of t.occurrences) {
        const turn = seed.turns[o.turnIndex]!;
        expect(o.start).toBeGreaterThanOrEqual(turn.start);
        expect(o.end).toBeLessThanOrEqual(turn.end);
        expect(t.variants).toContain(seed.text.slice(o.start, o.end));
        expect(wordChar.test(seed.text[o.start - 1] ?? ' '), `${t.term} at ${o.start} starts inside a word`).toBe(false);
        expect(wordChar.test(seed.text[o.end] ?? ' '), `${t.term} at ${o.start} ends inside a word`).toBe(false);
      }
    }
  });

  it('marks no ordinary word: "is" only as the uppercase IS', () => {
    const surfaces = seedTerms.flatMap((t) => t.occurrences.map((o) => seed.text.slice(o.start, o.end)));
    for (const w of ['is', 'Is', 'om', 'Om', 'ons', 'wet', 'er', 'eu', 'ind']) expect(surfaces).not.toContain(w);
    expect(term(seedTerms, 'IS').variants).toEqual(['IS']);
    expect(term(seedTerms, 'IS').count).toBe(2);
  });

  it('gives the analyze shape, most frequent first, registered in the analyzers', () => {
    const terms = termsForAnalysis(seed);
    for (const t of terms) expect(AnalysisTerm.safeParse(t).success).toBe(true);
    for (let i = 1; i < terms.length; i++) expect(terms[i - 1]!.count).toBeGreaterThanOrEqual(terms[i]!.count);
    expect(terms[0]).toMatchObject({ term: 'EU', count: 23, source: 'glossary' });
    expect(terms.find((t) => t.term === 'vtl')).toEqual({
      term: 'vtl',
      variants: ['vtl'],
      expansion: 'verscherpttoezichtlocatie',
      explanation: term(seedTerms, 'vtl').meaning.explanation,
      source: 'transcript',
      count: 2,
    });
    expect(analyze(parseText(read('seeds/committee-2026-03-03-jbz.txt')), analyzers).terms).toEqual(terms);
  });
});

describe('multi-sense terms follow the debate domain', () => {
  it('PBL in the climate committee fixture is the Planbureau voor de Leefomgeving', () => {
    const url = 'https://www.tweedekamer.nl/kamerstukken/commissieverslagen/detail?did=2026D10001&id=2026Z02001';
    const t = ok(parseDocument(loadPage(read('tests/fixtures/pages/tk-committee-climate.html'), url), url));
    expect(detectDomains(t)[0]).toBe('klimaat-energie');
    const pbl = term(findTerms(t, glossary), 'PBL');
    expect(pbl.meaning).toMatchObject({ expansion: 'Planbureau voor de Leefomgeving', source: 'glossary' });
    expect(pbl.count).toBe(8);
  });

  it('PBL in a small climate debate is the Planbureau', () => {
    const t = inline(
      'Voorzitter. Het PBL heeft berekend dat de klimaatdoelen voor 2030 buiten bereik raken. De uitstoot van CO2 daalt te langzaam en de energietransitie hapert.',
      'Het klimaat wacht niet. Volgens het PBL moet de energie-infrastructuur sneller worden uitgebreid.',
    );
    expect(detectDomains(t)[0]).toBe('klimaat-energie');
    const pbl = term(findTerms(t, glossary), 'PBL');
    expect(pbl.meaning).toMatchObject({ expansion: 'Planbureau voor de Leefomgeving', source: 'glossary' });
    expect(pbl.count).toBe(2);
  });

  it("pbl in an asylum debate without a definition is a procesbeschikbaarheidslocatie; plurals and capitals count", () => {
    const t = inline(
      "Voorzitter. Er komen te weinig pbl's en azc’s bij. Het AZC in Ter Apel zit vol, de asielzoekers slapen buiten. De IND-medewerkers werken hard.",
      'De opvang van asielzoekers moet beter. Een Indiase student, een pblx en azcbewoners zijn geen termen.',
    );
    const terms = findTerms(t, glossary);
    const pbl = term(terms, 'pbl');
    expect(pbl.meaning).toMatchObject({ expansion: 'procesbeschikbaarheidslocatie', source: 'glossary' });
    expect(pbl.variants).toEqual(["pbl's"]);
    expect(term(terms, 'azc').variants).toEqual(['azc’s', 'AZC']);
    // "IND-medewerkers" holds IND before a hyphen; "Indiase" holds no IND.
    expect(term(terms, 'IND').variants).toEqual(['IND']);
    expect(terms.map((x) => [x.term, x.count])).toEqual([
      ['pbl', 1],
      ['azc', 2],
      ['Ter Apel', 1],
      ['IND', 1],
    ]);
  });
});

describe('definitions the debate gives', () => {
  it('a bare apposition defines only when it spells every letter: "het ETS, het Europese emissiehandelssysteem" is not learned', () => {
    // A translated name (no word starts with T) after a bare comma reads like a list or a description;
    // precision first (issue #19): the glossary explains the term.
    const t = inline('Voorzitter. Ik wil het hebben over het ETS, het Europese emissiehandelssysteem.', 'Het ETS moet strenger.');
    expect(learnDefinitions(t)).toEqual([]);
    const ets = term(findTerms(t, glossary), 'ETS');
    expect(ets.meaning).toMatchObject({ expansion: 'EU Emissions Trading System', source: 'glossary' });
    expect(ets.count).toBe(2);
    // The same shape in a list of groups: two of three letters found is no definition.
    const list = inline('Voorzitter. Er zijn milities, fracties onder de SNA, de Syrische democratische strijdkrachten; de YPG.', 'Dank u.');
    expect(learnDefinitions(list)).toEqual([]);
    // Spelled letter by letter, or with "oftewel", the apposition defines.
    const full = inline('Voorzitter. Het gaat om het ETS, het emissie trading systeem, en om het EVRM, oftewel het Europees verdrag.', 'Dank u.');
    expect(learnDefinitions(full).map((d) => [d.term, d.expansion])).toEqual([
      ['ETS', 'emissie trading systeem'],
      ['EVRM', 'Europees verdrag'],
    ]);
  });

  it('a definition spelled out letter by letter wins over a glossary sense it does not match', () => {
    const t = inline('Voorzitter. Het COA, het Centraal Overleg Armoede, komt morgen bijeen.', 'Het COA is er klaar voor.');
    const coa = term(findTerms(t, glossary), 'COA');
    expect(coa.meaning).toMatchObject({ expansion: 'Centraal Overleg Armoede', source: 'transcript', definedAt: { turnIndex: 0 } });
  });

  it('learns names followed by "(ACRONYM)", "ACRONYM (name)", plural appositions and "oftewel"', () => {
    const t = inline(
      'Voorzitter. Het Entry/Exit System (EES) werkt nog niet. Het bruto binnenlands product (bbp) groeit.',
      "Er zijn te weinig pbl's, procesbeschikbaarheidslocaties, in ons land. Het Europees Verdrag voor de Rechten van de Mens, oftewel het EVRM, blijft. Ook het COA (Centraal Orgaan opvang asielzoekers) zoekt plekken.",
    );
    expect(learnDefinitions(t).map((d) => [d.term, d.expansion, d.turnIndex])).toEqual([
      ['EES', 'Entry/Exit System', 0],
      ['bbp', 'bruto binnenlands product', 0],
      ['pbl', 'procesbeschikbaarheidslocatie', 1],
      ['EVRM', 'Europees Verdrag voor de Rechten van de Mens', 1],
      ['COA', 'Centraal Orgaan opvang asielzoekers', 1],
    ]);
  });

  it('learns nothing from lists, predicates or letters that do not spell the acronym', () => {
    const t = inline(
      'Voorzitter. Dat is een goed idee. Het is een kwestie van tijd. De VVD, de PVV en het CDA stemmen voor.',
      'Het EES, het grenssysteem dat ingevoerd moet gaan worden, hapert. Het ETS2 is Europees afgesproken. Om is een woord.',
    );
    expect(learnDefinitions(t)).toEqual([]);
  });
});

describe('ordinary Dutch words are never terms', () => {
  it('marks "OM" and "IS" but not "om", "ons", "wet", "is", "er", "ets"', () => {
    const t = inline(
      'Voorzitter. Wij gaan om tien uur naar ons huis. De wet is duidelijk, het is zo. Er is iets.',
      'Om te beginnen: het OM vervolgt en IS is een terreurgroep. Ets, er is niets. Wet en Is.',
    );
    const terms = findTerms(t, glossary);
    expect(terms.map((x) => [x.term, x.variants, x.count])).toEqual([
      ['OM', ['OM'], 1],
      ['IS', ['IS'], 1],
    ]);
  });
});

describe('scale', () => {
  it('finds every occurrence in a 200,000-word transcript', () => {
    // The seed's turns twelve times over: about 227,000 words.
    let text = '';
    const turns: Transcript['turns'] = [];
    for (let k = 0; k < 12; k++) {
      for (const turn of seed.turns) {
        const body = seed.text.slice(turn.start, turn.end);
        const start = text.length === 0 ? 0 : text.length + 1;
        text += (text.length === 0 ? '' : '\n') + body;
        turns.push({ ...turn, index: turns.length, start, end: start + body.length });
      }
    }
    const big: Transcript = { ...seed, turns, text };
    // Counts scale exactly with the text (speed is measured by `npm run bench`, not here).
    const terms = findTerms(big, glossary);
    expect(term(terms, 'EVRM').count).toBe(17 * 12);
    expect(term(terms, 'azc').count).toBe(6 * 12);
  });
});
