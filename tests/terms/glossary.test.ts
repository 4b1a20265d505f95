// @vitest-environment node
// (No DOM needed; under happy-dom the global URL is not Node's and node:fs rejects it.)
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DOMAIN_KEYWORDS,
  Domain,
  Glossary,
  type GlossaryEntry,
  compareTerms,
  formatGlossary,
  lintGlossary,
  sortGlossary,
  sortKey,
} from '../../lib/terms/glossary-schema';

const raw = readFileSync(new URL('../../lib/terms/glossary.json', import.meta.url), 'utf8');
const glossary = Glossary.parse(JSON.parse(raw));
const entries = glossary.entries;

function entry(term: string): GlossaryEntry {
  const found = entries.find((e) => e.term === term);
  if (!found) throw new Error(`no entry '${term}'`);
  return found;
}

function expansions(term: string): string[] {
  return entry(term).senses.map((s) => s.expansion);
}

describe('glossary data', () => {
  it('parses against the schema and rejects unknown keys', () => {
    expect(Glossary.safeParse(JSON.parse(raw)).success).toBe(true);
    const extra = JSON.parse(raw) as { entries: Record<string, unknown>[] };
    extra.entries[0]!['note'] = 'x';
    expect(Glossary.safeParse(extra).success).toBe(false);
  });

  it('has at least 300 entries', () => {
    expect(entries.length).toBeGreaterThanOrEqual(300);
  });

  it('is sorted by sortKey (diacritics removed, lowercased, code-unit order)', () => {
    for (let i = 1; i < entries.length; i++) {
      const a = entries[i - 1]!.term;
      const b = entries[i]!.term;
      const ka = sortKey(a);
      const kb = sortKey(b);
      expect(ka <= kb, `'${a}' should come after '${b}'`).toBe(true);
      if (ka === kb) expect(a < b, `tie '${a}' / '${b}' broken by raw term`).toBe(true);
    }
    expect(sortKey('Oekraïne')).toBe('oekraine');
  });

  it('has no duplicate terms and no colliding variants', () => {
    // A term appears once, whatever its case: several meanings are several senses of one entry.
    const lowerTerms = entries.map((e) => e.term.toLowerCase());
    expect(new Set(lowerTerms).size).toBe(lowerTerms.length);
    const owner = new Map<string, GlossaryEntry[]>();
    for (const e of entries) {
      expect(e.variants).not.toContain(e.term);
      expect(new Set(e.variants).size).toBe(e.variants.length);
      for (const form of [e.term, ...e.variants]) {
        const k = form.toLowerCase();
        owner.set(k, [...(owner.get(k) ?? []), e]);
      }
    }
    for (const [form, owners] of owner) {
      const distinct = [...new Set(owners)];
      if (distinct.length < 2) continue;
      // Only case-sensitive entries may share a lowercased form, and then only with different spellings.
      for (const e of distinct) expect(e.caseSensitive, `'${form}' shared by ${distinct.map((d) => d.term).join(', ')}`).toBe(true);
      const exact = distinct.flatMap((e) => [e.term, ...e.variants].filter((f) => f.toLowerCase() === form));
      expect(new Set(exact).size).toBe(exact.length);
    }
    expect(lintGlossary(glossary)).toEqual([]);
  });

  it('round-trips byte for byte through formatGlossary', () => {
    expect(formatGlossary(Glossary.parse(JSON.parse(raw)))).toBe(raw);
    expect(formatGlossary(sortGlossary(glossary))).toBe(raw);
  });

  it('has one-sentence explanations ending in a full stop', () => {
    for (const e of entries) {
      for (const s of e.senses) {
        for (const text of [s.explanation, s.explanationEn].filter((t): t is string => t !== undefined)) {
          expect(text, `${e.term}`).toMatch(/^[A-ZÀ-Þ]/u);
          expect(text.endsWith('.'), `${e.term}: ${text}`).toBe(true);
          expect(text.endsWith('..'), `${e.term}: ${text}`).toBe(false);
          // No second sentence: a full stop, question or exclamation mark followed by a capital.
          expect(/[.!?]\s+\p{Lu}/u.test(text), `${e.term}: ${text}`).toBe(false);
        }
        expect(s.expansion.trim()).toBe(s.expansion);
        if (s.source !== undefined && /^https?:/.test(s.source)) expect(s.source).toMatch(/^https:\/\/[^\s]+$/);
      }
    }
  });

  it('uses every domain at least once', () => {
    const used = new Set(entries.flatMap((e) => e.senses.flatMap((s) => s.domains)));
    for (const d of Domain.options) expect(used.has(d), d).toBe(true);
  });

  it('gives PBL both meanings in one entry', () => {
    const pbl = entry('PBL');
    expect(pbl.caseSensitive).toBe(false);
    expect(pbl.variants).toContain('pbl');
    expect(pbl.senses.length).toBeGreaterThanOrEqual(2);
    const planbureau = pbl.senses.find((s) => s.expansion === 'Planbureau voor de Leefomgeving');
    const locatie = pbl.senses.find((s) => s.expansion === 'procesbeschikbaarheidslocatie');
    expect(planbureau?.domains).toContain('klimaat-energie');
    expect(locatie?.domains).toEqual(['asiel-migratie']);
    expect(entries.some((e) => e.term === 'pbl')).toBe(false);
  });

  it('has the expected expansions for key terms', () => {
    const expected: Record<string, string> = {
      IND: 'Immigratie- en Naturalisatiedienst',
      COA: 'Centraal Orgaan opvang asielzoekers',
      azc: 'asielzoekerscentrum',
      amv: 'alleenstaande minderjarige vreemdeling',
      vtl: 'verscherpttoezichtlocatie',
      'JBZ-Raad': 'Raad Justitie en Binnenlandse Zaken',
      EES: 'Entry/Exit System',
      EVRM: 'Europees Verdrag tot bescherming van de Rechten van de Mens en de fundamentele vrijheden',
      EHRM: 'Europees Hof voor de Rechten van de Mens',
      VWEU: 'Verdrag betreffende de werking van de Europese Unie',
      ETS: 'EU Emissions Trading System',
      bbp: 'bruto binnenlands product',
      'SDE++': 'Stimulering Duurzame Energieproductie en Klimaattransitie',
      'BNC-fiche': 'fiche van de werkgroep Beoordeling Nieuwe Commissievoorstellen',
      AO: 'algemeen overleg',
      WGO: 'wetgevingsoverleg',
      NRO: 'Nationaal Regieorgaan Onderwijsonderzoek',
      RVO: 'Rijksdienst voor Ondernemend Nederland',
      'DT&V': 'Dienst Terugkeer en Vertrek',
      KMar: 'Koninklijke Marechaussee',
      GEAS: 'Gemeenschappelijk Europees Asielstelsel',
      AenM: 'ministerie van Asiel en Migratie',
      OM: 'Openbaar Ministerie',
    };
    for (const [term, expansion] of Object.entries(expected)) expect(expansions(term), term).toContain(expansion);
    expect(entry('EES').senses[0]!.explanation).toContain('in- en uitreissysteem');
    expect(entry('ETS').senses[0]!.explanation).toContain('emissiehandelssysteem');
    expect(entry('IND').senses[0]!.domains).toContain('asiel-migratie');
    expect(entry('JBZ-Raad').senses[0]!.domains).toEqual(expect.arrayContaining(['europa', 'asiel-migratie']));
  });

  it('covers the jargon of the seed debate', () => {
    const seedTerms = ['IND', 'EVRM', 'EES', 'KMar', 'JenV', 'IenW', 'VWS', 'BuZa', 'BNC-fiche', 'JBZ-Raad', 'vtl', 'PBL',
      'bbp', 'azc', 'Eurodac', 'Schengen', 'Migratiepact', 'Spreidingswet', 'dwangwet', 'nareis', 'statushouder',
      'terugkeerhub', 'Opvangrichtlijn', 'Kwalificatieverordening', 'Terugkeerverordening', 'tweestatusstelsel',
      'beslismoratorium', 'veiligelander', 'Raad van Europa', 'IVRK', 'ICE', 'Dublinverordening'];
    for (const t of seedTerms) expect(entries.some((e) => e.term === t), t).toBe(true);
    // Forms as they are printed in the seed.
    const forms = new Set(entries.flatMap((e) => [e.term, ...e.variants]));
    for (const f of ['pbl-locatie', "azc's", 'terugkeerhubs', 'veiligelanders', 'statushouders', 'VN-Kinderrechtenverdrag', 'Dublinafspraak'])
      expect(forms.has(f), f).toBe(true);
  });

  it('marks acronyms that are also ordinary words as case-sensitive', () => {
    for (const t of ['OM', 'ER', 'AO', 'DUO', 'PAS', 'NAM', 'VIS', 'wo', 'po', 'vo', 'SO', 'IS', 'AI', 'EMU', 'WEB', 'GALA'])
      expect(entry(t).caseSensitive, t).toBe(true);
    for (const t of ['azc', 'IND', 'PBL', 'mbo', 'EVRM']) expect(entry(t).caseSensitive, t).toBe(false);
  });
});

describe('glossary lint rules', () => {
  const sense = { expansion: 'x', explanation: 'X.', domains: ['algemeen' as const] };

  it('reports unsorted entries, duplicate terms and colliding variants', () => {
    const bad: Glossary = {
      version: 1,
      entries: [
        { term: 'b', variants: [], caseSensitive: false, senses: [sense] },
        { term: 'a', variants: ['B'], caseSensitive: false, senses: [sense] },
        { term: 'A', variants: [], caseSensitive: true, senses: [sense] },
      ],
    };
    const problems = lintGlossary(bad).join('\n');
    expect(problems).toMatch(/not sorted/);
    expect(problems).toMatch(/duplicate term/);
    expect(problems).toMatch(/collides/);
  });

  it('lets two case-sensitive entries differ only in case', () => {
    const ok: Glossary = {
      version: 1,
      entries: [
        { term: 'OM', variants: [], caseSensitive: true, senses: [sense] },
        { term: 'ZOM', variants: ['om'], caseSensitive: true, senses: [sense] },
      ],
    };
    expect(lintGlossary(sortGlossary(ok))).toEqual([]);
    expect(compareTerms('EU', 'EU-richtlijn')).toBeLessThan(0);
    expect(compareTerms('EU-richtlijn', 'Eurodac')).toBeLessThan(0);
  });

  it('formats with keys in schema order whatever the input order', () => {
    const shuffled = JSON.parse(
      '{"entries":[{"senses":[{"domains":["algemeen"],"source":"s","explanation":"X.","expansion":"x"}],"caseSensitive":false,"variants":[],"term":"a"}],"version":1}',
    ) as unknown;
    const text = formatGlossary(Glossary.parse(shuffled));
    expect(text.indexOf('"version"')).toBeLessThan(text.indexOf('"entries"'));
    expect(text.indexOf('"term"')).toBeLessThan(text.indexOf('"variants"'));
    expect(text.indexOf('"expansion"')).toBeLessThan(text.indexOf('"explanation"'));
    expect(text.indexOf('"domains"')).toBeLessThan(text.indexOf('"source"'));
    expect(text.endsWith('}\n')).toBe(true);
  });
});

describe('domain keywords', () => {
  it('has 10-30 unique lowercase keywords for every domain', () => {
    for (const d of Domain.options) {
      const words = DOMAIN_KEYWORDS[d];
      expect(words.length, d).toBeGreaterThanOrEqual(10);
      expect(words.length, d).toBeLessThanOrEqual(30);
      expect(new Set(words).size, d).toBe(words.length);
      for (const w of words) expect(w, d).toBe(w.toLowerCase().trim());
    }
    expect(Object.keys(DOMAIN_KEYWORDS).sort()).toEqual([...Domain.options].sort());
    expect(DOMAIN_KEYWORDS['asiel-migratie']).toEqual(expect.arrayContaining(['asiel', 'migratie', 'opvang', 'terugkeer']));
    expect(DOMAIN_KEYWORDS['landbouw-natuur']).toContain('stikstof');
    expect(DOMAIN_KEYWORDS['klimaat-energie']).not.toContain('stikstof');
  });
});
