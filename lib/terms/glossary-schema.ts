import { z } from 'zod';

/**
 * The parliamentary-jargon glossary as linted data.
 *
 * The data lives in `lib/terms/glossary.json`; this file is its schema, its
 * canonical formatting and its lint rules. `scripts/format-glossary.ts`
 * normalises the file after an edit; `tests/terms/glossary.test.ts` fails on
 * anything that is not in canonical form.
 *
 * Matching rules the data obeys (and a matcher should follow):
 * - `caseSensitive: true`: the term and each variant match only exactly as
 *   written (so 'OM' does not match the word "om", 'ER' not "er").
 * - `caseSensitive: false`: the term and the variants match in any case.
 * - One acronym with several meanings is one entry with several senses
 *   (PBL: Planbureau voor de Leefomgeving / pbl: procesbeschikbaarheidslocatie);
 *   a variant may then differ from the term only in case, to record the
 *   customary spelling of a sense.
 */

export const Domain = z.enum([
  /** Parliament, procedure, general government. */
  'algemeen',
  'asiel-migratie',
  'justitie-veiligheid',
  'europa',
  'buitenlandse-zaken',
  'defensie',
  'klimaat-energie',
  'economie',
  'financien',
  'sociale-zaken-werk',
  'zorg',
  'onderwijs-wetenschap',
  'landbouw-natuur',
  'infrastructuur-water',
  'binnenlandse-zaken',
  'wonen',
  'digitaal',
]);
export type Domain = z.infer<typeof Domain>;

/**
 * Lowercase Dutch keywords per domain, for guessing a debate's domain from its
 * committee name, title or text (whole-word or phrase matches on lowercased text).
 */
export const DOMAIN_KEYWORDS: Record<Domain, string[]> = {
  algemeen: [
    'tweede kamer', 'eerste kamer', 'staten-generaal', 'parlement', 'kabinet', 'regering', 'motie',
    'amendement', 'wetsvoorstel', 'toezegging', 'plenair', 'commissiedebat', 'procedurevergadering',
    'stemmingen', 'coalitie', 'formatie', 'grondwet', 'presidium', 'griffie', 'algemene zaken',
  ],
  'asiel-migratie': [
    'asiel', 'migratie', 'asielzoeker', 'asielzoekers', 'opvang', 'terugkeer', 'vreemdelingen',
    'vreemdeling', 'statushouder', 'statushouders', 'vluchteling', 'vluchtelingen', 'nareis',
    'azc', 'inburgering', 'naturalisatie', 'spreidingswet', 'migratiepact', 'uitzetting', 'dublin',
    'grensprocedure', 'asielprocedure', 'arbeidsmigratie',
  ],
  'justitie-veiligheid': [
    'justitie', 'veiligheid', 'politie', 'strafrecht', 'rechtspraak', 'rechter', 'gevangenis',
    'gevangeniswezen', 'criminaliteit', 'terrorisme', 'openbaar ministerie', 'straf', 'ondermijning',
    'drugs', 'slachtoffers', 'rechtsstaat', 'inlichtingendiensten', 'tbs', 'advocatuur', 'fraude',
    'georganiseerde misdaad', 'rechtsbijstand',
  ],
  europa: [
    'europese unie', 'europese zaken', 'europees', 'europese commissie', 'europees parlement',
    'europese raad', 'lidstaat', 'lidstaten', 'brussel', 'verordening', 'richtlijn', 'schengen',
    'eurozone', 'eurogroep', 'coreper', 'bnc-fiche', 'jbz-raad', 'raad algemene zaken',
    'eu-uitbreiding', 'meerjarig financieel kader',
  ],
  'buitenlandse-zaken': [
    'buitenlandse zaken', 'buitenlandse handel', 'diplomatie', 'ambassade', 'ontwikkelingssamenwerking',
    'ontwikkelingshulp', 'mensenrechten', 'sancties', 'verenigde naties', 'handelsbeleid',
    'oekraïne', 'rusland', 'israël', 'gaza', 'midden-oosten', 'consulaire', 'humanitaire hulp',
    'internationale rechtsorde', 'handelsakkoord',
  ],
  defensie: [
    'defensie', 'krijgsmacht', 'navo', 'militair', 'militaire', 'militairen', 'materieel',
    'marine', 'landmacht', 'luchtmacht', 'veteranen', 'munitie', 'marechaussee', 'oorlog',
    'defensie-uitgaven', 'missie', 'dienstplicht', 'luchtverdediging', 'fregatten',
  ],
  'klimaat-energie': [
    'klimaat', 'energie', 'emissie', 'emissies', 'co2', 'broeikasgassen', 'hernieuwbare',
    'windenergie', 'wind op zee', 'zonne-energie', 'waterstof', 'kernenergie', 'kerncentrale',
    'aardgas', 'gaswinning', 'groningen', 'netcongestie', 'elektriciteitsnet', 'warmtenet',
    'energietransitie', 'verduurzaming', 'mijnbouw', 'groene groei',
  ],
  economie: [
    'economie', 'economische zaken', 'bedrijven', 'ondernemers', 'mkb', 'industrie', 'bedrijfsleven',
    'concurrentie', 'mededinging', 'innovatie', 'consumenten', 'export', 'ondernemerschap',
    'toerisme', 'postmarkt', 'vestigingsklimaat', 'regeldruk', 'winkels', 'economische groei',
  ],
  financien: [
    'financiën', 'begroting', 'rijksbegroting', 'belasting', 'belastingen', 'fiscaal', 'fiscale',
    'belastingdienst', 'staatsschuld', 'voorjaarsnota', 'miljoenennota', 'najaarsnota',
    'begrotingstekort', 'toeslagen', 'btw', 'banken', 'financiële markten', 'inflatie',
    'douane', 'staatsdeelnemingen', 'belastingplan',
  ],
  'sociale-zaken-werk': [
    'sociale zaken', 'werkgelegenheid', 'arbeidsmarkt', 'werkloosheid', 'uitkering', 'uitkeringen',
    'bijstand', 'pensioen', 'pensioenen', 'aow', 'minimumloon', 'armoede', 'schulden',
    'participatiewet', 'uwv', 'arbeidsongeschiktheid', 'werkgevers', 'werknemers', 'cao',
    'kinderopvang', 'koopkracht', 'bestaanszekerheid', 'sociale zekerheid', 'zzp',
  ],
  zorg: [
    'zorg', 'gezondheid', 'gezondheidszorg', 'volksgezondheid', 'ziekenhuis', 'ziekenhuizen',
    'huisarts', 'huisartsen', 'zorgverzekering', 'zorgverzekeraars', 'jeugdzorg', 'ggz',
    'ouderenzorg', 'langdurige zorg', 'geneesmiddelen', 'preventie', 'verpleeghuis', 'welzijn',
    'sport', 'mantelzorg', 'eigen risico', 'zorgpersoneel', 'pandemie',
  ],
  'onderwijs-wetenschap': [
    'onderwijs', 'school', 'scholen', 'leraren', 'leraar', 'leerlingen', 'studenten', 'universiteit',
    'universiteiten', 'hogeschool', 'hoger onderwijs', 'mbo', 'wetenschap', 'cultuur', 'media',
    'publieke omroep', 'studiefinanciering', 'basisonderwijs', 'voortgezet onderwijs', 'emancipatie',
    'kansengelijkheid', 'lerarentekort',
  ],
  'landbouw-natuur': [
    'landbouw', 'boeren', 'veehouderij', 'veehouders', 'stikstof', 'natuur', 'visserij', 'voedsel',
    'voedselzekerheid', 'mest', 'mestbeleid', 'gewasbescherming', 'natura 2000', 'dierenwelzijn',
    'platteland', 'landelijk gebied', 'biodiversiteit', 'glastuinbouw', 'dierziekten', 'bossen',
  ],
  'infrastructuur-water': [
    'infrastructuur', 'waterstaat', 'water', 'mobiliteit', 'verkeer', 'vervoer', 'openbaar vervoer',
    'spoor', 'trein', 'wegen', 'snelwegen', 'luchtvaart', 'schiphol', 'scheepvaart', 'dijken',
    'waterveiligheid', 'rijkswaterstaat', 'verkeersveiligheid', 'milieu', 'drinkwater', 'havens',
    'circulaire economie',
  ],
  'binnenlandse-zaken': [
    'binnenlandse zaken', 'koninkrijksrelaties', 'gemeenten', 'provincies', 'decentrale overheden',
    'openbaar bestuur', 'democratie', 'verkiezingen', 'kiesrecht', 'caribisch nederland',
    'rijksdienst', 'ambtenaren', 'gemeentefonds', 'burgemeester', 'burgemeesters', 'integriteit',
    'waterschappen', 'rijksoverheid', 'politieke partijen', 'bestuur',
  ],
  wonen: [
    'wonen', 'woningbouw', 'woningmarkt', 'woningen', 'huur', 'huurders', 'huurwoningen',
    'woningcorporaties', 'volkshuisvesting', 'hypotheek', 'ruimtelijke ordening', 'bouwen',
    'woningnood', 'woningtekort', 'dakloosheid', 'huurtoeslag', 'sociale huur', 'middenhuur',
    'koopwoningen', 'bouwregelgeving',
  ],
  digitaal: [
    'digitaal', 'digitale', 'digitalisering', 'digitale zaken', 'internet', 'privacy',
    'gegevensbescherming', 'persoonsgegevens', 'algoritmen', 'algoritme', 'kunstmatige intelligentie',
    'cyber', 'cybersecurity', 'cyberveiligheid', 'data', 'telecom', 'online', 'desinformatie',
    'platforms', 'ict', 'digid', 'chips',
  ],
};

/** Non-empty, no surrounding whitespace. */
const Text = z
  .string()
  .min(1)
  .refine((s) => s === s.trim(), { message: 'no leading or trailing whitespace' });

export const GlossarySense = z
  .object({
    /** What the term stands for or means, e.g. "Immigratie- en Naturalisatiedienst". */
    expansion: Text,
    /** One Dutch sentence ending in '.'. */
    explanation: Text.refine((s) => s.endsWith('.'), { message: "explanation must end with '.'" }),
    /** Optional English gloss, one sentence. */
    explanationEn: Text.optional(),
    domains: z.array(Domain).min(1),
    /** Where the expansion can be checked: a URL or the title of a law or document. */
    source: Text.optional(),
  })
  .strict();
export type GlossarySense = z.infer<typeof GlossarySense>;

export const GlossaryEntry = z
  .object({
    /** Canonical spelling as usually written: 'IND', 'azc', 'JBZ-Raad', 'SDE++'. */
    term: Text,
    /** Other spellings, case forms and plurals that should also match; never the term itself. */
    variants: z.array(Text),
    /** True when only the exact spelling should match (the lowercase form is a word or means something else). */
    caseSensitive: z.boolean(),
    senses: z.array(GlossarySense).min(1),
  })
  .strict();
export type GlossaryEntry = z.infer<typeof GlossaryEntry>;

export const Glossary = z
  .object({
    version: z.literal(1),
    entries: z.array(GlossaryEntry),
  })
  .strict();
export type Glossary = z.infer<typeof Glossary>;

/**
 * Sort key of a term: diacritics removed (NFD, combining marks dropped), then
 * lowercased. Keys are compared with a plain code-unit `<` (see compareTerms),
 * not localeCompare, so the order does not depend on the ICU data of the
 * runtime: punctuation and digits sort before letters ('EU' < 'EU-richtlijn' < 'Eurodac').
 */
export function sortKey(term: string): string {
  return term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Order of entries in the file: by sortKey, ties broken by the raw term (code units). */
export function compareTerms(a: string, b: string): number {
  const ka = sortKey(a);
  const kb = sortKey(b);
  if (ka !== kb) return ka < kb ? -1 : 1;
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** A copy with entries in file order. */
export function sortGlossary(g: Glossary): Glossary {
  return { version: g.version, entries: [...g.entries].sort((a, b) => compareTerms(a.term, b.term)) };
}

function orderedSense(s: GlossarySense): GlossarySense {
  // Key order = schema order; JSON.stringify drops the undefined optionals.
  return {
    expansion: s.expansion,
    explanation: s.explanation,
    explanationEn: s.explanationEn,
    domains: [...s.domains],
    source: s.source,
  };
}

function orderedEntry(e: GlossaryEntry): GlossaryEntry {
  return {
    term: e.term,
    variants: [...e.variants],
    caseSensitive: e.caseSensitive,
    senses: e.senses.map(orderedSense),
  };
}

/** Canonical text of the glossary file: keys in schema order, two-space indent, final newline. */
export function formatGlossary(g: Glossary): string {
  const ordered: Glossary = { version: g.version, entries: g.entries.map(orderedEntry) };
  return JSON.stringify(ordered, null, 2) + '\n';
}

/** Every form an entry matches: the term, then the variants. */
export function entryForms(e: GlossaryEntry): string[] {
  return [e.term, ...e.variants];
}

/**
 * Lint rules beyond the schema. Returns human-readable problems; [] when clean.
 * - entries sorted by compareTerms;
 * - no two entries whose terms are equal ignoring case (one acronym = one entry with senses);
 * - within an entry no form repeats exactly (a variant is never the term);
 * - no form of one entry can match a form of another: equal, or equal ignoring
 *   case when either entry is case-insensitive;
 * - no domain listed twice in a sense.
 */
export function lintGlossary(g: Glossary): string[] {
  const problems: string[] = [];
  for (let i = 1; i < g.entries.length; i++) {
    const prev = g.entries[i - 1]!.term;
    const cur = g.entries[i]!.term;
    if (compareTerms(prev, cur) >= 0) problems.push(`not sorted: '${prev}' before '${cur}'`);
  }
  const byLowerTerm = new Map<string, string>();
  for (const e of g.entries) {
    const k = e.term.toLowerCase();
    const other = byLowerTerm.get(k);
    if (other !== undefined) problems.push(`duplicate term: '${other}' and '${e.term}'`);
    else byLowerTerm.set(k, e.term);
    const seen = new Set<string>();
    for (const f of entryForms(e)) {
      if (seen.has(f)) problems.push(`'${e.term}': form '${f}' listed twice`);
      seen.add(f);
    }
    for (const s of e.senses) {
      if (new Set(s.domains).size !== s.domains.length) problems.push(`'${e.term}': domain listed twice`);
    }
  }
  // Cross-entry collisions, bucketed by lowercased form.
  const buckets = new Map<string, { form: string; entry: GlossaryEntry }[]>();
  for (const entry of g.entries) {
    for (const form of new Set(entryForms(entry))) {
      const k = form.toLowerCase();
      const list = buckets.get(k) ?? [];
      list.push({ form, entry });
      buckets.set(k, list);
    }
  }
  for (const list of buckets.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (a.entry === b.entry) continue;
        const clash = a.form === b.form || !a.entry.caseSensitive || !b.entry.caseSensitive;
        if (clash) problems.push(`'${a.entry.term}' form '${a.form}' collides with '${b.entry.term}' form '${b.form}'`);
      }
    }
  }
  return problems;
}
