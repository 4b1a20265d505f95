// Review 10 probes (new made-up sentences and mini-debates, general parliamentary Dutch), for the rules of commits
// af00121, 44c8cbc, 6843140, 0577d77, e027518 and abcec0c. Expected answers decided by a careful reading of the Dutch
// before running: a commitment is a promise by a member of government to do something (an appeal or a stance is not);
// a definition is a term the speaker explains, not a verdict, a description of one thing or a summary of a list.
import type { Probe } from '../review-4/probes';
import { s, deb, c, d } from '../../helpers/review-probe-builders';
export type { Probe };

/** 1. af00121: a yes ("Dat doe ik.") to a question after a view is no promise; a real request still binds. */
export const VIEW: Probe[] = [
  deb('V1', 'Deelt de minister de zorgen uit de brief van de Landelijke Huurdersvereniging over de huurstijging?', 'Dat doe ik. De huren stijgen te snel voor veel mensen.', 'Dat doe ik.', false, 'generalisation: a view shared, another body\'s letter as topic'),
  deb('V2', 'Herkent u het beeld dat de inspectie in haar rapport over de jeugdzorg schetst?', 'Dat doe ik. Het beeld is zorgelijk.', 'Dat doe ik.', false, 'generalisation: "Herkent u", the report as topic'),
  deb('V3', 'Voorzitter, gelooft de minister nog in de aanpak uit het overzicht van de VNG?', 'Dat doe ik. De eerste resultaten zijn goed.', 'Dat doe ik.', false, 'generalisation: "Voorzitter, gelooft de minister …", an overview as topic'),
  deb('V4', 'Ik heb de rapportage gelezen. En steunt de minister de conclusies van de rapportage over de wachttijden?', 'Dat doe ik. Dan de kosten.', 'Dat doe ik.', false, 'generalisation: "En steunt de minister …" after a statement'),
  deb('V5', 'Onderkent de minister de risico\'s die de Algemene Rekenkamer in haar rapport noemt?', 'Dat doe ik. Die risico\'s zijn reëel.', 'Dat doe ik.', false, 'generalisation: another verb of view ("onderkent")'),
  deb('V6', 'Betreurt de minister dat de brief over de opvang pas na het debat kwam?', 'Dat doe ik. Dat had beter gemoeten.', 'Dat doe ik.', false, 'generalisation: a regret ("betreurt"), a letter as topic'),
  deb('V7', 'Deelt ook de minister de conclusie van het rapport van de Onderwijsraad?', 'Dat doe ik. Dan de kosten.', 'Dat doe ik.', false, 'generalisation: "ook" between the verb and the minister'),
  deb('V8', 'Deelt de minister die zorg, en wil zij de Kamer voor de zomer een brief sturen over de gevolgen voor de huurders?', 'Dat doe ik. Dan de kosten.', 'Dat doe ik.', true, 'near-miss: a view and a request for a letter in one question; the yes takes on the letter'),
  deb('V9', 'Vindt de minister het ook een goed idee om de Kamer elk jaar een overzicht te sturen van de wachttijden per regio?', 'Ja, dat ga ik doen. Dan de kosten.', 'Ja, dat ga ik doen.', true, 'near-miss: "Vindt de minister het een goed idee om … te sturen?" asks for an act; "dat ga ik doen"'),
  deb('V10', 'Ziet de minister mogelijkheden om de Kamer voor de begroting een overzicht te sturen van de kosten per gemeente?', 'Ja, dat ga ik doen. Dan de kosten.', 'Ja, dat ga ik doen.', true, 'near-miss: "Ziet de minister mogelijkheden om …" is a request'),
  deb('V11', 'Deelt de minister de conclusie van het rapport? En wil zij de Kamer voor de zomer laten weten welke maatregelen zij neemt?', 'Dat doe ik. Dan de kosten.', 'Dat doe ik.', true, 'a view, then a request in a sentence of its own'),
  deb('V12', 'Neemt de minister de aanbevelingen uit het rapport van de inspectie over?', 'Dat doe ik. Dan de kosten.', 'Dat doe ik.', true, 'near-miss: adopting a report\'s recommendations is an act'),
  deb('V13', 'Heeft de minister de gemeenten al een brief gestuurd over de nieuwe regels voor de opvang?', 'Dat doe ik deze week. Dan de kosten.', 'Dat doe ik deze week.', true, 'near-miss: "Heeft de minister al …?" answered with an act this week'),
];

/** 2. 44c8cbc and 6843140: one long noun glossed by another after "oftewel"; "Dan X Y, oftewel …"; a verb before ", oftewel". */
export const OFTEWEL: Probe[] = [
  d('O1', 'Steeds meer kinderen krijgen myopie, oftewel bijziendheid.', [['myopie', 'bijziendheid']], 'generalisation: a short medical word glossed by one noun'),
  d('O2', 'Veel oudere vrouwen krijgen osteoporose, oftewel botontkalking, en breken daardoor sneller iets.', [['osteoporose', 'botontkalking']], 'generalisation: two long nouns, a clause after'),
  d('O3', 'Steeds meer jongeren hebben tinnitus, oftewel oorsuizen, door harde muziek op festivals.', [['tinnitus', 'oorsuizen']], 'generalisation: a term on "-s", a gloss that is a verbal noun'),
  d('O4', 'Dit kabinet kiest voor stilstand, oftewel achteruitgang.', [], 'near-miss: a verdict, two nouns equated in rhetoric'),
  d('O5', 'Dat wordt weer een prestigeproject, oftewel geldverspilling.', [], 'near-miss: a verdict on a project'),
  d('O6', 'Wij zorgen voor onderwijs, zorg en werkgelegenheid, oftewel bestaanszekerheid.', [], 'near-miss: a list summed up; the last item is no term'),
  d('O7', 'Het is de bedoeling dat iedereen meebetaalt, oftewel solidariteit.', [], 'near-miss: a verb ending a clause, glossed by a noun'),
  d('O8', 'Het helpt als de gemeente een tijdelijke vergunning geeft, oftewel een vergunning die na vijf jaar vervalt.', [['tijdelijke vergunning', 'een vergunning die na vijf jaar vervalt']], 'generalisation: "een tijdelijke vergunning geeft, oftewel een vergunning die …"'),
  d('O9', 'Het scheelt veel als een gezin een energiezuinige woning huurt, oftewel een woning die weinig energie verbruikt.', [['energiezuinige woning', 'een woning die weinig energie verbruikt']], 'generalisation: another verb ("huurt") before ", oftewel"'),
  d('O10', 'Wij willen dat de minister iets onderneemt, oftewel een plan dat werkt.', [], 'near-miss: a verb not in the rule\'s list before ", oftewel", nothing defined'),
  d('O11', 'Dan hoofdelijk stemmen, oftewel stemmen waarbij elk Kamerlid afzonderlijk zijn stem uitbrengt.', [['hoofdelijk stemmen', 'stemmen waarbij elk Kamerlid afzonderlijk zijn stem uitbrengt']], 'generalisation: "Dan" and an adjective on "-lijk"'),
  d('O12', 'Dan preventief fouilleren, oftewel fouilleren zonder dat er een concrete verdenking is.', [['preventief fouilleren', 'fouilleren zonder dat er een concrete verdenking is']], 'generalisation: "Dan" and an adjective on "-ief"'),
  d('O13', 'Dan passend onderwijs, oftewel onderwijs dat aansluit bij wat een kind nodig heeft.', [['passend onderwijs', 'onderwijs dat aansluit bij wat een kind nodig heeft']], 'generalisation: a present participle as the adjective'),
  d('O14', 'Dan emissievrij bouwen, oftewel bouwen zonder uitstoot op de bouwplaats.', [['emissievrij bouwen', 'bouwen zonder uitstoot op de bouwplaats']], 'generalisation: an adjective on "-vrij"'),
  d('O15', 'Dan tijdelijk huren, oftewel onzekerheid voor jonge gezinnen.', [], 'near-miss: "Dan" and an adjective, but the gloss is a verdict'),
];

/** 3. 0577d77: closing-list items opened by a register number followed by a colon. */
const HEAD =
  'VERSLAG VAN EEN COMMISSIEDEBAT\n\nMinister Van Dijk:\nIk stuur u voor 1 juni een brief over de capaciteit van de opvang. Voor de zomer krijgt u ook een overzicht van de wachtlijsten.\n\nStaatssecretaris Bakker:\nDe vragen over de gastouders beantwoord ik schriftelijk.\n\n';
const rpt = (chair: string, before = '') => `${HEAD}${before}De voorzitter:\n${chair}\n\nSluiting 18.00 uur.\n`;
const A = 'De minister stuurt de Kamer voor 1 juni een brief over de capaciteit van de opvang.';
const B = 'De staatssecretaris beantwoordt de vragen over de gastouders schriftelijk.';
const C = 'Voor de zomer ontvangt de Kamer van de minister een overzicht van de wachtlijsten.';
const A_WRAPPED = 'De minister stuurt de Kamer voor 1 juni een brief over de capaciteit van\nde opvang.';

export const COLON: Probe[] = [
  c('R1', rpt(`Ik heb de volgende toezeggingen genoteerd.\nTZ202703-014: ${A_WRAPPED}\nTZ202703-015: ${B}\nTZ202703-016: ${C}\nIk sluit de vergadering.`), [A, B, C], 'generalisation: a wrapped item, an item opening with a time'),
  c('R2', rpt(`Ik deel de Kamer mee dat de volgende toezeggingen in het toezeggingenregister worden opgenomen.\nT04301: ${A}\nT04302 – ${B}\nT04303 ${C}\nIk sluit de vergadering.`), [A, B, C], 'generalisation: colon, dash and bare number mixed in one list'),
  c('R3', rpt(`Ik heb de volgende toezeggingen genoteerd.\nTZ202703-014:${A}\nTZ202703-015:${B}\nIk sluit de vergadering.`), [A, B], 'generalisation: no space after the colon'),
  c(
    'R4',
    rpt(`Ik heb de volgende toezeggingen genoteerd.\nTZ202703-014: ${A}\nTZ202703-015: ${B}\nDe volgende toezeggingen uit eerdere debatten zijn met de brief van vandaag afgedaan:\nTZ202611-201: De minister zegt de Kamer toe de wet na drie jaar te evalueren.\nIk sluit de vergadering.`),
    [A, B],
    'near-miss: earlier items closed as fulfilled, with colons, after the list',
  ),
  c(
    'R5',
    rpt(`Ik heb de volgende toezeggingen genoteerd.\nTZ202703-014: ${A}\nTZ202703-015: ${B}\nT04012: Die toezegging uit het vorige debat is met de brief van vandaag afgedaan.\nIk sluit de vergadering.`),
    [A, B],
    'near-miss: the chair\'s prose about an old number with a colon',
  ),
  c(
    'R6',
    rpt(`Ik heb de volgende toezeggingen genoteerd.\nTZ202703-014: ${A}\nTZ202703-015: ${B}\nOm 19:30 uur gaat de commissie verder met het debat over de jeugdzorg.\nIk sluit de vergadering.`),
    [A, B],
    'near-miss: a time with a colon in the chair\'s prose after the list',
  ),
  c(
    'R7',
    rpt(`Ik heb de volgende toezeggingen genoteerd.\nTZ202703-014: ${A}\nTZ202703-015: ${B}\nIk sluit de vergadering.`, 'Mevrouw Kat (D66):\nIn het register staat nog open:\nTZ202611-201: De minister stuurt de Kamer een brief over de opvang.\nWanneer komt die brief?\n\n'),
    [A, B],
    'near-miss: a member quoting an open register item with a colon before the chair\'s list',
  ),
];

/** 4. e027518: a term of five words after "Met"; "dat is de verzamelnaam voor"; ", is wat we X noemen"; a gloss "een X waar …". */
export const NAMING: Probe[] = [
  d('M1', 'Met de zorg voor mensen met dementie bedoel ik zowel de thuiszorg als de dagbesteding en het verpleeghuis.', [['zorg voor mensen met dementie', 'zowel de thuiszorg als de dagbesteding en het verpleeghuis']], 'generalisation: five words with "met" inside the term'),
  d('M2', 'Met de kwaliteit van het openbaar vervoer bedoel ik de stiptheid, de frequentie en de drukte in bus en trein.', [['kwaliteit van het openbaar vervoer', 'de stiptheid, de frequentie en de drukte in bus en trein']], 'generalisation: five words, a meaning with commas'),
  d('M3', 'Met goed werkgeverschap in de zorg bedoelen wij vaste contracten, een eerlijk rooster en ruimte voor scholing.', [['goed werkgeverschap in de zorg', 'vaste contracten, een eerlijk rooster en ruimte voor scholing']], 'generalisation: no article, "bedoelen wij"'),
  d('M4', 'Met deze vraag aan de minister bedoel ik niet dat zij iets fout heeft gedaan.', [], 'near-miss: the speaker\'s own question pointed at, negated'),
  d('M5', 'Met het voorstel van de heer Bos bedoel ik het amendement op stuk nummer 12.', [], 'near-miss: a reference to a document made clear, no term'),
  d('M6', 'Jeugdhulp, dat is de verzamelnaam voor alle hulp bij opgroeien en opvoeden, valt sinds 2015 onder de gemeenten.', [['jeugdhulp', 'de verzamelnaam voor alle hulp bij opgroeien en opvoeden']], 'generalisation: another field'),
  d('M7', 'Dat geldt ook voor de kleine kernen, dat is de benaming voor dorpen met minder dan tweeduizend inwoners.', [['kleine kernen', 'de benaming voor dorpen met minder dan tweeduizend inwoners']], 'generalisation: "de benaming voor", a term after "voor"'),
  d('M8', 'Zorgtechnologie, dat is de overkoepelende term voor alle technologie die zorg thuis mogelijk maakt.', [['zorgtechnologie', 'de overkoepelende term voor alle technologie die zorg thuis mogelijk maakt']], 'generalisation: an adjective before "term"'),
  d('M9', 'Flexibilisering, dat is een codenaam voor makkelijker ontslaan.', [], 'near-miss: a sneer ("a code name for easier firing"), not a name'),
  d('M10', 'Een wijk waar vooral corporatiewoningen staan, is wat wij een corporatiewijk noemen.', [['corporatiewijk', 'Een wijk waar vooral corporatiewoningen staan']], 'generalisation: a compound ending in the meaning\'s noun, "wij"'),
  d('M11', 'Een boer die naast voedsel ook natuur en landschap levert, is wat we een natuurinclusieve boer noemen.', [['natuurinclusieve boer', 'Een boer die naast voedsel ook natuur en landschap levert']], 'generalisation: adjective and noun'),
  d('M12', 'Een wet die na twee jaar alweer moet worden gerepareerd, is wat ik een slechte wet noem.', [], 'near-miss: a verdict, though the term ends in the noun'),
  d('M13', 'Een minister die zijn beloftes niet nakomt, is wat wij een papieren minister noemen.', [], 'near-miss: a sneer, though the term ends in the noun'),
  d('M14', 'Een integraal kindcentrum, oftewel een kindcentrum waar onderwijs en opvang onder één dak zitten, is voor veel dorpen de oplossing.', [['integraal kindcentrum', 'een kindcentrum waar onderwijs en opvang onder één dak zitten']], 'generalisation: an adjective without "-e"'),
  d('M15', 'Wij willen meer tweetalige scholen, oftewel scholen waar de helft van de lessen in het Engels wordt gegeven.', [['tweetalige scholen', 'scholen waar de helft van de lessen in het Engels wordt gegeven']], 'generalisation: plural, no article'),
  d('M16', 'Een gezellige wijk, oftewel een wijk waar mensen elkaar nog groeten, is goud waard.', [], 'near-miss: a judging modifier not in the rule\'s list'),
  d('M17', 'De nieuwe school, oftewel de school waar vorig jaar de brand was, gaat na de zomer weer open.', [], 'near-miss: one school pointed at, not a kind defined'),
];

/** 5. abcec0c: a body asked by its kind, in the plural, to do a thing. */
export const BODY: Probe[] = [
  s('B1', 'Ik vraag de omgevingsdiensten om alle meldingen van dit jaar opnieuw te beoordelen.', true, 'generalisation: another body, "alle"'),
  s('B2', 'Daarnaast vragen wij de hogescholen om hun toelatingseisen voor deze opleiding voor 1 maart te publiceren.', true, 'generalisation: "vragen wij", a date'),
  s('B3', 'Deze week nog vraag ik de veiligheidsregio\'s om hun draaiboeken voor hittegolven te actualiseren.', true, 'generalisation: a plural on "\'s"'),
  s('B4', 'Ik vraag de woningcorporaties om de gegevens over leegstand voor de zomer aan te leveren.', true, 'generalisation: data asked of a body'),
  s('B5', 'De gemeenten vraag ik om hun plannen voor 1 juli in te dienen.', true, 'generalisation: the body put first'),
  s('B6', 'Ik vraag de provincies hun cijfers over de stikstofuitstoot voor de zomer aan te leveren.', true, 'generalisation: without "om"'),
  s('B7', 'Zodra de wet is aangenomen, vraag ik de gemeenten om hun verordeningen aan te passen.', true, 'generalisation: "zodra" names when, not whether'),
  s('B8', 'Vanaf deze plek vraag ik de supermarkten om hun prijzen voor groente en fruit te verlagen.', false, 'near-miss: a public appeal to companies'),
  s('B9', 'Ik vraag de Nederlanders om deze zomer zuinig te zijn met hun drinkwater.', false, 'near-miss: an appeal to citizens'),
  s('B10', 'Ik vraag de huishoudens om hun thermostaat deze winter een graad lager te zetten.', false, 'near-miss: an appeal to households'),
  s('B11', 'Ik vraag de fracties om hun amendementen voor donderdag bij de griffie in te dienen.', false, 'near-miss: the Kamer\'s own groups, about this debate'),
  s('B12', 'Mocht het nodig zijn, dan vraag ik de provincies om hun cijfers alsnog aan te leveren.', false, 'near-miss: a condition with "mocht"'),
  s('B13', 'Vraag ik de gemeenten om hun plannen aan te passen?', false, 'near-miss: a question'),
  s('B14', 'Al jaren vraag ik de provincies om hun cijfers op tijd aan te leveren, maar dat gebeurt niet.', false, 'near-miss: a habit of years'),
  s('B15', 'De VNG zegt: wij vragen de gemeenten om hun plannen voor de zomer in te dienen.', false, 'near-miss: someone else asks, quoted'),
  s('B16', 'Ik vraag de gemeenten om begrip voor de vertraging bij de uitkering van het geld.', false, 'near-miss: a plea for understanding, no act'),
  s('B17', 'Misschien vraag ik de provincies om hun cijfers aan te leveren.', false, 'near-miss: hedged'),
  s('B18', 'Vorig jaar vraag ik de provincies om hun cijfers aan te leveren, en wat gebeurt er: niets.', false, 'near-miss: a story of last year in the present'),
  s('B19', 'Wij vragen de gemeenten om hun plannen elk jaar in maart in te dienen; zo staat het in de regeling.', false, 'near-miss: a standing procedure'),
];

export const ALL: Probe[] = [...VIEW, ...OFTEWEL, ...COLON, ...NAMING, ...BODY];
