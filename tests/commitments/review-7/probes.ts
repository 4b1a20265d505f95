// Review 7 probes (new made-up sentences and mini-debates, general parliamentary Dutch), for the rules of commits
// de6a699, 64faa65, f83ddae, 041b051, df036a2, fd5ff2b and b3386d5. Expected answers decided by a careful reading
// before running.
import type { Probe } from '../review-4/probes';
import { s, inv, deb, c, d } from '../../helpers/review-probe-builders';
export type { Probe };

/** 1. f83ddae: an act said not to happen after "maar" / "al" (wontHappen). */
const DELFZIJL = 'De heer Bos nodigde mij uit voor een werkbezoek aan de haven van Delfzijl.';
export const WONT: Probe[] = [
  s('H1', 'Ik wil de Kamer graag voor de zomer over de uitkomsten informeren, maar dat gaat niet lukken.', false, '"maar dat gaat niet lukken": the act will not happen'),
  s('H2', 'Ik bezoek graag de opvang in Ter Apel, maar het zal er dit jaar niet van komen.', false, '"maar het zal er … niet van komen"'),
  s('H3', 'Ik stuur u graag de cijfers per regio, maar dat kan helaas niet.', false, '"maar dat kan helaas niet"'),
  s('H5', 'Ik stuur u graag de cijfers per gemeente, maar het gaat niet lukken om die te verzamelen.', false, 'generalisation: the act fails, the "niet" does not end the clause'),
  s('H6', 'Ik kom graag naar de Veenkoloniën, maar dat zit er dit jaar niet in.', false, 'generalisation: "zit er niet in"'),
  s('H7', 'Ik ga graag met de burgemeester van Venlo praten, maar het komt er voorlopig niet van.', false, 'generalisation: "komt er niet van"'),
  s('H8', 'Ik informeer de Kamer voor 1 juni over de wachtlijsten, al zal het beeld dan nog niet compleet zijn.', true, 'a concession about completeness; the act stands'),
  s('H9', 'Ik stuur de Kamer in september de evaluatie, maar het kan niet eerder dan dat.', true, 'not earlier: the September date stands'),
  s('H10', 'Ik ga met de provincies in gesprek over de kosten, maar dat gaat niet van vandaag op morgen.', true, '"niet van vandaag op morgen": slow, not refused'),
  s('H11', 'Ik stuur de Kamer voor de zomer een brief, maar het zal de zorgen van de boeren niet wegnemen.', true, 'the letter comes; it will not remove worries'),
  s('H12', 'Ik stuur u voor de zomer het rapport, al gaat dat niet vanzelf.', true, '"niet vanzelf": effort, not refusal'),
  s('H13', 'Ik stuur u de brief over de tarieven in oktober; ik weet dat de heer Bos hem eerder wil, maar dat kan niet.', true, 'what cannot happen is the earlier date; the October letter is promised'),
  s('H14', 'Ik kom in het najaar met het wetsvoorstel; mevrouw Kat wil het sneller, maar dat gaat niet lukken.', true, 'what fails is the member\'s wish; the bill in the autumn is promised'),
  s('H15', 'De brief komt voor de zomer naar de Kamer, maar het overzicht per gemeente gaat niet lukken.', true, 'another thing fails; the letter is promised'),
  inv('H17', DELFZIJL, 'Ik kom graag naar Delfzijl, maar dat gaat dit jaar niet meer lukken.', false, 'invitation declined: "niet meer lukken"'),
  inv('H18', DELFZIJL, 'Ik kom graag naar Delfzijl, maar het zal niet voor de zomer zijn.', true, 'the visit comes later, not refused'),
  inv('H19', 'Mevrouw Kat nodigde mij uit voor de opening van het nieuwe hospice in Zwolle.', 'Ik kom graag naar die opening, al zal dat helaas niet lukken.', false, '", al zal dat helaas niet lukken" takes the visit back'),
  inv('H20', DELFZIJL, 'Ik kom graag naar Delfzijl, maar dat kan pas na de zomer.', true, 'a later date, no "niet"'),
  deb('H21', 'Wil de minister een keer komen kijken bij de boerderijen in de Gelderse Vallei?', 'Ik kom graag eens kijken in de Gelderse Vallei, maar dat lukt dit jaar niet. Dan de mestregels.', 'Ik kom graag eens kijken in de Gelderse Vallei, maar dat lukt dit jaar niet.', false, 'an invitation in the debate, declined'),
  s('H22', 'Ik zou dat graag bij het IPO op tafel leggen, maar dat gaat niet lukken.', false, 'interaction with "op tafel": said not to happen'),
];

/** 2a. fd5ff2b: a reason or time put first keeps its own "moeten". */
export const FRONTED: Probe[] = [
  s('R1', 'Omdat gemeenten hun begroting in het najaar moeten vaststellen, stuur ik de Kamer voor 1 september een brief over de bedragen.', true, 'the reason\'s "moeten"; a letter promised'),
  s('R3', 'Doordat veel boeren op hun vergunning moeten wachten, vraag ik de provincies om die aanvragen voorrang te geven.', true, '"doordat … moeten", then a body asked'),
  s('R4', 'Omdat huurders moeten weten waar ze aan toe zijn, informeer ik de Kamer voor 1 juli over de nieuwe huurregels.', true, 'the reason\'s "moeten"; informing with a date'),
  s('R5', 'Hoewel gemeenten moeten bezuinigen, vraag ik de VNG om mee te betalen aan de opvang.', true, 'generalisation: a concession put first ("hoewel")'),
  s('R6', 'Terwijl de gemeenten de plannen moeten uitvoeren, vraag ik de VNG om een overzicht van de knelpunten.', true, 'generalisation: "terwijl" put first'),
  s('R7', 'Omdat boeren op hun geld wachten, moeten we BIJ12 vragen om sneller te betalen.', false, 'the main clause\'s own "moeten": a call, no promise'),
  s('R8', 'Als gemeenten extra taken moeten uitvoeren, stuur ik de Kamer een brief over de kosten.', false, 'a condition put first'),
  s('R9', 'Omdat gemeenten moeten bezuinigen, heb ik de VNG om een overzicht gevraagd.', false, 'past: done'),
  s('R10', 'Omdat de minister van Financiën eerst moet instemmen, kan ik nu nog niets toezeggen.', false, 'a refusal'),
  s('R11', 'Omdat ik eerst met de provincies moet overleggen, kan ik de brief niet voor de zomer sturen.', false, 'negated'),
  s('R13', 'De provincies moeten eerst hun plannen indienen, en omdat dat tijd kost, stuur ik de brief pas in oktober.', true, 'a duty of others, then "en omdat …," and a letter promised'),
];

/** 2b. fd5ff2b: a body asked by kind and name. */
export const BY_KIND: Probe[] = [
  s('G1', 'Daarom vraag ik de provincies Groningen en Drenthe om een plan voor de bodemdaling.', true, 'provinces by kind and name'),
  s('G2', 'Ik vraag de waterschappen Rivierenland en Brabantse Delta om hun dijkplannen te versnellen.', true, 'water boards by kind and name'),
  s('G3', 'Ik vraag de gemeente Almere om de noodopvang tot de zomer open te houden.', true, 'one municipality by kind and name'),
  s('G4', 'Wij vragen de steden Amsterdam en Utrecht om mee te doen aan de proef.', true, '"wij vragen", cities by kind and name'),
  s('G5', 'Ik vraag de provincie Limburg of zij de proef met de buurtbus wil voortzetten.', true, 'asked "of"'),
  s('G6', 'Ik vraag de indieners Bos en Kat om hun moties samen te voegen.', false, 'members by role and name: this debate'),
  s('G7', 'Ik vraag de heer Van Dijk om zijn amendement aan te houden.', false, 'a member'),
  s('G8', 'Ik vraag de gemeenten Utrecht en Amersfoort niet om extra opvangplaatsen.', false, 'negated'),
  s('G9', 'Ik vraag de gemeenten Utrecht en Amersfoort al jaren om meer opvangplaatsen.', false, 'done for years, nothing new'),
  s('G13', 'Ik vraag de fractie van de PVV om haar motie aan te houden.', false, 'a party group: this debate'),
];

/** 2c. fd5ff2b: a point laid before a party ("op tafel"). */
export const ON_TABLE: Probe[] = [
  s('T1', 'Dat leg ik bij de VNG op tafel.', true, 'the rule\'s form with another party'),
  s('T2', 'Die vraag leg ik volgende week bij de provincies op tafel.', true, 'a time between'),
  s('T3', 'Ik leg het voorstel van mevrouw Kat bij de sector op tafel.', true, 'subject first'),
  s('T5', 'Dat ligt al bij de VNG op tafel.', false, 'a state, not the speaker\'s act'),
  s('T6', 'Dat heb ik vorige maand bij het IPO op tafel gelegd.', false, 'past'),
  s('T7', 'Dat leg ik niet bij het IPO op tafel.', false, 'negated'),
  s('T8', 'De VNG legt dat voorstel bij mij op tafel.', false, 'someone else acts'),
  s('T9', 'Als de Kamer dat wil, leg ik dat bij het IPO op tafel.', false, 'an offer on a condition, not taken up'),
  s('T11', 'Ik leg bij dezen de cijfers op tafel: het gaat om 300 miljoen.', false, '"bij dezen" = hereby: figures given now'),
  s('T13', 'Omdat provincies meer moeten betalen, leg ik dat bij het IPO op tafel.', true, 'interaction: a reason with "moeten" put first'),
  deb('T14', 'Wil de minister dit voorstel met de waterschappen bespreken?', 'Dat punt leg ik bij de Unie van Waterschappen op tafel. Dan de kosten.', 'Dat punt leg ik bij de Unie van Waterschappen op tafel.', true, 'an answer to a request in the debate'),
];

/** 2d. fd5ff2b: an arrangement that the speaker's side will deliver. */
export const AGREED: Probe[] = [
  s('A1', 'Ik heb met de minister van Financiën afgesproken dat we de Kamer voor 1 oktober een brief sturen over de dekking.', true, 'arranged that we send a letter'),
  s('A2', 'We hebben met de provincies afgesproken dat wij voor de zomer met een uitvoeringsplan komen.', true, '"we hebben … dat wij … komen met"'),
  s('A3', 'Ik heb met de sector afgesproken dat we voor de zomer om tafel gaan over de tarieven.', true, 'talks with a time'),
  s('A5', 'Ik heb met de VNG afgesproken dat zij de Kamer voor de zomer informeert.', false, 'the other party acts'),
  s('A6', 'Vorig jaar heb ik met de VNG afgesproken dat we de Kamer elk halfjaar informeren.', false, 'an arrangement of last year, retold'),
  s('A7', 'Ik heb met de VNG niet afgesproken dat we de kosten dragen.', false, 'no arrangement'),
  s('A8', 'Ik heb met de VNG afgesproken dat we de kosten niet vergoeden.', false, 'arranged not to act'),
  s('A10', 'Ik heb met de VNG afgesproken dat we de Kamer voor de zomer informeren, maar dat gaat niet lukken.', false, 'interaction: said not to happen'),
  s('A11', 'Ik heb met de NZa afgesproken dat zij voor de zomer een advies uitbrengt en dat ik de Kamer daarna informeer.', true, 'the other party first, then the speaker informs the Kamer'),
  deb('A12', 'Wanneer krijgt de Kamer de cijfers over de wachtlijsten?', 'Ik heb met het CBS afgesproken dat we die cijfers in mei publiceren. Dan de tarieven.', 'Ik heb met het CBS afgesproken dat we die cijfers in mei publiceren.', true, 'an answer in the debate: published in May'),
];

/** 2e. fd5ff2b: "de eerste toezegging …" names a list item. */
export const LIST_PLACE: Probe[] = [
  s('P1', 'De tweede toezegging is te ruim geformuleerd.', false, 'names an item'),
  s('P2', 'De laatste toezegging klopt niet helemaal.', false, 'names an item'),
  s('P4', 'Een eerste toezegging is dat ik de Kamer voor de zomer informeer over de wachtlijsten.', true, 'a first promise, said'),
  s('P5', 'Mijn tweede toezegging is dat ik voor 1 oktober met de VNG in gesprek ga over de tarieven.', true, 'a second promise, said'),
  s('P6', 'De eerste toezegging is te stevig: ik kan niet beloven dat de brief voor de zomer komt.', false, 'an item named and weakened'),
  s('P7', 'Ik zeg u toe dat de tweede evaluatie voor de zomer naar de Kamer komt.', true, '"tweede" before another noun; a promise'),
];

/** 3. 041b051 and df036a2: the closing list. */
const ITEMS = [
  'De minister stuurt de Kamer voor de zomer een brief over de dienstregeling.',
  'De minister maakt met de vervoerders afspraken over de tarieven.',
  'De staatssecretaris beantwoordt de vragen over de regiotaxi schriftelijk.',
];
const NEWV = [
  'De minister maakt met de vervoerders afspraken over de tarieven.',
  'De staatssecretaris beantwoordt de vragen over de regiotaxi schriftelijk.',
  'De minister voert voor de zomer een gesprek met de provincies over de buslijnen.',
];
const PLURAL = [
  'De minister en de staatssecretaris sturen de Kamer voor de zomer een brief over de toegankelijkheid van stations.',
  'De staatssecretaris start in het najaar een proef met gratis vervoer voor mantelzorgers.',
  'De minister evalueert de nieuwe concessie in 2027 en deelt de uitkomsten met de Kamer.',
];
const TWO = [
  'De minister en de staatssecretaris komen voor de zomer met een plan voor het streekvervoer.',
  'De staatssecretaris houdt in het najaar een rondetafelgesprek met reizigersorganisaties.',
];
const TALKS = 'De minister gaat met de vervoerders in gesprek over de tarieven.';
const MAY_THIRD = 'De staatssecretaris beantwoordt de vragen over de regiotaxi voor 1 mei schriftelijk.';
const HD =
  'Commissiedebat over het openbaar vervoer\n\nMinister De Vries:\nIk stuur u voor de zomer een brief over de dienstregeling. Ik maak met de vervoerders afspraken over de tarieven.\n\nStaatssecretaris Bakker:\nDe vragen over de regiotaxi beantwoord ik schriftelijk.\n\nMevrouw Kat (D66):\nDank u wel.\n\n';
const TITLE = 'Commissiedebat over het openbaar vervoer\n\n';
const chair = (body: string) => `De voorzitter:\n${body}\n\n`;
const CL = 'De voorzitter:\nDan dank ik de bewindspersonen en de leden voor hun inbreng. Ik sluit dit commissiedebat.\n';
const pl = (xs: string[]) => xs.join('\n');
const dl = (xs: string[]) => xs.map((x) => `– ${x}`).join('\n');
const al = (xs: string[]) => xs.map((x, i) => `${i + 1}. ${x}`).join('\n');
const READ = `Dank u wel. Dan lees ik de toezeggingen voor.\n${al(ITEMS)}`;
const minister = (text: string) => `Minister De Vries:\n${text}\n\n`;
const sec = (text: string) => `Staatssecretaris Bakker:\n${text}\n\n`;

export const CLOSING: Probe[] = [
  c('L1', `${HD}${chair(`Dank u wel. Ik loop de toezeggingen nog even met u door.\n${pl(ITEMS)}`)}${CL}`, ITEMS, '"Ik loop de toezeggingen … met u door", items unmarked'),
  c('L2', `${HD}${chair(`Dank u wel. Dan lopen we de toezeggingen na.\n${dl(ITEMS)}`)}${CL}`, ITEMS, '"Dan lopen we de toezeggingen na"'),
  c('L3', `${HD}${chair(`Voordat ik afsluit, wil ik de lijst met toezeggingen graag met u nalopen.\n${al(ITEMS)}`)}${CL}`, ITEMS, '"de lijst met toezeggingen … nalopen"'),
  c('L4', `${HD}${chair(`Dank u wel.\n${dl(NEWV)}`)}${CL}`, NEWV, 'unannounced marked items with "maakt", "beantwoordt", "voert"'),
  c('L5', `${HD}${chair(`Dank u wel.\n${pl(PLURAL)}`)}${CL}`, PLURAL, 'unannounced plain run: "sturen" after two members of government, "start", "evalueert"'),
  c('L6', `${HD}${chair(`Dank u wel.\n${dl(TWO)}`)}${CL}`, TWO, 'unannounced two marked items: "komen" plural, "houdt"'),
  c(
    'L7',
    `${TITLE}${chair('Welkom allemaal.\nDe minister maakt vandaag voor het eerst zijn opwachting in deze commissie.\nDe staatssecretaris houdt het vandaag kort vanwege een afspraak in Brussel.\nDe minister stelt het op prijs dat er zoveel publiek op de tribune zit.\nHet woord is aan mevrouw Kat.')}Mevrouw Kat (D66):\nDank u. Ik maak mij zorgen over de buslijnen.\n\n${minister('Die zorgen deel ik.')}${chair('Er zijn geen toezeggingen gedaan.')}${CL}`,
    [],
    'the chair\'s opening remarks with "maakt", "houdt", "stelt": no commitments',
  ),
  c(
    'L8',
    `${TITLE}${chair('Ik loop eerst even de toezeggingen uit het commissiedebat van maart met u door.\nDe minister stuurt de Kamer een brief over de nachttreinen.\nDe minister gaat met NS in gesprek over de tarieven.\nHet woord is aan mevrouw Kat.')}Mevrouw Kat (D66):\nDank u. Van die brief heb ik nog niets gezien.\n\n${minister('Die komt eraan.')}${chair('Er zijn in dit debat geen toezeggingen gedaan.')}${CL}`,
    [],
    'the chair goes over the commitments of an earlier debate at the start; none made now',
  ),
  c('L9', `${HD}${chair('We lopen flink uit, dus de toezeggingen stuurt de griffier u per e-mail.\nDe minister moet helaas direct door naar de ministerraad.')}${CL}`, [], '"lopen … uit" is running late; no list read'),
  c(
    'L10',
    `${HD}${chair('Dank u wel. Ik vat kort samen wat de minister heeft gezegd.\n– De minister stelt dat de tarieven volgend jaar gelijk blijven.\n– De minister houdt vast aan de huidige concessie.\n– De minister maakt zich zorgen over het tekort aan buschauffeurs.')}${CL}`,
    [],
    'a summary of positions with "stelt", "houdt", "maakt": no commitments',
  ),
  c(
    'L11',
    `${HD}${chair(`Dank u wel. Ik loop de toezeggingen met u door.\n${al(ITEMS)}`)}${minister('Voorzitter, de tweede toezegging klopt niet: ik ga met de vervoerders in gesprek, afspraken kan ik nog niet beloven.')}${chair(`Dan pas ik die aan:\n– ${TALKS}`)}${CL}`,
    [ITEMS[0]!, TALKS, ITEMS[2]!],
    '"Dan pas ik die aan:" after the second corrected, with the new announcement',
  ),
  c(
    'L12',
    `${HD}${chair(READ)}${minister('Voorzitter, de eerste toezegging klopt niet helemaal: die brief komt pas na de zomer.')}${chair('Dank u. Dan lees ik hem opnieuw voor:\n– De minister stuurt de Kamer na de zomer een brief over de dienstregeling.')}${CL}`,
    ['De minister stuurt de Kamer na de zomer een brief over de dienstregeling.', ITEMS[1]!, ITEMS[2]!],
    '"Dan lees ik hem opnieuw voor" after the first corrected',
  ),
  c(
    'L13',
    `${HD}${chair(READ)}${minister('Voorzitter, de tweede toezegging is te stevig geformuleerd; dat moet zijn: ik ga met de vervoerders in gesprek over de tarieven.')}${chair(`Die passen we aan:\n– ${TALKS}`)}${CL}`,
    [ITEMS[0]!, TALKS, ITEMS[2]!],
    'generalisation: "Die passen we aan" (pronoun first)',
  ),
  c(
    'L14',
    `${HD}${chair(READ)}${sec('Voorzitter, de derde toezegging klopt niet: ik beantwoord die vragen voor 1 mei.')}${chair(`Dan wijzig ik die:\n– ${MAY_THIRD}`)}${CL}`,
    [ITEMS[0]!, ITEMS[1]!, MAY_THIRD],
    '"Dan wijzig ik die" after the third corrected by the state secretary',
  ),
  c(
    'L15',
    `${HD}${chair(READ)}${minister('Voorzitter, de toezegging over de tarieven klopt niet: ik ga met de vervoerders in gesprek, maar afspraken beloof ik niet.')}${chair(`Dan pas ik die aan:\n– ${TALKS}`)}${CL}`,
    [ITEMS[0]!, TALKS, ITEMS[2]!],
    'the corrected item named by its subject (the middle one), not its place',
  ),
  c(
    'L16',
    `${HD}${chair(READ)}Mevrouw Kat (D66):\nVoorzitter, kan bij de tweede toezegging nog "voor de zomer" komen?\n\n${minister('Dat is goed.')}${chair('Dan pas ik die aan:\n– De minister maakt voor de zomer met de vervoerders afspraken over de tarieven.')}${CL}`,
    [ITEMS[0]!, 'De minister maakt voor de zomer met de vervoerders afspraken over de tarieven.', ITEMS[2]!],
    'a member asks to adjust the second item, the minister agrees, the chair adjusts "die"',
  ),
  c(
    'L17',
    `${HD}${chair(READ)}${minister('Voorzitter, de tweede toezegging klopt niet: afspraken kan ik niet beloven, een gesprek wel.')}${chair(`Dan passen we die toezegging aan. Die luidt nu als volgt:\n– ${TALKS}`)}${CL}`,
    [ITEMS[0]!, TALKS, ITEMS[2]!],
    '"Dan passen we die toezegging aan. Die luidt nu als volgt:"',
  ),
  c(
    'L18',
    `${HD}${chair(READ)}${sec('Voorzitter, de derde toezegging klopt niet: ik beantwoord die vragen voor 1 mei.')}${chair(`Dank u. Dan lees ik ze alle drie opnieuw voor:\n${dl([ITEMS[0]!, ITEMS[1]!, MAY_THIRD])}`)}${CL}`,
    [ITEMS[0]!, ITEMS[1]!, MAY_THIRD],
    '"ze alle drie": the whole list read again, not added',
  ),
  c(
    'L19',
    `${HD}${chair(READ)}${minister('Voorzitter, ik heb ook toegezegd dat ik de Kamer informeer over de proef in Zeeland.')}${chair('Dat klopt. Die voeg ik toe:\n– De minister informeert de Kamer over de proef in Zeeland.')}${CL}`,
    [...ITEMS, 'De minister informeert de Kamer over de proef in Zeeland.'],
    '"Die voeg ik toe": added, nothing replaced',
  ),
];

/** 4a. de6a699: a sentence adverb or pronominal adverb is never a term. */
export const ADVERBS: Probe[] = [
  d('V1', 'Verder, dat is een punt dat veel ouders zorgen baart, zijn de wachtlijsten te lang.', [], '"Verder" opens a new point'),
  d('V2', 'Ten slotte, dat is de vraag die mij het meest bezighoudt: wat kost dit de burger?', [], '"Ten slotte" opens a new point'),
  d('V3', 'Hieronder, dat zijn de regels die in de bijlage staan, vallen ook de particuliere scholen.', [], '"Hieronder": a pronominal adverb'),
  d('V6', 'Bovendien, dat is een zorg die de hele sector deelt, stijgen de kosten.', [], 'generalisation: "Bovendien"'),
  d('V7', 'Allereerst, dat is het punt waar het vandaag om draait, de veiligheid van de dijken.', [], 'generalisation: "Allereerst"'),
  d('V8', 'Daarnaast is er de mantelzorger, dat is iemand die langdurig voor een naaste zorgt.', [['mantelzorger', 'iemand die langdurig voor een naaste zorgt']], 'the sentence opens with "Daarnaast"; the term is the noun later'),
  d('V9', 'Verder noem ik de ervaringsdeskundige, dat is iemand die zelf schulden heeft gehad.', [['ervaringsdeskundige', 'iemand die zelf schulden heeft gehad']], '"Verder" opens; a real term after it'),
  d('V10', 'Tot slot de zorgmijder, dat is iemand die hulp afwijst terwijl hij die wel nodig heeft.', [['zorgmijder', 'iemand die hulp afwijst terwijl hij die wel nodig heeft']], '"Tot slot" opens; the term follows'),
  d('V11', 'Ten tweede, dat wil zeggen het belangrijkste punt van vandaag, gaat het om de kosten.', [], '"Ten tweede" with "dat wil zeggen"'),
];

/** 4b. 64faa65: a list of bare nouns after the gloss's preposition. */
export const LISTS: Probe[] = [
  d('O1', 'Dit raakt de vaste lasten, oftewel de uitgaven aan huur, energie en verzekeringen.', [['vaste lasten', 'de uitgaven aan huur, energie en verzekeringen']], '"aan" and a list of bare nouns'),
  d('O2', 'Het gaat om de basisbehoeften, oftewel de behoefte aan eten, drinken en onderdak.', [['basisbehoeften', 'de behoefte aan eten, drinken en onderdak']], '"aan" and a list'),
  d('O3', 'Wij investeren in de fysieke infrastructuur, oftewel het onderhoud van bruggen, sluizen en stuwen.', [['fysieke infrastructuur', 'het onderhoud van bruggen, sluizen en stuwen']], '"van" and a list'),
  d('O4', 'Ouderen hebben moeite met digitale vaardigheden, oftewel het omgaan met formulieren, apps en wachtwoorden.', [['digitale vaardigheden', 'het omgaan met formulieren, apps en wachtwoorden']], '"met" and a list'),
  d('O5', 'Het kabinet trekt geld uit voor vroegsignalering, oftewel het opsporen van achterstanden bij huur, energie en zorgverzekering.', [['vroegsignalering', 'het opsporen van achterstanden bij huur, energie en zorgverzekering']], 'a long gloss, "bij" and a list'),
  d('O6', 'Dat geldt voor de woonlasten, oftewel de kosten van wonen, zeggen de corporaties en de huurders.', [['woonlasten', 'de kosten van wonen']], 'near-miss: who says it follows, no list of the gloss'),
  d('O7', 'Het gaat om de woonlasten, oftewel de kosten van wonen, in Amsterdam en Utrecht.', [['woonlasten', 'de kosten van wonen']], 'near-miss: the places after it are no items of the gloss'),
  d('O8', 'Het gaat om de zorgkosten, oftewel de kosten van zorg, en die stijgen elk jaar.', [['zorgkosten', 'de kosten van zorg']], 'near-miss: a new clause after the comma'),
];

/** 4c. b3386d5: capitalised adjectives, bare abstract nouns, a second relative clause, "Wat wij X noemen", frames, "niet alleen". */
export const DEFS: Probe[] = [
  d('D1', 'Wij kiezen voor het Deense model, oftewel een stelsel waarin ontslag makkelijk is en werklozen goed worden opgevangen.', [['Deense model', 'een stelsel waarin ontslag makkelijk is en werklozen goed worden opgevangen']], 'a capitalised adjective mid-sentence'),
  d('D2', 'Nederland kent het Rijnlandse model, oftewel overleg tussen werkgevers, werknemers en overheid.', [['Rijnlandse model', 'overleg tussen werkgevers, werknemers en overheid']], 'capitalised adjective, a list in the gloss'),
  d('D4', 'Ik sprak gisteren met Anna de Groot, oftewel de wethouder van Zwolle.', [], 'a person\'s name, no term'),
  d('D6', 'Transparantie, dat wil zeggen dat burgers kunnen zien hoe besluiten tot stand komen, is voor ons het uitgangspunt.', [['transparantie', 'dat burgers kunnen zien hoe besluiten tot stand komen']], 'a bare abstract noun on "-tie"'),
  d('D8', 'Ketenregie, dat wil zeggen dat één partij de hele keten aanstuurt, ontbreekt nu.', [['ketenregie', 'dat één partij de hele keten aanstuurt']], 'generalisation: an abstract noun on "-gie"'),
  d('D9', 'Maatwerk, dat wil zeggen dat de gemeente per persoon bekijkt wat nodig is, is het uitgangspunt van de wet.', [['maatwerk', 'dat de gemeente per persoon bekijkt wat nodig is']], 'generalisation: an abstract noun without a suffix'),
  d('D10', 'Vertraging, dat wil zeggen dat de bouw pas in 2030 begint, is nu onvermijdelijk.', [], 'near-miss: what the delay amounts to here, not what the word means'),
  d('D11', 'Samenwerking, dat wil zeggen dat ik met de provincies om tafel ga, is de volgende stap.', [], 'near-miss: the speaker\'s plan'),
  d('D12', 'Er komt meer geld voor de wijkverpleging, oftewel verpleegkundigen die mensen thuis verzorgen, of die hen helpen met hun medicijnen.', [['wijkverpleging', 'verpleegkundigen die mensen thuis verzorgen, of die hen helpen met hun medicijnen']], '", of die …": a second relative clause'),
  d('D13', 'Wij kiezen voor het inclusieve onderwijs, oftewel een school waarin alle kinderen samen leren, zonder aparte klassen, en waarin de hulp in de klas komt.', [['inclusieve onderwijs', 'een school waarin alle kinderen samen leren, zonder aparte klassen, en waarin de hulp in de klas komt']], '", zonder …, en waarin …"'),
  d('D14', 'Het gaat om de jeugdhulp, oftewel hulp die gezinnen krijgen bij opvoedproblemen, en die ik wil verbeteren.', [['jeugdhulp', 'hulp die gezinnen krijgen bij opvoedproblemen']], 'near-miss: the speaker\'s remark in the second clause'),
  d('D15', 'Het gaat om het persoonsgebonden budget, oftewel geld dat mensen zelf besteden aan zorg, en dat is veel te weinig.', [['persoonsgebonden budget', 'geld dat mensen zelf besteden aan zorg']], 'near-miss: ", en dat is …" a verdict, not a relative clause'),
  d('D16', 'Het gaat om de wijkagent, oftewel een agent die een vaste buurt heeft, en die zie je steeds minder.', [['wijkagent', 'een agent die een vaste buurt heeft']], 'near-miss: ", en die zie je …" a remark, "die" a demonstrative'),
  d('D17', 'Wat wij de armoedeval noemen, is de situatie waarin meer werken minder oplevert, waarbij toeslagen wegvallen.', [['armoedeval', 'de situatie waarin meer werken minder oplevert, waarbij toeslagen wegvallen']], '"Wat wij X noemen", a relative clause after the comma'),
  d('D18', 'Wat we vaste lasten noemen, is het geld voor huur, energie en verzekeringen.', [['vaste lasten', 'het geld voor huur, energie en verzekeringen']], '"Wat we X noemen" with a list'),
  d('D19', 'Wat wij onzin noemen, is het plan om de tarieven te verdubbelen.', [], 'near-miss: a verdict, no definition'),
  d('D20', 'Onder een dakloze verstaan we in de nota iedereen die geen vaste woonplek heeft.', [['dakloze', 'iedereen die geen vaste woonplek heeft']], 'the frame "in de nota" dropped'),
  d('D21', 'Onder een zorgmijder verstaan wij in onze aanpak iemand die hulp weigert terwijl hij die wel nodig heeft.', [['zorgmijder', 'iemand die hulp weigert terwijl hij die wel nodig heeft']], 'the frame "in onze aanpak" dropped'),
  d('D22', 'Met thuiszorg bedoel ik in de eerste plaats de wijkverpleging.', [['thuiszorg', 'de wijkverpleging']], 'generalisation: "in de eerste plaats" is focus, not meaning'),
  d('D23', 'Met de randgemeenten bedoelen we in het plan de gemeenten rond de grote steden.', [['randgemeenten', 'de gemeenten rond de grote steden']], 'the frame "in het plan" dropped'),
  d('D25', 'Met kwetsbare ouderen bedoel ik niet alleen mensen in verpleeghuizen, maar ook ouderen die thuis wonen.', [['kwetsbare ouderen', 'niet alleen mensen in verpleeghuizen, maar ook ouderen die thuis wonen']], '"niet alleen …, maar ook …" whole'),
  d('D27', 'Met preventie bedoel ik niet alleen voorlichting, maar vooral het aanpakken van de oorzaken.', [['preventie', 'niet alleen voorlichting, maar vooral het aanpakken van de oorzaken']], '"niet alleen …, maar vooral …"'),
  d('D28', 'Het gaat om brede welvaart, oftewel niet alleen inkomen, maar ook gezondheid en natuur.', [['brede welvaart', 'niet alleen inkomen, maar ook gezondheid en natuur']], 'generalisation: "niet alleen" after "oftewel"'),
  d('D29', 'Met armoede bedoel ik niet geldgebrek, maar sociale uitsluiting.', [['armoede', 'sociale uitsluiting']], 'control: "niet X, maar Y" means Y'),
  d('D30', 'Met die regeling bedoel ik niet alleen de subsidie, maar ook de lening.', [], 'a pointing term'),
  d('D31', 'Onder zorgverleners verstaan we in het plan niet alleen artsen, maar ook verzorgenden en thuishulpen.', [['zorgverleners', 'niet alleen artsen, maar ook verzorgenden en thuishulpen']], 'interaction: a frame, then "niet alleen"'),
];

/** Controls of the commitment areas. */
export const CONTROLS: Probe[] = [
  s('K1', 'Ik stuur de Kamer voor de zomer een brief over de tarieven.', true, 'control'),
  s('K2', 'Ik vraag de NZa om de tarieven opnieuw te berekenen.', true, 'control'),
  inv('K3', DELFZIJL, 'Ik kom graag naar Delfzijl.', true, 'control'),
];

export const ALL: Probe[] = [...WONT, ...FRONTED, ...BY_KIND, ...ON_TABLE, ...AGREED, ...LIST_PLACE, ...CLOSING, ...ADVERBS, ...LISTS, ...DEFS, ...CONTROLS];
