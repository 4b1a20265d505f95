import type { Probe } from './probes';
const ITEMS1 = [
  'De minister stuurt de Kamer voor de zomer een brief over de tekorten in de jeugdzorg.',
  'De minister informeert de Kamer in het najaar over de uitkomst van het overleg met de gemeenten.',
  'De minister gaat in gesprek met de aanbieders over de wachtlijsten.',
];
const ITEMS2 = ['De minister stuurt de commissie voor 1 oktober de evaluatie van de pilot in Tilburg.', 'De Kamer ontvangt voor het kerstreces een overzicht van de kosten per regio.'];
const dl = (xs: string[]) => xs.map((s) => `– ${s}`).join('\n');
const hd = `Commissiedebat over de jeugdzorg\n\nMinister Jansen:\nIk stuur u voor de zomer een brief over de tekorten. Ik informeer u in het najaar over het overleg met de gemeenten.\n\nMevrouw Kat (D66):\nDank u wel.\n\n`;
const lt = (items: string[] = ITEMS1) => `De voorzitter:\nDank u wel. Dan lees ik de toezeggingen voor die ik heb genoteerd.\n${dl(items)}\n\n`;
const cl = 'Dan dank ik de minister en de leden voor hun inbreng. Ik sluit dit commissiedebat.\n';
const FIX = 'De minister stuurt de Kamer voor 1 juli een brief over de tekorten in de jeugdzorg.';
const s = (id: string, sentence: string, expected: boolean, why: string): Probe => ({ id, area: 4, kind: 'sentence', sentence, expected, why });
export const EXTRA: Probe[] = [
  {
    id: 'L19', area: 3, kind: 'closing', why: 'minister names the second item; "Dan vervalt die toezegging": the second goes (the designed form, control)',
    debate: `${hd}${lt()}Minister Jansen:\nVoorzitter, de tweede toezegging heb ik niet gedaan.\n\nDe voorzitter:\nDan vervalt die toezegging. Ik ga verder met de lijst.\n${dl(ITEMS2)}\n${cl}`,
    expected: [ITEMS1[0]!, ITEMS1[2]!, ...ITEMS2],
  },
  {
    id: 'L20', area: 3, kind: 'closing', why: 'a member names the first item in passing; the minister disowns the last; "Dan vervalt die toezegging": the last goes',
    debate: `${hd}${lt()}Mevrouw Kat (D66):\nVoorzitter, ik ben blij met de eerste toezegging.\n\nMinister Jansen:\nDank u. Die laatste heb ik overigens niet gedaan.\n\nDe voorzitter:\nDan vervalt die toezegging. Ik ga verder met de lijst.\n${dl(ITEMS2)}\n${cl}`,
    expected: [ITEMS1[0]!, ITEMS1[1]!, ...ITEMS2],
  },
  {
    id: 'L21', area: 3, kind: 'closing', why: 'first item corrected; later the minister disowns the last read; "Dan vervalt die toezegging": the last goes, not the corrected first',
    debate: `${hd}${lt()}Minister Jansen:\nVoorzitter, de eerste toezegging klopt niet: de brief komt voor 1 juli.\n\nDe voorzitter:\nDank u. Dan wordt die toezegging als volgt:\n– ${FIX}\nIk ga verder met de lijst.\n${dl(ITEMS2)}\n\nMinister Jansen:\nVoorzitter, dat overzicht per regio heb ik niet toegezegd.\n\nDe voorzitter:\nDan vervalt die toezegging.\n${cl}`,
    expected: [FIX, ITEMS1[1]!, ITEMS1[2]!, ITEMS2[0]!],
  },
  s('S44', 'Volgende week spreek ik in het overleg met de provincies over de stikstof.', true, 'talk in a named meeting'),
  s('S45', 'Volgende week spreek ik in de Raad met mijn Belgische collega over de grens.', true, 'talk with another minister in the Raad'),
  s('S46', 'Volgende week spreek ik in de gemeenteraad van Assen over de opvang.', false, 'a speech'),
  s('S47', 'Vanavond spreek ik op een bijeenkomst in Assen over de opvang.', false, 'a speech'),
  s('S48', 'Door de drukte wordt de brief pas in juni naar de Kamer gestuurd.', true, 'a letter sent in June ("door de drukte" is a cause, not an actor)'),
  s('S49', 'Door het hele jaar heen wordt de Kamer elk kwartaal een overzicht gestuurd.', true, 'quarterly overview sent ("door het jaar" is a time)'),
  { id: 'V21', area: 2, kind: 'invite', before: 'Mevrouw Kat nodigde mij uit om al die scholen in Assen eens te bezoeken.', reply: 'Daar ga ik graag op in.', expected: true, why: '"al die" is no habit' },
  { id: 'V22', area: 2, kind: 'invite', before: 'Dan de uitnodiging van de heer Bos om elke gemeente in Drenthe eens te bezoeken.', reply: 'Daar ga ik graag op in.', expected: true, why: '"elke gemeente" is no habit' },
];
