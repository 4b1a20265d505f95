import { describe, expect, it } from 'vitest';
import { commitmentsIn as commitments, requestThenReply as exchange } from '../helpers/commitments-of';
import { judge } from '../helpers/judge-commitments';

/**
 * Issue #19 item 3, forms that the tuning half of made-up debates 11 (s11-01, s11-03, s11-05, s11-07) pointed at; its
 * test half is not read. Made-up sentences, none from the eval texts, written before the rules, with near-misses.
 */
judge(
  'a point given a place in a document to come ("ik geef ze in de routekaart een plek", "die krijgen in de toelichting een eigen paragraaf")',
  [
    'Maar ik geef de kleine havens in de routekaart een plek.',
    'Die krijgen in de voortgangsbrief een eigen paragraaf.',
    'Ja, de mantelzorgers krijgen in de evaluatie een eigen hoofdstuk.',
    'We geven dat in de uitwerking een duidelijke plaats.',
  ],
  [
    'Die hebben in de brief van vorig jaar al een eigen paragraaf gekregen.',
    'Ik geef de havens in de routekaart geen plek.',
    'Misschien geef ik de havens in de routekaart een plek.',
    'Ik geef de havens een plek in mijn hart.',
    'Die krijgen in het debat een eigen plek.',
  ],
);

judge(
  'shown in a document to come ("In de uitwerking laat ik zien hoeveel …")',
  ['Wel laat ik in de uitwerking per variant zien hoeveel gezinnen erop achteruitgaan.', 'In de brief laten we zien welke gemeenten achterlopen.'],
  ['De uitwerking laat zien hoeveel gezinnen erop achteruitgaan.', 'In de brief liet ik zien welke gemeenten achterlopen.', 'Ik laat in de uitwerking niet zien welke gezinnen het zijn.', 'Ik laat u zo meteen zien wat ik bedoel.'],
);

judge(
  'going to a place at a time said ("Wel ga ik in september zelf naar Schiermonnikoog")',
  ['Wel ga ik in september zelf naar Schiermonnikoog.', 'Volgende maand ga ik naar Ameland om met de eilanders te praten.'],
  ['Ik ga nu naar de volgende vraag.', 'Vorige maand ging ik naar Ameland.', 'Ik ga in september niet naar Ameland.', 'Dan ga ik naar de motie van de heer Kok.'],
);

describe('a yes to a member asking the government to show something ("Kan de minister laten zien …?")', () => {
  it('"Dat is goed, dat doe ik." to "Kan de minister in die doorrekening ook laten zien welk deel …?"', () =>
    expect(commitments(exchange('Kan de minister in die doorrekening ook laten zien welk deel bij de huishoudens terechtkomt?', 'Dat is goed, dat doe ik. De verdeling komt in de opdracht.'))).toContain('Dat is goed, dat doe ik.'));
  it('not to "Kan de minister zien dat …?" (seeing is no act)', () =>
    expect(commitments(exchange('Kan de minister in die doorrekening ook zien dat de huishoudens meer betalen?', 'Dat is goed, dat doe ik.'))).toEqual([]));
});
