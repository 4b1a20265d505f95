// Review 13 probes (new made-up sentences and mini-debates, general parliamentary Dutch), for the rules of commits
// 0c0cc62 (an offer taken up by a yes that widens it, "Graag, maar dan wel aan de hele commissie.", or says what the
// member will gladly do with it, "Die lees ik graag.", "Daar maak ik graag gebruik van."; a wish put as "als mevrouw X
// dat prettig/fijn vindt") and 0977551 (a yes after the answer names the member, "Dan mevrouw Van der Kolk. Dat is
// goed, dat doe ik.", answers the request in her last turn, also several turns back in a second term; a yes spelled
// out after a colon, "Dat doe ik: in het plan staat …"). Expected answers decided by a careful reading of the Dutch
// before running: a commitment is a promise by a member of government to do something after the debate; a stance, a
// fact, a habit, what was done already, an answer given in the debate itself, an act on an unmet condition or someone
// else's act is not; an offer on a member's wish binds only once that member takes it up in the next turn.
import type { Probe } from '../review-4/probes';
import { deb } from '../../helpers/review-probe-builders';
export type { Probe };

/** An offer in the minister's turn ("Dat is een terecht punt. <offer>", or `minister` whole), mevrouw Kat answers `reply`. */
const off = (id: string, offer: string, reply: string, expected: boolean, why: string, minister?: string): Probe =>
  minister === undefined ? { id, area: 1, kind: 'offer', offer, reply, expected, why } : ({ id, area: 1, kind: 'offer', offer, reply, minister, expected, why } as Probe);
/** A debate of turns written as label lines and speech; the government sentence `target` is judged. */
const dbt = (id: string, turns: string[], target: string, expected: boolean, why: string): Probe => ({ id, area: 2, kind: 'debate', debate: turns.join('\n'), target, expected, why });
const T = (who: string, text: string): string => `${who}:\n${text}\n`;
const V = (text: string): string => T('De voorzitter', text);
const KAT = 'Mevrouw Kat (D66)';
const BOS = 'De heer Bos (VVD)';
const VDL = 'Mevrouw Van der Linden (GroenLinks-PvdA)';
const MIN = 'Minister Ollongren';
const STAS = 'Staatssecretaris Van Ark';

/** 1. 0c0cc62: offers taken up by a widening yes, a yes saying what the member will do with it, or on a wish "prettig/fijn vindt". */
export const OFFERS_TAKEN_UP: Probe[] = [
  off('O1', 'Als mevrouw Kat dat wil, stuur ik haar de evaluatie van de proef met de buurtteams.', 'Graag, maar dan wel ook aan de andere woordvoerders.', true, 'generalisation: widened to the other spokespeople ("maar dan wel ook")'),
  off('O2', 'Als mevrouw Kat dat wil, stuur ik haar de lijst met scholen die nog op een nieuw gebouw wachten.', 'Heel graag, maar dan het liefst met de cijfers per regio erbij.', true, 'generalisation: widened with content ("maar dan het liefst … erbij")'),
  off('O3', 'Als mevrouw Kat dat wil, stuur ik haar de notitie van de landsadvocaat.', 'Die bestudeer ik graag.', true, 'generalisation: another verb of use ("Die bestudeer ik graag")'),
  off('O4', 'Als mevrouw Kat dat wil, organiseer ik na het reces een gesprek met de inspectie.', 'Dat gesprek ga ik graag aan.', true, 'generalisation: the thing named with its noun ("Dat gesprek ga ik graag aan"), a meeting offered'),
  off('O5', 'Als mevrouw Kat dat wil, stuur ik haar het advies van de Gezondheidsraad.', 'Daar kijk ik naar uit, voorzitter.', true, 'generalisation: looking forward to it ("Daar kijk ik naar uit")'),
  off('O6', 'Als mevrouw Kat dat wil, stuur ik haar de brief van de toezichthouder.', 'Op dat aanbod ga ik graag in.', true, 'generalisation: "Op dat aanbod ga ik graag in", the offer named after a preposition'),
  off('O7', 'Als mevrouw Kat het prettig vindt, stuur ik haar de tussenrapportage van de stuurgroep.', 'Ja, graag.', true, 'generalisation: the wish with "het" ("het prettig vindt")'),
  off('O8', 'Als mevrouw Kat dat handig vindt, stuur ik haar een overzicht van de subsidieaanvragen.', 'Graag.', true, 'generalisation: another adjective of wish ("handig vindt")'),
  off(
    'O9',
    'Als zij dat prettig vindt, stuur ik haar het overzicht per regio.',
    'Dat zou fijn zijn.',
    true,
    'generalisation: "Als zij dat prettig vindt" after the member is named, taken up by "Dat zou fijn zijn"',
    'Mevrouw Kat vroeg naar de wachtlijsten in de jeugdzorg. Als zij dat prettig vindt, stuur ik haar het overzicht per regio.',
  ),
  dbt(
    'O10',
    [
      V('Het woord is aan de staatssecretaris.'),
      T(STAS, 'Dank u wel, voorzitter. De heer Bos vroeg naar de pilot in Zwolle. Als de heer Bos dat fijn vindt, stuur ik hem de resultaten van de pilot.'),
      V('De heer Bos.'),
      T(BOS, 'Die lees ik graag, maar dan ook graag voor het commissiedebat in juni.'),
      T(STAS, 'Dan de kosten. Die staan in de begroting.'),
    ],
    'Als de heer Bos dat fijn vindt, stuur ik hem de resultaten van de pilot.',
    true,
    'generalisation: a staatssecretaris, another member, "fijn vindt", taken up by "Die lees ik graag, maar dan ook …"',
  ),
  off('O11', 'Als mevrouw Kat dat wil, stuur ik haar de conceptregeling toe voordat die in consultatie gaat.', 'Die neem ik graag met mijn fractie door.', true, 'generalisation: what she will do with it, with a phrase inside ("… graag met mijn fractie door")'),
  dbt(
    'O12',
    [
      V('Het woord is aan de minister.'),
      T(MIN, 'Dat is een terecht punt. Als de Kamer dat prettig vindt, stuur ik voor de zomer een brief over de stand van zaken.'),
      V('Mevrouw Kat.'),
      T(KAT, 'Die lees ik graag. Ik heb nog een vraag over de kosten.'),
      T(MIN, 'Die kosten zijn bekend.'),
    ],
    'Als de Kamer dat prettig vindt, stuur ik voor de zomer een brief over de stand van zaken.',
    true,
    'generalisation: the Kamer\'s wish put as "prettig vindt", taken up by a member ("Die lees ik graag")',
  ),
  // Look-alikes.
  off('O13', 'Als mevrouw Kat dat wil, stuur ik haar een overzicht van de maatregelen.', 'Graag, maar dan wel een echte evaluatie en niet weer een overzicht.', false, 'near-miss: "maar dan wel" asks for something else instead; the overview is refused'),
  off('O14', 'Als mevrouw Kat dat wil, stuur ik haar de voorlopige cijfers van het onderzoek.', 'Graag, maar dan wel het eindrapport, want aan voorlopige cijfers heb ik weinig.', false, 'near-miss: "maar dan wel" that refuses: she wants the final report, not the preliminary figures'),
  off('O15', 'Als mevrouw Kat dat wil, lees ik de passage uit het advies hier even voor.', 'Die hoor ik graag.', false, 'near-miss: "Die hoor ik graag" takes up an act of this debate (reading aloud now)'),
  off('O16', 'Als mevrouw Kat dat wil, stuur ik haar de lijst met wachtende gemeenten.', 'Dat overweeg ik graag.', false, 'near-miss: she will consider it, nothing taken up yet'),
  dbt(
    'O17',
    [
      V('Het woord is aan de minister.'),
      T(MIN, 'Dat is een terecht punt. Als mevrouw Kat dat wil, stuur ik haar de voorwaarden van de regeling.'),
      V('De heer Bos.'),
      T(BOS, 'Die lees ik graag. Ik heb nog een vraag over de kosten.'),
      T(MIN, 'Die kosten zijn bekend.'),
    ],
    'Als mevrouw Kat dat wil, stuur ik haar de voorwaarden van de regeling.',
    false,
    'near-miss: offered to mevrouw Kat, "Die lees ik graag" from de heer Bos',
  ),
  dbt(
    'O18',
    [
      V('Het woord is aan de minister.'),
      T(MIN, "Mevrouw Berg vroeg naar de overstromingsrisico's. Als mevrouw Berg dat prettig vindt, stuur ik haar de kaart van de risicogebieden."),
      V('De heer Van den Berg.'),
      T('De heer Van den Berg (CDA)', 'Graag, maar dan wel aan de hele commissie.'),
      T(MIN, 'Dan de kosten. Die staan in de begroting.'),
    ],
    'Als mevrouw Berg dat prettig vindt, stuur ik haar de kaart van de risicogebieden.',
    false,
    'near-miss: offered to mevrouw Berg, the widening yes from another member, de heer Van den Berg',
  ),
  off('O19', 'Als mevrouw Kat dat prettig vindt, stuur ik haar de brief van de burgemeester van Enschede.', 'Dank u wel voor de beantwoording, voorzitter.', false, 'near-miss: the member only thanks'),
  off('O20', 'Als mevrouw Kat dat prettig vindt, lees ik het advies hier even voor.', 'Graag.', false, 'near-miss: the new wish form, but an act of this debate (reading aloud now)'),
  off('O21', 'Als mevrouw Kat het prettig vindt dat de regels eenvoudiger worden, steun ik haar amendement.', 'Ja, graag.', false, 'near-miss: "prettig vindt dat …" is her view, not a wish; supporting an amendment is a stance in this debate'),
  off(
    'O22',
    'Als mevrouw Kat dat wil, stuur ik haar de cijfers over de schuldhulpverlening per gemeente.',
    'Graag, maar dan wel aan de hele commissie. Al bedenk ik me net dat ik die cijfers vorige week al van de VNG heb gekregen, dus het hoeft niet.',
    false,
    'near-miss: a widening yes taken back in the next sentence ("het hoeft niet")',
  ),
];

/** 2. 0977551: a yes after the answer names the member answers the request in her last turn. */
export const NAMED: Probe[] = [
  dbt(
    'N1',
    [
      V('We zijn toe aan de tweede termijn van de Kamer. Als eerste geef ik het woord aan mevrouw Kat.'),
      T(KAT, 'Voorzitter, dank aan de minister voor de beantwoording. Ik heb nog één punt. Kan de minister toezeggen dat de gemeenten nog dit jaar een handreiking krijgen voor de nieuwe regels?'),
      V('Dank u wel. Dan de heer Bos.'),
      T(BOS, 'Voorzitter, ik dank de minister. Ik heb in deze termijn geen vragen meer.'),
      V('Dank u wel. Mevrouw Van der Linden.'),
      T(VDL, 'Dank u, voorzitter. Ik sluit me aan bij de woorden van de heer Bos.'),
      V('Ik schors de vergadering vijf minuten, zodat de minister haar antwoorden kan voorbereiden.'),
      V('Het woord is aan de minister.'),
      T(MIN, 'Dank u wel, voorzitter. Ik begin bij de heer Bos en dank hem voor zijn woorden. Dan mevrouw Kat. Ja, dat zeg ik toe. Dan mevrouw Van der Linden. Ook haar dank ik.'),
    ],
    'Ja, dat zeg ik toe.',
    true,
    'generalisation: "Ja, dat zeg ik toe" to the first of three members, a suspension and two chair turns in between',
  ),
  dbt(
    'N2',
    [
      V('We gaan door met de tweede termijn van de Kamer. Mevrouw Kat.'),
      T(KAT, 'Voorzitter, één verzoek nog. Wil de minister de Kamer voor de zomer een overzicht sturen van de wachttijden per regio?'),
      V('Dank u wel. De heer Bos.'),
      T(BOS, 'Voorzitter, ik wil de minister danken voor het constructieve debat.'),
      V('Het woord is aan de minister.'),
      T(MIN, 'Dank u wel, voorzitter. Dan kom ik bij mevrouw Kat. Dat is goed, dat doe ik. De heer Bos dank ik voor zijn woorden.'),
    ],
    'Dat is goed, dat doe ik.',
    true,
    'generalisation: the member named as "Dan kom ik bij mevrouw Kat."',
  ),
  dbt(
    'N3',
    [
      V('We gaan door met de tweede termijn van de Kamer. Mevrouw Kat.'),
      T(KAT, 'Voorzitter, twee vragen nog. Wil de minister de Kamer voor de zomer een overzicht sturen van de wachttijden per regio? En wil zij daarin ook de cijfers van de jeugdzorg betrekken?'),
      V('Dank u wel. De heer Bos.'),
      T(BOS, 'Voorzitter, ik wil de minister danken voor het constructieve debat.'),
      V('Het woord is aan de minister.'),
      T(MIN, 'Dank u wel, voorzitter. De heer Bos dank ik voor zijn woorden. Dan de vragen van mevrouw Kat. Dat is goed, dat doe ik.'),
    ],
    'Dat is goed, dat doe ik.',
    true,
    'generalisation: "Dan de vragen van mevrouw Kat." (plural)',
  ),
  dbt(
    'N4',
    [
      V('Dan de tweede termijn van de Kamer. Mevrouw Kat.'),
      T(KAT, 'Voorzitter, ik heb een vraag aan de staatssecretaris. Kan de staatssecretaris de scholen voor de zomer informeren over de nieuwe examenregels?'),
      V('Dank u wel. De heer Bos.'),
      T(BOS, 'Voorzitter, een vraag aan de minister. Wil de minister de VNG vragen om de kosten van het leerlingenvervoer in kaart te brengen?'),
      V('Dank u wel. Ik geef eerst het woord aan de minister en daarna aan de staatssecretaris.'),
      T(MIN, 'Dank u wel, voorzitter. De vraag van mevrouw Kat laat ik aan de staatssecretaris. Dan de heer Bos. Dat is goed, dat doe ik.'),
      V('Dank u wel. De staatssecretaris.'),
      T(STAS, 'Dank u wel, voorzitter. Dan mevrouw Kat. Ja, dat zal ik doen. Daarmee ben ik aan het eind gekomen.'),
    ],
    'Dat is goed, dat doe ik.',
    true,
    'generalisation: both bewindspersonen; the minister answers de heer Bos, named, the member who spoke last',
  ),
  dbt(
    'N5',
    [
      V('Dan de tweede termijn van de Kamer. Mevrouw Kat.'),
      T(KAT, 'Voorzitter, ik heb een vraag aan de staatssecretaris. Kan de staatssecretaris de scholen voor de zomer informeren over de nieuwe examenregels?'),
      V('Dank u wel. De heer Bos.'),
      T(BOS, 'Voorzitter, een vraag aan de minister. Wil de minister de VNG vragen om de kosten van het leerlingenvervoer in kaart te brengen?'),
      V('Dank u wel. Ik geef eerst het woord aan de minister en daarna aan de staatssecretaris.'),
      T(MIN, 'Dank u wel, voorzitter. De vraag van mevrouw Kat laat ik aan de staatssecretaris. Dan de heer Bos. Dat is goed, dat doe ik.'),
      V('Dank u wel. De staatssecretaris.'),
      T(STAS, 'Dank u wel, voorzitter. Dan mevrouw Kat. Ja, dat zal ik doen. Daarmee ben ik aan het eind gekomen.'),
    ],
    'Ja, dat zal ik doen.',
    true,
    'generalisation: both bewindspersonen; the staatssecretaris answers mevrouw Kat, five turns back, the minister spoke in between',
  ),
  dbt(
    'N6',
    [
      V('We beginnen aan de tweede termijn. De heer Bos.'),
      T(BOS, 'Voorzitter, ik kom nog even terug op de evaluatie. Neemt de minister daarin ook de positie van de kleine gemeenten mee?'),
      V('Dank u wel. Mevrouw Kat.'),
      T(KAT, 'Dank u, voorzitter. Ik heb alleen nog een opmerking: het is goed dat dit debat er was.'),
      V('De minister.'),
      T(MIN, 'Dank u wel. Dan de heer Bos. Ja, die nemen we in de evaluatie mee. Mevrouw Kat dank ik voor haar opmerking.'),
    ],
    'Ja, die nemen we in de evaluatie mee.',
    true,
    'generalisation: after the name, the point taken along into the evaluation',
  ),
  dbt(
    'N7',
    [
      V('Dan is nu het woord aan mevrouw Van der Linden voor haar tweede termijn.'),
      T(VDL, 'Voorzitter, in eerste termijn vroeg ik naar de wachttijden. Wil de minister in de voortgangsrapportage ook ingaan op de wachttijden in de ggz?'),
      V('Dank u wel. De heer Bos.'),
      T(BOS, 'Voorzitter, ik heb niets meer toe te voegen. Dank aan de minister.'),
      V('Dank u wel. De minister.'),
      T(MIN, 'Dank u wel, voorzitter. Dan mevrouw Van der Linden. Dat doe ik: in de voortgangsrapportage van het najaar komt een apart hoofdstuk over de wachttijden in de ggz. De heer Bos dank ik.'),
    ],
    'Dat doe ik: in de voortgangsrapportage van het najaar komt een apart hoofdstuk over de wachttijden in de ggz.',
    true,
    'generalisation: a name of three words, then a yes spelled out after a colon',
  ),
  dbt(
    'N8',
    [
      V('Het woord is aan de minister voor de beantwoording in eerste termijn.'),
      T(MIN, 'Dank u wel, voorzitter. Ik begin met de wachttijden. Die zijn de afgelopen jaren opgelopen, vooral in de grote steden.'),
      V('Mevrouw Kat heeft een interruptie.'),
      T(KAT, 'Kan de minister de Kamer voor de begrotingsbehandeling een brief sturen met de wachttijden per stad?'),
      V('Ook de heer Bos heeft een interruptie op dit punt.'),
      T(BOS, 'Is de minister het met mij eens dat die wachttijden onaanvaardbaar zijn?'),
      T(MIN, 'Eerst de heer Bos. Ja, die wachttijden zijn te lang. Dan mevrouw Kat. Dat is goed, dat doe ik.'),
    ],
    'Dat is goed, dat doe ik.',
    true,
    'generalisation: two interruptions in a first term; the minister answers the second first, then names the first',
  ),
  dbt(
    'N9',
    [
      V('We gaan naar de tweede termijn. Mevrouw Kat.'),
      T(KAT, 'Voorzitter, in eerste termijn heb ik de minister gevraagd om de Kamer een overzicht te sturen van de wachttijden per regio. Daarop heb ik nog geen antwoord gekregen.'),
      V('Dank u wel. De heer Bos.'),
      T(BOS, 'Dank, voorzitter. Ik heb geen vragen meer.'),
      V('De minister.'),
      T(MIN, 'Dank u wel. Dan mevrouw Kat. Dat is goed, dat doe ik. Dan de heer Bos. Dank voor zijn woorden.'),
    ],
    'Dat is goed, dat doe ik.',
    true,
    'generalisation: the request recalled in her last turn as a statement, without a question mark',
  ),
  // Look-alikes.
  dbt(
    'N10',
    [
      V('Tweede termijn van de Kamer. De heer Bos.'),
      T(BOS, "Voorzitter, nog één vraag. Steunt de minister de oproep van de burgemeesters om een brief naar Brussel te sturen over de grensregio's?"),
      V('Dank u wel. Mevrouw Kat.'),
      T(KAT, 'Voorzitter, ik heb geen vragen meer. Dank aan de minister.'),
      V('De minister.'),
      T(MIN, 'Dank u wel. Dan de heer Bos. Ja, dat doe ik. De burgemeesters hebben een punt. Mevrouw Kat dank ik.'),
    ],
    'Ja, dat doe ik.',
    false,
    'near-miss: a stance asked ("Steunt de minister de oproep …"); the burgemeesters would send the letter',
  ),
  dbt(
    'N11',
    [
      V('De tweede termijn. Mevrouw Kat.'),
      T(KAT, 'Voorzitter, wil de minister de Kamer nog een brief sturen over de stand van zaken bij de opvang?'),
      V('De heer Bos.'),
      T(BOS, 'Dank u wel, voorzitter. Geen vragen meer van mijn kant.'),
      V('De minister.'),
      T(MIN, 'Dank u wel. Dan mevrouw Kat. Dat is goed, dat doe ik. Nee, ik moet me corrigeren: die brief heeft de Kamer vorige week al gekregen, dus een nieuwe brief stuur ik niet.'),
    ],
    'Dat is goed, dat doe ik.',
    false,
    'near-miss: the yes after the name taken back in the next sentences',
  ),
  dbt(
    'N12',
    [
      V('We gaan naar de tweede termijn. Mevrouw Berg.'),
      T('Mevrouw Berg (GroenLinks-PvdA)', 'Voorzitter, ik maak me zorgen over de wachttijden. Deelt de minister die zorg?'),
      V('Dank u wel. De heer Van den Berg.'),
      T('De heer Van den Berg (CDA)', 'Voorzitter, wil de minister de Kamer voor de zomer een brief sturen over de wachttijden per regio?'),
      V('De minister.'),
      T(MIN, 'Dank u wel, voorzitter. Dan mevrouw Berg. Ja, dat doe ik. Dan de heer Van den Berg. Daar kom ik zo op.'),
    ],
    'Ja, dat doe ik.',
    false,
    'near-miss: mevrouw Berg named, who asked a view; the request is de heer Van den Berg\'s (another member, a name ending alike)',
  ),
  dbt(
    'N13',
    [
      V('We zijn bij de tweede termijn. Mevrouw Kat.'),
      T(KAT, 'Voorzitter, kan de minister in haar tweede termijn nog reageren op het voorstel van de VNG over de verdeling van het geld?'),
      V('Dank u wel. De heer Bos.'),
      T(BOS, 'Voorzitter, dank voor de antwoorden.'),
      V('De minister.'),
      T(MIN, 'Dank u wel. Dan mevrouw Kat. Dat doe ik graag: ik vind het voorstel van de VNG sympathiek, maar het is te duur.'),
    ],
    'Dat doe ik graag: ik vind het voorstel van de VNG sympathiek, maar het is te duur.',
    false,
    'near-miss: after the name, an answer given in the debate itself (a view on the proposal)',
  ),
  dbt(
    'N14',
    [
      V('We gaan naar de tweede termijn. Mevrouw Kat.'),
      T(KAT, 'Voorzitter, wil de minister de gemeenten een brief sturen over de nieuwe regels?'),
      V('Dank u wel. De heer Bos.'),
      T(BOS, 'Voorzitter, ik heb geen vragen meer.'),
      V('De minister.'),
      T(MIN, 'Dank u wel. Dan mevrouw Kat. Dat doe ik: alle gemeenten kregen in maart een brief over de nieuwe regels. Dan de heer Bos. Dank voor zijn woorden.'),
    ],
    'Dat doe ik: alle gemeenten kregen in maart een brief over de nieuwe regels.',
    false,
    'near-miss: after the name, "Dat doe ik:" then what was done already (past "kregen")',
  ),
  dbt(
    'N15',
    [
      V('We gaan naar de tweede termijn. Mevrouw Kat.'),
      T(KAT, 'Voorzitter, is de minister bereid het rapport van de inspectie serieus te nemen?'),
      V('Dank u wel. De heer Bos.'),
      T(BOS, 'Voorzitter, ik heb geen vragen meer.'),
      V('De minister.'),
      T(MIN, 'Dank u wel. Dan mevrouw Kat. Ja, dat doe ik. Dan de heer Bos. Dank voor zijn woorden.'),
    ],
    'Ja, dat doe ik.',
    false,
    'near-miss: after the name, a yes to a stance asked with "bereid" (taking a report seriously)',
  ),
];

const Q_INFORM = 'Wil de minister de Kamer informeren over de uitkomst van het overleg met de provincies?';
const Q_PLANS = 'Wil de minister de provincies vragen om hun plannen voor de aanpak van stikstof?';

/** 3. 0977551: a yes spelled out after a colon, in the turn right after the request. */
export const SPELLED: Probe[] = [
  deb('C1', Q_INFORM, 'Dat doe ik: de uitkomst van het overleg in juni komt in de eerstvolgende voortgangsbrief. Dan de kosten.', 'Dat doe ik: de uitkomst van het overleg in juni komt in de eerstvolgende voortgangsbrief.', true, 'generalisation: another document after the colon'),
  deb('C2', 'Wil de minister de gemeenten helpen met een handreiking voor de uitvoering?', 'Dat zullen we doen: samen met de VNG stellen we een handreiking op. Dan de kosten.', 'Dat zullen we doen: samen met de VNG stellen we een handreiking op.', true, 'generalisation: plural "Dat zullen we doen:"'),
  deb(
    'C3',
    'Kan de minister toezeggen dat zij na de zomer met de werkgevers en de bonden om tafel gaat over de personeelstekorten?',
    'Ja, dat ga ik doen: de werkgevers en de bonden heb ik al uitgenodigd voor een gesprek in september. Dan de kosten.',
    'Ja, dat ga ik doen: de werkgevers en de bonden heb ik al uitgenodigd voor een gesprek in september.',
    true,
    'generalisation: the invitation is done already ("al"), the meeting promised is still to come',
  ),
  deb('C4', 'Wil de minister in de evaluatie ook aandacht besteden aan de kleine scholen?', 'Dat is een redelijk verzoek, en dat doe ik: de evaluatie krijgt een apart deel over de kleine scholen. Dan de kosten.', 'Dat is een redelijk verzoek, en dat doe ik: de evaluatie krijgt een apart deel over de kleine scholen.', true, 'generalisation: another approval before ", en dat doe ik:"'),
  deb('C5', 'Wil de minister in het onderzoek ook de mantelzorgers betrekken?', 'Dat doen we: ook de mantelzorgers komen in het onderzoek. Dan de kosten.', 'Dat doen we: ook de mantelzorgers komen in het onderzoek.', true, 'generalisation: plural "Dat doen we:"'),
  deb('C6', 'Wil de minister de Kamer voor de zomer een brief sturen over de voortgang van de woningbouw?', 'Dat doe ik: niet voor de zomer, maar wel voor het kerstreces. Dan de kosten.', 'Dat doe ik: niet voor de zomer, maar wel voor het kerstreces.', true, 'generalisation: the letter promised for a later date ("niet voor de zomer, maar wel …")'),
  deb('C7', 'Wil de minister de Kamer een brief sturen over de uitkomsten van het onderzoek naar de huurtoeslag?', 'Dat doe ik: wel pas na de zomer, want het onderzoek loopt nog. Dan de kosten.', 'Dat doe ik: wel pas na de zomer, want het onderzoek loopt nog.', true, 'generalisation: "wel pas na de zomer" puts it later, takes nothing back'),
  // Look-alikes.
  deb('C8', 'Kan de minister nog ingaan op de kosten voor de gemeenten?', 'Dat doe ik: de kosten zijn geraamd op twaalf miljoen euro per jaar. Dan de planning.', 'Dat doe ik: de kosten zijn geraamd op twaalf miljoen euro per jaar.', false, 'near-miss: an answer given in the debate itself'),
  deb('C9', "Wil de minister in de regeling ook de zzp'ers opnemen?", "Dat doe ik: de zzp'ers vallen er sinds 1 januari onder. Dan de kosten.", "Dat doe ik: de zzp'ers vallen er sinds 1 januari onder.", false, 'near-miss: "Dat doe ik:" then what is so already (since 1 January), without "al"'),
  deb('C10', 'Wil de minister met de provincies afspraken maken over de opvang van statushouders?', 'Dat doe ik: daarover hebben we in maart met de provincies afspraken gemaakt. Dan de kosten.', 'Dat doe ik: daarover hebben we in maart met de provincies afspraken gemaakt.', false, 'near-miss: "Dat doe ik:" then what was done in March'),
  deb('C11', 'Wil de minister de cijfers over de wachttijden elk kwartaal openbaar maken?', 'Dat doe ik: die cijfers publiceren we elk kwartaal op de website van de NZa. Dan de kosten.', 'Dat doe ik: die cijfers publiceren we elk kwartaal op de website van de NZa.', false, 'near-miss: "Dat doe ik:" then a habit (published every quarter already)'),
  deb('C12', Q_PLANS, 'Dat doe ik: ik vraag de provincies om hun plannen, tenminste als er nog geld voor de uitvoering is. Dan de kosten.', 'Dat doe ik: ik vraag de provincies om hun plannen, tenminste als er nog geld voor de uitvoering is.', false, 'near-miss: a condition at the end ("tenminste als …")'),
  deb('C13', Q_PLANS, 'Dat doe ik: zodra de Kamer het geld heeft vrijgemaakt, vraag ik de provincies om hun plannen. Dan de kosten.', 'Dat doe ik: zodra de Kamer het geld heeft vrijgemaakt, vraag ik de provincies om hun plannen.', false, 'near-miss: an act on an unmet condition, the Kamer\'s ("zodra de Kamer …")'),
];

export const ALL: Probe[] = [...OFFERS_TAKEN_UP, ...NAMED, ...SPELLED];
