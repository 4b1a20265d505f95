import { judge } from '../helpers/judge-commitments';

/**
 * Promise forms made-up 14's test half showed missed when it was read (held apart until the fifth session of
 * 2026-12-07), two of them also in made-up 15's tuning half: inviting a named party in the present ("ik nodig de
 * platforms uit voor een gesprek"), adding a point to a piece of work ("voeg ik de vraag … toe aan de opdracht"), a
 * point taken into a talk named before ("neem ik in dat gesprek mee"), and a body asked to let the speaker know ("ik
 * vraag het OM om mij te laten weten …"). Made-up sentences, written before the rules; the look-alikes are talk in the
 * debate itself.
 */
judge(
  'inviting a named party, adding to a piece of work, a talk, a body asked to report',
  [
    'Ik nodig de energieleveranciers uit voor een gesprek over de tarieven.',
    'Wel nodig ik de gemeenten nog voor de zomer uit om hun plannen toe te lichten.',
    'Daarom voeg ik de vraag naar de kosten toe aan de opdracht aan de Rekenkamer.',
    'De wachttijden neem ik in dat gesprek mee.',
    'Ik vraag het CBS om mij te laten weten hoeveel meldingen er zijn.',
  ],
  [
    'Ik nodig de heer Bos uit om zijn voorstel toe te lichten.',
    'Ik nodig u uit om daarop te reageren.',
    'Daar voeg ik nog aan toe dat de kosten hoog zijn.',
    'Ik voeg mij bij de woorden van de minister.',
    'Dat heb ik in dat gesprek meegenomen.',
  ],
);
