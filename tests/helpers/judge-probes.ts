import { isCommitmentSentence } from '../../lib/commitments/in-debate';
import { closingListOf, commitmentsIn, offerThenReply, requestThenReply } from './commitments-of';
import { learned } from './definitions';

/** A review's probe, in the shapes reviews 3 and 4 wrote them (tests/commitments/review-3-probes.ts, review-4/). */
export type ReviewProbe =
  | { kind: 'sentence'; sentence: string }
  | { kind: 'offer'; offer: string; reply: string; minister?: string }
  | { kind: 'debate'; debate: string; target: string }
  | { kind: 'invite'; before: string; reply: string }
  | { kind: 'closing'; debate: string }
  | { kind: 'def'; text: string };

const ask = 'Ik heb nog een vraag over de kosten van het programma.';
/** A definition as "term=meaning", case-folded, without a leading article or final stops. */
export const definitionKey = ([t, e]: readonly string[]): string => [t!, e!].map((x) => x.toLowerCase().replace(/^(?:de|het|een) /u, '').replace(/[.,;:!?]+$/u, '').trim()).join('=');

/** What the product answers to a probe, run the way the reviews ran it. */
export function judgeProbe(p: ReviewProbe): unknown {
  switch (p.kind) {
    case 'sentence':
      return isCommitmentSentence(p.sentence);
    case 'offer':
      return commitmentsIn(offerThenReply(p.minister ?? `Dat is een terecht punt. ${p.offer}`, p.reply)).includes(p.offer);
    case 'debate':
      return commitmentsIn(p.debate).includes(p.target);
    case 'invite':
      return commitmentsIn(requestThenReply(ask, `Dank u wel. ${p.before} ${p.reply} Dan de kosten. Die staan in de begroting.`)).includes(p.reply);
    case 'closing':
      return closingListOf(p.debate);
    case 'def':
      return learned(p.text).map(definitionKey).sort();
  }
}
