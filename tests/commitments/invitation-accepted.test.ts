import { describe, expect, it } from 'vitest';
import { commitmentsIn as commitments, requestThenReply as debate } from '../helpers/commitments-of';

/**
 * A member's invitation, named in the minister's own turn ("Dan de uitnodiging van mevrouw X.", "De heer Y nodigde
 * mij uit in Zwolle."), accepted in the next sentence ("Daar kom ik graag.", "Nou, daar ga ik graag op in.", "Dat is
 * goed, dat doe ik.") is a visit promised. Four such acceptances were missed in the tuning and read test halves of
 * made-up debates 6, 9 and 10. Made-up sentences of general Dutch, written before the rule.
 */

const ask = 'Ik heb nog een vraag over de kosten van het programma.';
const minister = (two: string) => `Dank u wel. ${two} Dan de kosten. Die staan in de begroting.`;

describe('an invitation named, then accepted', () => {
  const pairs: [string, string][] = [
    ['Dan de uitnodiging van mevrouw Kat.', 'Daar kom ik graag.'],
    ['Mevrouw Kat nodigde mij uit in Zwolle.', 'Ja, daar kom ik graag, en liefst nog voor de zomer.'],
    ['Dan de uitnodiging om een dienst mee te lopen met de wijkagent.', 'Nou, daar ga ik graag op in.'],
    ['Dan de uitnodiging voor het werkbezoek in Assen.', 'Dat is goed, dat doe ik.'],
    ['De heer Jansen nodigde mij uit voor de opening van het nieuwe centrum.', 'Die uitnodiging neem ik graag aan.'],
    ['En dan de uitnodiging van mevrouw Kat.', 'Daar kom ik graag: in oktober ben ik bij de open dag in Assen.'],
    // Made-up 12's tuning half: "Dat doe ik graag" and "Heel graag" accept too.
    ['De heer Jansen nodigde mij uit in Zwolle.', 'Dat doe ik graag: ik kom in het najaar naar de inloopavond.'],
    ['Dan de uitnodiging van mevrouw Kat.', 'Heel graag: ik kom in september langs.'],
    // Made-up 13's tuning half: the place named after "graag".
    ['Dan de uitnodiging van de heer Jansen.', 'Ik kom graag naar Assen, en ik kijk dan ook naar de nieuwe school.'],
    ['Dan de uitnodiging van de heer Jansen.', 'Ik kom graag naar Assen, al kan ik niet beloven dat ik een oplossing meeneem.'],
    // Made-up 15's tuning half: the invitation after "Tot slot" or "Ten slotte", taken without "graag", or joined.
    ['Tot slot de uitnodiging van mevrouw Kat.', 'Die neem ik aan.'],
    ['Ten slotte de uitnodiging van de heer Jansen.', 'Ik ga graag met hem mee naar Drenthe.'],
    ['Dan de uitnodiging van mevrouw Kat.', 'Ik ga graag met haar mee naar Zwolle, en ik vraag de gemeente erbij.'],
    // Without a place said, going along accepts an invitation to one (review 8's I8: not one to look more critically).
    ['Mevrouw Kat nodigde mij uit in Zwolle.', 'Ik ga graag met haar mee, en ik stel voor dat we dat in september doen.'],
  ];
  for (const [invitation, accepted] of pairs)
    it(`${invitation} ${accepted}`, () => expect(commitments(debate(ask, minister(`${invitation} ${accepted}`)))).toContain(accepted));
});

describe('not an invitation accepted', () => {
  const pairs: [string, string][] = [
    ['Mevrouw Kat vroeg naar de kosten.', 'Daar ga ik graag op in.'],
    ['Dan de uitnodiging van mevrouw Kat.', 'Daar kom ik graag op terug.'],
    ['Dan de uitnodiging van mevrouw Kat.', 'Daar kom ik helaas niet aan toe.'],
    ['Dan de uitnodiging van mevrouw Kat.', 'Daar kom ik graag, maar dit jaar lukt het niet meer.'],
    ['Dan de uitnodiging van mevrouw Kat.', 'Daar ga ik graag op in, als mijn agenda het toelaat.'],
    ['Ik nodig de Kamer uit om mee te denken.', 'Daar kom ik graag op terug.'],
    ['Ik nodig de leden uit om mee te denken.', 'Daar ga ik graag op in.'],
    ['Mevrouw Kat vroeg naar de kosten.', 'Heel graag: die staan in de begroting.'],
    ['Dan de uitnodiging van mevrouw Kat.', 'Heel graag, maar dit jaar lukt het niet meer.'],
    ['Mevrouw Kat vroeg naar de kosten.', 'Ik kom graag naar de kosten, want die zijn hoog.'],
    ['Dan de uitnodiging van de heer Jansen.', 'Ik kom niet naar Assen, al had ik dat graag gedaan.'],
    ['Mevrouw Kat vroeg of de cijfers kloppen.', 'Die neem ik aan.'],
    ['Tot slot de vraag van mevrouw Kat.', 'Die neem ik aan.'],
    ['Mevrouw Kat vroeg naar de kosten.', 'Ik ga graag met haar mee in die redenering.'],
  ];
  for (const [before, reply] of pairs)
    it(`${before} ${reply}`, () => expect(commitments(debate(ask, minister(`${before} ${reply}`)))).not.toContain(reply));
});
