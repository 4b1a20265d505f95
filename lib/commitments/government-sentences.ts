import type { Transcript } from '../transcript/model';
import { foldedSlice } from '../text/folded-text';
import { sentencesOfTurn } from '../text/sentences';
import { antecedentOf, pointsBack, type Antecedent } from './antecedent';
import { tokens, cleftOffers, withinDebate } from './clauses';
import { governmentIds } from './words';
import { isMember, isOffer, offerTakenUp, offeredPart, offersAnAct } from './offers';
import { agrees, agreesToRequest, agreesToRetold, grants, retoldView, takesOn } from './agreement';
import { isCommitmentSentence } from './in-debate';

/**
 * The government's sentences of a transcript, each marked whether it is a commitment: a sentence read on its own
 * (in-debate.ts), or with the turns and sentences around it: a yes to the member's request before, an offer the
 * member takes up, a sentence that goes on the one before.
 */

/** A sentence of a government turn, as the linker reads it. */
export interface GovSentence {
  turnIndex: number;
  /** Offsets into `Transcript.text`. */
  start: number;
  end: number;
  text: string;
  isCommitment: boolean;
  /** Continues the sentence before ("Daarin zullen we …", "Dat geldt ook voor …"): reads with it. */
  continues: boolean;
  /** A commitment that only points back ("Dat zeg ik toe."): what it points to, the request it answers. */
  answers: Antecedent | null;
}


/** "Dan de (tweede) vraag van mevrouw X.", "Dan mevrouw X.": the answer turns to a member, named (the name, folded). */
const NAMES_QUESTION = /^(?:dan |en dan )?(?:de |het )?(?:\p{L}+ )?(?:vraag|verzoek) van (?:mevrouw|de heer) ([\p{L}' -]{2,40})[.:]$/u;
const NAMES_MEMBER = /^(?:dan |en dan )?(?:mevrouw|de heer) ([\p{L}' -]{2,40})[.:]$/u;
/** How far back a member's turn may lie for the answer that names her: a second term of several members, with the chair between. */
const NAMED_TURN_REACH = 40;
/**
 * The named member's last turn before the government turn at `index`, not before that speaker last spoke (a request
 * answered then, or put off, is no longer open); -1 if none.
 */
function namedMemberTurn(t: Transcript, index: number, gov: ReadonlySet<string>, named: string): number {
  for (let j = index - 1; j >= Math.max(0, index - NAMED_TURN_REACH); j--) {
    const turn = t.turns[j]!;
    if (turn.speakerId === t.turns[index]!.speakerId) return -1;
    if (!turn.asChair && !gov.has(turn.speakerId) && isMember(t, turn.speakerId, named)) return j;
  }
  return -1;
}
/**
 * A yes after the sentence that names the member it answers: to her request, in her last turn; "Dan de vraag van
 * mevrouw X." also to the request in the turn right before when she has none of her own there.
 */
function agreesToNamed(t: Transcript, index: number, gov: Set<string>, named: string): boolean {
  const question = NAMES_QUESTION.exec(named);
  const member = question ?? NAMES_MEMBER.exec(named);
  if (!member) return false;
  const from = namedMemberTurn(t, index, gov, member[1]!);
  return from >= 0 ? agreesToRequest(t, index, gov, false, from) : question !== null && agreesToRequest(t, index, gov);
}
const CONTINUES = /^(?:dat geldt ook|daarin (?:zal|zullen)|daarbij (?:zal|zullen)|ook daarover (?:zal|zullen))/u;

/**
 * All sentences of the government's turns, each marked whether it is a
 * commitment. Linear in the text of those turns.
 */
export function governmentSentences(t: Transcript): GovSentence[] {
  const gov = governmentIds(t);
  const out: GovSentence[] = [];
  for (const turn of t.turns) {
    if (turn.asChair || !gov.has(turn.speakerId)) continue;
    let prev = false;
    const spans = sentencesOfTurn(turn);
    spans.forEach((span, k) => {
      const text = t.text.slice(span.start, span.end);
      const f = foldedSlice(t, span.start, span.end);
      const continues = k > 0 && CONTINUES.test(f);
      let is = isCommitmentSentence(text, t.meta.date, f);
      if (!is && prev && continues) is = true;
      if (!is && k === 0 && agrees(f)) is = agreesToRequest(t, turn.index, gov);
      if (!is && k === 0 && grants(f)) is = agreesToRequest(t, turn.index, gov, true);
      if (!is && k > 0 && takesOn(f)) is = !retoldView(foldedSlice(t, spans[k - 1]!.start, spans[k - 1]!.end));
      if (!is && k > 0 && agreesToRetold(foldedSlice(t, spans[k - 1]!.start, spans[k - 1]!.end), f) && !withinDebate(tokens(f))) is = true;
      // "Dan (de tweede vraag van) mevrouw X. Dat is goed, dat doe ik.": the member named, then a yes to her request.
      if (!is && k > 0 && agrees(f)) is = agreesToNamed(t, turn.index, gov, foldedSlice(t, spans[k - 1]!.start, spans[k - 1]!.end));
      // The member answers the end of the turn: an offer made before the turn went on to other points is taken up only by a yes that names it.
      if (!is && isOffer(f) && offerTakenUp(t, turn.index, gov, f, k >= spans.length - OFFER_AT_END)) is = isCommitmentSentence(offeredPart(text), t.meta.date) || offersAnAct(text, offeredPart(text));
      // "Wat ik wel kan doen, is … . Als de heer X daarmee uit de voeten kan, doe ik dat.": offered, bound once taken up.
      const next = spans[k + 1];
      if (is && cleftOffers(f) && next && isOffer(foldedSlice(t, next.start, next.end))) is = offerTakenUp(t, turn.index, gov, foldedSlice(t, next.start, next.end), true);
      const answers = is && (continues || pointsBack(text)) ? antecedentOf(t, turn.index, k, spans) : null;
      out.push({ turnIndex: turn.index, start: span.start, end: span.end, text, isCommitment: is, continues, answers });
      prev = is;
    });
  }
  return out;
}

/** How close to the end of its turn an offer must be for the next member's "ja" to take it up (the offer and a closing sentence or two). */
const OFFER_AT_END = 3;
