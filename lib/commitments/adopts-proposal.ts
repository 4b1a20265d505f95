import { NEGATION } from './clauses';
import { toSpeakNow } from './agreement';

/**
 * A member's suggestion or proposal adopted: "Dat is een goede suggestie, die neem ik (ook graag) over", "Ik neem de
 * suggestie van de heer X over", "Het voorstel van de heer Y nemen we dus over". The particle "over" closes its clause
 * (not "over de jeugdzorg", "over dat …": a topic or a view); a pronoun taking it over needs the proposal named before
 * it. Not hedged, a habit, retold, or on the Kamer's wish ("mocht de Kamer …"); a negation stands where the adverbs
 * may and is not one of them.
 */
// The three orders: a pronoun after the proposal was named ("…, die neem ik (ook graag) over"), "ik neem de
// suggestie (van de heer X) over", "Het voorstel (van de heer Y) nemen we (dus) over".
const ADOPTS =
  /(?<![\p{L}])(?:(?:die|dat|deze|dit) (?:neem|nemen) (?:ik|we|wij)(?: (?:ook|graag|dus|dan|zeker|gewoon|hierbij))* over(?=[,.;:!]|$)|(?:ik|we|wij) (?:neem|nemen) (?:die|dat|deze|dit|het|uw|de|zijn|haar) (?:\p{L}+ )?(?:suggestie|suggesties|voorstel|voorstellen|idee|aanbeveling|aanbevelingen)(?: van (?:de heer|mevrouw|het lid|collega|d66|de|het) [\p{L}'’-]+(?: [\p{L}'’-]+){0,2}?)?(?: (?:ook|graag|dus|dan|zeker|gewoon|hierbij))* over(?=[,.;:!]|$)|(?:die|dat|deze|dit|het|de|uw|zijn|haar) (?:\p{L}+ )?(?:suggestie|suggesties|voorstel|voorstellen|idee|aanbeveling|aanbevelingen)(?: van (?:de heer|mevrouw|het lid|collega|d66|de|het) [\p{L}'’-]+(?: [\p{L}'’-]+){0,2}?)? (?:neem|nemen) (?:ik|we|wij)(?: (?:ook|graag|dus|dan|zeker|gewoon|hierbij))* over(?=[,.;:!]|$))/u;
const PROPOSAL = /(?<![\p{L}])(?:suggestie|suggesties|voorstel|voorstellen|idee|aanbeveling|aanbevelingen)(?![\p{L}])/u;
const NOT_ADOPTED = /(?<![\p{L}])(?:misschien|wellicht|eventueel|altijd|vaak|meestal|zei|zeiden|vorig|vorige|mocht|mochten|indien|mits|tenzij|amendement|motie)(?![\p{L}])|(?<![\p{L}])als (?:u|de kamer|het|dat|er|de heer|mevrouw)(?![\p{L}])/u;
/** "Ik neem de uitnodiging van mevrouw X (voor …) graag aan": a member's invitation accepted in one sentence. */
const INVITATION_TAKEN = /^(?:(?:ja|en|dan|die|dus)[,]? )?(?:ik|we|wij) (?:neem|nemen) (?:de|die|deze|zijn|haar|uw) uitnodiging (?:van (?:mevrouw|de heer|het lid) [^,.;:]{1,60}? )?(?:(?:ook|graag|zeker|heel|dus) )*aan(?=[,.;:!]|$)/u;
export const adoptsProposal = (folded: string): boolean => {
  const invitedTo = folded.slice(folded.indexOf('uitnodiging'));
  if (INVITATION_TAKEN.test(folded) && !NOT_ADOPTED.test(folded) && !/ tot /u.test(invitedTo) && !toSpeakNow(invitedTo) && !folded.split(/[\s,.;:!]+/u).some((w) => NEGATION.has(w))) return true;
  const m = ADOPTS.exec(folded);
  // A pronoun's proposal is named before it ("Dat is een goede suggestie, die neem ik over").
  const named = m !== null && PROPOSAL.test(folded.slice(0, m.index + m[0].length));
  return named && !NOT_ADOPTED.test(folded);
};
