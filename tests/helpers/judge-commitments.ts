import { describe, expect, it } from 'vitest';
import { isCommitmentSentence } from '../../lib/commitments/in-debate';

/** One describe block of made-up sentences: each of `yes` is a commitment on its own, none of `no` is. */
export function judge(title: string, yes: readonly string[], no: readonly string[]): void {
  describe(`in-debate commitments: ${title}`, () => {
    for (const s of yes) it(`is one: ${s}`, () => expect(isCommitmentSentence(s)).toBe(true));
    for (const s of no) it(`is none: ${s}`, () => expect(isCommitmentSentence(s)).toBe(false));
  });
}
