import { describe, expect, it } from 'vitest';
import { isCommitmentSentence } from '../../lib/commitments/in-debate';

/**
 * A visit to a place named with its article ("ik kom in het voorjaar naar Het Hooge Veld", made-up 17's tuning half,
 * seventh session of 2026-12-07): "naar" before "de" or "het" was taken for a part of the debate ("naar de vragen").
 * Made-up sentences of general Dutch written before the rule, with look-alikes.
 */
const yes = (s: string) => it(s, () => expect(isCommitmentSentence(s)).toBe(true));
const no = (s: string) => it(s, () => expect(isCommitmentSentence(s)).toBe(false));

describe('a visit to a place named with its article', () => {
  yes('Ik kom in het voorjaar naar Het Zwanenmeer in Drenthe.');
  yes('Ik kom volgende maand naar de werkplaats in Tilburg.');
  yes('Wel ga ik na de zomer naar de proeftuin in Lelystad.');
});

describe('not so', () => {
  no('Ik kom zo naar de vragen over de kosten.');
  no('Ik kom straks in het blokje over de kosten naar het punt van mevrouw Kat.');
  no('Ik kom in de tweede termijn naar de motie van de heer Bos.');
  no('Vorig jaar kwam ik naar de werkplaats in Tilburg.');
  no('Ik kom in het voorjaar naar de werkplaats als de agenda het toelaat.');
});

/**
 * Going along with a member, gladly ("Dat lijkt me een goed idee; ik ga graag met hem mee naar Meezenbroek", made-up
 * 16's test half, read): a visit accepted, as "ik kom graag naar Barneveld" is, with no time said.
 */
describe('going along with a member, gladly', () => {
  yes('Dat lijkt me een goed idee; ik ga graag met hem mee naar Meezenbroek.');
  yes('Ik ga graag met mevrouw Kat mee naar de wijk in Zwolle.');
  no('Ik ga graag naar Texel.');
  no('Ik ga graag met mijn kinderen mee naar het zwembad.');
  no('Ik ging graag met hem mee naar Meezenbroek.');
  no('Ik ga graag met hem mee naar Meezenbroek, maar dat lukt dit jaar niet.');
});
