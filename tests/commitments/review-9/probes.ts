// Review 9 probes (new made-up sentences and mini-debates, general parliamentary Dutch), for the rules of commits
// c95d571, f949ace and fe57f3a. Expected answers decided by a careful reading of the Dutch before running.
import type { Probe } from '../review-4/probes';
import { s, inv, deb, c } from '../../helpers/review-probe-builders';
export type { Probe };

/** 1. c95d571: a thing taken up in a document to come ("neem ik in de brief ook op hoe …"). */
export const TAKEN_UP: Probe[] = [
  s('D1', 'In de nota naar aanleiding van het verslag nemen we op welke gemeenten meedoen aan de proef.', true, 'generalisation: "nemen we op welke …" in a paper to come'),
  s('D2', 'Dat neem ik op in de brief die ik u voor de zomer stuur.', true, 'the point put first, the letter to come'),
  s('D3', 'Ik neem in de brief ook de reactie van de gemeenten op.', true, '"op" the particle ending the clause'),
  s('D4', 'In de voortgangsbrief van het najaar neem ik ook op hoeveel gemeenten inmiddels meedoen.', true, 'generalisation: "van het najaar" is when the letter comes, not someone else\'s letter'),
  s('D5', 'Ik neem de suggestie van mevrouw Kat op in de evaluatie van de wet.', true, 'generalisation: "de evaluatie van de wet" is the speaker\'s evaluation of a law'),
  s('D6', 'Ik neem aan dat de VNG in haar brief ingaat op hoe het geld wordt verdeeld.', false, 'near-miss: "neem aan" (assume) and another body\'s letter; "op hoe" belongs to "ingaat"'),
  s('D7', 'In de jaarlijkse voortgangsbrief neem ik altijd op hoe het met de wachtlijsten staat.', false, 'near-miss: a habit ("altijd", "jaarlijkse")'),
  s('D8', 'Dat neem ik op in mijn antwoord in de tweede termijn.', false, 'near-miss: this debate\'s own answer'),
  s('D9', 'Als de cijfers op tijd binnen zijn, neem ik ze op in de brief van september.', false, 'near-miss: on a condition put first'),
];

/** 2. c95d571: a point put on a meeting's agenda ("ik zet dat op de agenda van de Raad"). */
export const AGENDA: Probe[] = [
  s('A1', 'Dat punt agendeer ik voor de eerstvolgende Energieraad.', true, '"agendeer ik"'),
  s('A2', 'We plaatsen de kwestie op de agenda van het bestuurlijk overleg met de waterschappen.', true, 'generalisation: "plaatsen we … op de agenda"'),
  s('A3', 'Ik zet dat samen met mijn Duitse collega op de agenda van de Raad.', true, 'with a partner'),
  s('A4', 'Ik zet dat elk jaar op de agenda van de Milieuraad.', false, 'near-miss: a habit ("elk jaar")'),
  s('A5', 'Zet ik dat nu op de agenda, dan ligt er pas in juni een besluit.', false, 'near-miss: a verb-first condition ("Zet ik …, dan …"), weighing, not promising'),
  s('A6', 'De Europese Commissie zet dat op de agenda van de volgende Raad.', false, 'near-miss: someone else acts'),
  s('A7', 'Met deze begroting zetten we de bestaanszekerheid van gezinnen weer op de agenda.', false, 'near-miss: rhetoric about the budget already presented, no act to come'),
  s('A8', 'Dat heb ik op de agenda gezet, en de Raad heeft het besproken.', false, 'near-miss: past'),
];

/** 3. c95d571: "uiterlijk twee weken voor de verkiezingen" as a time, and "over twee weken" read without a digit. */
export const TIMES: Probe[] = [
  s('T1', 'Over twee weken bel ik de burgemeester van Emmen over de opvang.', true, '"over twee weken" with a present act'),
  s('T2', 'Over drie dagen spreek ik de netbeheerders aan op de wachtrij.', true, '"over drie dagen", holding to account'),
  s('T3', 'Ik bezoek de proeflocatie uiterlijk een week voor de start van de proef.', true, 'a span before an event with a present act'),
  s('T4', 'De Kamer ontvangt de cijfers ten minste tien dagen voor het commissiedebat.', true, '"ten minste tien dagen voor het …"'),
  s('T5', 'Over twee weken weten we meer over de oorzaak van de storing.', false, 'near-miss: a time, but no act'),
  s('T6', 'Over twee weken stemt de Kamer over het wetsvoorstel.', false, 'near-miss: the Kamer acts'),
  s('T7', 'Wij onderhandelen met de bonden over twee weken extra vakantie.', false, 'near-miss: "over twee weken extra vakantie" is the topic, not a time; talks going on now'),
  s('T8', 'Vorig jaar kreeg de Kamer de cijfers uiterlijk een week voor het debat.', false, 'near-miss: past'),
  s('T9', 'Ik bezoek de regio altijd uiterlijk een week voor de start van het seizoen.', false, 'near-miss: a habit ("altijd")'),
  s('T10', 'De kandidatenlijsten worden uiterlijk zes weken voor de verkiezingen door de gemeenten gepubliceerd.', false, 'near-miss: a rule of law, the municipalities act'),
  s('T11', 'Over een paar weken bezoek ik de haven van Delfzijl.', true, 'generalisation: "over een paar weken"'),
];

/** 4. f949ace: closing list items opened by a register number without a dash, or the Tweede Kamer's "TZ…-…". */
const HEAD =
  'VERSLAG VAN EEN COMMISSIEDEBAT\n\nMinister Van Dijk:\nIk stuur u voor 1 juni een brief over de capaciteit van de opvang.\n\nStaatssecretaris Bakker:\nDe vragen over de gastouders beantwoord ik schriftelijk.\n\n';
const rpt = (chair: string) => `${HEAD}De voorzitter:\n${chair}\n\nSluiting 18.00 uur.\n`;
const X = 'De minister zegt de Kamer, naar aanleiding van een vraag van het lid Kat (D66), toe voor 1 juni een brief te sturen over de capaciteit van de opvang.';
const Y = 'De staatssecretaris zegt de Kamer toe de vragen over de gastouders schriftelijk te beantwoorden.';
const Z = 'De minister zegt de Kamer toe in het najaar met de VNG in gesprek te gaan over de kosten.';

export const REGISTER: Probe[] = [
  c('R1', rpt(`Ik deel de Kamer mee dat de volgende toezeggingen in het toezeggingenregister worden opgenomen.\nT04301 ${X}\nT04302 ${Y}\nT04303 ${Z}\nIk sluit de vergadering.`), [X, Y, Z], 'three register items without a dash, a state secretary among them'),
  c(
    'R2',
    rpt('Ik heb de volgende toezeggingen genoteerd.\nTZ202703-07 De minister stuurt de Kamer voor 1 juni een brief over de capaciteit van\nde opvang.\nTZ202703-08 De staatssecretaris beantwoordt de vragen over de gastouders schriftelijk.\nIk sluit de vergadering.'),
    ['De minister stuurt de Kamer voor 1 juni een brief over de capaciteit van de opvang.', 'De staatssecretaris beantwoordt de vragen over de gastouders schriftelijk.'],
    'generalisation: a two-digit suffix, an item wrapped over a line',
  ),
  c('R3', rpt(`Ik lees de toezeggingen voor.\nT04301 – ${X}\nT04302 ${Y}\nIk sluit de vergadering.`), [X, Y], 'with and without a dash in one list'),
  c('R4', rpt(`Ik deel de Kamer mee dat de volgende toezeggingen zijn gedaan.\nT04301: ${X}\nT04302: ${Y}\nIk sluit de vergadering.`), [X, Y], 'generalisation: the number followed by a colon'),
  c(
    'R5',
    rpt(`Ik heb de volgende toezeggingen genoteerd.\nT04301 ${X}\nT04302 ${Y}\nT04012 en T04013 uit het vorige debat zijn met de brief van vandaag afgedaan.\nIk sluit de vergadering.`),
    [X, Y],
    'near-miss: register numbers in the chair\'s prose after the list are no item',
  ),
  c(
    'R6',
    rpt('Ik deel de Kamer mee dat de volgende toezeggingen uit eerdere debatten als voldaan worden beschouwd.\nT03990 De minister zegt de Kamer toe de wet na drie jaar te evalueren.\nT03991 De minister zegt de Kamer toe jaarlijks te rapporteren over de uitvoering.\nIk sluit de vergadering.'),
    [],
    'near-miss: old register items closed as fulfilled, no commitments of this debate',
  ),
];

/** 5. fe57f3a: "Daar zorg ik voor": seeing to what was asked. */
export const SEES_TO: Probe[] = [
  s('Z1', 'Daar zorg ik persoonlijk voor.', true, 'an adverb between'),
  s('Z2', 'Hiervoor zorgen wij.', true, '"hiervoor" fronted, plural'),
  s('Z3', 'Ik zorg ervoor.', true, '"ervoor" after'),
  s('Z4', 'Daar zorg ik voor, voorzitter.', true, 'the chair addressed after it'),
  s('Z5', 'Daar draag ik zorg voor.', true, 'generalisation: "zorg dragen voor"'),
  s('Z6', 'Daar zorgen wij voor, zeggen de verzekeraars.', false, 'near-miss: the insurers\' words, reported'),
  deb(
    'Z7',
    'Wie betaalt eigenlijk de opvang van dakloze jongeren, het Rijk of de gemeenten?',
    'Daarvoor zorgen wij; de gemeenten doen de uitvoering. Dan de wachtlijsten.',
    'Daarvoor zorgen wij; de gemeenten doen de uitvoering.',
    false,
    'near-miss: who pays now, a division of roles described, no act to come',
  ),
  s('Z8', 'Daar zorg ik elke dag voor.', false, 'near-miss: a habit'),
  s('Z9', 'Zorg ik daarvoor, dan moeten de gemeenten wel meebetalen.', false, 'near-miss: a verb-first condition'),
  deb(
    'Z10',
    'Wil de minister ervoor zorgen dat de scholen de subsidie voor de zomer ontvangen?',
    'Daar zorg ik voor. Dan de vraag over de leraren.',
    'Daar zorg ik voor.',
    true,
    'the answer to a request in the debate',
  ),
];

/** 6. fe57f3a: a party invited by its bare name. */
export const BARE_INVITE: Probe[] = [
  s('B1', 'Ik nodig Bouwend Nederland en Techniek Nederland uit voor een gesprek over de tekorten.', true, 'two bodies by name, to talks'),
  s('B2', 'We nodigen ProRail uit om aan te schuiven bij het overleg met de provincies.', true, 'to join a meeting'),
  s('B3', 'Ik nodig vooralsnog niemand uit voor een gesprek over de tarieven.', false, 'near-miss: "niemand", no one invited'),
  s('B4', 'Ik nodig hierbij iedereen uit om mee te denken over de toekomst van het mbo.', false, 'near-miss: an open appeal to everyone'),
  s('B5', 'Ik nodig Kamerleden uit om een keer mee te komen op werkbezoek.', false, 'near-miss: the members, an offer to this Kamer'),
  s('B6', 'Ik nodig Shell niet uit voor dat gesprek.', false, 'near-miss: negated'),
  s('B7', 'Ik nodig Aedes uit voor een gesprek als de corporaties dat willen.', false, 'near-miss: on a condition'),
  deb(
    'B8',
    'Gaat de minister ook met de woningcorporaties praten over de huurverhoging?',
    'Ja. Ik nodig Aedes uit voor een gesprek over de huurverhoging. Dan de kosten.',
    'Ik nodig Aedes uit voor een gesprek over de huurverhoging.',
    true,
    'in a debate, after a request',
  ),
];

/** 7. fe57f3a: "hoort de (hele) commissie van mij …". */
export const HEARS: Probe[] = [
  s('H1', 'Na de Raad hoort de Kamer van mij wat er is besloten.', true, '"hoort de Kamer van mij wat …"'),
  s('H2', 'Voor de stemmingen hoort de voltallige commissie van mij of de regeling doorgaat.', true, '"de voltallige commissie", "of"'),
  s('H3', 'Daarna hoort de commissie van de inspectie hoe het onderzoek is verlopen.', false, 'near-miss: the inspectorate tells'),
  s('H4', 'Wat de commissie nu van mij hoort, is het standpunt van het hele kabinet.', false, 'near-miss: told now'),
];

/** 8. fe57f3a: a chapter that comes in a document to come ("In de monitor komt een apart hoofdstuk over …"). */
export const CHAPTER: Probe[] = [
  s('M1', 'In de volgende monitor komt een apart hoofdstuk over de jeugdzorg.', true, 'the next monitor'),
  s('M2', 'In de evaluatie komt ook een aparte paragraaf over de kosten voor gemeenten.', true, 'generalisation: a paragraph in an evaluation'),
  s('M3', 'In haar rapport komt de inspectie met een aparte paragraaf over de huurders.', false, 'near-miss: the inspectorate\'s report; the inspectorate comes with it'),
  s('M4', 'In de armoedemonitor van het CBS komt elk jaar een apart hoofdstuk over kinderen.', false, 'near-miss: another body\'s monitor, every year'),
  deb(
    'M5',
    'Krijgen de huurders een plek in de evaluatie?',
    'Voor de zomer stuur ik u de evaluatie van de regeling. Daarin komt een apart hoofdstuk over de huurders. Dan de kosten.',
    'Daarin komt een apart hoofdstuk over de huurders.',
    true,
    'generalisation: "Daarin" points to the evaluation promised just before',
  ),
];

/** 9. fe57f3a: talks "aan tafel". */
export const TABLE: Probe[] = [
  s('G1', 'Ik ga met de supermarkten aan tafel over de prijs van groente en fruit.', true, '"ga … aan tafel"'),
  s('G2', 'We gaan na de zomer met de zuivelsector aan tafel zitten.', true, '"aan tafel zitten", a time'),
  s('G3', 'De werkgevers gaan met de bonden aan tafel over de lonen.', false, 'near-miss: others'),
  s('G4', 'Wij gaan elk jaar met de sector aan tafel over de prijzen.', false, 'near-miss: a habit'),
  s('G5', 'Ik ga ervan uit dat de partijen snel weer aan tafel gaan.', false, 'near-miss: an expectation about others'),
];

/** 10. fe57f3a: a demonstrative after a preposition is a determiner ("Met dat overzicht in de hand ga ik …"). */
export const DEMONSTRATIVE: Probe[] = [
  s('E1', 'Op basis van dat advies ga ik de regeling voor mantelzorgers aanpassen.', true, '"van dat advies"'),
  s('E2', 'Na die evaluatie ga ik met de scholen in gesprek over de resultaten.', true, '"na die evaluatie"'),
  s('E3', 'In dat scenario ga ik de subsidie stopzetten.', false, 'near-miss: a hypothetical, as "in dat geval"'),
  s('E4', 'Zonder die steun ga ik het wetsvoorstel intrekken.', false, 'near-miss: a condition ("without that support")'),
  s('E5', 'Bij die uitkomst ga ik de regeling intrekken.', false, 'near-miss: a condition ("should that be the outcome")'),
];

/** 11. fe57f3a: a visit accepted gladly without a time ("ik kom graag naar Barneveld"). */
export const VISIT: Probe[] = [
  inv('V1', 'Tot slot de uitnodiging van de heer Bos om een keer naar Urk te komen.', 'Ik kom graag naar Urk.', true, 'the invitation taken'),
  s('V2', 'We komen graag naar Zwolle om de nieuwe kliniek te bekijken.', true, 'plural, with a purpose'),
  s('V3', 'Ik kom graag naar Groningen, want daar ben ik opgegroeid.', false, 'near-miss: a liking explained, no visit accepted'),
  s('V4', 'Ik kom altijd graag naar Barneveld.', false, 'near-miss: a liking, "altijd"'),
  s('V5', 'Ik kom graag naar de boerderij van mevrouw Kat.', true, 'generalisation: a place with an article'),
  s('V6', 'Ik kom graag naar Zeeland; dat doe ik elk jaar.', false, 'near-miss: a habit told after the semicolon'),
];

/** 12. fe57f3a: "als eerste" is no condition. */
export const AS_RANK: Probe[] = [
  s('L1', 'Als eerste stap ga ik met de provincies in gesprek over de stikstofruimte.', true, '"als eerste stap"'),
  s('L2', 'Als eerste ga ik in op de vragen van de heer Bos over de kosten.', false, 'near-miss: the order of this answer'),
  s('L3', 'Als gevolg van de uitspraak van de rechter stuur ik de Kamer voor 1 juli een brief.', true, '"als gevolg van" is a cause'),
  s('L4', 'Als de eerste resultaten tegenvallen, stop ik met de proef.', false, 'near-miss: "als de eerste …" is a condition'),
];

/** 13. fe57f3a: a present act with a past time or a habit is no promise. */
export const PRESENT: Probe[] = [
  s('P1', 'Vorig jaar bel ik de burgemeester en wat blijkt: niemand wist ervan.', false, 'a story in the present about last year'),
  s('P2', 'Net als vorig jaar bezoek ik in mei de haven van Rotterdam.', true, 'near-miss of the rule: "net als vorig jaar" compares, the visit is this May'),
  s('P3', 'Ik spreek de directie morgen aan op wat er afgelopen jaar is misgegaan.', true, 'near-miss of the rule: the past is what went wrong, the act is tomorrow'),
  s('P4', 'Vanaf januari bezoek ik elke maand een ander ziekenhuis.', true, 'near-miss of the rule: a new habit starting in January'),
  s('P5', 'Ik overleg elke week met de veiligheidsregio\'s.', false, 'a habit'),
  s('P6', 'Elk jaar in september bezoek ik de Landbouwdagen in Hardenberg.', false, 'a habit'),
  s('P7', 'Ik bel de burgemeester morgen, zoals ik vorige week al had beloofd.', true, 'the past is the earlier promise, the call is tomorrow'),
  s('P8', 'Dat doe ik voor de zomer.', true, 'generalisation: a fronted object, a time'),
];

/** Controls. */
export const CONTROLS: Probe[] = [s('K1', 'Ik stuur de Kamer voor de zomer een brief over de wachtlijsten in de jeugdzorg.', true, 'control')];

export const ALL: Probe[] = [...TAKEN_UP, ...AGENDA, ...TIMES, ...REGISTER, ...SEES_TO, ...BARE_INVITE, ...HEARS, ...CHAPTER, ...TABLE, ...DEMONSTRATIVE, ...VISIT, ...AS_RANK, ...PRESENT, ...CONTROLS];
