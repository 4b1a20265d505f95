import { fold } from '../text/fold';
import type { Verdict } from './model';

/**
 * The phrases of parliamentary procedure by which a member of government
 * judges a motion. They are the procedure's own words, the same in every
 * debate (the Kamer's motion register uses them as its categories), not the
 * vocabulary of a policy area. Matched on folded text (lower case, no
 * diacritics), bounded so that no pattern can run away on long input.
 */
const RULES: readonly (readonly [Verdict, RegExp])[] = [
  // "Deze motie is ondersteuning van (het ingezette) beleid."
  ['ondersteuning-beleid', /\bondersteuning van (?:het )?(?:\p{L}+ )?beleid\b/u],
  // "Oordeel Kamer.", "Ik laat het oordeel over deze motie aan de Kamer.", "aan het oordeel van de Kamer".
  ['oordeel-kamer', /\boordeel (?:aan de )?kamer\b|\boordeel\b[^.?!]{0,60}?\baan de kamer\b|\baan het oordeel van de kamer\b/u],
  // "Ik ontraad deze motie.", "Die moet ik ontraden.", "ontraadt", "ontraadde".
  ['ontraden', /\bontra(?:ad|adt|adde|den)\b/u],
  // "Die motie neem ik graag over.", "wil ik overnemen".
  ['overnemen', /\bovernemen\b|\bneem (?:ik )?(?:\p{L}+ ){0,3}over\b/u],
  // "Ik verzoek de indiener de motie aan te houden.", "aanhouden".
  ['aanhouden', /\baan te (?:willen )?houden\b|\baanhoud(?:en|t)\b/u],
  ['ontijdig', /\bontijdig\b/u],
  ['overbodig', /\boverbodig\b/u],
  // "… te vragen de motie in te trekken."
  ['intrekken', /\bin te trekken\b|\bintrek(?:ken|t)\b/u],
];

/** A denial just before or inside the phrase: "ik kan het oordeel niet aan de Kamer laten". */
const DENIAL = /\b(?:niet|geen|nooit)\b/u;
/** A sentence that states a condition or an alternative rather than the judgement ("Als …, dan oordeel Kamer", "Anders ontraden"). */
const CONDITION = /^(?:als|indien|mocht|mits|wanneer|tenzij|zou|anders)\b|\b(?:anders|zo niet|zoniet|tenzij)\b/u;

export interface FoundVerdict {
  verdict: Verdict;
  /** Said under a condition or as an alternative: it counts only when nothing firmer was said. */
  conditional: boolean;
}

/** The judgement a sentence gives, if any: the first phrase in it that is not denied. Questions give none. */
export function verdictIn(sentence: string): FoundVerdict | null {
  const s = fold(sentence).trim();
  if (s.endsWith('?')) return null;
  let best: { verdict: Verdict; at: number } | null = null;
  for (const [verdict, re] of RULES) {
    const m = re.exec(s);
    if (!m) continue;
    const before = s.slice(Math.max(0, m.index - 25), m.index);
    if (DENIAL.test(before) || DENIAL.test(m[0])) continue;
    if (!best || m.index < best.at) best = { verdict, at: m.index };
  }
  // "Oordeel Kamer, want ondersteuning van beleid": the narrower category of the two.
  if (best?.verdict === 'oordeel-kamer') {
    const m = RULES[0]![1].exec(s);
    if (m && !DENIAL.test(m[0])) best = { verdict: 'ondersteuning-beleid', at: best.at };
  }
  if (!best) return null;
  return { verdict: best.verdict, conditional: CONDITION.test(s.slice(0, best.at)) };
}
