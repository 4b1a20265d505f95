import { judge } from '../helpers/judge-commitments';

/**
 * Issue #19 item 3, forms that the tuning half of made-up debates 5 (s5-01, s5-03) pointed at; the sentences are
 * other, made-up ones, written before the rules, and each "yes" failed first.
 */
judge(
  'having a thing researched or worked out, with the thing between "laat" and the act',
  [
    'Ik laat de kosten van een tweede locatie onderzoeken.',
    'In de evaluatie laat ik de gevolgen voor kleine scholen apart onderzoeken.',
    'Daarom laat ik een paar voorbeelden uitwerken voor gezinnen met een laag inkomen.',
    'We laten de effecten van de maatregel voor de zomer doorrekenen door het CPB.',
  ],
  [
    'We laten de gemeenten zelf onderzoeken wat zij nodig hebben.',
    'Ik laat u dat zelf uitzoeken.',
    'Ik laat de uitkomst van dat onderzoek graag aan de Kamer over.',
    'Ik heb de kosten vorig jaar laten onderzoeken.',
    'Ik laat de kosten niet opnieuw onderzoeken.',
    'We laten de scholen hun eigen plan uitwerken.',
  ],
);

judge(
  'a plain "we gaan dat regelen", in either word order',
  ['We gaan dat regelen.', 'Dat kan, en we gaan dat regelen.', 'Ik ga dat regelen met de gemeenten.'],
  ['We gaan dat niet regelen.', 'Hoe we dat gaan regelen, weet ik nog niet.', 'Dat hebben we vorig jaar geregeld.'],
);

judge(
  'a request to a named body after a clause of reasons ("Omdat …, vraag ik X om …")',
  [
    'Omdat de cijfers onvolledig zijn, vraag ik het CBS om volgend jaar een extra meting te doen.',
    'Omdat ik van de gemeenten hoor dat de wachttijden oplopen, vraag ik de Onderwijsinspectie om in het voorjaar te kijken.',
  ],
  ['Omdat de cijfers onvolledig zijn, vroeg ik het CBS vorig jaar om een extra meting.', 'Omdat u dat vraagt, vraag ik mij af of dat kan.'],
);

judge(
  'the same after an adverbial clause put first, and "als" meaning "as" inside the clause',
  [
    'Zodra het rapport er is, laat ik daarnaast een paar scenario\'s uitwerken.',
    'Omdat de tellingen onvolledig zijn, en omdat de provincies dat ook vragen, vraag ik het CBS om volgend jaar een extra telling te doen.',
    'In het onderzoek laat ik de kleine gemeenten als aparte groep onderzoeken.',
  ],
  ['Als de Kamer dat wil, laat ik het oordeel graag aan haar.', 'Laat ik vooropstellen dat we dit als kabinet belangrijk vinden.', 'Omdat het kan, vraag ik mij af of het moet.'],
);

// From part b's tuning half (s5-05, s5-07); other made-up sentences, written before the rules, each "yes" failing first.
judge(
  'the Kamer hears it from the speaker ("u hoort voor 1 maart van mij …")',
  ['U hoort voor 1 maart van mij hoe het met de handhaving staat.', 'De Kamer hoort voor de zomer van ons wat de uitkomst is.', 'Dan hoort u nog dit jaar van mij of het lukt.'],
  ['U hoort van mij geen nieuwe cijfers.', 'Dat heeft u van mij gehoord in het vorige debat.', 'U hoort het van mij niet voor de verkiezingen.', 'Dat hoort u ook van de burgemeesters.'],
);

judge(
  '"Wat ik (wel) toezeg: …" or "Wat ik toezeg, is dat …": what follows is the promise',
  ['Wat ik wel toezeg: de tien meest gebruikte formulieren zijn voor de zomer vereenvoudigd.', 'Wat ik toezeg, is dat de formulieren voor de zomer zijn vereenvoudigd.'],
  ['Wat ik niet toezeg: dat het voor de zomer lukt.', 'Wat ik vorig jaar heb toegezegd, is inmiddels gebeurd.', 'Wat ik toezeg, hangt af van de begroting.'],
);
