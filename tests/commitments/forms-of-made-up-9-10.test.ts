import { describe, expect, it } from 'vitest';
import { commitmentsIn as commitments, requestThenReply as exchange } from '../helpers/commitments-of';
import { judge } from '../helpers/judge-commitments';

/**
 * Issue #19 item 3, forms that the tuning halves of made-up debates 9 and 10 (s9-01, s9-03, s9-05, s9-07, s10-01,
 * s10-03, s10-05, s10-07) pointed at; the sentences are other, made-up ones, written before the rules.
 */
judge(
  'both chambers, or the chambers, as who receives ("… wordt bij beide Kamers voorgehangen")',
  ['Het besluit wordt voor de zomer bij beide Kamers voorgehangen.', 'Voor de zomer krijgen beide Kamers een evaluatie van de regeling.', 'Het ontwerp wordt aan beide Kamers voorgelegd voordat het wordt vastgesteld.'],
  ['Beide Kamers hebben de wet vorig jaar aangenomen.', 'Het besluit is vorig jaar bij beide Kamers voorgehangen.', 'Beide Kamers kregen toen een evaluatie.'],
);

judge(
  'raising a point with a named party: "ik breng dit in bij de minister van OCW"',
  ['En ja, ik breng dit ook in bij de minister van OCW, want het gaat over de klas.', 'Dat breng ik in bij de VNG.'],
  ['Ik breng dit niet in bij de VNG.', 'Ik bracht dit vorig jaar in bij de VNG.', 'Ik breng u in herinnering dat de wet al geldt.', 'De VNG brengt dit in bij de gemeenten.'],
);

describe('a short yes to act, later in a turn, with a time of its own', () => {
  it('"Dat doe ik deze maand nog." after what the minister will do', () =>
    expect(commitments(exchange('Wil de minister de gemeenten wijzen op maatwerk?', 'Ik ga de gemeenten niet voorschrijven hoe ze indiceren. Maar ik wil wel via de VNG een signaal afgeven. Dat doe ik deze maand nog.'))).toContain('Dat doe ik deze maand nog.'));
  it('"Dus dat ga ik doen, nog voor het einde van deze maand."', () =>
    expect(commitments(exchange('Gaat de minister eens kijken?', 'Ik denk dat het goed is als ik een keer onaangekondigd ga kijken. Dus dat ga ik doen, nog voor het einde van deze maand.'))).toContain('Dus dat ga ik doen, nog voor het einde van deze maand.'));
  it('not a time that is no promise', () =>
    expect(commitments(exchange('Gaat de minister eens kijken?', 'Ik kijk vaak bij die locaties. Dat doe ik al jaren.'))).toEqual([]));
});

describe('an approval, then the yes ("Dat is goed, dat neem ik mee.", "Dat kan, en dat neem ik erin op, …")', () => {
  it('"Dat is goed, dat neem ik mee." to a request retold in the turn', () =>
    expect(commitments(exchange('Ik heb een punt over het fonds.', 'Mevrouw Odink vroeg of ik het fonds wil betrekken bij het gesprek over de huisvesting. Dat is goed, dat neem ik mee. Dan de inventarisatie.'))).toContain('Dat is goed, dat neem ik mee.'));
  it('"Dat kan, en dat neem ik erin op, met …" to a request retold in the turn', () =>
    expect(commitments(exchange('Ik heb een punt over de monitor.', 'Mevrouw Kort vroeg of de monitor ook iets kan zeggen over studenten die met hun ouders hebben gebroken. Dat kan, en dat neem ik erin op, met de aantallen aanvragen. Dan de rente.'))).toContain('Dat kan, en dat neem ik erin op, met de aantallen aanvragen.'));
  it('not an approval that turns ("Dat kan, maar dat neem ik niet mee.")', () =>
    expect(commitments(exchange('Ik heb een punt over de monitor.', 'Mevrouw Kort vroeg of de monitor ook iets kan zeggen over studenten zonder steun. Dat kan, maar dat neem ik niet mee. Dan de rente.'))).toEqual([]));
});

judge(
  'a duty in the main clause before a coordinated promise is not the promise\'s ("…, en daarom stuur ik u …")',
  ['Mensen moeten langer omrijden, en daarom stuur ik u voor 1 juni een overzicht per brug.', 'Dat betekent dat bedrijven moeten wachten, maar ik stuur u voor de zomer een overzicht.'],
  ['Dan moeten wij, terecht natuurlijk, weer een reactie sturen.', 'Ik moet u voor de zomer een overzicht sturen, zegt de wet.'],
);

judge(
  'a body asked to act with a light verb and its object ("om … een peiling te doen")',
  ['Ik vraag Divosa om voor het einde van het jaar een peiling te doen onder alle gemeenten.', 'Ik vraag de NZa om een onderzoek te doen naar de tarieven.'],
  ['Ik vraag u om daar iets aan te doen.', 'Ik vroeg de NZa vorig jaar om een onderzoek te doen.'],
);

judge(
  'a thing added to a document to come ("dat overzicht voeg ik vanaf nu bij de begroting")',
  ['Dat overzicht voeg ik vanaf nu elk jaar bij de begroting, te beginnen bij de eerstvolgende.', 'Ik voeg de cijfers per regio toe aan de voortgangsbrief van het najaar.'],
  ['Ik voegde dat overzicht vorig jaar bij de begroting.', 'Dat overzicht voeg ik niet bij de begroting.', 'De gemeenten voegen de cijfers toe aan hun jaarverslag.', 'Ik voeg daar nog iets aan toe: het gaat om mensen.'],
);

judge(
  'sent along with a document to come ("… stuurt het kabinet mee met de Voorjaarsnota")',
  ['De uitkomst stuurt het kabinet mee met de Voorjaarsnota.', 'Die analyse stuur ik mee met de begroting.'],
  ['De uitkomst stuurde het kabinet vorig jaar mee met de Voorjaarsnota.', 'De gemeenten sturen hun cijfers mee met de jaarrekening.', 'Die analyse stuur ik niet mee met de begroting.'],
);
