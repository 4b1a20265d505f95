import { judge } from '../helpers/judge-commitments';

/**
 * A second review (helper, session of 2026-12-06, evening; about 200 probes) of the rules made from made-up debates
 * 8's tuning half: each probe read wrong, here as a test that failed first. Precision first: the pilot that starts
 * is dropped (its words do not say whose pilot it is), the other rules are narrowed.
 */
judge(
  'review 2: a pilot that starts is no rule of its own',
  [],
  [
    'De gemeente start in januari een proef.',
    'In januari start een proef van de gemeente Utrecht met deelauto’s.',
    'Volgende week begint op NPO 1 een programma over de toeslagen.',
    'Elk jaar in september start een campagne tegen vuurwerkschade.',
    'Volgens de krant start in januari een proef met buurtteams.',
  ],
);

judge(
  'review 2: a point raised with a body, not hedged, habitual, conditional, reported, or to the chair',
  ['Ik geef dat mee aan de inspectie.', 'Dat leg ik voor aan de VNG.'],
  [
    'Ik geef dat misschien mee aan de inspectie.',
    'Ik leg dat wellicht voor aan de VNG.',
    'Dat geef ik al jaren mee aan de korpschefs.',
    'Ik geef dat ieder jaar mee aan de inspectie.',
    'Ik geef het mee aan de inspectie als de Kamer dat wil.',
    'Ik leg het voor aan de voorzitter.',
    'Ik geef dat mee aan de inspectie, zei mijn voorganger, maar er gebeurde niets.',
    'Ik geef de gemeenten veel ruimte mee aan de voorkant.',
  ],
);

judge(
  'review 2: a negation inside an effort’s result does not reach past ", maar"',
  ['Ik zet me ervoor in dat geen enkel kind langer dan een maand wacht.'],
  ['Ik zet me ervoor in dat er geen wachtlijst meer is, maar ik beloof niets.'],
);

judge(
  'review 2: the Kamer hears of it in a document to come, not one sent or another’s',
  ['De Kamer hoort erover in de voortgangsbrief van het najaar.'],
  [
    'U hoort daarover in de brief die ik in maart stuurde.',
    'U hoort daarover in de brief die zij in maart heeft ontvangen.',
    'U hoort daarover in de brief van afgelopen zomer.',
    'U hoort daarover in het rapport van de inspectie dat in het najaar verschijnt.',
  ],
);
