// Review 4 probes (new sentences, general Dutch). Expected answers decided by tests/eval/ANNOTATING.md before running.
export type Probe =
  | { id: string; area: number; kind: 'sentence'; sentence: string; expected: boolean; why: string }
  | { id: string; area: number; kind: 'offer'; offer: string; reply: string; expected: boolean; why: string }
  | { id: string; area: number; kind: 'debate'; debate: string; target: string; expected: boolean; why: string }
  | { id: string; area: number; kind: 'invite'; before: string; reply: string; expected: boolean; why: string }
  | { id: string; area: number; kind: 'closing'; debate: string; expected: string[]; why: string }
  | { id: string; area: number; kind: 'def'; text: string; expected: string[][]; why: string };

const Y = 'Graag. Dan heb ik nog een vraag over de planning.';
const OV = 'Als mevrouw Kat dat wil, stuur ik haar de lijst met wachtende gemeenten.';
const off = (id: string, offer: string, reply: string, expected: boolean, why: string): Probe => ({ id, area: 1, kind: 'offer', offer, reply, expected, why });

const deb = (minister: string, who: string, member: string) =>
  `De voorzitter:\nHet woord is aan de minister.\n\nMinister Ollongren:\n${minister}\n\nDe voorzitter:\n${who.split(' (')[0]}.\n\n${who}:\n${member}\n\nMinister Ollongren:\nDie kosten zijn bekend.\n`;

export const OFFERS: Probe[] = [
  // look-alikes that must NOT count
  off('P1', 'Als mevrouw Kat dat wil, neem ik haar amendement over.', Y, false, 'adopting an amendment: this debate'),
  off('P2', 'Als mevrouw Kat dat wil weten: de kosten zijn vijf miljoen.', Y, false, 'no act offered, an answer now'),
  off('P3', OV, 'Prima, dank u. Ik heb die lijst al van de VNG gekregen.', false, 'declined: she has it already'),
  off('P4', OV, 'Ja, nee, dat hoeft voor mij niet.', false, 'declined ("hoeft voor mij niet")'),
  off('P5', OV, 'Ja, ik ken die lijst al.', false, 'declined implicitly'),
  off('P6', 'Als mevrouw Kat dat wil, lees ik de passage uit de brief hier voor.', Y, false, 'reading aloud now'),
  off('P7', 'Als mevrouw Kat dat wil, schrijf ik haar vraag even op.', Y, false, 'now, in this debate'),
  // other wordings that should count
  off('P8', 'Als mevrouw Kat dat wil, bel ik morgen even met de burgemeester van Assen.', Y, true, '"even" = briefly; a call tomorrow'),
  off('P9', 'Als mevrouw Kat dat wil, stuur ik haar straks na het debat het overzicht van de kosten.', Y, true, '"straks na het debat": outside this debate'),
  off('P10', 'Als mevrouw Kat dat wil, stuur ik haar meteen na het debat de cijfers per gemeente.', Y, true, '"meteen na het debat": outside'),
  off('P11', 'Als mevrouw Kat dat wil, stuur ik haar eerst de cijfers en daarna de evaluatie.', Y, true, '"eerst" orders two deliveries'),
  off('P12', 'Als mevrouw Kat dat wil, deel ik de resultaten van de proef met de Kamer.', Y, true, '"deel … met de Kamer" is a delivery, not "deel ik haar zorg"'),
  off('P13', 'Als de commissie dat wil, geef ik een technische briefing over het model.', Y, true, 'a briefing is outside this debate'),
  off('P14', 'Als mevrouw Kat dat wil, licht ik de cijfers toe in een brief aan de Kamer.', Y, true, 'explained in a letter'),
  off('P15', 'Als mevrouw Kat dat wil, zet ik de cijfers op een rij in een brief.', Y, true, 'in a letter'),
  off('P16', 'Als mevrouw Kat dat wil, praat ik haar na het debat bij over de stand van zaken.', Y, true, 'a briefing after the debate'),
  off('P17', 'Als mevrouw Kat dat wil, ga ik met de sector om tafel over de wachttijden.', Y, true, 'talks offered'),
  off('P18', OV, 'Graag ontvang ik die lijst.', true, 'taken up: "Graag ontvang ik …"'),
  off('P19', OV, 'Dat zou heel fijn zijn.', true, 'taken up ("heel fijn")'),
  off('P20', OV, 'Het aanbod van de minister neem ik graag aan.', true, 'taken up ("het aanbod van de minister")'),
  off('P21', OV, 'Daar maak ik graag gebruik van.', true, 'taken up'),
  off('P22', OV, 'Graag, maar dan ook met de kosten erbij.', true, 'taken up with a wish on content (like O23)'),
  off('P23', OV, 'Ja, graag. Maar ik heb nog een andere vraag.', true, '"maar" in a later sentence only'),
  {
    id: 'P24', area: 1, kind: 'debate', expected: false, why: '"Als zij dat wil" is mevrouw Kat; de heer Bos says yes',
    target: 'Als zij dat wil, stuur ik haar de lijst met wachtende gemeenten.',
    debate: deb('Mevrouw Kat vroeg naar de wachtende gemeenten. Als zij dat wil, stuur ik haar de lijst met wachtende gemeenten.', 'De heer Bos (VVD)', 'Ja, graag. Ik heb een vraag over de kosten.'),
  },
  {
    id: 'P25', area: 1, kind: 'debate', expected: false, why: 'offer to de heer Van der Staaij; de heer Van Dijk says yes (both start "Van")',
    target: 'Als de heer Van der Staaij dat wil, stuur ik hem de lijst met wachtende gemeenten.',
    debate: deb('Dat is een terecht punt. Als de heer Van der Staaij dat wil, stuur ik hem de lijst met wachtende gemeenten.', 'De heer Van Dijk (PVV)', 'Ja, graag. Ik heb een vraag over de kosten.'),
  },
  {
    id: 'P26', area: 1, kind: 'debate', expected: true, why: 'offer to de heer Van der Staaij, he says yes',
    target: 'Als de heer Van der Staaij dat wil, stuur ik hem de lijst met wachtende gemeenten.',
    debate: deb('Dat is een terecht punt. Als de heer Van der Staaij dat wil, stuur ik hem de lijst met wachtende gemeenten.', 'De heer Van der Staaij (SGP)', 'Ja, graag. Ik heb een vraag over de kosten.'),
  },
  {
    id: 'P27', area: 1, kind: 'debate', expected: false, why: 'offer to mevrouw Kat; mevrouw Katwijk (another member) says yes',
    target: OV,
    debate: deb(`Dat is een terecht punt. ${OV}`, 'Mevrouw Katwijk (CDA)', 'Ja, graag. Ik heb een vraag over de kosten.'),
  },
  {
    id: 'P28', area: 1, kind: 'debate', expected: true, why: 'two offers; "Dat aanbod neem ik graag aan" right after the last one (at the end)',
    target: 'Als mevrouw Kat dat wil, organiseer ik na de zomer een rondetafelgesprek met de sector.',
    debate: deb(`${OV} Als mevrouw Kat dat wil, organiseer ik na de zomer een rondetafelgesprek met de sector.`, 'Mevrouw Kat (D66)', 'Dat aanbod neem ik graag aan.'),
  },
];

const inv = (id: string, before: string, reply: string, expected: boolean, why: string): Probe => ({ id, area: 2, kind: 'invite', before, reply, expected, why });
export const INVITES: Probe[] = [
  inv('V1', 'Dan de uitnodiging van mevrouw Kat om in de tweede termijn terug te komen op de cijfers.', 'Dat doe ik graag.', false, 'this debate'),
  inv('V2', 'Dan de uitnodiging van mevrouw Kat om haar amendement te steunen.', 'Dat doe ik graag.', false, 'appreciation of an amendment'),
  inv('V3', 'Mevrouw Kat nodigde mij uit om haar motie te steunen.', 'Dat doe ik graag.', false, 'support for a motion: a vote, not a promise'),
  inv('V4', 'Dan de uitnodiging van mevrouw Kat om ons standpunt nog eens te verduidelijken.', 'Dat doe ik graag.', false, 'speaking now'),
  inv('V5', 'Mevrouw Kat nodigde mij uit om mijn excuses aan te bieden.', 'Dat doe ik graag.', false, 'said now'),
  inv('V6', 'Mevrouw Kat nodigde ons uit om kritischer te zijn.', 'Daar ga ik graag op in.', false, 'a stance asked; responding now'),
  inv('V7', 'De heer Bos nodigde mij uit om eens goed na te denken over de regeling.', 'Dat zal ik zeker doen.', false, 'thinking: no specific act'),
  inv('V8', 'Dan de uitnodiging van de heer Bos om zijn voorstel toe te lichten.', 'Daar ga ik graag op in.', false, 'explaining in this debate (whose?): respond now'),
  { id: 'V9', area: 2, kind: 'sentence', sentence: 'Ik neem de uitnodiging van mevrouw Kat tot zelfreflectie graag aan.', expected: false, why: 'an invitation to reflect, no act' },
  { id: 'V10', area: 2, kind: 'sentence', sentence: 'Ik neem de uitnodiging van de heer Bos om te reageren graag aan.', expected: false, why: 'to respond in this debate' },
  { id: 'V11', area: 2, kind: 'sentence', sentence: 'Ik neem de uitnodiging van de heer Bos om mijn antwoord te herzien graag aan.', expected: false, why: 'this debate' },
  inv('V12', 'Mevrouw Kat heeft mij vorige week uitgenodigd voor de opening in Zwolle.', 'Daar kom ik graag, maar die opening is al geweest.', false, 'past'),
  // positives
  inv('V13', 'Dan de uitnodiging van de heer Bos voor een bezoek aan Assen.', 'Die neem ik aan.', true, 'accepted without "graag"'),
  inv('V14', 'Dan de uitnodiging van de heer Bos.', 'Daar ga ik graag naartoe.', true, 'accepted'),
  inv('V15', 'Dan de uitnodiging van de heer Bos.', 'Ik ga graag met hem mee naar Assen.', true, 'accepted'),
  inv('V16', 'Dan de uitnodiging van de heer Bos.', 'Daar kom ik graag, het liefst nog voor de zomer.', true, 'accepted with a time'),
  inv('V17', 'De heer Bos nodigde mij uit voor een werkbezoek aan de haven van Rotterdam.', 'Dat werkbezoek ga ik zeker afleggen.', true, 'accepted'),
  inv('V18', 'Dan de uitnodiging van mevrouw Kat om de regeling in te trekken.', 'Dat doe ik graag.', true, 'a real act outside this debate'),
  inv('V19', 'Dan de uitnodiging van de heer Bos.', 'Daar kom ik graag, al zal het na de zomer worden.', true, 'accepted; "al" concessive'),
  { id: 'V20', area: 2, kind: 'sentence', sentence: 'Ik neem zijn uitnodiging voor een bezoek aan de haven graag aan.', expected: true, why: 'accepted in one sentence' },
];

const ITEMS1 = [
  'De minister stuurt de Kamer voor de zomer een brief over de tekorten in de jeugdzorg.',
  'De minister informeert de Kamer in het najaar over de uitkomst van het overleg met de gemeenten.',
  'De minister gaat in gesprek met de aanbieders over de wachtlijsten.',
];
const ITEMS2 = ['De minister stuurt de commissie voor 1 oktober de evaluatie van de pilot in Tilburg.', 'De Kamer ontvangt voor het kerstreces een overzicht van de kosten per regio.'];
const SEC = ['De staatssecretaris stuurt de Kamer in maart een brief over de pleegzorg.', 'De staatssecretaris bezoekt voor de zomer een instelling in Zeeland.'];
const dl = (xs: string[]) => xs.map((s) => `– ${s}`).join('\n');
const hd = `Commissiedebat over de jeugdzorg\n\nMinister Jansen:\nIk stuur u voor de zomer een brief over de tekorten. Ik informeer u in het najaar over het overleg met de gemeenten.\n\nMevrouw Kat (D66):\nDank u wel.\n\n`;
const lt = (items: string[] = ITEMS1) => `De voorzitter:\nDank u wel. Dan lees ik de toezeggingen voor die ik heb genoteerd.\n${dl(items)}\n\n`;
const cl = 'Dan dank ik de minister en de leden voor hun inbreng. Ik sluit dit commissiedebat.\n';
const chat = (n: number) => {
  const xs: string[] = [];
  for (let i = 0; i < n; i++) xs.push(i % 2 === 0 ? `Mevrouw Kat (D66):\nVoorzitter, ik wil nog iets zeggen over de regio ${i}. Daar is het tekort groot.\n\n` : `Minister Jansen:\nDat klopt, daar is het tekort groot, maar het wordt minder.\n\n`);
  return xs.join('');
};
export const CLOSING: Probe[] = [
  {
    id: 'L1', area: 3, kind: 'closing', why: 'withdrawal names the second item ("Dan vervalt de tweede toezegging"): the second goes, not the last',
    debate: `${hd}${lt()}Minister Jansen:\nVoorzitter, over het overleg met de gemeenten heb ik niets toegezegd.\n\nDe voorzitter:\nDan vervalt de tweede toezegging. Ik ga verder met de lijst.\n${dl(ITEMS2)}\n${cl}`,
    expected: [ITEMS1[0]!, ITEMS1[2]!, ...ITEMS2],
  },
  {
    id: 'L2', area: 3, kind: 'closing', why: '"Die toezegging vervalt dus niet": nothing withdrawn',
    debate: `${hd}${lt()}Mevrouw Kat (D66):\nVoorzitter, is die laatste toezegging wel gedaan?\n\nMinister Jansen:\nJazeker, die heb ik gedaan.\n\nDe voorzitter:\nDie toezegging vervalt dus niet. Ik ga verder met de lijst.\n${dl(ITEMS2)}\n${cl}`,
    expected: [...ITEMS1, ...ITEMS2],
  },
  {
    id: 'L3', area: 3, kind: 'closing', why: "a member's correction the chair follows: the second item replaced",
    debate: `${hd}${lt()}Mevrouw Kat (D66):\nVoorzitter, de tweede toezegging klopt niet: de minister zei dat hij de Kamer voor de kerst informeert.\n\nMinister Jansen:\nDat klopt.\n\nDe voorzitter:\nDank u. Dan wordt die toezegging als volgt:\n– De minister informeert de Kamer voor de kerst over de uitkomst van het overleg met de gemeenten.\nIk ga verder met de lijst.\n${dl(ITEMS2)}\n${cl}`,
    expected: [ITEMS1[0]!, 'De minister informeert de Kamer voor de kerst over de uitkomst van het overleg met de gemeenten.', ITEMS1[2]!, ...ITEMS2],
  },
  {
    id: 'L4', area: 3, kind: 'closing', why: "a member's thanks names the first item; the minister corrects the last (\"die laatste\"): the last replaced",
    debate: `${hd}${lt()}Mevrouw Kat (D66):\nVoorzitter, ik ben blij met de eerste toezegging.\n\nMinister Jansen:\nVoorzitter, die laatste klopt niet helemaal. Ik ga niet met de aanbieders maar met de verzekeraars in gesprek.\n\nDe voorzitter:\nDank u. Dan wordt die toezegging als volgt:\n– De minister gaat in gesprek met de verzekeraars over de wachtlijsten.\nIk ga verder met de lijst.\n${dl(ITEMS2)}\n${cl}`,
    expected: [ITEMS1[0]!, ITEMS1[1]!, 'De minister gaat in gesprek met de verzekeraars over de wachtlijsten.', ...ITEMS2],
  },
  {
    id: 'L5', area: 3, kind: 'closing', why: 'chair reads the list again ("Ik lees de lijst opnieuw voor") after a correction: no duplicates',
    debate: `${hd}${lt()}Minister Jansen:\nVoorzitter, die laatste heb ik zo niet toegezegd. Ik ga met de verzekeraars in gesprek.\n\nDe voorzitter:\nDank u. Ik lees de lijst opnieuw voor.\n${dl([ITEMS1[0]!, ITEMS1[1]!, 'De minister gaat in gesprek met de verzekeraars over de wachtlijsten.', ...ITEMS2])}\n${cl}`,
    expected: [ITEMS1[0]!, ITEMS1[1]!, 'De minister gaat in gesprek met de verzekeraars over de wachtlijsten.', ...ITEMS2],
  },
  {
    id: 'L6', area: 3, kind: 'closing', why: 'seven turns of exchange before "Ik ga verder met de lijst": still the whole list',
    debate: `${hd}${lt()}${chat(7)}De voorzitter:\nIk ga verder met de lijst.\n${dl(ITEMS2)}\n${cl}`,
    expected: [...ITEMS1, ...ITEMS2],
  },
  {
    id: 'L7', area: 3, kind: 'closing', why: 'chair gives the floor in a longer sentence (>8 words) before the minister remarks; chair goes on: whole list',
    debate: `${hd}${lt()}Minister Jansen:\nVoorzitter, mag ik iets zeggen?\n\nDe voorzitter:\nJa, ik geef het woord aan de minister voor een korte opmerking.\n\nMinister Jansen:\nBij die laatste: dat gesprek is al in september.\n\nDe voorzitter:\nDank u. Ik ga verder met de lijst.\n${dl(ITEMS2)}\n${cl}`,
    expected: [...ITEMS1, ...ITEMS2],
  },
  {
    id: 'L8', area: 3, kind: 'closing', why: 'chair asks which item ("Over welke toezegging gaat het?"), then goes on: whole list',
    debate: `${hd}${lt()}Mevrouw Kat (D66):\nVoorzitter, ik heb een vraag.\n\nDe voorzitter:\nOver welke toezegging gaat het, mevrouw Kat?\n\nMevrouw Kat (D66):\nOver de derde. Met welke aanbieders gaat de minister praten?\n\nMinister Jansen:\nMet alle aanbieders in de regio.\n\nDe voorzitter:\nDank u. Ik ga verder met de lijst.\n${dl(ITEMS2)}\n${cl}`,
    expected: [...ITEMS1, ...ITEMS2],
  },
  {
    id: 'L9', area: 3, kind: 'closing', why: "minister's list; a question answered; then in a new chair turn the state secretary's list: both lists",
    debate: `${hd}${lt()}Mevrouw Kat (D66):\nVoorzitter, mag ik de minister vragen wanneer die brief precies komt?\n\nMinister Jansen:\nVoor de zomer, zoals gezegd.\n\nDe voorzitter:\nDank u. Dan de toezeggingen van de staatssecretaris.\n${dl(SEC)}\n${cl}`,
    expected: [...ITEMS1, ...SEC],
  },
  {
    id: 'L10', area: 3, kind: 'closing', why: 'two agenda items, each with its own list, a long discussion between: both lists, each item once',
    debate: `${hd}${lt()}De voorzitter:\nDan gaan we nu naar het tweede agendapunt, de pleegzorg. Het woord is aan mevrouw Kat.\n\n${chat(8)}De voorzitter:\nDank u wel. Ik heb bij dit agendapunt de volgende toezeggingen genoteerd.\n${dl(SEC)}\n${cl}`,
    expected: [...ITEMS1, ...SEC],
  },
  {
    id: 'L11', area: 3, kind: 'closing', why: 'a chair reading the agreed procedure (not commitments) early, a discussion, then the real list: only the real list',
    debate: `Commissiedebat over de jeugdzorg\n\nDe voorzitter:\nIk lees de afspraken voor die we in de procedurevergadering hebben gemaakt.\n– De minister beantwoordt de schriftelijke vragen voor het debat.\n– De minister stuurt de Kamer de stukken tijdig toe.\nHet woord is aan mevrouw Kat.\n\n${chat(4)}Minister Jansen:\nIk stuur u voor de zomer een brief over de tekorten.\n\n${lt()}${cl}`,
    expected: [...ITEMS1],
  },
  {
    id: 'L12', area: 3, kind: 'closing', why: 'a provisional list read halfway; 4 turns later the chair reads two more items without an announcement: all five',
    debate: `${hd}De voorzitter:\nVoordat we verdergaan, lees ik de toezeggingen voor die tot nu toe zijn gedaan.\n${dl(ITEMS1)}\nDan gaan we verder met de tweede termijn.\n\n${chat(4)}De voorzitter:\nDank u wel. Dan heb ik er nog twee bij.\n${dl(ITEMS2)}\n${cl}`,
    expected: [...ITEMS1, ...ITEMS2],
  },
  {
    id: 'L13', area: 3, kind: 'closing', why: 'list read, then 3 turns later the chair sums up the motions as dash items with government subjects: the motions are no commitments',
    debate: `${hd}${lt()}Mevrouw Kat (D66):\nVoorzitter, ik dien twee moties in.\n\nMinister Jansen:\nIk wacht ze af.\n\nMevrouw Kat (D66):\nDank u.\n\nDe voorzitter:\nDe volgende moties zijn ingediend.\n– De Kamer verzoekt de regering de wachtlijsten te halveren.\n– De Kamer verzoekt de minister voor de zomer een plan te sturen.\n${cl}`,
    expected: [...ITEMS1],
  },
  {
    id: 'L14', area: 3, kind: 'closing', why: 'withdrawal naming a place by number ("Toezegging 1 schrappen we."), then the chair goes on',
    debate: `${hd}${lt()}Minister Jansen:\nVoorzitter, die brief over de tekorten heb ik niet toegezegd.\n\nDe voorzitter:\nDank u. Toezegging 1 schrappen we dan. Ik ga verder met de lijst.\n${dl(ITEMS2)}\n${cl}`,
    expected: [ITEMS1[1]!, ITEMS1[2]!, ...ITEMS2],
  },
];

const s = (id: string, sentence: string, expected: boolean, why: string): Probe => ({ id, area: 4, kind: 'sentence', sentence, expected, why });
export const FORMS: Probe[] = [
  // speech vs talk
  s('S1', 'Morgen spreek ik in Groningen met de gedupeerden over het herstel.', true, 'a talk with a named party at a time, in a place'),
  s('S2', 'Volgende week spreek ik op het ministerie met de vakbonden over de cao.', true, 'talk with a party'),
  s('S3', 'Volgende week spreek ik tijdens de top met de premier van België over de grens.', true, 'talk with a party at a summit'),
  s('S4', 'Morgen spreek ik in Brussel de Eurocommissaris over de heffing.', true, 'raising a point with a named party (spreek X over Y)'),
  s('S5', 'Morgen spreek ik de Eurocommissaris in Brussel over de heffing.', true, 'same, place after the object'),
  s('S6', 'Op 12 maart spreek ik met de burgemeesters over de opvang.', true, 'a date, not a place'),
  s('S7', 'Volgende week spreek ik op de jaarvergadering van de VNG over de opvang.', false, 'a speech'),
  s('S8', 'Tijdens de Raad spreek ik de Duitse minister aan op de grenscontroles.', true, 'holding to account'),
  s('S9', 'In mijn toespraak spreek ik de hoop uit dat de sector meedoet.', false, 'expressing a hope'),
  // talks exception / withParty / MANNER
  s('S10', 'Ik zal met de nodige spoed bespreken of er geld bij kan.', false, 'no party ("met de nodige spoed")'),
  s('S11', 'Ik zal met een open blik bespreken of de regeling kan blijven.', false, 'no party ("met een open blik")'),
  s('S12', 'Ik kan met de gemeenten bespreken of er meer bakken kunnen komen.', false, 'ability, not a promise'),
  s('S13', 'Ik zal met de gemeenten bespreken of zij het kunnen betalen, maar ik beloof niets.', false, 'disclaimed'),
  s('S14', 'Wij zullen met de sector afstemmen hoe de regeling kan werken.', true, 'talks promised'),
  s('S15', 'Ik zal met de provincies overleggen hoe de kosten kunnen worden verdeeld.', true, 'talks promised'),
  s('S16', 'Ik zal met de gemeenten bespreken of dat kan, als de Kamer dat wil.', false, 'offer not taken up'),
  // otherMinister
  s('S17', 'In de Raad van juni spreek ik mijn Franse collega over de visquota.', true, 'raising with another minister'),
  s('S18', "Ik spreek mijn collega's regelmatig over de visquota.", false, 'habit'),
  // pleit
  s('S19', 'In de Raad van december pleit ik tegen een verhoging van de quota.', true, 'arguing against in a named meeting'),
  s('S20', 'In de Raad pleit ik al jaren voor een heffing.', false, 'habit'),
  s('S21', 'In de Raad pleiten Frankrijk en Duitsland voor een heffing.', false, "others'"),
  s('S22', 'Ik pleit ervoor dat de gemeenten meer geld krijgen.', false, 'a stance in this debate'),
  s('S23', 'In het overleg met de provincies in mei pleit ik voor meer ruimte voor woningbouw.', true, 'argued in a named meeting at a time'),
  // hangsBefore
  s('S24', 'Ik hang aan de Kamer het ontwerpbesluit in het voorjaar voor.', true, 'voorhang, other word order'),
  s('S25', 'Ik hang daar geen termijn aan, maar het komt voor de zomer naar de Kamer.', true, 'no voorhang; but "het komt voor de zomer naar de Kamer" is a delivery promised'),
  s('S26', 'Ik hang die lijn al jaren aan, ook voor de Kamer.', false, 'aanhangen = adhere to'),
  // othersDocument / documentMadeAt
  s('S27', 'De handreiking wordt door de ministeries van VWS en BZK voor de zomer opgesteld.', true, 'the government\'s own ministries'),
  s('S28', 'De handreiking wordt door de staatssecretaris en mij voor de zomer opgesteld.', true, 'by the speaker too'),
  s('S29', 'Dit najaar wordt er door scholen een plan gemaakt.', false, 'made by schools'),
  s('S30', 'Dit najaar wordt in Brussel een plan gemaakt voor de visserij.', false, 'made in Brussels, not by the government'),
  s('S31', 'Elk jaar wordt er in het voorjaar een overzicht gemaakt van de wachttijden.', false, 'a yearly habit, no act promised'),
  s('S32', 'Dit najaar wordt er in elke gemeenteraad een plan gemaakt voor de opvang.', false, "councils' plans"),
  s('S33', 'Voor de zomer wordt er een brief naar de gemeenten gestuurd over de nieuwe regels.', true, 'a letter sent, passive, with a time'),
  // in-documents: REGULATION, article test, "vast"
  s('S34', 'Ik leg u vast uit hoe de regeling werkt.', false, '"vast" = already; explaining now'),
  s('S35', 'In die periode besluit de Raad over de heffing.', false, '"besluit" a verb after a noun ending in -e'),
  s('S36', 'In de Europese Unie besluit de Raad in december over de heffing.', false, 'verb after "Unie"'),
  s('S37', 'Ik leg dat vast in een betalingsregeling met de Belastingdienst.', true, 'laid down (a rule-like arrangement); control for the suffix'),
  s('S38', 'In de overgangsregeling leg ik vast dat bestaande gevallen blijven.', true, 'compound rule'),
  // "het OM" token
  s('S39', 'Ik zal het om de paar maanden aan de Kamer melden.', true, '"om de paar maanden" = every few months'),
  s('S40', 'Ik doe het om de gemeenten te helpen.', false, 'a purpose, no act promised'),
  s('S41', 'Ik laat het om praktische redenen aan de gemeenten over.', false, 'left to others'),
  s('S42', 'Ik zal het OM vragen om voor de zomer te rapporteren over de achterstanden.', true, 'the OM asked'),
  s('S43', 'Ik stuur het om die reden voor de zomer naar de Kamer.', true, 'sending, with a time'),
];

const d = (id: string, text: string, expected: string[][], why: string): Probe => ({ id, area: 5, kind: 'def', text, expected, why });
export const DEFS: Probe[] = [
  d('D1', 'Met voorhang, dat is het voorleggen van een ontwerpbesluit aan de Kamer, houden we grip op de regels.', [['voorhang', 'het voorleggen van een ontwerpbesluit aan de Kamer']], 'a term after a preposition, defined'),
  d('D2', 'Met name, dat is het punt waarop ik wil wijzen, gaat het om de kosten.', [], '"met name" is no term'),
  d('D3', 'Voor ons, dat zijn de mensen die hier werken, is dit een groot probleem.', [], 'a pronoun'),
  d('D4', 'Over zorg, dat is het onderwerp waar het vandaag om gaat, wil ik drie dingen zeggen.', [], 'what is being debated, no definition'),
  d('D5', 'Goed regeren, dat is het luisteren naar de burgers, en dat doen wij.', [], 'a slogan, no definition'),
  d('D6', 'Echte vernieuwing, dat is het investeren in onderwijs.', [], 'rhetoric'),
  d('D7', 'Demonstreren, dat is het recht van iedere burger om zijn mening te uiten.', [], 'a classification (a right), not what the word means'),
  d('D8', 'De Kamer, dat is het recht van het volk om gehoord te worden.', [], 'rhetoric'),
  d('D9', 'Privacy, dat is het recht om met rust gelaten te worden.', [['Privacy', 'het recht om met rust gelaten te worden']], 'definition by a right'),
  d('D10', 'De zorgplicht, dat is de plicht van de gemeente om hulp te bieden aan wie dat nodig heeft.', [['zorgplicht', 'de plicht van de gemeente om hulp te bieden aan wie dat nodig heeft']], 'definition by a duty'),
  d('D11', 'De AI-verordening, oftewel de Europese verordening over kunstmatige intelligentie, gaat in 2026 in.', [['AI-verordening', 'de Europese verordening over kunstmatige intelligentie']], 'acronym compound spelled out'),
  d('D12', 'De VWS-begroting, oftewel de begroting van dit jaar, is krap.', [], 'not the acronym spelled out, which budget is meant'),
  d('D13', 'De ICT-kosten, oftewel de kosten van het hele project, lopen op.', [], 'not spelled out'),
  d('D14', 'Waarheidsvinding, dat is het zoeken naar wat er echt is gebeurd.', [['Waarheidsvinding', 'het zoeken naar wat er echt is gebeurd']], 'a term that starts with "waar" is no R-word'),
  d('D15', 'Waarschuwingsfase, dat is de fase waarin de gemeente nog geen boete geeft.', [['Waarschuwingsfase', 'de fase waarin de gemeente nog geen boete geeft']], 'a term that starts with "waar"'),
  d('D16', 'Daarnaast, dat is het punt waar het om gaat, moet de regeling eenvoudiger.', [], 'R-word (control)'),
  d('D17', 'De wachttijd, dat is de tijd waarin een aanvrager wacht op een besluit, waarna de gemeente soms nog een maand nodig heeft voor de uitvoering.', [['wachttijd', 'de tijd waarin een aanvrager wacht op een besluit']], '", waarna" is what follows, not the meaning'),
  d('D18', 'Bij skimming, dat is het kopiëren van de gegevens op een bankpas, waarna de dief geld opneemt, is de bank aansprakelijk.', [['skimming', 'het kopiëren van de gegevens op een bankpas, waarna de dief geld opneemt']], 'the act goes on after ", waarna" (the form tested)'),
  d('D19', 'Stikstof verminderen, dat is het werken aan een gezonde natuur.', [], 'a claim, no definition'),
];

import { EXTRA as E1 } from './extra';
import { EXTRA as E2 } from './extra2';
export const ALL: Probe[] = [...OFFERS, ...INVITES, ...CLOSING, ...FORMS, ...DEFS, ...E1, ...E2].filter((p) => p.id !== 'S49');
