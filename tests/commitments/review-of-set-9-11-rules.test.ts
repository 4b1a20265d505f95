import { describe, expect, it } from 'vitest';
import { commitmentsIn as commitments, requestThenReply as exchange } from '../helpers/commitments-of';
import { judge } from '../helpers/judge-commitments';

/**
 * Issue #19: a review's probes of the rules made from made-up 9's test half and made-up 11's tuning half (session of
 * 2026-12-07), written by a helper who read no eval text. Each failed before the fix in the same commit.
 */
judge('a yes before a promise said whole, on a condition', [], ['Ja, als de provincie meewerkt, ga ik dat gesprek voeren.', 'Ja, als u dat wilt, stuur ik u een brief.']);

// Left as it is: "Ik vraag het na bij de KNMP als ik ze volgende week spreek." ("als" may mean "when" or "if").
judge('a point checked with a named party: a habit, one\'s own staff', [], ['Ik vraag het wel eens na bij de KNMP.', 'Ik vraag dat even na bij mijn ambtenaren.']);

judge('a body asked to contribute ("om bij te dragen") is still a body asked to act', ['Ik vraag de VNG om bij te dragen aan de kosten van de opvang.'], []);

judge('coming with measures as a habit, or in this debate', [], ['We komen elk jaar met nieuwe maatregelen.', 'Ik kom zo met de maatregelen.']);

judge('going to a place on a condition said after it', [], ['Ik ga in september naar Schiermonnikoog, als de agenda het toelaat.']);

judge(
  'a place in a document: habits, documents that exist or are someone else\'s, this debate\'s answer; conditions only in the clause',
  ['Ik geef de havens in de routekaart een plek, zodat ze niet buiten de boot vallen.', 'Ik geef de havens in de routekaart een plek als aparte sector.', 'Ik geef de havens zo snel mogelijk in de routekaart een plek.'],
  [
    'In de jaarlijkse voortgangsbrief krijgen de havens steeds een eigen paragraaf.',
    'In de routekaart die vorige maand verscheen, krijgen de havens een eigen plek.',
    'De havens krijgen in het rapport van de commissie een eigen hoofdstuk.',
    'In mijn reactie op de heer Van Dijk laat ik zien dat de cijfers kloppen.',
  ],
);

judge('an agreement "met … af dat" with members of the Kamer is none', [], ['We spreken met de heer Van Dijk en mevrouw Kat af dat we de motie aanhouden.']);

describe('a yes to a question that asks for no act', () => {
  for (const q of [
    'Kan de minister zich voorstellen dat boeren hier boos om worden?',
    'Wil de minister daar nog eens op reflecteren?',
    'Kan de minister de heer Van Dijk op dit punt geruststellen?',
    'Kan de minister de motie op stuk nummer 12 oordeel Kamer geven?',
  ]) {
    it(q, () => expect(commitments(exchange(q, 'Ja, dat doe ik.'))).toEqual([]));
  }
  it('but "Kunt u … afspreken …?" asks for one', () =>
    expect(commitments(exchange('Kunt u nog deze maand met de groothandels afspreken dat zij extra inkopen?', 'Het antwoord is ja. Ik bel ze morgen.'))).toContain('Het antwoord is ja.'));
});
