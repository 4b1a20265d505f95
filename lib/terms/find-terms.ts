import type { Transcript } from '../transcript/model';
import { isCommonWord } from './common-words';
import { learnDefinitions, type LearnedDefinition } from './definitions';
import { scoreDomains, type DomainScore } from './domain';
import { entryForms } from './glossary-forms';
import type { Glossary, GlossaryEntry } from './glossary-schema';
import { PhraseIndex, type PhraseForm } from './phrase-index';
import { chooseSense, senseAgreeingWith } from './senses';

export { detectDomains, scoreDomains, type DomainScore } from './domain';
export { learnDefinitions, type LearnedDefinition } from './definitions';

/** One place a term occurs: offsets into `Transcript.text`, so text.slice(start, end) is the surface form. */
export interface TermOccurrence {
  turnIndex: number;
  start: number;
  end: number;
}

/** What a term means in this debate, and where that comes from. */
export interface TermMeaning {
  expansion: string;
  explanation: string;
  explanationEn?: string;
  /** 'transcript': a speaker explained it ("uitgelegd in dit debat"); 'glossary': the bundled glossary. */
  source: 'transcript' | 'glossary';
  /** The defining sentence, when source is 'transcript'. */
  definedAt?: TermOccurrence;
  /** Source 'glossary': a sentence where the debate seemed to explain the term otherwise, shown as its use here. */
  usedAt?: TermOccurrence;
}

/** A term as it occurs in one transcript. */
export interface DocumentTerm {
  /** Canonical spelling: the glossary's term, or the term as the debate defined it. */
  term: string;
  /** Surface forms seen, in order of first appearance ("azc", "azc's"). */
  variants: string[];
  occurrences: TermOccurrence[];
  meaning: TermMeaning;
  count: number;
}

/** A term to look for: a glossary entry, a debate definition, or both (the definition then wins). */
interface Candidate {
  term: string;
  entry?: GlossaryEntry;
  definition?: LearnedDefinition;
  occurrences: TermOccurrence[];
}

function hasUpper(s: string): boolean {
  return /\p{Lu}/u.test(s);
}

/**
 * The forms to match for a candidate. Single letters never match; an ordinary
 * word ("om", "is", "wet") only in its uppercase spelling, whatever the data
 * says, so running text is never marked.
 */
function formsOf(c: Candidate): PhraseForm<Candidate>[] {
  const raw: { form: string; caseSensitive: boolean }[] = c.entry
    ? entryForms(c.entry).map((form) => ({ form, caseSensitive: c.entry!.caseSensitive }))
    : [];
  if (c.definition && !raw.some((f) => f.form === c.definition!.term)) {
    // A lowercase acronym the debate defined ("vtl") is also written in capitals; an uppercase one is not lowercased.
    raw.push({ form: c.definition.term, caseSensitive: hasUpper(c.definition.term) });
  }
  const out: PhraseForm<Candidate>[] = [];
  for (const f of raw) {
    if (f.form.replace(/[^\p{L}\p{N}]/gu, '').length < 2) continue;
    if (isCommonWord(f.form)) {
      if (hasUpper(f.form)) out.push({ form: f.form, caseSensitive: true, value: c });
      continue;
    }
    out.push({ form: f.form, caseSensitive: f.caseSensitive, value: c });
  }
  return out;
}

/** Glossary entries plus the debate's own definitions, a definition attached to the entry it defines. */
function candidates(glossary: Glossary, definitions: readonly LearnedDefinition[]): Candidate[] {
  const list: Candidate[] = glossary.entries.map((entry) => ({ term: entry.term, entry, occurrences: [] }));
  const byForm = new Map<string, Candidate>();
  for (const c of list) for (const f of entryForms(c.entry!)) byForm.set(f.toLowerCase(), c);
  for (const d of definitions) {
    const known = byForm.get(d.term.toLowerCase());
    if (known) known.definition ??= d;
    else list.push({ term: d.term, definition: d, occurrences: [] });
  }
  return list;
}

function meaningOf(c: Candidate, text: string, domains: readonly DomainScore[]): TermMeaning {
  const d = c.definition;
  if (d) {
    const definedAt = { turnIndex: d.turnIndex, start: d.start, end: d.end };
    // The glossary's explanation accompanies the debate's definition when both say the same.
    const agreeing = c.entry && senseAgreeingWith(c.entry, d.expansion);
    if (agreeing) {
      return {
        expansion: d.expansion,
        explanation: agreeing.explanation,
        ...(agreeing.explanationEn ? { explanationEn: agreeing.explanationEn } : {}),
        source: 'transcript',
        definedAt,
      };
    }
    // Not spelled out letter by letter and at odds with the glossary: the glossary wins, the debate's words are its use here.
    if (!c.entry || d.sure) return { expansion: d.expansion, explanation: text.slice(d.start, d.end), source: 'transcript', definedAt };
    return { ...glossaryMeaning(c.entry, domains), usedAt: definedAt };
  }
  return glossaryMeaning(c.entry!, domains);
}

function glossaryMeaning(entry: GlossaryEntry, domains: readonly DomainScore[]): TermMeaning {
  const sense = chooseSense(entry, domains);
  return {
    expansion: sense.expansion,
    explanation: sense.explanation,
    ...(sense.explanationEn ? { explanationEn: sense.explanationEn } : {}),
    source: 'glossary',
  };
}

/**
 * The spelling to show: the debate's own in a definition ("pbl", not the
 * glossary's "PBL"); else the glossary term, or a variant that differs from
 * it only in case when the debate writes it that way most (the customary
 * spelling of the sense in use).
 */
function displayTerm(c: Candidate, text: string): string {
  if (c.definition) return c.definition.term;
  const caseForms = [c.term, ...(c.entry?.variants ?? []).filter((v) => v.toLowerCase() === c.term.toLowerCase())];
  const seen = new Map<string, number>();
  for (const o of c.occurrences) {
    const surface = text.slice(o.start, o.end);
    // "pbl's" and "pbl-locatie" are written "pbl" too.
    const form = [surface, surface.replace(/['’]s$/u, ''), surface.split('-')[0]!].find((f) => caseForms.includes(f));
    if (form) seen.set(form, (seen.get(form) ?? 0) + 1);
  }
  let best = c.term;
  for (const [form, n] of seen) if (n > (seen.get(best) ?? 0)) best = form;
  return best;
}

/** Tag-like text shown as text ("<img src=x>", "</b>"): code, not words, so no term is marked in it. */
const MARKUP = /<\/?[a-z][^<>\n]{0,200}>/giu;

function markupSpans(text: string, start: number, end: number): [number, number][] {
  const slice = text.slice(start, end);
  if (!slice.includes('<')) return [];
  return Array.from(slice.matchAll(MARKUP), (m) => [start + m.index, start + m.index + m[0].length] as [number, number]);
}

export interface FindTermsOptions {
  /** Precomputed {@link learnDefinitions} of the transcript. */
  definitions?: readonly LearnedDefinition[];
  /** Precomputed {@link scoreDomains} of the transcript. */
  domains?: readonly DomainScore[];
}

/**
 * Every glossary term and every term the debate defines that occurs in the
 * turns, in order of first occurrence. Forms match whole words in any case
 * unless the entry is case-sensitive; a plural "'s" and a hyphenated compound
 * ("azc's", "vtl-locaties", "JBZ-Raad") count, a term inside a longer word
 * does not. The meaning is the debate's own definition when there is one,
 * else the glossary sense that fits the debate's domains. One pass over the
 * text whatever the glossary size.
 */
export function findTerms(transcript: Transcript, glossary: Glossary, options: FindTermsOptions = {}): DocumentTerm[] {
  const definitions = options.definitions ?? learnDefinitions(transcript);
  const domains = options.domains ?? scoreDomains(transcript);
  const list = candidates(glossary, definitions);
  const index = new PhraseIndex(list.flatMap(formsOf), true);
  const { text } = transcript;
  for (const turn of transcript.turns) {
    const markup = markupSpans(text, turn.start, turn.end);
    for (const m of index.scan(text, turn.start, turn.end)) {
      if (markup.some(([a, b]) => m.start < b && m.end > a)) continue;
      m.value.occurrences.push({ turnIndex: turn.index, start: m.start, end: m.end });
    }
  }
  return list
    .filter((c) => c.occurrences.length > 0)
    .sort((a, b) => a.occurrences[0]!.start - b.occurrences[0]!.start)
    .map((c) => ({
      term: displayTerm(c, text),
      variants: Array.from(new Set(c.occurrences.map((o) => text.slice(o.start, o.end)))),
      occurrences: c.occurrences,
      meaning: meaningOf(c, text, domains),
      count: c.occurrences.length,
    }));
}
