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

// From part b's tuning half (s4-05, s4-07); other made-up sentences, written before the rules, each failing first.
judge(
  'a promise whose sentence ends in the question it will put to others ("… met één vraag: …?")',
  ['Ik ga de inspectie vragen om dit najaar scholen te bezoeken, met één vraag: werkt de nieuwe regel?', 'Ik stuur de gemeenten deze week een brief met de vraag: hoeveel plekken hebben jullie nog?'],
  ['Mijn vraag aan u is: gaat u de inspectie vragen om scholen te bezoeken?'],
);

judge(
  'taking a point up with a colleague, and an effort, said in the present',
  ['Ik neem het op met mijn collega van Financiën.', 'Dat punt neem ik op met de minister van Justitie.', 'Daar zet ik mij voor in bij de onderhandelingen in Brussel.', 'We zetten ons ervoor in dat de regeling in 2027 blijft.'],
  ['Ik heb het opgenomen met mijn collega van Financiën.', 'Ik neem het op in mijn verhaal van vandaag.', 'Daar heb ik mij altijd voor ingezet.', 'Zij zet zich daar al jaren voor in.'],
);

// A review of the rules above probed them with sentences of its own; each is a test here, written before the fix.
judge(
  'review: efforts, writing, taking up, visits, questions at the end, promising nothing',
  [
    'Daar zet ik mij voor in.',
    'Ik ga kijken of het kan, maar ik beloof u dat er niets verandert voor wie nu al een uitkering heeft.',
    'Ik ga er in oktober zelf naartoe.',
  ],
  [
    'Daar zetten wij ons al sinds 2021 voor in, en dat blijven we doen.',
    'Ik beantwoord die vraag niet schriftelijk.',
    'Ik beantwoord nu de vragen die de fracties schriftelijk hebben ingediend.',
    'Ik neem de strijd op met de georganiseerde misdaad.',
    'Die discussie neem ik graag op met de heer Jansen.',
    'Ik zal het u heel eerlijk vragen: wilt u dat echt?',
    'Ik ga de vraag andersom stellen: waarom zou de provincie dat niet betalen?',
    'Daar gaan we in 2030 naartoe.',
    'Ik begin met de termijn: dat is een lastig punt.',
  ],
);
