import { judge as judgeAll } from '../helpers/judge-commitments';

/**
 * A review of the rules made on the real 2024 debates (session of 2026-12-06) probed them with sentences of its own;
 * each is a test here, written before the fix.
 */
const judge = (title: string, yes: readonly string[], no: readonly string[]): void => judgeAll(`review: ${title}`, yes, no);

judge(
  'a polite "ik wilde" is now; "wilde … al" with a past time or a failure after it is past',
  ['Ik wilde de Kamer toezeggen dat ik voor de zomer een brief stuur.', 'Ik wilde nog even zeggen dat ik u voor de zomer informeer.', 'Ik wilde u graag een brief sturen over de voortgang.'],
  ['Destijds wilde ik de Kamer al informeren.', 'Vorig jaar wilden we al een brief sturen.', 'Ik wilde u de brief al sturen, maar dat is niet gelukt.'],
);

judge(
  'work under way does not block a future or a second promise',
  [
    'Ik ga reeds volgende week met de burgemeester in gesprek.',
    'We laten inmiddels onderzoeken hoe dat zit en ik zal de uitkomsten in het najaar publiceren.',
    'Op dit moment ga ik met de sector in gesprek en daarna zal ik een besluit nemen.',
    'Ik zal de thans geldende regeling per 1 januari aanpassen.',
  ],
  ['Momenteel laat ik onderzoeken hoe vaak dat voorkomt.'],
);

judge(
  'what is told now after "het volgende …:" is read on its own',
  ['Ik kan u het volgende melden: ik stuur u voor de zomer een brief over de evaluatie.'],
  ['Ik kan u het volgende melden: de evaluatie is afgerond.'],
);

judge(
  'reading, then a second act',
  ['Ik zal het rapport goed lezen en voor de zomer met een reactie komen.', 'Ik zal de brief van de burgemeester lezen en met hem in gesprek gaan.'],
  ['Ik zal de brief van de burgemeester met belangstelling lezen.'],
);

judge(
  'intending is the speaker’s own, in the main clause',
  ['Het kabinet is voornemens om de regeling aan te passen.'],
  ['Ik ben blij dat de provincie nu voornemens is om de weg te verbreden.', 'Wat ik begrijp is dat de gemeente van plan is om de school te sluiten.'],
);

judge(
  'taken along in an explanation, or someone else’s wish, is no promise',
  ['Dat zal ik mee laten nemen in mijn onderzoek.'],
  ['Ik neem de heer Jansen graag mee in mijn redenering.', 'Mevrouw Jansen wil dat ik dat mee laat nemen in mijn onderzoek.'],
);

judge(
  'an effort: this debate is none; words between "inzet" and "is" or "dat"',
  ['Mijn inzet in Brussel is dat de regels strenger worden.', 'Mijn inzet is ook dat de boeren biologisch kunnen blijven werken.', 'Mijn inzet is er dan ook op gericht om de onderhandelingen af te ronden.'],
  ['Mijn inzet is dat u daar vandaag een antwoord op krijgt.'],
);

judge('an amount with a thousands dot and a decimal comma', ['Daarvoor zal ik 1.250,5 miljoen vrijmaken.'], []);

judge('the answer blocks of this debate', [], ['Ik wilde u net de blokjes gaan geven.', 'Ik ga de kopjes in volgorde langs.']);
