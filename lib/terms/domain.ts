import type { Transcript } from '../transcript/model';
import { DOMAIN_KEYWORDS, DOMAINS } from './glossary-forms';
import type { Domain } from './glossary-schema';
import { PhraseIndex } from './phrase-index';

export interface DomainScore {
  domain: Domain;
  score: number;
}

// The committee says most about a debate's subject, the lead (first) committee most of all;
// the title next; the words spoken decide between them and carry plenaries without a committee.
const LEAD_COMMITTEE = 12;
const OTHER_COMMITTEE = 8;
const TITLE = 6;
const TEXT = 20;
// Procedure words ("motie", "kabinet") occur in every debate and say little about its subject.
const GENERAL_TEXT_FACTOR = 0.5;
/** A domain is reported when it scores at least this share of the top domain. */
const REPORT_SHARE = 0.25;

let keywordIndex: PhraseIndex<Domain> | null = null;

function keywords(): PhraseIndex<Domain> {
  keywordIndex ??= new PhraseIndex(
    DOMAINS.flatMap((domain) => DOMAIN_KEYWORDS[domain].map((form) => ({ form, caseSensitive: false, value: domain }))),
  );
  return keywordIndex;
}

/** Keyword hits per domain in `text` (whole words and phrases, any case). */
function hits(text: string): Map<Domain, number> {
  const counts = new Map<Domain, number>();
  for (const m of keywords().scan(text)) counts.set(m.value, (counts.get(m.value) ?? 0) + 1);
  return counts;
}

/**
 * Every policy domain the debate touches, with a score: committee names
 * (lead committee weighs most), the title, and the share of the text's domain
 * keywords. Sorted by score, highest first; domains without any evidence are
 * left out.
 */
export function scoreDomains(transcript: Transcript): DomainScore[] {
  const score = new Map<Domain, number>();
  const add = (d: Domain, n: number) => score.set(d, (score.get(d) ?? 0) + n);
  transcript.meta.committees.forEach((name, i) => {
    for (const d of hits(name).keys()) add(d, i === 0 ? LEAD_COMMITTEE : OTHER_COMMITTEE);
  });
  for (const d of hits(transcript.meta.title).keys()) add(d, TITLE);
  const inText = hits(transcript.text);
  let total = 0;
  for (const [d, n] of inText) total += d === 'algemeen' ? n * GENERAL_TEXT_FACTOR : n;
  for (const [d, n] of inText) add(d, (TEXT * (d === 'algemeen' ? n * GENERAL_TEXT_FACTOR : n)) / total);
  return Array.from(score, ([domain, s]) => ({ domain, score: s }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || DOMAINS.indexOf(a.domain) - DOMAINS.indexOf(b.domain));
}

/**
 * The debate's policy domains, most likely first: those scoring at least a
 * quarter of the top domain (see {@link scoreDomains}). The seed JBZ-Raad
 * committee debate gives 'asiel-migratie' first.
 */
export function detectDomains(transcript: Transcript): Domain[] {
  const scores = scoreDomains(transcript);
  const top = scores[0]?.score ?? 0;
  return scores.filter((s) => s.score >= top * REPORT_SHARE).map((s) => s.domain);
}
