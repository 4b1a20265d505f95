import type { Transcript } from '../transcript/model';
import { foldedSlice } from '../text/folded-text';
import { sentencesOfTurn } from '../text/sentences';
import { antecedentOf, pointsBack, type Antecedent } from './antecedent';
import { tokens, cleftOffers, withinDebate } from './clauses';
import { governmentIds } from './words';
import { isOffer, offerTakenUp, offeredPart, offersAnAct } from './offers';
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


const NAMES_QUESTION = /^(?:dan |en dan )?(?:de |het )?(?:\p{L}+ )?(?:vraag|verzoek) van (?:mevrouw|de heer) [\p{L}' -]{2,40}[.:]$/u;
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
      // "Dan de tweede vraag van mevrouw X. Dat is goed, dat doe ik.": the question named, then a yes to the request before.
      if (!is && k > 0 && agrees(f) && NAMES_QUESTION.test(foldedSlice(t, spans[k - 1]!.start, spans[k - 1]!.end))) is = agreesToRequest(t, turn.index, gov);
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
