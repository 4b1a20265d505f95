import { judge } from '../helpers/judge-commitments';

/**
 * Issue #19 item 3, forms that the tuning half of made-up debates 8 (s8-01, s8-03, s8-05, s8-07) pointed at; the
 * sentences are other, made-up ones, written before the rules; each rule had a "yes" that failed first (a few others
 * passed already and stay as guards).
 */
judge(
  'an effort whose named result holds a negation ("ik zet me ervoor in dat geen enkel kind …")',
  ['Ik zet me ervoor in dat geen enkel kind langer dan een maand op een plek wacht.'],
  ['Ik zet me er niet voor in dat geen enkel kind wacht.', 'Ik zet me er al jaren voor in dat geen enkel kind wacht.'],
);

judge(
  'the Kamer hears of it in a document to come ("De Kamer hoort erover in de voortgangsbrief")',
  ['De Kamer hoort erover in de voortgangsbrief van het najaar.', 'U hoort daarover in de brief bij de begroting.'],
  ['De Kamer hoort erover in de krant.', 'De Kamer hoorde erover in de brief van vorig jaar.', 'De Kamer hoort erover in de brief die u vorige week kreeg.'],
);

judge(
  'a promise after ", maar ik …" when what comes before only does not know or cannot',
  ['Dat weet ik niet precies, maar ik kaart het volgende week aan bij de voorzitter.', 'Dat kan ik nu niet zeggen, maar ik stuur u voor de zomer een overzicht.'],
  ['Ik weet het niet, maar ik denk dat het volgende week klaar is.', 'Dat weet ik niet, maar ik heb het vorige week al aangekaart bij de voorzitter.'],
);

judge(
  'raising a point with a named body in the present ("Ik geef dat mee aan de inspectie")',
  ['Ik geef dat mee aan de inspectie.', 'Dat leg ik voor aan de VNG.', 'Ik geef dat signaal mee aan de korpschef, al bepaalt hij zelf hoe hij het oppakt.'],
  ['Ik geef de Kamer mee dat het moeilijk wordt.', 'Ik geef dat mee aan mevrouw Kat.', 'Ik gaf dat vorig jaar mee aan de inspectie.', 'Ik geef u mee dat de inspectie onafhankelijk is.', 'Ik geef dat niet mee aan de inspectie.'],
);

// The annotation guideline (ANNOTATING.md: "conditionals that were not taken up") on an act that waits on an event:
// made-up 8's tuning half annotates "Als het overzicht laat zien dat …, dan kom ik met een voorstel" and "Als die proef
// slaagt, rol ik het … uit" as no promise. A condition of time stays a promise, a promise to inform or deliver when it
// happens stays one (as earlier tests have it: "Mocht de inspectie tekorten vinden, dan informeer ik de Kamer"), and a
// condition on the member's wish is an offer (offers.ts). Other, made-up sentences; each "none" failed first.
judge(
  'an act that waits on an event is no promise (a condition of time, or informing when it happens, is one)',
  ['Als het rapport er in het voorjaar is, stuur ik het u meteen.', 'Ik stuur u de brief voor de zomer, als die klaar is.', 'Mocht het aantal klachten stijgen, dan stuur ik de Kamer een brief.'],
  ['Als de evaluatie tegenvalt, kom ik met een voorstel naar de Kamer.', 'Als die proef slaagt, rol ik het in 2028 landelijk uit.', 'Wanneer de rechter anders beslist, pas ik de regeling voor 1 januari aan.'],
);
