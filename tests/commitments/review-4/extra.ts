import type { Probe } from './probes';
const Y = 'Graag. Dan heb ik nog een vraag over de planning.';
const FUT = 'Als mevrouw Kat dat wil, zal ik haar voor de zomer de lijst met wachtende gemeenten sturen.';
const deb = (minister: string, who: string, member: string) =>
  `De voorzitter:\nHet woord is aan de minister.\n\nMinister Ollongren:\n${minister}\n\nDe voorzitter:\n${who.split(' (')[0]}.\n\n${who}:\n${member}\n\nMinister Ollongren:\nDie kosten zijn bekend.\n`;
const ITEMS1 = [
  'De minister stuurt de Kamer voor de zomer een brief over de tekorten in de jeugdzorg.',
  'De minister informeert de Kamer in het najaar over de uitkomst van het overleg met de gemeenten.',
  'De minister gaat in gesprek met de aanbieders over de wachtlijsten.',
];
const OLD = ['De minister stuurt de Kamer een brief over de pleegvergoeding.', 'De minister gaat in gesprek met de VNG over de tarieven.'];
const dl = (xs: string[]) => xs.map((s) => `– ${s}`).join('\n');
const cl = 'Dan dank ik de minister en de leden voor hun inbreng. Ik sluit dit commissiedebat.\n';
export const EXTRA: Probe[] = [
  { id: 'X1', area: 1, kind: 'offer', offer: FUT, reply: 'Prima, dank u. Ik heb die lijst al van de VNG gekregen.', expected: false, why: 'future-tense offer, declined (isolates YES)' },
  { id: 'X2', area: 1, kind: 'offer', offer: FUT, reply: 'Ja, ik ken die lijst al.', expected: false, why: 'future-tense offer, declined implicitly' },
  { id: 'X3', area: 1, kind: 'debate', expected: false, why: 'future-tense offer via "zij"; another member says yes',
    target: 'Als zij dat wil, zal ik haar voor de zomer de lijst met wachtende gemeenten sturen.',
    debate: deb('Mevrouw Kat vroeg naar de wachtende gemeenten. Als zij dat wil, zal ik haar voor de zomer de lijst met wachtende gemeenten sturen.', 'De heer Bos (VVD)', 'Ja, graag. Ik heb een vraag over de kosten.') },
  { id: 'X4', area: 1, kind: 'debate', expected: false, why: 'future-tense offer to Van der Staaij; Van Dijk says yes',
    target: 'Als de heer Van der Staaij dat wil, zal ik hem voor de zomer de lijst met wachtende gemeenten sturen.',
    debate: deb('Dat is een terecht punt. Als de heer Van der Staaij dat wil, zal ik hem voor de zomer de lijst met wachtende gemeenten sturen.', 'De heer Van Dijk (PVV)', 'Ja, graag. Ik heb een vraag over de kosten.') },
  { id: 'X5', area: 5, kind: 'def', text: 'Bronopsporing, dat is het zoeken naar wat er echt is gebeurd.', expected: [['Bronopsporing', 'het zoeken naar wat er echt is gebeurd']], why: 'control for D14 without "waar"' },
  { id: 'X6', area: 4, kind: 'sentence', sentence: 'Volgende week spreek ik op het congres van de VNG over de opvang.', expected: false, why: 'a speech (control for S7 without "jaar")' },
  { id: 'X7', area: 4, kind: 'sentence', sentence: 'Volgende week spreek ik tijdens de jaarvergadering over de opvang.', expected: false, why: 'a speech' },
  { id: 'X8', area: 1, kind: 'offer', offer: 'Als mevrouw Kat dat wil, neem ik haar amendement over.', reply: 'Dat aanbod neem ik graag aan.', expected: false, why: 'adopting an amendment (this debate), with "Dat aanbod"' },
  { id: 'X9', area: 1, kind: 'offer', offer: 'Als mevrouw Kat dat wil, stel ik haar vraag aan de staatssecretaris door.', reply: Y, expected: true, why: 'passing on outside this debate' },
  { id: 'X10', area: 1, kind: 'offer', offer: 'Als mevrouw Kat dat wil, wijzig ik de regeling per 1 januari.', reply: Y, expected: true, why: 'an act with a date' },
  { id: 'X11', area: 1, kind: 'offer', offer: 'Als mevrouw Kat dat wil, zeg ik toe dat de brief voor de zomer komt.', reply: Y, expected: true, why: 'control' },
  { id: 'X12', area: 1, kind: 'offer', offer: 'Als mevrouw Kat dat wil, voeg ik haar vraag toe aan de lijst voor de tweede termijn.', reply: Y, expected: false, why: 'this debate' },
  { id: 'X13', area: 1, kind: 'offer', offer: 'Als mevrouw Kat dat wil, onderbreek ik mijn betoog voor een interruptie.', reply: Y, expected: false, why: 'this debate' },
  { id: 'X14', area: 1, kind: 'offer', offer: 'Als mevrouw Kat dat wil, begin ik met haar vraag over de kosten.', reply: Y, expected: false, why: 'ordering this debate' },
  { id: 'X15', area: 1, kind: 'offer', offer: 'Als mevrouw Kat dat wil, sla ik dat blokje over.', reply: Y, expected: false, why: 'ordering this debate' },
  { id: 'X16', area: 1, kind: 'offer', offer: 'Als mevrouw Kat dat wil, erken ik dat het beter had gekund.', reply: Y, expected: false, why: 'a stance said now' },
  { id: 'X17', area: 1, kind: 'offer', offer: 'Als mevrouw Kat dat wil, bied ik daarvoor mijn excuses aan.', reply: Y, expected: false, why: 'said now' },
  {
    id: 'L15', area: 3, kind: 'closing', why: 'chair reads the open commitments of the last debate at the start; floor given; then the real list (announced): only the real list',
    debate: `Commissiedebat over de jeugdzorg\n\nDe voorzitter:\nIk lees eerst de openstaande toezeggingen uit het vorige commissiedebat voor.\n${dl(OLD)}\nHet woord is aan mevrouw Kat.\n\nMevrouw Kat (D66):\nDank u. Ik heb zorgen over de tekorten.\n\nDe voorzitter:\nDe minister.\n\nMinister Jansen:\nIk stuur u voor de zomer een brief over de tekorten.\n\nDe voorzitter:\nDank u wel. Dan lees ik de toezeggingen voor die ik heb genoteerd.\n${dl(ITEMS1)}\n\n${cl}`,
    expected: [...ITEMS1],
  },
  {
    id: 'L16', area: 3, kind: 'closing', why: 'same, but the real list with a weak intro ("Tot slot nog dit.") : only the real list',
    debate: `Commissiedebat over de jeugdzorg\n\nDe voorzitter:\nIk lees eerst de openstaande toezeggingen uit het vorige commissiedebat voor.\n${dl(OLD)}\nHet woord is aan mevrouw Kat.\n\nMevrouw Kat (D66):\nDank u. Ik heb zorgen over de tekorten.\n\nDe voorzitter:\nDe minister.\n\nMinister Jansen:\nIk stuur u voor de zomer een brief over de tekorten.\n\nDe voorzitter:\nDank u wel. Tot slot nog dit.\n${dl(ITEMS1)}\n\n${cl}`,
    expected: [...ITEMS1],
  },
  {
    id: 'L17', area: 3, kind: 'closing', why: 'a real list, a short unrelated exchange (a member leaves, the minister thanks), and a second real list in a new chair turn with a weak intro (other minister): both',
    debate: `Commissiedebat over de jeugdzorg\n\nMinister Jansen:\nIk stuur u voor de zomer een brief.\n\nStaatssecretaris De Vries:\nIk stuur u in maart een brief over de pleegzorg.\n\n${`De voorzitter:\nDank u wel. Dan lees ik de toezeggingen voor die ik heb genoteerd.\n${dl(ITEMS1)}\n\n`}Mevrouw Kat (D66):\nVoorzitter, ik moet helaas weg.\n\nDe voorzitter:\nDank u wel. Dan voor de staatssecretaris nog het volgende.\n– De staatssecretaris stuurt de Kamer in maart een brief over de pleegzorg.\n– De staatssecretaris bezoekt voor de zomer een instelling in Zeeland.\n${cl}`,
    expected: [...ITEMS1, 'De staatssecretaris stuurt de Kamer in maart een brief over de pleegzorg.', 'De staatssecretaris bezoekt voor de zomer een instelling in Zeeland.'],
  },
  {
    id: 'L18', area: 3, kind: 'closing', why: '"De derde toezegging vervalt." with no minister place: the third goes, not the last',
    debate: `Commissiedebat over de jeugdzorg\n\nMinister Jansen:\nIk stuur u een brief.\n\nDe voorzitter:\nDank u wel. Dan lees ik de toezeggingen voor die ik heb genoteerd.\n${dl([...ITEMS1, 'De minister stuurt de Kamer voor 1 oktober de evaluatie van de pilot in Tilburg.'])}\n\nMinister Jansen:\nVoorzitter, met de aanbieders heb ik niets afgesproken.\n\nDe voorzitter:\nDank u. De derde toezegging vervalt dan.\n${cl}`,
    expected: [ITEMS1[0]!, ITEMS1[1]!, 'De minister stuurt de Kamer voor 1 oktober de evaluatie van de pilot in Tilburg.'],
  },
];
