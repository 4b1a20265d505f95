import type { Transcript } from '../transcript/model';
import { foldedSlice } from '../text/folded-text';
import { splitSentences } from '../text/sentences';

/**
 * An offer on the member's (or the Kamer's) condition: "Als u dat wilt,
 * stuur ik u een brief", "Mocht u iets anders bedoelen, dan kom ik daarop
 * terug", or on their wish ("Als dat helpt, …", "Indien gewenst …"; "Als het helpt om … te …" states a
 * purpose, not a wish). It binds the government only once taken up ("Ja, graag."): until
 * then it is an offer, not a commitment (tests/eval/ANNOTATING.md). A
 * condition on events ("Mocht het rapport later komen, dan …") is no offer:
 * the register records those promises too.
 */
const OFFER =
  /^(?:(?:mocht(?:en)?|als|indien|wanneer|ingeval) (?:u|jullie|de kamer|uw kamer|de commissie|de leden|de heer|mevrouw)(?![\p{L}])|(?:als|indien) (?:het|dat) (?:helpt|gewenst is|op prijs wordt gesteld),|(?:als|indien) daar behoefte aan is,|indien gewenst|desgewenst)/u;

/** Whether a folded sentence opens with the addressee's condition. */
export const isOffer = (folded: string): boolean => OFFER.test(folded);

/** The promise an offer makes, without its condition: what follows the condition's comma ("dan kom ik …"). */
export function offeredPart(sentence: string): string {
  const comma = sentence.indexOf(',');
  if (comma >= 0) return sentence.slice(comma + 1).trim();
  // "Indien gewenst stuur ik …", "Desgewenst …": the condition is the opening words, without a comma.
  return sentence.replace(/^(?:indien gewenst|desgewenst)\s+/iu, '');
}

/** A first sentence that says yes to an offer. */
const YES = /^(?:ja|jazeker|graag|heel graag|prima|akkoord|dat lijkt me (?:goed|prima)|dat zou (?:fijn|mooi|goed) zijn)(?![\p{L}])/u;

/** The next turn that is not the chair's is a member's, and it opens by saying yes. */
export function offerTakenUp(t: Transcript, index: number, gov: ReadonlySet<string>): boolean {
  const next = t.turns.slice(index + 1).find((turn) => !turn.asChair);
  if (!next || gov.has(next.speakerId)) return false;
  const first = splitSentences(t.text.slice(next.start, next.end))[0];
  return first !== undefined && YES.test(foldedSlice(t, next.start + first.start, next.start + first.end));
}
