import { judge } from '../helpers/judge-commitments';

/**
 * Issue #19, forms of general Dutch that the misses and false alarms on the tuning half of the eighth batch (real
 * debates of 2024, since removed: their source was a fork of a repository reserved for judging, see
 * tests/eval/RESULTS.md) pointed at; the sentences are other, made-up ones. Written before the rules, and each failed.
 */
judge(
  'an amount with a decimal comma does not cut the clause',
  ['Ik zal 2,5 miljoen euro extra beschikbaar stellen voor de opvang.', 'We gaan in 2026 nog eens 1,2 miljoen uittrekken voor de regio.'],
  ['Ik heb vorig jaar 2,5 miljoen euro beschikbaar gesteld voor de opvang.', 'Ik zal 2,5 miljoen euro niet beschikbaar stellen.'],
);

judge(
  'a list of parties between commas does not cut the clause',
  ['Ik ga hierover met de collega’s van EZK, BZK en IenW in gesprek.', 'We gaan met Rijkswaterstaat, ProRail en de provincies om tafel.'],
  ['Ik ben hierover met de collega’s van EZK, BZK en IenW in gesprek geweest.', 'Ik ga niet met Rijkswaterstaat, ProRail en de provincies om tafel.'],
);

judge(
  'coming with proposals or a package, plural or compound',
  ['Na de zomer kom ik met voorstellen om de regels te vereenvoudigen.', 'Voor de kerst komen we met een maatregelenpakket voor de binnenvaart.'],
  ['Als het kabinet met voorstellen komt, kijken we daar serieus naar.', 'De provincies komen met voorstellen voor de verdeling.'],
);

judge(
  'intending: "voornemens", "van plan" with the cabinet',
  ['Het kabinet is voornemens om het actieplan in het derde kwartaal naar de Kamer te sturen.', 'Ik ben voornemens om de regeling per 1 januari aan te passen.', 'Het kabinet is van plan om de wet dit jaar nog in te dienen.'],
  ['Het kabinet was voornemens om de wet aan te passen, maar dat is niet doorgegaan.', 'De provincie is voornemens om de weg te verbreden.'],
);

judge(
  'taking a point along into one\'s own piece of work, the particle first',
  ['Dat zal ik mee laten nemen in mijn onderzoek naar de wachtlijsten.', 'Die suggestie ga ik meenemen in onze verkenning.'],
  ['Dat neem ik mee in mijn afweging.', 'Ik heb dat meegenomen in mijn onderzoek.'],
);

judge(
  'a past modal is no promise',
  ['Dat overzicht wilde ik de Kamer toch al sturen.'],
  ['Toen moesten we versneld nieuwe gebieden gaan aanwijzen.', 'Destijds wilden we de regels gaan aanscherpen.', 'Vorig jaar konden we de kosten nog niet gaan dekken.'],
);

judge(
  'an effort stated as "mijn inzet is"',
  ['Mijn inzet is dat de boeren die nu biologisch werken dat ook kunnen blijven doen.', 'Onze inzet is erop gericht om de onderhandelingen in Brussel voor de zomer af te ronden.'],
  ['Mijn inzet is altijd geweest dat boeren biologisch kunnen werken.', 'Zijn inzet is dat de regels strenger worden.', 'Mijn inzet was dat de onderhandelingen voor de zomer klaar waren.'],
);

judge(
  'what is told now, read, carried on or already under way is no promise',
  ['Ik zal de Kamer voor de zomer het volgende rapport van de inspectie sturen.', 'Ik laat onderzoeken hoe vaak dat voorkomt, en stuur u de uitkomst.'],
  [
    'Daarover kan ik het volgende delen met de Kamer.',
    'Ik zal uw motie met belangstelling lezen.',
    'Die regeling loopt goed en die zullen we uiteraard voortzetten.',
    'Dat programma zullen we voortzetten.',
    'Op dit moment laat ik onderzoeken hoe het met de populatie staat.',
    'Momenteel laat ik uitzoeken welke gemeenten meedoen.',
  ],
);

judge(
  'a future with a second auxiliary, an effort pointed at what was just asked, a document that comes to the Kamer',
  [
    'Blijkt het nieuwe middel te werken, dan zullen we het zeker gaan gebruiken.',
    'Als de proef slaagt, dan zullen we dat zeker gaan uitrollen.',
    'In de onderhandelingen over de richtlijn zal ik me daar ook voor inzetten.',
    'Ik zal me er echt voor inspannen.',
    'Dat begrijp ik, en ik zal me ervoor inzetten.',
    'De visie is bijna klaar; die komt naar de Kamer toe.',
  ],
  [
    'We zullen het niet gaan gebruiken.',
    'Ik zal me inzetten voor goed onderwijs.',
    'Ik heb me daar vorig jaar ook voor ingezet.',
    'Ik zal me daar niet voor inzetten.',
    'De minister komt naar de Kamer toe.',
    'Die kwam vorig jaar naar de Kamer.',
  ],
);

judge(
  'seeing to it is the speaker’s own, not a way or a rule that sees to it',
  ['Ik zal ervoor zorgen dat de Kamer de cijfers voor de zomer krijgt.', 'Het kabinet zorgt ervoor dat de regeling op 1 januari ingaat.'],
  [
    'Ik weet dat de Kamer er anders over denkt, maar ik vind het van belang dat we het doen op een manier die ervoor zorgt dat boeren geen risico lopen.',
    'Dit is een regel die ervoor zorgt dat de Kamer wordt geïnformeerd.',
  ],
);

judge(
  'a motion read as a promise ("als ik de motie zo mag interpreteren dat ik …"); a document sent before, in a relative clause',
  [
    'Als ik de motie zo mag interpreteren dat ik de gevolgen laat onderzoeken, dan laat ik het oordeel aan de Kamer.',
    'Als ik dit verzoek zo mag lezen dat ik dit met de provincies zal bespreken, dan geef ik het oordeel Kamer.',
  ],
  [
    'Als ik de motie zo mag interpreteren dat het kabinet al voldoende doet, dan laat ik het oordeel aan de Kamer.',
    'Daar zijn afspraken over gemaakt, zoals staat in de brief die ik u vorige maand gestuurd heb.',
  ],
);
