import { describe, expect, it } from 'vitest';
import { learned } from '../helpers/definitions';

/**
 * Definitions that the test half of made-up debates 9 (s9-02, s9-04, s9-06, s9-08) pointed at, read in the session of
 * 2026-12-07 after its last measure, so that half counts as tuned on from then: an acronym named in apposition at the
 * sentence's end, an acronym described after "oftewel". Made-up sentences, none from the eval texts; written before the
 * rules, with near-misses. (Cutting the meaning at ", bijvoorbeeld …", which s9-06's annotator does, was tried and
 * dropped: the annotators of s7-03 and s8-06 keep the example in the meaning.)
 */
describe('an acronym and its name in apposition, closing the sentence', () => {
  it('"Dan WOZ, waardering onroerende zaken."', () => expect(learned('Dan WOZ, waardering onroerende zaken.')).toEqual([['WOZ', 'waardering onroerende zaken']]));
  it('not a list whose words do not spell it ("Dan WOZ, huurtoeslag en zorgtoeslag.")', () => expect(learned('Dan WOZ, huurtoeslag en zorgtoeslag.')).toEqual([]));
  it('not a clause after the comma ("Dan WOZ, want zo heet het.")', () => expect(learned('Dan WOZ, want zo heet het.')).toEqual([]));
});

describe('an acronym described after "oftewel"', () => {
  it('"En dan NGT, oftewel planten die …": a description with a relative clause', () =>
    expect(learned('En dan NGT, oftewel planten die met nieuwe technieken zijn veredeld en die sneller groeien.')).toEqual([
      ['NGT', 'planten die met nieuwe technieken zijn veredeld en die sneller groeien'],
    ]));
  it('not a bare noun after it ("NGT, oftewel gewassen")', () => expect(learned('En dan NGT, oftewel gewassen.')).toEqual([]));
  it('not a remark about the speaker ("NGT, oftewel iets waar ik …")', () => expect(learned('En dan NGT, oftewel het punt waar ik zojuist over sprak.')).toEqual([]));
});
