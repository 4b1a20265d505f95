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
    'Ja, de jongeren krijgen in de toelichting bij de nota van wijziging een eigen paragraaf.',
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

judge(
  'a member\'s suggestion or proposal adopted ("Dat is een goede suggestie, en die neem ik over")',
  ['Dat is een goede suggestie, en die neem ik over.', 'Ik neem het voorstel van mevrouw Bos graag over.', 'Dat idee neem ik over: de inspectie gaat ook langs bij kleine scholen.'],
  [
    'Die suggestie neem ik niet over.',
    'Dat is een goede suggestie, maar die neem ik niet over.',
    'Vorig jaar nam ik dat voorstel over.',
    'Het amendement neem ik over.',
    'Als de Kamer dat wil, neem ik dat voorstel over.',
    'Die analyse neem ik over.',
  ],
);

judge(
  'a point put forward or proposed in a named meeting ("Dat standpunt breng ik in de Raad naar voren")',
  [
    'Dat standpunt breng ik in de Raad uitdrukkelijk naar voren.',
    'In de Raad stel ik samen met mijn Belgische collega voor om de kleinere havens erbij te betrekken.',
    'Dat breng ik in het overleg met de provincies naar voren.',
  ],
  [
    'Dat standpunt bracht ik vorige maand in de Raad naar voren.',
    'Dat breng ik hier graag naar voren.',
    'Ik stel voor om de vergadering te schorsen.',
    'Dat standpunt breng ik in de Raad niet naar voren.',
    'Misschien breng ik dat in de Raad naar voren.',
    'Denemarken stelt in de Raad voor om de regels aan te scherpen.',
  ],
);

judge(
  'laid down or arranged in a document or rule to come ("In de AMvB leg ik vast dat …", "dat regel ik in de brief")',
  ['In de AMvB leg ik vast dat een servicepunt minstens tien uur per week open is.', 'Dat regel ik in de brief die voor de zomer komt.', 'In het wetsvoorstel leggen we vast dat elke gemeente een loket heeft.'],
  [
    'In de AMvB heb ik vastgelegd dat een servicepunt open is.',
    'In de wet is vastgelegd dat elke gemeente een loket heeft.',
    'In de AMvB leg ik niet vast hoeveel uur een servicepunt open is.',
    'Misschien leg ik in de AMvB vast dat een servicepunt open is.',
    'Dat regel ik in mijn reactie op de heer Kok.',
    'Dat regelen gemeenten in hun eigen verordening.',
  ],
);

judge(
  'a named party told by the speaker ("Dat laat ik de gemeenten via de VNG weten")',
  ['Dat laat ik de gemeenten ook via de VNG weten, zodat daar geen misverstand over bestaat.', 'Ik laat de provincies weten dat het geld er komt.'],
  [
    'De gemeenten laten mij weten dat het lastig is.',
    'Ik heb de gemeenten laten weten dat het geld er komt.',
    'Ik laat de gemeenten niet weten hoeveel het is.',
    'Misschien laat ik de provincies weten dat het geld er komt.',
    'Ik laat de heer Kok straks weten hoe het zit.',
  ],
);

judge(
  'a thing to be worked out with a time or purpose first ("ik laat voor de plenaire behandeling de kosten … uitrekenen")',
  ['Ik laat voor de plenaire behandeling de kosten per gemeente uitrekenen.', 'We laten voor het notaoverleg de gevolgen doorrekenen.'],
  ['Ik laat voor de plenaire behandeling de gemeenten zelf de kosten uitrekenen.', 'Ik liet voor de plenaire behandeling de kosten uitrekenen.', 'Ik laat voor de plenaire behandeling de kosten niet uitrekenen.'],
);

describe('a yes to a member asking the government to show something ("Kan de minister laten zien …?")', () => {
  it('"Dat is goed, dat doe ik." to "Kan de minister in die doorrekening ook laten zien welk deel …?"', () =>
    expect(commitments(exchange('Kan de minister in die doorrekening ook laten zien welk deel bij de huishoudens terechtkomt?', 'Dat is goed, dat doe ik. De verdeling komt in de opdracht.'))).toContain('Dat is goed, dat doe ik.'));
  it('not to "Kan de minister zien dat …?" (seeing is no act)', () =>
    expect(commitments(exchange('Kan de minister in die doorrekening ook zien dat de huishoudens meer betalen?', 'Dat is goed, dat doe ik.'))).toEqual([]));
});
