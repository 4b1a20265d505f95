/**
 * Definitions by a verb of naming ("noemen"), matched on one sentence: the term named after its meaning, or the meaning
 * after "wat we X noemen". Used by definitions-phrases.ts.
 */

/** "Wat we (in de akkerbouw) drift noemen, is het wegwaaien …": term in group 1, the meaning from group 2. */
export const WHAT_WE_CALL = /^wat (?:wij|we|ik|men|je) (?:in (?:de|het) \p{Ll}+ )?((?:(?:een|de|het) )?\p{L}[\p{L}-]*(?: \p{L}[\p{L}-]*)?) noem(?:en|t)?, is ([^,]+)/iu;
/**
 * The meaning put first: "Mensen vooraf uitleggen …, is wat onderzoekers prebunking noemen", "…: dat zijn wat we in de
 * bouw papieren zelfstandigen noemen". Who calls it so is one word (a pronoun or a plural: "onderzoekers"), group 3;
 * the field, group 4; the term, group 5.
 */
export const CALLED_AFTER = /^(?:([^,;:]{10,200}), is|([^;:]{10,300}): dat (?:is|zijn)) wat (\p{Ll}+) (in (?:de|het) \p{Ll}+ )?(\p{L}[\p{L}-]*(?: \p{L}[\p{L}-]*)?) noem(?:en|t)?[.!]?$/u;
/** The same with "…, dat noemen ze (in de ziekenhuizen) X": who in group 2, the field in group 3, the term in group 4. */
export const CALLED_THAT = /^([^,;:]{10,200}), dat noem(?:en|t)? (\p{Ll}+) (in (?:de|het) \p{Ll}+ )?(\p{L}[\p{L}-]*(?: \p{L}[\p{L}-]*)?)[.!]?$/u;
/**
 * Others' word, or a field's ("wat onderzoekers X noemen", "wat we in de bouw X noemen"): the group `who` and the field
 * after it. The speaker's own "wat we X noemen", "dat noemen we onrecht", judges.
 */
export const othersWord = (m: RegExpExecArray, who: number): boolean =>
  (!/^(?:we|wij|ik)$/u.test(m[who]!) || m[who + 1] !== undefined) && !/^(?:de|het|een)$/u.test(m[who]!) && !VERDICT.test(m[who + 2]!);
/**
 * A verdict, not a word: an evaluative noun with its article ("een schandaal", "een drama") or an adjective
 * ("onacceptabel", "onaanvaardbaar", "schandalig"). A field's word is a bare noun ("prebunking", "boarding").
 */
const VERDICT = /^(?:een|de|het) |(?:baar|abel|ibel|lijk|ig|isch|loos|end)$/u;
