import { describe, expect, it } from 'vitest';
import { commitmentsIn as commitments, requestThenReply as exchange } from '../helpers/commitments-of';
import { judge } from '../helpers/judge-commitments';

/**
 * Issue #19 item 3, forms that the test half of made-up debates 9 (s9-02, s9-04, s9-06, s9-08) pointed at, read in
 * the session of 2026-12-07 after its last measure, so that half counts as tuned on from then; the sentences are
 * other, made-up ones, written before the rules.
 */
judge(
  'a named body asked to keep count ("om … bij te houden": "bij" is the particle of the act)',
  ['Ik vraag het CBS om die cijfers apart bij te houden.', 'Wel vraag ik de NVWA om de meldingen vanaf januari bij te houden.'],
  ['Ik vraag u om die cijfers bij te houden.', 'Ik vraag het CBS niet om dat bij te houden.', 'Ik vraag het CBS om dat bij te houden als het kan.'],
);

judge(
  'a promise put after "Ja," with its object first ("Ja, dat gesprek ga ik voeren.")',
  ['Ja, dat gesprek ga ik voeren.', 'Ja, die brief stuur ik u voor de zomer.'],
  ['Ja, dat gesprek ga ik niet voeren.', 'Ja, dat gesprek heb ik gevoerd.', 'Ja, dat is een goed punt.', 'Ja, dat gesprek moet er komen.'],
);

judge(
  'a point checked with a named party ("Ik vraag het na bij de KNMP")',
  ['Ik vraag het na bij de KNMP.', 'Dat vraag ik na bij de Belastingdienst, en ik laat het u weten.'],
  ['Ik vraag het na bij u.', 'Misschien vraag ik het na bij de KNMP.', 'Ik vraag dat altijd na bij de KNMP.', 'De KNMP vraagt het na bij de apothekers.'],
);

judge(
  'coming with a scheme or measures ("kom ik met een landelijke regeling")',
  ['Voor de begrotingsbehandeling kom ik met een landelijke regeling.', 'Na de zomer komen we met maatregelen tegen uitbuiting.'],
  ['Ik kom niet met een nieuwe regeling.', 'Gemeenten komen met een eigen regeling.', 'Vorig jaar kwam ik met een regeling.'],
);

judge(
  'a paragraph taken into a document, with what it is about after the particle ("neem ik een paragraaf op over …")',
  ['In de brief van mei neem ik een paragraaf op over de jongeren.', 'Maar de vraag is terecht, en in de brief van mei neem ik een paragraaf op over de zorg.'],
  ['In de brief van mei nam ik een paragraaf op over de zorg.', 'In de brief neem ik geen paragraaf op over de zorg.', 'De gemeenten nemen in hun brief een paragraaf op over de zorg.'],
);

judge(
  'an agreement with a longer named party and a time before it ("Ik spreek nog deze maand met … af dat …")',
  ['Ik spreek nog deze maand met de groothandels en de fabrikanten van antibioticadrank af dat zij een extra voorraad aanleggen.'],
  ['Ik spreek nog deze maand met de groothandels en de fabrikanten van antibioticadrank niet af dat zij een extra voorraad aanleggen.', 'Misschien spreek ik nog deze maand met de groothandels en de fabrikanten af dat zij meer inkopen.'],
);

describe('"het antwoord is ja" to a member asking the minister to do something, whatever the verb', () => {
  it('a yes to "Kan de minister … afspreken dat …?"', () =>
    expect(
      commitments(exchange('Kan de minister niet nu alvast met de groothandels afspreken dat zij voor deze winter extra voorraad aanleggen?', 'Dat is een terechte vraag, en het antwoord is ja. Of zij allemaal meedoen, weet ik niet.')),
    ).toEqual(['Dat is een terechte vraag, en het antwoord is ja.']));
  it('not a yes to a question that asks for a confirmation or an opinion', () => {
    expect(commitments(exchange('Kan de minister bevestigen dat de voorraad op peil is?', 'Het antwoord is ja. De voorraad is op peil.'))).toEqual([]);
    expect(commitments(exchange('Is de minister het met mij eens dat dit te lang duurt?', 'Het antwoord is ja. Het duurt te lang.'))).toEqual([]);
    expect(commitments(exchange('Kan de minister uitleggen waarom dat zo lang duurt?', 'Het antwoord is ja. Het duurt zo lang omdat de markt klein is.'))).toEqual([]);
  });
});
