import { judge } from '../helpers/judge-commitments';

/**
 * Issue #19 item 3, forms that the misses of made-up debates 6's test half pointed at (read after its last measure,
 * tests/eval/RESULTS.md; from then on that half is no longer held apart: made-up debates 7 is). The sentences are
 * other, made-up ones, written before the rules; each rule had a "yes" that failed first (a few others passed
 * already and stay as guards).
 */
judge(
  'an agreement with a named party after any opening word (the verb second)',
  ['Wel spreek ik met de gemeenten af dat elke klacht binnen een week wordt beantwoord.', 'Volgende maand spreek ik met de zorgverzekeraars af dat de vergoeding gelijk blijft.'],
  [
    'Waarom spreek ik met de gemeenten af dat de termijn acht weken is?',
    'Wel spreek ik met de gemeenten regelmatig over de klachten.',
    'Toen spraken we met de gemeenten af dat de termijn acht weken is.',
    'Wel spreek ik met de gemeenten niet af dat de termijn korter wordt.',
  ],
);

judge(
  'a new routine promised: "voortaan" before "elk jaar"',
  ['U krijgt voortaan elk jaar een rapportage over de wachttijden per regio.', 'De Kamer ontvangt voortaan jaarlijks een rapportage over de voortgang.'],
  ['U krijgt elk jaar een rapportage over de wachttijden per regio.', 'De Kamer ontvangt jaarlijks een rapportage over de voortgang.'],
);

judge(
  'an act had done by someone, with a time said ("ik laat X dat vanaf volgend jaar bijhouden")',
  [
    'Ik laat de inspectie dat vanaf volgend jaar per regio bijhouden.',
    'Daarom laat ik het formulier voor de zomer herschrijven tot één pagina.',
    'Omdat de klachten toenemen, laat ik de regeling per 1 januari vereenvoudigen.',
    'Ik laat de bond dat voor het komende seizoen wel bijhouden.',
    'Ik laat het instituut de cijfers in het volgende schooljaar opnieuw verzamelen.',
  ],
  [
    'Laat ik beginnen met de vragen over volgend jaar.',
    'Ik laat de gemeenten volgend jaar zelf kiezen hoe ze dat doen.',
    'Ik laat het oordeel over deze motie aan de Kamer.',
    'Ik laat dat vanaf volgend jaar niet meer bijhouden.',
    'Vorig jaar liet ik de regeling vereenvoudigen.',
    'Als ik de regeling volgend jaar laat vereenvoudigen, wordt het beter.',
    'Ik laat het komende seizoen aan de clubs zelf.',
    'Het komende seizoen laat ik de clubs zelf bepalen hoe ze dat doen.',
  ],
);
