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
  'a request to a named body after a clause of reasons ("Omdat …, vraag ik X om …")',
  [
    'Omdat de cijfers onvolledig zijn, vraag ik het CBS om volgend jaar een extra meting uit te voeren.',
    'Omdat ik van de gemeenten hoor dat de wachttijden oplopen, vraag ik de Onderwijsinspectie om in het voorjaar te kijken.',
  ],
  ['Omdat de cijfers onvolledig zijn, vroeg ik het CBS vorig jaar om een extra meting.', 'Omdat u dat vraagt, vraag ik mij af of dat kan.'],
);

judge(
  'the same after an adverbial clause put first, and "als" meaning "as" inside the clause',
  [
    'Zodra het rapport er is, laat ik daarnaast een paar scenario\'s uitwerken.',
    'Omdat de tellingen onvolledig zijn, en omdat de provincies dat ook vragen, vraag ik het CBS om volgend jaar een extra telling uit te voeren.',
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

// A review (helper) of the rules above probed them with sentences of its own; each is a test here, written before the fix.
judge(
  'review: having it researched, not letting others act, not a noun on "-en", not this debate',
  ['Ik laat de gevolgen doorrekenen door het CPB.', 'Ik zal dat laten uitzoeken.', 'We gaan dat laten doorrekenen door het CPB.'],
  [
    'Ik laat eerdere onderzoeken buiten beschouwing.',
    'Ik laat de conclusies van lopende onderzoeken aan u over.',
    'Ik laat de resultaten van landelijke toetsen even voor wat ze zijn.',
    'We laten werkgevers de regeling uitwerken.',
    'We laten het onderwijsveld de details uitwerken.',
    'We laten de gemeenten zelf onderzoeken.',
    'Ik laat u de cijfers uitzoeken.',
    'We laten de scholen hun plan uitwerken.',
    'Omdat de heer Jansen ernaar vroeg, laat ik dat voorbeeld even uitwerken.',
    'We gaan dat terugzien in de cijfers.',
  ],
);
judge(
  'review: a clause put first is a reason or a time, not a condition (an offer or a habit)',
  [],
  [
    'Als er behoefte aan is, laat ik een paar scenario\'s uitwerken.',
    'Als de indiener dat wil, vraag ik het CBS om een extra meting uit te voeren.',
    'Wanneer de cijfers onvolledig zijn, vragen we het CBS doorgaans om een extra meting uit te voeren.',
    'Ik vraag GroenLinks-PvdA om hetzelfde te doen.',
    'Ik vraag de SP om met een dekking te komen.',
  ],
);
judge(
  'review: hearing from the speaker is still to come, and what is promised must be a promise',
  ['U hoort nog van mij hoe het afloopt.'],
  [
    'U hoort van mij dat het goed gaat met de handhaving.',
    'Dat hoort u van mij vaker.',
    'U hoort het nu van mij.',
    'Wat ik toezeg, is afhankelijk van de begroting.',
    'Wat ik toezeg: niets, want het geld is op.',
    'Wat ik toezeg: ik kom daar in de tweede termijn op terug.',
    'Wat ik wel toezeg: als de Kamer dat wil, kijk ik ernaar.',
    'Wat ik toezeg: dat het voor de zomer lukt, kan ik niet beloven.',
  ],
);
