import { fold } from '../text/fold';
import type { Domain, GlossaryEntry } from './glossary-schema';

/* Glossary helpers without zod: the matcher in the content script needs them, not the schema. */

/** The policy domains, in a fixed order (ties in domain scores are broken by it). */
export const DOMAINS = [
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
] as const;

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

/**
 * Sort key of a term: diacritics removed (NFD, combining marks dropped), then
 * lowercased. Keys are compared with a plain code-unit `<` (see compareTerms),
 * not localeCompare, so the order does not depend on the ICU data of the
 * runtime: punctuation and digits sort before letters ('EU' < 'EU-richtlijn' < 'Eurodac').
 */
export function sortKey(term: string): string {
  return fold(term);
}

/** Order of entries in the file: by sortKey, ties broken by the raw term (code units). */
export function compareTerms(a: string, b: string): number {
  const ka = sortKey(a);
  const kb = sortKey(b);
  if (ka !== kb) return ka < kb ? -1 : 1;
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** Every form an entry matches: the term, then the variants. */
export function entryForms(e: GlossaryEntry): string[] {
  return [e.term, ...e.variants];
}

