// Review 5 probes (new made-up sentences and mini-debates, general parliamentary Dutch), for the rules of commits
// 3868daf, 72b36af, 9223238 and 5d293d8. Expected answers decided by a careful reading before running.
import type { Probe } from '../review-4/probes';
export type { Probe };

const s = (id: string, sentence: string, expected: boolean, why: string): Probe => ({ id, area: 1, kind: 'sentence', sentence, expected, why });
const inv = (id: string, before: string, reply: string, expected: boolean, why: string): Probe => ({ id, area: 1, kind: 'invite', before, reply, expected, why });

/** 1a. A negation or hedge after a clause opener: the clause's, or the main verb's? */
export const NEGATIONS: Probe[] = [
  s('N1', 'Ik ga met de sector in gesprek over de vraag hoe we voorkomen dat huurders geen woning vinden.', true, 'the rule\'s own form: "geen" is in the clause of the question'),
  s('N2', 'Ik vraag de NVWA om te onderzoeken hoe het kan dat slachterijen geen toezicht krijgen.', true, '"geen" belongs to the "dat" clause'),
  s('N3', 'Ik ga met de gemeenten in gesprek over de vraag of het niet eenvoudiger kan.', true, '"niet" belongs to the "of" clause'),
  s('N4', 'Ik ga met de VNG in gesprek over hoe we kunnen voorkomen dat niemand de regeling nog begrijpt.', true, '"niemand" inside the "dat" clause'),
  s('N5', 'Ik ga daar niet met de sector over in gesprek.', false, 'negation of the act itself, before any opener (control)'),
  s('N6', 'Ik ga niet in gesprek met de sector over de vraag hoe we voorkomen dat huurders geen woning vinden.', false, '"niet" before the opener negates the act'),
  s('N7', 'Ik ga de bonden en de werkgevers niet uitnodigen voor dat overleg.', false, '"en" joins two objects: the "niet" is the main verb\'s'),
  s('N8', 'Ik ga om die reden niet in gesprek met de sector.', false, '"om die reden" is a phrase, not a clause: the act is negated'),
  s('N9', 'Ik ga als minister niet met de sector in gesprek over de huren.', false, '"als minister" = in my role; the act is negated'),
  s('N10', 'Ik ga de regeling die u noemt niet aanpassen.', false, 'the relative clause "die u noemt" ended; "niet" negates "aanpassen"'),
  s('N11', 'Ik ga de huurders die klagen misschien ook benaderen.', false, 'the hedge "misschien" is the main verb\'s, after a short relative clause'),
  s('N12', 'Ik ga de gemeenten hoe dan ook niet dwingen om dat te doen.', false, '"hoe dan ook" is an adverb; the act is negated'),
  s('N13', 'Ik vraag de NVWA of de provincies niet om dat te onderzoeken.', false, 'odd but negated: "of" joins two bodies, "niet" negates the asking'),
  s('N14', 'Ik vraag de NVWA om dat te onderzoeken en niet de gemeenten.', true, 'contrast: the NVWA is asked'),
  s('N15', 'Ik ga met de gemeenten in gesprek en niet met de provincies.', true, 'contrast: talks with the gemeenten promised'),
  s('N16', 'Ik ga met de VNG en het IPO, die allebei hebben gezegd dat ze de kosten niet kunnen dragen omdat er geen geld is, in gesprek over de verdeling.', true, 'long sentence: the negations sit in the relative clause between commas'),
  s('N17', 'Ik ga de sector vragen om de prijzen niet verder te verhogen.', true, 'the negation is in what the sector is asked'),
  s('N18', 'Ik ga dat wat mij betreft niet doen.', false, '"wat mij betreft" is a fixed phrase; the act is refused'),
  s('N19', 'Ik ga de gemeenten die dat willen waarschijnlijk helpen met een handreiking.', false, 'hedged: "waarschijnlijk" is the main verb\'s'),
  s('N20', 'Ik zal de Kamer voor de zomer informeren over de vraag waarom er geen geld is.', true, 'delivery with a time; negation in the "waarom" clause (control)'),
];

/** 1b. An "als" inside a clause of reason; a condition on asking a body. */
export const REASONS: Probe[] = [
  s('R1', 'Omdat ouders pas gerust zijn als ze weten waar ze aan toe zijn, vraag ik het RIVM om de scholen te onderzoeken.', true, 'the rule\'s form: "als" inside the reason'),
  s('R2', 'Omdat het om veel geld gaat als het misgaat, vraag ik de Rekenkamer om mee te kijken.', true, '"als" inside the reason'),
  s('R3', 'Want als het nodig is, vraag ik het RIVM om de scholen te onderzoeken.', false, '"want" opens the sentence; "als het nodig is" conditions the asking'),
  s('R4', 'Ik vraag het RIVM om de scholen te onderzoeken, want als het misgaat, zijn de kinderen de dupe.', true, '"als" inside the "want" clause; the asking is unconditional'),
  s('R5', 'Ik vraag het RIVM alleen om de scholen te onderzoeken als het nodig is.', false, 'a condition on the asking (control)'),
  s('R6', 'Omdat ik dat zorgvuldig wil doen, vraag ik het RIVM pas om een onderzoek als het nodig is.', false, '"pas … als het nodig is" conditions the asking, in the main clause'),
  s('R7', 'Aangezien het geld op is, vraag ik het CBS om de cijfers te leveren als dat kan.', false, 'hedged/conditional request in the main clause'),
  s('R8', 'Omdat het misgaat als we niets doen, vraag ik de NVWA om de slachterijen te controleren.', true, '"als" inside the reason'),
  s('R9', 'Omdat het moet vraag ik de NVWA om de slachterijen te controleren als het kan.', false, 'spoken without a comma: "als het kan" still hedges the asking, not the reason'),
  s('R10', 'Doordat de cijfers laat zijn vraag ik het CBS om ze eerder te leveren als dat mogelijk is.', false, 'no comma after the reason; "als dat mogelijk is" hedges the request'),
  s('R11', 'Ik vraag de inspectie om de scholen in Assen te bezoeken.', true, 'control without a reason clause (lower-case "de inspectie")'),
];

/** 1c. Passives with "met de Kamer gedeeld" and the habit guard. */
export const PASSIVES: Probe[] = [
  s('P1', 'De resultaten worden na de zomer met de Kamer gedeeld.', true, 'the rule\'s form'),
  s('P2', 'De uitkomsten van de pilot worden met u gedeeld zodra ze er zijn.', true, '"met u" = the Kamer; "zodra"'),
  s('P3', 'De resultaten worden al met de Kamer gedeeld.', false, 'done already'),
  s('P4', 'De resultaten worden elk jaar met de Kamer gedeeld.', false, 'a habit'),
  s('P5', 'De resultaten worden elk jaar in mei met de Kamer gedeeld.', false, 'a habit with a month: still standing practice, no new promise'),
  s('P6', 'De cijfers worden vanaf volgend jaar elk kwartaal met de Kamer gedeeld.', true, 'a new practice from next year'),
  s('P7', 'De resultaten worden al sinds 2020 met de Kamer gedeeld.', false, 'done for years'),
  s('P8', 'De resultaten werden vorig jaar met de Kamer gedeeld.', false, 'past'),
  s('P9', 'De resultaten worden niet met de Kamer gedeeld.', false, 'negated'),
  s('P10', 'Worden de resultaten met de Kamer gedeeld?', false, 'a question'),
  s('P11', 'De resultaten worden door de VNG met de Kamer gedeeld.', false, 'others act'),
  s('P12', 'De resultaten worden steeds vaker met de Kamer gedeeld.', false, 'a trend, not a promise'),
  s('P13', 'De zorgen van mevrouw Kat worden met de hele Kamer gedeeld.', false, '"gedeeld" = shared as a feeling'),
  s('P14', 'De resultaten kunnen met de Kamer worden gedeeld als daarom gevraagd wordt.', false, 'ability on a condition'),
  s('P15', 'De resultaten worden voor het kerstreces met de Kamer gedeeld, en ook daarna elk jaar.', true, 'a time and a habit after it: still promised before the recess'),
];

/** 1d. "komt … naar u toe". */
export const TOWARDS: Probe[] = [
  s('T1', 'De evaluatie komt voor de zomer naar u toe.', true, 'the rule\'s form with a time'),
  s('T2', 'Die brief komt naar u toe.', true, 'a letter (pointed at) comes to the Kamer'),
  s('T3', 'Die brief komt niet naar u toe.', false, 'negated'),
  s('T4', 'Die brief is vorige week al naar u toe gekomen.', false, 'past'),
  s('T5', 'De inspecteur komt naar u toe als u een klacht indient.', false, 'generic "u", a citizen'),
  s('T6', 'Wanneer komt die brief naar u toe?', false, 'a question'),
  s('T7', 'Ik kom graag naar u toe om dat uit te leggen.', false, 'an offer to visit and explain, not taken up'),
  s('T8', 'Die boete komt naar u toe als u te laat betaalt.', false, 'generic "u"; a fine, not a document'),
];

/** 1e. "In die brief ga ik in op …". */
export const INLETTER: Probe[] = [
  s('B1', 'In die brief ga ik ook in op de kosten.', true, 'the rule\'s form'),
  s('B2', 'In die brief ga ik in op de vraag waarom er geen geld is.', true, 'content of a letter to come'),
  s('B3', 'In de brief die u vorige week hebt ontvangen ga ik uitgebreid in op de kosten.', false, 'a letter already sent: describes it'),
  s('B4', 'In die brief gaat de ombudsman in op de kosten.', false, 'the ombudsman\'s letter'),
  s('B5', 'In die brief ga ik niet in op de kosten.', false, 'negated'),
  s('B6', 'In deze beantwoording ga ik eerst in op de kosten.', false, 'this debate\'s answer'),
  s('B7', 'Ik ga nu in op de vragen over de kosten.', false, 'this debate (control)'),
  s('B8', 'In die brief ging ik in op de kosten.', false, 'past'),
  s('B9', 'In dat rapport gaat het kabinet in op de kosten.', true, 'the cabinet\'s report to come: a promise about its content (borderline)'),
];

/** 1f. "Dat overzicht komt er". */
export const COMES: Probe[] = [
  s('O1', 'Dat overzicht komt er.', true, 'the rule\'s form'),
  s('O2', 'Die evaluatie komt er volgend jaar.', true, 'with a time'),
  s('O3', 'Dat overzicht komt er niet.', false, 'negated'),
  s('O4', 'Dat overzicht komt er toch al lang?', false, 'a rhetorical question'),
  s('O5', 'Of dat overzicht er komt, weet ik niet.', false, 'not known'),
  s('O6', 'Dat overzicht komt er vast wel, maar dat is aan de VNG.', false, 'the VNG\'s, a guess'),
  s('O7', 'Dat probleem komt er nog bij.', false, 'a problem, not a document'),
  s('O8', 'De heer Bos zegt: dat overzicht komt er.', false, 'quoting a member'),
  s('O9', 'Dat overzicht komt er, als de Kamer dat wil.', false, 'an offer on a condition'),
  s('O10', 'Dat rapport komt er pas als de gemeenten meewerken, en daar heb ik geen zicht op.', false, 'on a condition beyond the speaker'),
];

/** 1g. A promise after ";" when the part before says "straks". */
export const SEMI: Probe[] = [
  s('SC1', 'Op de kosten kom ik straks terug; de evaluatie stuur ik u voor de zomer.', true, 'the rule\'s form'),
  s('SC2', 'Ik kom daar straks op terug; dan ga ik ook in op de kosten.', false, 'both parts are this debate'),
  s('SC3', 'Ik kom straks terug op de kosten; dan krijgt u ook het overzicht van mij.', false, '"dan" = straks: given in this debate'),
  s('SC4', 'Straks kom ik op de kosten; ik kan u nu al zeggen dat de brief niet voor de zomer komt.', false, 'no promise after the ";"'),
  s('SC5', 'Ik ga straks in op de kosten; die brief stuur ik u niet voor de zomer.', false, 'negated after the ";"'),
  s('SC6', 'Straks meer over de kosten; ik ga niet beloven dat de brief voor de zomer komt.', false, 'a refusal to promise after the ";"'),
  s('SC7', 'Daar kom ik straks op; mevrouw Kat stuurt ons haar voorstel voor de zomer.', false, 'a member\'s act after the ";"'),
  s('SC8', 'Ik kom straks op de kosten; de brief daarover heeft u vorige week gekregen.', false, 'past after the ";"'),
  s('SC9', 'Daar kom ik straks op terug.', false, 'control: this debate'),
];

/** 1h. Invitations accepted with "Heel graag" / "Dat doe ik graag". */
export const INVITES: Probe[] = [
  inv('I1', 'Dan de uitnodiging van de heer Bos voor een werkbezoek aan de haven.', 'Heel graag.', true, '"Heel graag" accepts'),
  inv('I2', 'Mevrouw Kat nodigde mij uit om een keer mee te lopen met de wijkagent.', 'Dat doe ik graag.', true, '"Dat doe ik graag" accepts a visit'),
  inv('I3', 'De heer Bos vroeg mij om de cijfers toe te lichten.', 'Dat doe ik graag.', false, 'no invitation: explaining now'),
  inv('I4', 'Mevrouw Kat nodigde mij uit om dat hier toe te lichten.', 'Dat doe ik graag.', false, 'invited to explain now'),
  inv('I5', 'De heer Bos nodigde mij uit voor een werkbezoek.', 'Heel graag, maar dat lukt dit jaar niet meer.', false, 'refused after the yes'),
  inv('I6', 'De heer Bos nodigde mij uit voor een werkbezoek.', 'Heel graag zou ik komen, maar mijn agenda laat het niet toe.', false, 'a refusal'),
  inv('I7', 'Dan de uitnodiging van mevrouw Kat voor de opening in Zwolle.', 'Dat doe ik graag, als mijn agenda het toelaat.', false, 'on a condition'),
  inv('I8', 'Dan de uitnodiging van mevrouw Kat om haar motie mede te ondertekenen.', 'Heel graag.', false, 'signing a motion: this debate\'s business'),
  inv('I9', 'Mevrouw Kat vroeg of ik de Kamer vaker wil informeren over de wachtlijsten.', 'Heel graag.', true, 'a request to inform the Kamer, agreed'),
  inv('I10', 'Dan de uitnodiging van de heer Bos om in de tweede termijn terug te komen op de cijfers.', 'Heel graag.', false, 'this debate'),
  inv('I11', 'Dan de uitnodiging van de heer Bos om een keer mee te gaan op inspectie in de haven.', 'Heel graag.', true, 'a visit accepted with "Heel graag"'),
  inv('I13', 'Dan de uitnodiging van de heer Bos om de cijfers nog eens toe te lichten.', 'Heel graag.', false, 'invited to explain now'),
  inv('I14', 'Dan de uitnodiging van mevrouw Kat om straks terug te komen op de cijfers.', 'Dat doe ik graag.', false, 'this debate ("straks")'),
  inv('I12', 'Ik heb de heer Bos uitgenodigd voor een werkbezoek aan het ministerie.', 'Heel graag.', false, 'the speaker\'s own invitation'),
];

// 2. Closing lists.
const ITEMS = [
  'De minister stuurt de Kamer voor de zomer een brief over de tekorten in de jeugdzorg.',
  'De minister informeert de Kamer in het najaar over de uitkomst van het overleg met de gemeenten.',
  'De minister gaat in gesprek met de aanbieders over de wachtlijsten.',
];
const SEC = ['De staatssecretaris stuurt de Kamer in maart een brief over de pleegzorg.', 'De staatssecretaris bezoekt voor de zomer een instelling in Zeeland.'];
const TWELVE = Array.from({ length: 12 }, (_, i) => `De minister stuurt de Kamer een overzicht van de wachttijden in regio ${i + 1}.`);
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];
const dl = (xs: string[]) => xs.map((x) => `– ${x}`).join('\n');
const nl = (xs: string[]) => xs.map((x, i) => `(${i + 1}) ${x}`).join('\n');
const rl = (xs: string[]) => xs.map((x, i) => `${ROMAN[i]}. ${x}`).join('\n');
const al = (xs: string[]) => xs.map((x, i) => `${i + 1}. ${x}`).join('\n');
const hd = `Commissiedebat over de jeugdzorg\n\nMinister Jansen:\nIk stuur u voor de zomer een brief over de tekorten. Ik informeer u in het najaar over het overleg met de gemeenten.\n\nMevrouw Kat (D66):\nDank u wel.\n\n`;
const chair = (body: string) => `De voorzitter:\n${body}\n\n`;
const cl = 'De voorzitter:\nDan dank ik de minister en de leden voor hun inbreng. Ik sluit dit commissiedebat.\n';
const c = (id: string, debate: string, expected: string[], why: string): Probe => ({ id, area: 2, kind: 'closing', debate, expected, why });

export const CLOSING: Probe[] = [
  c('L1', `${hd}${chair(`Dank u wel. Ik kom bij de toezeggingen.\n${nl(ITEMS)}`)}${cl}`, ITEMS, '"Ik kom bij de toezeggingen" and "(1)" items (the rules\' form)'),
  c('L2', `${hd}${chair(`Dank u wel. Dan lees ik de toezeggingen voor.\n${rl(ITEMS)}`)}${cl}`, ITEMS, 'Roman numerals I.–III.'),
  c('L3', `${hd}${chair(`Dank u wel. Dan lees ik de toezeggingen voor.\n${rl(TWELVE)}`)}${cl}`, TWELVE, 'Roman numerals up to XII'),
  c('L4', `${hd}${chair(`Dank u wel. We komen nu bij de toezeggingen.\n${dl(ITEMS)}`)}${cl}`, ITEMS, '"We komen nu bij de toezeggingen"'),
  c('L5', `${hd}${chair(`Dank u wel. Ik loop even langs wat de minister heeft beloofd.\n${dl(ITEMS)}`)}${cl}`, ITEMS, '"Ik loop even langs wat de minister heeft beloofd"'),
  c('L6', `${hd}${chair(`Dank u wel. Dan lees ik de toezeggingen voor.\n${dl(ITEMS)}\nDan de stukken die we voor kennisgeving aannemen.\nI. Brief van de minister over de tekorten in de jeugdzorg.\nII. Brief van de staatssecretaris over de pleegzorg.`)}${cl}`, ITEMS, 'agenda items numbered I., II. after the list are no commitments'),
  c('L7', `${hd}${chair(`Dank u wel. Dan lees ik de toezeggingen voor.\n${dl(ITEMS)}\nDan de stukken die we voor kennisgeving aannemen.\n(1) Brief van de minister over de tekorten in de jeugdzorg.\n(2) Brief van de staatssecretaris over de pleegzorg.`)}${cl}`, ITEMS, 'agenda items numbered (1), (2) after the list are no commitments'),
  c('L8', `${hd}${chair(`Dank u wel. Dan lees ik de toezeggingen voor.\n${dl(ITEMS)}\nV. Jansen van de griffie stuurt de lijst morgen rond.`)}${cl}`, ITEMS, 'a name with the initial "V." at a paragraph start is no item'),
  c('L9', `${hd}${chair(`Dank u wel. Dan lees ik de toezeggingen voor.\n${dl(ITEMS)}`)}Mevrouw Kat (D66):\nVoorzitter, ik dien een motie in.\nDe Kamer,\ngehoord de beraadslaging,\nverzoekt de regering:\n(1) De minister stuurt de Kamer elk jaar een overzicht van de wachtlijsten.\n(2) De minister betrekt de gemeenten bij de aanpak.\nen gaat over tot de orde van de dag.\n\n${cl}`, ITEMS, 'a member\'s motion with "(1)" lines after the list adds nothing'),
  c('L10', `${hd}${chair(`Dank u wel. Dan lees ik de toezeggingen voor.\n${dl(ITEMS)}`)}Mevrouw Kat (D66):\nVoorzitter, nog een procedurepunt.\n\n${chair(`Dank u. Dan de verzoeken uit de procedurevergadering.\n(1) De minister wordt gevraagd een reactie te sturen op de brief van de VNG.\n(2) De minister wordt gevraagd de stukken voor 1 mei aan te leveren.`)}${cl}`, ITEMS, 'requests of the committee numbered (1), (2) in a later chair turn are no commitments and must not hide the list'),
  c('L11', `Commissiedebat over de jeugdzorg\n\n${chair(`Ik kom bij de toezeggingen uit het vorige commissiedebat.\n${dl(['De minister stuurt de Kamer een brief over de pleegvergoeding.', 'De minister gaat in gesprek met de VNG over de tarieven.'])}\nHet woord is aan mevrouw Kat.`)}Mevrouw Kat (D66):\nDank u. Ik heb zorgen over de tekorten.\n\nMinister Jansen:\nDie zorgen deel ik.\n\n${chair('Er zijn in dit debat geen toezeggingen gedaan.')}${cl}`, [], 'the chair recalls the last debate\'s commitments at the start; none made now'),
  c('L12', `Commissiedebat over de jeugdzorg\n\n${chair(`Ik kom bij de toezeggingen uit het vorige commissiedebat.\n${dl(['De minister stuurt de Kamer een brief over de pleegvergoeding.', 'De minister gaat in gesprek met de VNG over de tarieven.'])}\nHet woord is aan mevrouw Kat.`)}Mevrouw Kat (D66):\nDank u. Ik heb zorgen over de tekorten.\n\nMinister Jansen:\nIk stuur u voor de zomer een brief.\n\n${chair(`Dank u wel. Ik kom bij de toezeggingen.\n${dl(ITEMS)}`)}${cl}`, ITEMS, 'the old list at the start, the real list at the end: only the real one'),
  c('L13', `${hd}Mevrouw Kat (D66):\nIk kom bij de toezeggingen die ik mis.\n${dl(ITEMS)}\n\n${cl}`, [], 'a member\'s turn, not the chair\'s'),
  c('L14', `${hd}${chair(`Ik loop even langs wat de minister in het regeerakkoord heeft beloofd.\n${dl(['De minister halveert de wachtlijsten in de jeugdzorg.', 'De minister verlaagt de eigen bijdrage voor ouders.'])}\nHet woord is aan mevrouw Kat.`)}Mevrouw Kat (D66):\nDank u. Daar is weinig van terechtgekomen.\n\n${cl}`, [], 'the chair recalls the coalition agreement before the debate: no list of this debate'),
  c('L15', `${hd}${chair(`Dank u wel. Dan lees ik de toezeggingen voor.\n${al([...ITEMS, 'De minister stuurt de Kamer voor 1 juli de evaluatie van de pilot.'])}`)}Minister Jansen:\nVoorzitter, punt 4 klopt niet helemaal: de evaluatie komt in oktober.\n\n${chair('Dan passen we punt 4 aan. Dan luidt die als volgt:\n– De minister stuurt de Kamer in oktober de evaluatie van de pilot.')}${cl}`, [...ITEMS, 'De minister stuurt de Kamer in oktober de evaluatie van de pilot.'], '"punt 4" reworded after "Dan luidt die als volgt:" (the rule\'s form)'),
  c('L16', `${hd}${chair(`Dank u wel. Dan lees ik de toezeggingen voor.\n${rl([...ITEMS, 'De minister stuurt de Kamer voor 1 juli de evaluatie van de pilot.'])}`)}Minister Jansen:\nVoorzitter, bij punt II: dat is in de winter, niet in het najaar.\n\n${chair('Dan passen we punt II aan. Dan luidt die als volgt:\n– De minister informeert de Kamer in de winter over de uitkomst van het overleg met de gemeenten.')}${cl}`, [ITEMS[0]!, 'De minister informeert de Kamer in de winter over de uitkomst van het overleg met de gemeenten.', ITEMS[2]!, 'De minister stuurt de Kamer voor 1 juli de evaluatie van de pilot.'], '"punt II" replaced'),
  c('L17', `${hd}${chair(`Dank u wel. Dan lees ik de toezeggingen voor.\n${dl(ITEMS)}`)}Mevrouw Kat (D66):\nVoorzitter, komt die brief over de tekorten echt voor de zomer?\n\nMinister Jansen:\nJa, zoals toegezegd.\n\n${chair(`Dank u. Dan punt 2 van de agenda: de pleegzorg.\n${dl(SEC)}`)}${cl}`, [...ITEMS, ...SEC], '"punt 2 van de agenda" names an agenda item, not the second commitment'),
  c('L18', `${hd}${chair(`Dank u wel. Dan lees ik de toezeggingen voor.\n${dl(ITEMS)}`)}Mevrouw Kat (D66):\nVoorzitter, de toezegging over het overleg: dat is een goed punt, maar ik hoorde in de winter, niet in het najaar.\n\nMinister Jansen:\nDat klopt.\n\n${chair('Dat is een goed punt. Dan luidt die als volgt:\n– De minister informeert de Kamer in de winter over de uitkomst van het overleg met de gemeenten.')}${cl}`, [ITEMS[0]!, 'De minister informeert de Kamer in de winter over de uitkomst van het overleg met de gemeenten.', ITEMS[2]!], '"punt" as a point made; "die" = the item about the talks, the second'),
  c('L19', `${hd}${chair(`Dank u wel. Dan lees ik de toezeggingen voor.\n${al(ITEMS)}`)}Minister Jansen:\nVoorzitter, ik zeg ook toe dat ik de Kamer informeer over de pilot in Tilburg.\n\n${chair('Dank u. Die nemen we op als punt 4:\n– De minister informeert de Kamer over de pilot in Tilburg.')}${cl}`, [...ITEMS, 'De minister informeert de Kamer over de pilot in Tilburg.'], 'an item added as "punt 4": added, nothing replaced'),
  c('L20', `${hd}${chair(`Dank u wel. Dan lees ik de toezeggingen voor.\n${dl(ITEMS)}`)}${cl}`, ITEMS, 'control: the plain form'),
  c('L21', `${hd}${chair(`Dank u wel. Ik heb de volgende toezeggingen genoteerd.\n${al(ITEMS)}`)}Mevrouw Kat (D66):\nVoorzitter, over punt 3 van mijn inbreng: de aanbieders moeten ook de cliëntenraden horen.\n\nMinister Jansen:\nDat neem ik mee in het gesprek.\n\n${chair('Dank u. Dan komt er een toezegging bij:\n– De minister betrekt de cliëntenraden bij het gesprek met de aanbieders.')}${cl}`, [...ITEMS, 'De minister betrekt de cliëntenraden bij het gesprek met de aanbieders.'], '"punt 3 van mijn inbreng" is the member\'s point; an item is added'),
];

// 3. Definitions.
const d = (id: string, text: string, expected: string[][], why: string): Probe => ({ id, area: 3, kind: 'def', text, expected, why });
export const DEFS: Probe[] = [
  d('D1', 'Met hulp bij het huishouden bedoel ik de schoonmaakhulp van de gemeente.', [['hulp bij het huishouden', 'de schoonmaakhulp van de gemeente']], 'a four-word term (the rule\'s form)'),
  d('D2', 'Met zorg in de wijk bedoel ik de wijkverpleging.', [['zorg in de wijk', 'de wijkverpleging']], 'a four-word term'),
  d('D3', 'Onder hulp bij het huishouden verstaan we schoonmaakondersteuning door de gemeente.', [['hulp bij het huishouden', 'schoonmaakondersteuning door de gemeente']], '"Onder X verstaan we" with four words'),
  d('D4', 'Met wat ik net zei bedoel ik dat de kosten te hoog zijn.', [], 'a clause pointed back at, no term'),
  d('D5', 'Met het oog op de kosten bedoel ik niet dat we moeten bezuinigen.', [], '"met het oog op" is an idiom, no term'),
  d('D6', 'Onder leiding van de minister verstaan we elkaar goed.', [], '"onder leiding van" + "verstaan we elkaar": no definition'),
  d('D7', 'Onder collega\'s in de Raad verstaan we elkaar meestal prima.', [], '"verstaan we elkaar": no definition'),
  d('D8', 'Met een VOG bedoel ik de verklaring die werkgevers vragen van nieuwe medewerkers.', [['VOG', 'de verklaring die werkgevers vragen van nieuwe medewerkers']], 'acronym explained with a relative clause (the rule\'s form)'),
  d('D9', 'Met de NVWA bedoel ik de mensen die ik daar sprak.', [], 'points at people, does not say what NVWA is'),
  d('D10', 'Met de IND bedoel ik de dienst die al jaren achterloopt.', [], 'a judgement of the IND, not its meaning'),
  d('D11', 'Met het CBR bedoel ik de examinatoren die mij hebben gemaild.', [], 'points at people'),
  d('D12', 'Met de Wmo bedoel ik de Wet maatschappelijke ondersteuning.', [['Wmo', 'de Wet maatschappelijke ondersteuning']], 'control: spelled out'),
  d('D13', 'We wachten nog op het PAS, het Programma Aanpak Stikstof, dat de rechter heeft vernietigd.', [['PAS', 'het Programma Aanpak Stikstof']], 'an everyday word in capitals by its initials (the rule\'s form)'),
  d('D14', 'Het oordeel van de ARK, de Algemene Rekenkamer, is hard.', [['ARK', 'de Algemene Rekenkamer']], 'ARK spelled by its initials'),
  d('D15', 'Dat is het PUNT, het punt waar het vandaag om draait.', [], 'a word in capitals for stress'),
  d('D16', 'Het gaat om de ZORG, de zorg voor onze ouderen.', [], 'a word in capitals for stress'),
  d('D17', 'Het PAS, het plan van de provincies, ligt nog bij de rechter.', [], 'the apposition does not spell PAS'),
  d('D18', 'Wat we nodig hebben is de modal shift, oftewel de verschuiving van vrachtvervoer van de weg naar het water.', [['modal shift', 'de verschuiving van vrachtvervoer van de weg naar het water']], 'foreign adjective after the article (the rule\'s form)'),
  d('D19', 'Daarom krijgt de boer compensatie, oftewel een vergoeding voor de gemiste inkomsten.', [['compensatie', 'een vergoeding voor de gemiste inkomsten']], '"boer" is a noun, not part of the term'),
  d('D20', 'Voor een paspoort vraagt de gemeente leges, oftewel een vergoeding voor de kosten.', [['leges', 'een vergoeding voor de kosten']], '"gemeente" is a noun, not part of the term'),
  d('D21', 'In dat geval doet de minister aangifte, oftewel een melding bij de politie.', [['aangifte', 'een melding bij de politie']], '"minister" is a noun, not part of the term'),
  d('D22', 'Nederland vraagt in Brussel om de fair share, oftewel het eerlijke aandeel van elk land.', [['fair share', 'het eerlijke aandeel van elk land']], 'foreign adjective after the article'),
  d('D23', 'Het verdeelt via juste retour, oftewel het principe dat elk land terugkrijgt wat het inlegt.', [['juste retour', 'het principe dat elk land terugkrijgt wat het inlegt']], 'two-word term after a preposition (the rule\'s form)'),
  d('D24', 'Wij geven aan gemeenten compensatie, oftewel een vergoeding voor de extra kosten.', [['compensatie', 'een vergoeding voor de extra kosten']], 'the word after the preposition is its own noun'),
  d('D25', 'Het kabinet biedt voor ondernemers overbruggingskrediet, oftewel een tijdelijke lening tegen een lage rente.', [['overbruggingskrediet', 'een tijdelijke lening tegen een lage rente']], 'the word after the preposition is its own noun'),
  d('D26', 'Het gaat om achteraf betalen, oftewel het kopen op krediet.', [['achteraf betalen', 'het kopen op krediet']], 'two words after "om"'),
  d('D27', 'Er zijn plannen voor satellieten in LEO, oftewel de lage baan om de aarde.', [['LEO', 'de lage baan om de aarde']], 'the acronym\'s gloss whole (the rule\'s form)'),
  d('D28', 'De satelliet hangt in GEO, oftewel de geostationaire baan om de aarde.', [['GEO', 'de geostationaire baan om de aarde']], 'letters inside one adjective: the gloss whole'),
  d('D29', 'Het toezicht ligt bij de ILT, oftewel de Inspectie Leefomgeving en Transport, in Utrecht.', [['ILT', 'de Inspectie Leefomgeving en Transport']], 'control: spelled out'),
  d('D30', 'Een kleine kern, oftewel een dorp met minder dan 2.000 inwoners, krijgt extra steun.', [['kleine kern', 'een dorp met minder dan 2.000 inwoners']], 'a dot inside a number'),
  d('D31', 'Met een krimpgemeente bedoel ik een gemeente die 2,5 procent van haar inwoners verliest.', [['krimpgemeente', 'een gemeente die 2,5 procent van haar inwoners verliest']], 'a comma inside a number'),
  d('D32', 'Met een vangnet bedoel ik een uitkering van de gemeente, zodat niemand tussen wal en schip raakt.', [['vangnet', 'een uitkering van de gemeente']], '", zodat" is a purpose, not the meaning'),
  d('D33', 'Met de achterstand bedoel ik de aanvragen die nog niet zijn behandeld, zodat mensen soms maanden wachten.', [['achterstand', 'de aanvragen die nog niet zijn behandeld']], '", zodat" is a consequence, not the meaning, even after a relative clause'),
  d('D34', 'Onder mantelzorg verstaan we de zorg die familie en vrienden geven.', [['mantelzorg', 'de zorg die familie en vrienden geven']], 'control'),
  d('D35', 'Het OM, het Openbaar Ministerie, vervolgt de daders.', [['OM', 'het Openbaar Ministerie']], 'an everyday word ("om") in capitals, spelled'),
  d('D37', 'Met krimpgemeenten bedoel ik gemeenten met minder dan 10.000 inwoners. Daar zijn er veertig van.', [['krimpgemeenten', 'gemeenten met minder dan 10.000 inwoners']], 'a number, then the sentence ends'),
  d('D38', 'De SDE, oftewel de subsidie voor duurzame energie van 1,5 miljard, loopt af.', [['SDE', 'de subsidie voor duurzame energie']], 'the amount after the name is not its meaning'),
  d('D40', 'Met alles wat we nu weten bedoel ik de cijfers van het CBS.', [], 'a four-word phrase pointed at, no term'),
  d('D39', 'Het CBS, oftewel het Centraal Bureau voor de Statistiek, telde in 2023 17.900.000 inwoners.', [['CBS', 'het Centraal Bureau voor de Statistiek']], 'a number later in the sentence stays out'),
  d('D36', 'Met de mensen in de wijk bedoel ik niet de ambtenaren.', [], 'a negated meaning: says what is not meant'),
];

export const CONTROLS: Probe[] = [
  s('K1', 'Ik stuur de Kamer voor de zomer een brief over de kosten.', true, 'control'),
  s('K2', 'Ik stuur de Kamer geen brief over de kosten.', false, 'control'),
  s('K3', 'Ik ga met de sector in gesprek over de wachtlijsten.', true, 'control'),
  s('K4', 'Ik vraag de NVWA om de slachterijen in Assen te bezoeken.', true, 'control'),
  s('K5', 'Ik ga niet met de sector in gesprek.', false, 'control'),
  inv('K6', 'Dan de uitnodiging van de heer Bos voor een werkbezoek aan Assen.', 'Daar kom ik graag.', true, 'control'),
];

export const ALL: Probe[] = [...NEGATIONS, ...REASONS, ...PASSIVES, ...TOWARDS, ...INLETTER, ...COMES, ...SEMI, ...INVITES, ...CLOSING, ...DEFS, ...CONTROLS];
