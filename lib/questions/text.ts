import { splitSentences } from '../commitments/sentences';

/**
 * Text helpers for the questions feature: folding, Dutch stopwords, a light
 * stemmer with prefix features, and a turn's sentences. All linear.
 */

/** Lowercase without diacritics: "Kröger" and "Kroger", "wíj" and "wij" compare equal. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

// Function words plus the vocabulary every debate turn shares ("minister", "vraag", "natuurlijk"):
// these say nothing about what a question is about, and would link every question to every answer.
const STOP = new Set(
  `aan aangegeven aantal al alle allemaal alles als alsnog alvast ander andere anders at bent beetje ben benieuwd beantwoord beantwoording
  bij bijvoorbeeld binnen blijft blijkt blijven daar daaraan daarbij daarin daarmee daarna daarnaast daarom daarop daarover daartoe daarvan daarvoor
  dan dank dat de deel den denk der deze die dingen dit doe doen doet door dus echt echter een eens eigenlijk elkaar en enige enkele er ergens
  even feit ga gaan gaat gedaan geen gegeven geldt gelijk gemaakt gesteld gewoon geweest goed graag had hadden heb hebben hebt heeft heel hele
  heer heren het hier hij hoe hoor hoe hoeveel hoever hoeverre hoop hun ieder iedere iedereen iemand iets ik in inderdaad is ja jazeker je
  juist kan kijk kijken kijkt komen komt kon kunnen kunt laat laten lijkt maakt maar maken manier me meer meneer men met mevrouw mij mijn
  minister misschien moet moeten mogelijk mogen mocht na naar namelijk natuurlijk nee net niet niets nog nou nu of om omdat ons onze ook op
  over overigens per precies punt punten sprake staat staan steeds stellen straks te tegen toch toe tot u uit uiteraard uw van vanuit veel
  verder via vind vindt voor vooral voorzitter vraag vraagt vragen vroeg waar waarbij waarin waarom wanneer wat we wel welk welke werd weer
  weet weten wie wij wil willen word worden wordt zal zeg zeggen zegt zei zelf zeker zich zie zien ziet zij zijn zit zitten zo zoals zodat
  zonder zou zouden zullen heeft hadden collega collega's kamer kabinet woordvoerder woordvoerders excuus sorry oke jullie dergelijke
  gevraagd ingaan reageren antwoord antwoorden kom ga wij we ik u hier daar moment tijd vandaag klopt correct volgende eerste tweede laatste
  terug was waren ten slotte volgens mee zin eerder name ervoor helemaal want alleen soort geval hem haar ze zo'n ermee hiermee hierover hiervan hiernaar`
    .split(/\s+/)
    .filter(Boolean),
);

/** True for words that carry no topic. */
export function isStopword(folded: string): boolean {
  return STOP.has(folded);
}

/**
 * A light Dutch stem: plural and inflection endings off, "z/v" restored to
 * "s/f" (nareizen → nareis, brieven → brief), a doubled final consonant undone.
 */
export function stem(w: string): string {
  let s = STEMS.get(w);
  if (s !== undefined) return s;
  s = stemWord(w);
  // Bounded: a day's vocabulary is some tens of thousands of words.
  if (STEMS.size > 100_000) STEMS.clear();
  STEMS.set(w, s);
  return s;
}

const STEMS = new Map<string, string>();

function stemWord(w: string): string {
  let s = w;
  if (s.length > 6 && s.endsWith('heden')) return s.slice(0, -5) + 'heid';
  if (s.length > 5 && /[^aeiou]en$/.test(s)) s = s.slice(0, -2);
  else if (s.length > 4 && /[^aeious']s$/.test(s)) s = s.slice(0, -1);
  else if (s.length > 4 && /[^aeiou]e$/.test(s)) s = s.slice(0, -1);
  if (s.length > 3 && s !== w) {
    if (s.endsWith('z')) s = s.slice(0, -1) + 's';
    else if (s.endsWith('v')) s = s.slice(0, -1) + 'f';
    if (/([^aeiou])\1$/.test(s)) s = s.slice(0, -1);
  }
  return s;
}

/** Content words of `s`, folded, stopwords removed, in order (duplicates kept). */
export function contentWords(s: string): string[] {
  const out: string[] = [];
  for (const m of fold(s).matchAll(/[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu)) {
    const w = m[0].replace(/’/g, "'");
    // Bare numbers ("20.000", "2024") are amounts and years, not topics; "23a" and "d66" stay.
    if (w.length < 3 || /^\d+$/.test(w) || STOP.has(w)) continue;
    out.push(w);
  }
  return out;
}

/** Prefix length of the compound feature: "kinderverdrag" and "kinderrechtenverdrag" share "kinder". */
const PREFIX = 6;

/**
 * Weighted term features of a text: each stem (1), its 6-letter prefix for
 * long words (0.5, so Dutch compounds meet their heads), and two adjacent
 * words run together (0.5: "return hubs" meets "returnhubs").
 */
export function features(s: string): Map<string, number> {
  const out = new Map<string, number>();
  const add = (k: string, w: number) => out.set(k, (out.get(k) ?? 0) + w);
  const words = contentWords(s);
  for (let i = 0; i < words.length; i++) {
    const st = stem(words[i]!);
    add(st, 1);
    if (st.length > PREFIX + 1) add('~' + st.slice(0, PREFIX), 0.5);
    const next = words[i + 1];
    if (next) add(stem(words[i]! + next), 0.5);
  }
  return out;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index of the paragraph within its turn. */
  paragraph: number;
}

/**
 * Sentences of one turn as offsets into `Transcript.text`, with the index of
 * the paragraph each is in. The commitments feature's splitter
 * (lib/commitments/sentences.ts) does the splitting: one sentence rule for
 * the whole product.
 */
export function turnSentences(turnStart: number, paragraphs: readonly string[]): Sentence[] {
  const out: Sentence[] = [];
  let base = turnStart;
  paragraphs.forEach((par, p) => {
    for (const s of splitSentences(par, base)) out.push({ ...s, paragraph: p });
    base += par.length + 1;
  });
  return out;
}
