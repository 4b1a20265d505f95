import { mayNameTime } from './deadline';

/**
 * Looking into something, taken back in the same breath: "Ik ben bereid om te kijken of …, maar ik verwacht er
 * niet veel van", "…, maar ik zeg er direct bij dat dat veel geld kost". A hedge, not a promise (ANNOTATING.md:
 * "hopes, …, conditionals that were not taken up"). in-debate.ts still reads a promise of its own before the "maar".
 */

/** Looking into something: "kijken of", "bekijken hoe", "ga na of", "de mogelijkheden verkennen", "daarnaar kijken". */
const EXPLORES =
  /(?<![\p{L}])(?:(?:kijken|bekijken|bezien|verkennen|onderzoeken|nagaan|na te gaan|ga na|uitzoeken) (?:of|hoe|wat|welke|waar)|mogelijkheden (?:te )?(?:verkennen|bekijken|onderzoeken|bezien)|(?:daar|er)naar (?:te )?kijken|(?:dat|dit|het) (?:te )?(?:bekijken|bezien|onderzoeken|uitzoeken|nagaan))(?![\p{L}])/u;
/** "…, maar ik zeg erbij dat ik daar weinig verwachtingen van heb", "…, maar ik kan niets beloven", "…, maar ik kan niet garanderen dat …". */
const DISCLAIMS =
  /(?<![\p{L}])maar(?![\p{L}])[^.]{0,100}?(?:(?:geen|weinig) (?:hoge |grote |al te hoge |valse )?verwachting|(?:niets|niks|niet) (?:beloven|garanderen)|geen garantie|verwacht (?:er|daar) (?:\p{L}+ ){0,3}?(?:weinig|niet veel|niet te veel) van|niet veel van verwacht|de kans is (?:klein|gering)|niet (?:erg |zo |heel )?optimistisch|beloof (?:(?!dat )\p{L}+ ){0,3}?(?:niets|niks))|beloven kan ik niets/u;
/** "zeg er (direct) bij dat", "moet er wel bij zeggen dat", "zeg daarbij dat": what follows "dat" is added. */
const ADDS = /(?<![\p{L}])(?:zeg (?:\p{L}+ ){0,3}?(?:er|daar)?bij(?: \p{L}+)?|(?:er|daar) ?(?:\p{L}+ )?bij zeggen),? dat /u;
/** What an added clause says when it hedges: a doubt, a cost, an obstacle. */
const DOUBT = /(?<![\p{L}])(?:niet|geen|weinig|lastig|moeilijk|kost|kosten|geld|budget|bezwaar|bezwaren|beperkt|ingewikkeld|complex|onzeker|twijfel|klein|niets|nauwelijks|vraagt|vergt)(?![\p{L}])/u;

/** Where the exploration starts, or -1. */
export function explorationAt(folded: string): number {
  return EXPLORES.exec(folded)?.index ?? -1;
}

/** Looking into something, with the promise disclaimed after it in the same sentence (see the module comment). */
export function disclaimed(folded: string): boolean {
  if (!folded.includes('maar') && !folded.includes('belo')) return false;
  const e = explorationAt(folded);
  if (e < 0) return false;
  const rest = folded.slice(e);
  if (DISCLAIMS.test(rest)) return true;
  // "…, maar ik zeg er direct bij dat …": a hedge only when what is added is a doubt or a cost, with no time.
  const but = rest.indexOf(' maar ');
  const adds = but < 0 ? null : ADDS.exec(rest.slice(but));
  if (!adds) return false;
  const added = rest.slice(but + adds.index + adds[0].length);
  return DOUBT.test(added) && !mayNameTime(added) && !added.includes('kamer');
}

/**
 * The parts before the "maar" of a disclaimed sentence that may promise on their own: its clauses other than the
 * exploration ("ik stuur de Kamer voor de zomer een brief", "daarover informeer ik de Kamer …").
 */
export function partsBeforeBut(folded: string): string[] {
  const but = folded.indexOf(' maar ');
  return (but < 0 ? folded : folded.slice(0, but))
    .split(/, | en |; /u)
    .map((part) => part.trim())
    .filter((part) => explorationAt(part) < 0 && part.split(' ').length >= 3);
}

/** A condition on events at the sentence's start ("Als de toezichthouder zegt …", "En mocht het aantal stijgen, …"). */
const EVENT_CONDITION = /^(?:(?:en|maar|dus|ook) )?(?:als|indien|mocht(?:en)?|wanneer) /u;

/**
 * Looking into something only if an event comes about: "Als de toezichthouder zegt dat het niet kan, dan zal ik
 * bekijken of …". No promise (ANNOTATING.md: conditionals). The main clause after the condition, when it looks into
 * something and names no time, else null; in-debate.ts does not reject it on this ground when an act of delivery stands
 * beside the look ("… en de Kamer daarover informeren"): its other tests then decide. A condition with a time is one
 * of time ("Als het rapport er in het voorjaar is, …"); the addressee's condition is an offer (offers.ts), read before
 * this.
 */
export function explorationOnCondition(folded: string): string | null {
  if (!EVENT_CONDITION.test(folded)) return null;
  const then = folded.indexOf(', dan ');
  const comma = folded.indexOf(', ');
  const cut = then >= 0 ? then : comma;
  if (cut < 0 || mayNameTime(folded.slice(0, cut))) return null;
  const main = folded.slice(cut + 2);
  return explorationAt(main) >= 0 && !mayNameTime(main) ? main : null;
}

/** The addressee's wish or need as the condition: an offer (offers.ts), not an event. */
const WISHED = /(?<![\p{L}])(?:wil|wilt|willen|wenst|wensen|graag|behoefte|prijs|verzoekt|vraagt|nodig)(?![\p{L}])/u;
/**
 * An act that waits on an event: "Als die proef slaagt, rol ik het in 2028 landelijk uit". No promise (ANNOTATING.md:
 * conditionals not taken up). Not a condition of time ("Als het rapport er in het voorjaar is, …"), not the addressee's
 * wish ("Als u dat wilt, …": an offer), and not a promise to inform or deliver when it happens ("Mocht de inspectie
 * tekorten vinden, dan informeer ik de Kamer direct": `delivers`) or one said with "zal/zullen": those stay promises.
 */
export function actOnEvent(folded: string, delivers: (main: string) => boolean): boolean {
  if (!EVENT_CONDITION.test(folded)) return false;
  const comma = folded.indexOf(', ');
  if (comma < 0) return false;
  const condition = folded.slice(0, comma);
  const main = folded.slice(comma + 2);
  return !mayNameTime(condition) && !WISHED.test(condition) && !/(?<![\p{L}])(?:zal|zullen)(?![\p{L}])/u.test(main) && !delivers(main);
}

/**
 * A promise in a later clause of its own, read by `promises` (isCommitmentSentence): after ";" ("Ik wil haar niet met
 * een schatting naar huis sturen; u krijgt het binnen twee weken"), or after ", maar ik …" when what comes before only
 * does not know ("Dat weet ik niet precies, maar ik kaart het volgende week aan …").
 */
export function promisedLater(sentence: string, folded: string, promises: (part: string) => boolean): boolean {
  // Not after a refusal to promise ("Ik ga niet beloven dat …; …").
  const refuses = (head: string) => /(?<![\p{L}])(?:niet|geen)(?![\p{L}])/iu.test(head) && /(?<![\p{L}])(?:beloven|toezeggen|garanderen)(?![\p{L}])/iu.test(head);
  const parts = sentence.includes(';') ? sentence.split(/;\s*/u) : [];
  if (parts.length > 1 && !refuses(parts[0]!) && parts.slice(1).some((part) => part.length > 0 && promises(part))) return true;
  const but = folded.search(/, maar (?:ik|we|wij) /u);
  return but > 0 && NOT_KNOWING.test(folded.slice(0, but)) && promises(folded.slice(but + ', maar '.length));
}
const NOT_KNOWING = /(?<![\p{L}])(?:(?:weet|heb) ik (?:\p{L}+ ){0,3}?niet|kan ik (?:\p{L}+ ){0,3}?niet (?:zeggen|overzien|beoordelen))(?![\p{L}])/u;
