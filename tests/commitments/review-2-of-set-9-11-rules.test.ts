import { judge } from '../helpers/judge-commitments';

/**
 * Issue #19: a second review's probes of the rules made from made-up 11's tuning half (session of 2026-12-07), written
 * by a helper who read no eval text. Each wrong one failed before the fix in the same commit; the ones still wrong
 * are named in the session's closing note. The future and wish forms of "naar voren brengen" ("zal ik …", "wil ik …")
 * were right already and stay as guards (a wish is no promise: tests/eval/ANNOTATING.md).
 */
judge(
  'a suggestion or proposal adopted, and not',
  ['Ik neem de suggestie van de heer Van Dijk over.', 'Dat is een goede suggestie, die neem ik ook graag over.', 'Het voorstel van de heer Bontenbal nemen we dus over.', 'Dat idee neem ik over, net als de suggestie van D66.'],
  [
    'Ik neem dat voorstel misschien over.',
    'Ik neem dat voorstel eigenlijk altijd over.',
    'Ik zei vorig jaar al: dat voorstel neem ik over.',
    'Wij nemen het idee over de jeugdzorg serieus.',
    'Ik neem die suggestie over de huurtoeslag serieus.',
    'Ik neem het standpunt over dat het voorstel te duur is.',
    'Ik neem het idee over dat we de regeldruk moeten verminderen.',
    'Dat voorstel neem ik over, mocht de Kamer dat willen.',
  ],
);

judge(
  'a point put forward in a named meeting, and not',
  ['Dat breng ik in de Raad naar voren.', 'Dat punt zal ik in de Raad naar voren brengen.', 'In het overleg met de provincies ga ik dat naar voren brengen.'],
  [
    'Dat breng ik in de Raad steeds naar voren.',
    'Dat breng ik in de Raad regelmatig naar voren.',
    'Dat breng ik in de onderhandelingen sinds vorig jaar naar voren.',
    'Ik stel vast dat er in de Raad voor de zomer een besluit valt.',
    'Ik stel me zo voor dat we in de gesprekken met de gemeenten de kosten delen.',
    'Ik stel voor dat de commissie dit in de vergadering van volgende week agendeert.',
    'Ik breng in dit overleg graag naar voren dat de cijfers zijn verbeterd.',
    'Dat punt wil ik graag in de Raad naar voren brengen.',
    'De minister van Financiën zal dat in de Raad naar voren brengen.',
  ],
);

judge(
  'a place in a document or a thing laid down, and not',
  ['Dat regel ik in de AMvB.', 'Het kabinet legt in de AMvB vast dat een servicepunt open is.'],
  [
    'In de nota krijgt dat voorlopig geen aparte paragraaf.',
    'Ik geef dat in de routekaart geen aparte plek.',
    'Ik laat dat in de evaluatie niet zien, want het is te vroeg.',
    'Wij regelen dat al jaren in de regeling, en dat komt goed.',
    'In de brief die u gisteren ontving, geef ik de havens een eigen paragraaf.',
    'Zoals ik in de voortgangsbrief laat zien, daalt het aantal meldingen.',
    'In de voortgangsbrieven geef ik de havens doorgaans een eigen paragraaf.',
    'In het plan krijgen de boeren een plaats aan tafel.',
    'Wij houden ons aan de regel in de wet dat een gemeente moet betalen.',
  ],
);
