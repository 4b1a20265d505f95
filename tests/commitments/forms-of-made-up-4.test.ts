import { judge } from '../helpers/judge-commitments';

/**
 * Issue #19 item 3, forms that the tuning half of made-up debates 4 (s4-01, s4-03) pointed at; the sentences are
 * other, made-up ones, written before the rules, and each failed.
 */
judge(
  'answering a question in writing is a promise, unlike answering it here',
  ['Die vraag beantwoord ik schriftelijk.', 'Ik zal die vragen schriftelijk beantwoorden, voor de begroting.', 'Dat beantwoord ik daarom schriftelijk, en u heeft het antwoord voor de zomer.'],
  ['Die vraag is al schriftelijk beantwoord.', 'Ik heb dat vorige week schriftelijk beantwoord.', 'Die vraag beantwoord ik nu meteen.'],
);

judge(
  'going there oneself, at a time or in person, is a visit',
  ['Ik ga er in oktober zelf naartoe.', 'Ik ga er volgende maand naartoe om met de boeren te praten.', 'We gaan er zelf heen, voor de zomer nog.'],
  ['Daar gaan we naartoe.', 'Daar willen we met het hele land naartoe.', 'Ik ben er vorig jaar zelf naartoe gegaan.'],
);

judge(
  'looking into something while promising nothing about it',
  [],
  ['Ik ben bereid om volgend jaar te kijken of het kan, maar ik beloof daar vandaag niets over.', 'We kunnen kijken of het sneller kan, maar ik beloof niets.'],
);
