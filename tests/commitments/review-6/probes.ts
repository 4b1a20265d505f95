// Review 6 probes (new made-up sentences and mini-debates, general parliamentary Dutch), for the rules of commits
// 4708d3a, 3f99ab1, 7cfde22 and 05ceb15. Expected answers decided by a careful reading before running.
import type { Probe } from '../review-4/probes';
import { s, inv, deb, d } from '../../helpers/review-probe-builders';
export type { Probe };

/** 1a. A point taken into a piece of work named before the particle "mee". */
export const INTO_WORK: Probe[] = [
  s('W1', 'Wel neem ik in het onderzoek mee of de regeling voor jongeren werkt.', true, 'the rule\'s form'),
  s('W2', 'Ik neem in de evaluatie mee hoe gemeenten de regels toepassen.', true, 'the work named before "mee", no "wel"'),
  s('W3', 'Dat punt neem ik in de evaluatie mee.', true, 'the point named first, the work before "mee"'),
  s('W5', 'Ik neem in het onderzoek ook mee of de regeling voor jongeren werkt.', true, '"ook" before "mee": still taken into the study'),
  s('W6', 'Ik neem in het nieuwe onderzoek mee of de regeling werkt.', true, 'an adjective in the named work'),
  s('W7', 'In de evaluatie neem ik mee of de regeling werkt.', true, 'the work fronted before the verb'),
  s('W8', 'Ik neem in dit debat mee dat de Kamer hierover verdeeld is.', false, 'this debate, no work to come'),
  s('W10', 'Ik neem u in de beantwoording mee in de cijfers.', false, 'an explanation now'),
  s('W12', 'Ik neem in dat verband mee dat de kosten de laatste jaren zijn gestegen.', false, '"in dat verband" = in that respect: a consideration now, no work'),
  s('W13', 'Ik neem in de regel mee wat de uitvoerders mij adviseren.', false, '"in de regel" = as a rule: a habit, no work'),
  s('W14', 'Ik neem in de praktijk mee wat de uitvoerders mij adviseren.', false, '"in de praktijk": a habit, no work'),
  s('W15', 'Ik heb in het onderzoek mee laten nemen of de regeling werkt.', false, 'past: done already'),
  s('W16', 'Ik neem dat niet in het onderzoek mee.', false, 'negated'),
  s('W18', 'De Rekenkamer neemt in het onderzoek mee of de regeling werkt.', false, 'someone else\'s work'),
  s('W20', 'Als de Kamer dat wil, neem ik in het onderzoek mee of de regeling werkt.', false, 'an offer on the Kamer\'s wish, not taken up'),
];

/** 1b. A bill submitted. */
export const BILLS: Probe[] = [
  s('B1', 'Het wetsvoorstel over de huurbescherming wordt in oktober bij de Kamer ingediend.', true, 'the rule\'s form'),
  s('B2', 'Het wetsvoorstel wordt voor de zomer ingediend.', true, 'a bill with a deadline, no Kamer named'),
  s('B3', 'Ik dien het wetsvoorstel nog dit jaar in.', true, 'active, with a time'),
  s('B4', 'Voor de stemmingen dien ik een nota van wijziging in.', true, 'an amendment of the government\'s own bill'),
  s('B5', 'Bij dit wetsvoorstel dien ik een nota van wijziging in om dat te regelen.', true, 'a nota van wijziging announced'),
  s('B6', 'De motie van mevrouw Kat wordt morgen ingediend.', false, 'a member\'s motion'),
  s('B8', 'Aanvragen voor de subsidie worden vanaf 1 juli bij de RVO ingediend.', false, 'applications by citizens'),
  s('B9', 'Het wetsvoorstel kan pas na het advies van de Raad van State worden ingediend.', false, '"kan … worden ingediend"'),
  s('B11', 'Het wetsvoorstel werd in 2022 bij de Kamer ingediend.', false, 'past with "werd"'),
  s('B12', 'De wetsvoorstellen zijn in mei ingediend.', false, 'past with "zijn"'),
  s('B13', 'Ik heb het wetsvoorstel vorige week ingediend.', false, 'past, active'),
  s('B14', 'Het wetsvoorstel wordt niet voor de zomer ingediend.', false, 'negated'),
  s('B16', 'Het wetsvoorstel van de heer Bos wordt volgende week ingediend.', false, 'a member\'s bill'),
  s('B17', 'De initiatiefwet van GroenLinks-PvdA wordt in het najaar ingediend.', false, 'a members\' initiative bill'),
  s('B18', 'De nota van de tandarts wordt binnen dertig dagen bij de zorgverzekeraar ingediend.', false, '"nota" = an invoice'),
  s('B19', 'Het ontwerp voor de nieuwe wijk wordt in maart bij de gemeente ingediend.', false, 'a building plan, not a bill to the Kamer'),
  s('B25', 'Het wetsvoorstel wordt in oktober ingediend, zegt de heer Bos.', false, 'reported words of a member'),
  s('B26', 'Als het nodig is, dien ik een nota van wijziging in.', false, 'on a condition'),
  s('B21', 'Het wetsvoorstel voor de begroting wordt elk jaar op Prinsjesdag ingediend.', false, 'a habit'),
  s('B22', 'Ik dien het wetsvoorstel niet in.', false, 'negated, active'),
];

/** 1c. Passives whose participle has no "ge-". */
export const PASSIVES: Probe[] = [
  s('P1', 'Die vragen worden binnen twee weken schriftelijk beantwoord.', true, 'the rule\'s form'),
  s('P2', 'De vragen die nog openstaan, worden schriftelijk beantwoord.', true, 'answered in writing after the debate'),
  s('P3', 'Die vragen worden in de tweede termijn beantwoord.', false, 'this debate'),
  s('P5', 'Kamervragen worden altijd binnen drie weken schriftelijk beantwoord.', false, 'a standing norm, no promise'),
  s('P7', 'De vragen uit het wetgevingsoverleg worden elk jaar schriftelijk beantwoord.', false, 'a habit'),
  s('P8', 'Vanaf volgend jaar worden deze vragen elk kwartaal schriftelijk beantwoord.', true, 'a new practice from next year'),
  s('P9', 'De brief wordt morgen naar de Kamer verstuurd.', true, 'a letter sent to the Kamer'),
  s('P11', 'De aanslagen worden in maart verstuurd.', false, 'tax assessments to citizens: planning, no promise to the Kamer'),
  s('P14', 'Het programma wordt vanaf volgend jaar centraal bestuurd.', false, '"bestuurd" = governed, nothing delivered'),
  s('P15', 'Het rapport wordt in het volgende commissiedebat besproken.', false, 'the Kamer\'s agenda, no promise'),
  s('P17', 'De informatie wordt voor de zomer aan de Kamer verschaft.', true, 'information provided to the Kamer with a deadline'),
  s('P20', 'De brief wordt elk kwartaal naar de Kamer verstuurd.', false, 'a habit'),
  s('P21', 'De jaarrapportage wordt dit jaar uiterlijk 1 juni naar de Kamer verstuurd.', true, 'a deadline this year'),
];

/** 1d. "Dat vraag ik de CCD": the question put first, a body named. */
export const FRONTED: Probe[] = [
  s('F1', 'Ja, dat vraag ik de CCD uitdrukkelijk.', true, 'the rule\'s form'),
  s('F2', 'Dat vraag ik de Raad van State.', true, 'a body'),
  s('F5', 'Dat vraag ik de Kamer.', false, 'the Kamer (control)'),
  s('F6', 'Dat vraag ik de Tweede Kamer.', false, 'the Kamer, by its full name'),
  s('F7', 'Dat vraag ik de heer Bos.', false, 'a member'),
  s('F8', 'Dat vraag ik de VVD-fractie.', false, 'a party group in the Kamer: a question now'),
  s('F10', 'Dat vraag ik mij al jaren af.', false, 'a question to oneself'),
  s('F11', 'Dat vraag ik de CCD niet.', false, 'negated'),
  s('F13', 'Dat vraag ik de NVWA al jaren.', false, 'done for years, nothing new'),
  s('F14', 'Dat vraag ik de NVWA elk jaar.', false, 'a habit'),
  s('F15', 'Dat vraag ik de CCD, als dat nodig is.', false, 'on a condition'),
  s('F16', 'Dat vraag ik de CCD, zei de vorige minister.', false, 'reported words of someone else'),
  s('F18', 'Dat vraag ik de CCD, want die kent de cijfers.', true, 'a reason after "want" does not take it back'),
];

/** 2a. Invitations accepted with a place named; ", al …". */
export const INVITES: Probe[] = [
  inv('I1', 'De heer Bos nodigde mij uit voor een werkbezoek aan Assen.', 'Ik kom graag naar Assen.', true, 'the rule\'s form'),
  inv('I2', 'De heer Bos nodigde mij uit voor een werkbezoek aan Assen.', 'Ik kom graag naar Assen, al kan ik niet beloven dat ik een oplossing heb.', true, 'a concession about the outcome'),
  inv('I4', 'De heer Bos nodigde mij uit voor een werkbezoek aan Assen.', 'Ik kom graag naar Assen, al weet ik niet of mijn agenda dat toelaat.', false, 'the concession doubts the visit itself'),
  inv('I5', 'De heer Bos nodigde mij uit voor een werkbezoek aan Assen.', 'Ik kom graag naar Assen, al zal het er dit jaar niet van komen.', false, 'the concession takes the visit back'),
  inv('I6', 'De heer Bos nodigde mij uit voor een werkbezoek aan Assen.', 'Ik kom graag naar Assen, maar dat lukt dit jaar niet.', false, 'refused after "maar" (control)'),
  inv('I7', 'De heer Bos nodigde mij uit voor een werkbezoek aan Assen.', 'Ik kom graag naar Assen als mijn agenda het toelaat.', false, 'on a condition'),
  inv('I8', 'Mevrouw Kat nodigde mij uit voor het rondetafelgesprek van de commissie.', 'Ik kom graag naar dat rondetafelgesprek.', true, 'a meeting outside this debate accepted'),
  inv('I10', 'De heer Bos nodigde mij uit voor een werkbezoek aan zijn regio.', 'Ik kom graag naar u toe.', true, 'a visit to the member\'s region'),
  inv('I11', 'De heer Bos nodigde mij uit voor een werkbezoek aan Assen.', 'Ik kom graag naar Assen, al moet ik dan wel een andere afspraak verzetten.', true, 'a concession about the cost'),
];

/** 2b. "Dat ga ik doen." after a request that opens with a condition. */
export const CONDITIONED: Probe[] = [
  deb('C1', 'Als de minister dat niet weet, wil zij de inspectie dan vragen om dat uit te zoeken?', 'Dat ga ik doen. Dan de kosten.', 'Dat ga ik doen.', true, 'the rule\'s form'),
  deb('C2', 'Als dat zo is, wil de minister dan de VNG vragen of gemeenten willen meedoen?', 'Dat ga ik doen. Dan de kosten.', 'Dat ga ik doen.', true, 'a body asked "of"'),
  deb('C3', 'Ik begrijp dat, maar wil de minister dan de NVWA vragen om de slachterijen te controleren?', 'Dat ga ik doen. Dan de kosten.', 'Dat ga ik doen.', true, '", maar wil de minister … vragen om"'),
  deb('C4', 'Als de minister dat niet weet, wil zij dan uitleggen waarom niet?', 'Dat ga ik doen. Dan de kosten.', 'Dat ga ik doen.', false, 'explaining now'),
  deb('C6', 'Als de minister dat niet weet, wil zij de inspectie dan vragen om dat uit te zoeken?', 'Dat ga ik niet doen. Dan de kosten.', 'Dat ga ik niet doen.', false, 'refused'),
  deb('C8', 'Als de minister de inspectie vraagt, wil zij dan ook de GGD vragen om mee te kijken?', 'Dat ga ik doen. Dan de kosten.', 'Dat ga ik doen.', true, 'a condition, then a request to ask a body'),
  deb('C9', 'Als de minister het niet weet, waarom vraagt zij het dan niet aan de inspectie?', 'Dat ga ik doen. Dan de kosten.', 'Dat ga ik doen.', true, 'a reproachful request, taken on'),
  deb('C10', 'Als de minister dat niet weet, wie weet het dan wel?', 'Dat ga ik doen. Dan de kosten.', 'Dat ga ik doen.', false, 'no request at all: the reply does not fit'),
];

/** 2c. "Ja, dat doe ik, voor zover …" after a retold request; "voor zover ik weet". */
export const AS_FAR: Probe[] = [
  inv('V1', 'Mevrouw Kat vroeg om een reactie op het rapport van de Rekenkamer.', 'Ja, dat doe ik, voor zover het rapport over mijn ministerie gaat.', true, 'the rule\'s form: a reaction to a report'),
  inv('V2', 'Mevrouw Kat vroeg of ik de Kamer een reactie wil sturen op het rapport.', 'Ja, dat doe ik, voor zover dat kan.', true, 'a reaction sent, as far as possible'),
  inv('V3', 'Mevrouw Kat vroeg om een reactie op haar amendement.', 'Ja, dat doe ik, voor zover ik dat nu al kan: ik ontraad het.', false, 'a reaction now, in this debate'),
  inv('V4', 'Mevrouw Kat vroeg om een reactie op het voorstel van de heer Bos.', 'Ja, dat doe ik, voor zover ik het voorstel ken.', false, 'a reaction in this debate'),
  inv('V5', 'Mevrouw Kat vroeg om een reactie op de cijfers.', 'Ja, dat doe ik, voor zover ik ze nu heb: de kosten zijn hoog.', false, 'answered now'),
  inv('V6', 'Mevrouw Kat vroeg of de inspectie een reactie op het rapport stuurt.', 'Ja, dat doet de inspectie, voor zover ik weet.', false, 'someone else, hedged "voor zover ik weet"'),
  inv('V8', 'Mevrouw Kat vroeg of ik de Kamer wil informeren over de wachtlijsten.', 'Ja, dat doe ik, voor zover ik weet, al elk kwartaal.', false, '"voor zover ik weet" a hedge; done already'),
  inv('V11', 'Mevrouw Kat vroeg om een reactie op haar amendement.', 'Ja, dat doe ik.', false, 'a reaction to an amendment is given in this debate'),
  inv('V12', 'Mevrouw Kat vroeg om een reactie op de motie van de heer Bos.', 'Dat doe ik graag.', false, 'a reaction to a motion is given in this debate'),
  inv('V10', 'Mevrouw Kat vroeg of ik de Kamer wil informeren over de wachtlijsten.', 'Ja, dat doe ik, voor zover de gemeenten de cijfers leveren.', true, 'a yes with a restriction'),
];

/** 3. Definitions. */
export const DEFS: Probe[] = [
  d('D1', 'Banken moeten minder aan de-risking doen, oftewel het weren van klanten met een hoog risico.', [['de-risking', 'het weren van klanten met een hoog risico']], 'the rule\'s form'),
  d('D2', 'Gemeenten moeten meer aan preventie doen, oftewel het voorkomen van ziekte.', [['preventie', 'het voorkomen van ziekte']], '"aan X doen"'),
  d('D3', 'Sommige bedrijven doen aan window dressing, oftewel het mooier voorstellen van de cijfers.', [['window dressing', 'het mooier voorstellen van de cijfers']], 'two-word term after "aan" in the other word order'),
  d('D4', 'Steeds meer boeren willen aan natuurinclusieve landbouw doen, oftewel landbouw die rekening houdt met de natuur.', [['natuurinclusieve landbouw', 'landbouw die rekening houdt met de natuur']], 'two-word term before "doen"'),
  d('D7', 'Dat moeten we gewoon doen, oftewel niet langer wachten.', [], '"doen" is no term'),
  d('D8', 'Het gaat om de vrijheid van onderwijs, oftewel de grondwettelijke vrijheid om scholen te stichten.', [['vrijheid van onderwijs', 'de grondwettelijke vrijheid om scholen te stichten']], 'the rule\'s form: head repeated'),
  d('D10', 'Het gaat om de kosten van levensonderhoud, oftewel de kosten van eten, wonen en kleding.', [['kosten van levensonderhoud', 'de kosten van eten, wonen en kleding']], 'head repeated, a list in the gloss'),
  d('D11', 'Dat is de taak van gemeenten, oftewel de lokale overheden.', [['gemeenten', 'de lokale overheden']], 'head not repeated (the rule\'s look-alike)'),
  d('D12', 'Het gaat om de rol van toezichthouders, oftewel de instanties die de rol van waakhond hebben.', [['toezichthouders', 'de instanties die de rol van waakhond hebben']], '"rol" repeated by chance in a relative clause: the gloss explains toezichthouders'),
  d('D13', 'Het gaat om de positie van mantelzorgers, oftewel mensen die zorgen voor een naaste. Die positie moet sterker.', [['mantelzorgers', 'mensen die zorgen voor een naaste']], 'the head comes back only in the next sentence'),
  d('D14', 'Met een relaistolk bedoel ik een tolk die niet rechtstreeks vertaalt, maar via een tussentaal.', [['relaistolk', 'een tolk die niet rechtstreeks vertaalt, maar via een tussentaal']], 'the rule\'s form'),
  d('D15', 'Met indirecte financiering bedoel ik geld dat niet direct naar scholen gaat, maar via de gemeente.', [['indirecte financiering', 'geld dat niet direct naar scholen gaat, maar via de gemeente']], 'contrast with "via"'),
  d('D16', 'Met een flexwoning bedoel ik een woning die niet permanent is, maar via die weg komen we er niet.', [['flexwoning', 'een woning die niet permanent is']], 'after "maar via" a remark of the speaker, no more meaning'),
  d('D17', 'Met mantelzorg bedoel ik zorg die niet betaald wordt, maar uit die hoek komt veel kritiek.', [['mantelzorg', 'zorg die niet betaald wordt']], 'after "maar uit" a remark'),
  d('D18', 'Met een deeltijdbaan bedoel ik een baan die niet voltijds is, maar per week minder dan 36 uur telt.', [['deeltijdbaan', 'een baan die niet voltijds is, maar per week minder dan 36 uur telt']], 'contrast with "per"'),
  d('D19', 'Met thuiswerken bedoel ik werk dat niet op kantoor gebeurt, maar thuis.', [['thuiswerken', 'werk dat niet op kantoor gebeurt, maar thuis']], 'contrast with an adverb "thuis"'),
  d('D20', 'Onder een huishouden verstaat het wetsvoorstel alle mensen die op één adres wonen.', [['huishouden', 'alle mensen die op één adres wonen']], 'the rule\'s form'),
  d('D22', 'Onder een starter verstaat de regeling iemand die voor het eerst een huis koopt.', [['starter', 'iemand die voor het eerst een huis koopt']], '"verstaat de regeling"'),
  d('D23', 'Onder zorg verstaat de heer Bos iets anders dan ik.', [], 'a member\'s understanding, no meaning given'),
  d('D24', 'Onder andere verstaat de regeling ook studenten als kwetsbare groep.', [], '"onder andere" = among others: no term'),
  d('D25', 'Onder een werkgever verstaat de Wet minimumloon iedereen die een ander in dienst heeft.', [['werkgever', 'iedereen die een ander in dienst heeft']], 'a law named by its title'),
  d('D26', 'Onder een starter verstaat het kabinet iemand die voor het eerst een huis koopt.', [['starter', 'iemand die voor het eerst een huis koopt']], 'the cabinet defines'),
  // controls that were right before
  d('D29', 'Het UWV, het Uitvoeringsinstituut Werknemersverzekeringen, keert de uitkering uit.', [['UWV', 'het Uitvoeringsinstituut Werknemersverzekeringen']], 'control'),
  d('D30', 'Wat we nodig hebben is de modal shift, oftewel de verschuiving van vervoer van de weg naar het water.', [['modal shift', 'de verschuiving van vervoer van de weg naar het water']], 'control'),
  d('D31', 'Met de basisbeurs bedoel ik geen lening, maar een gift van de overheid.', [['basisbeurs', 'geen lening, maar een gift van de overheid']], 'a negated meaning with the positive one after "maar" (not right before either)'),
  d('D32', 'Het gaat om beschut werk, oftewel werk voor mensen die veel begeleiding nodig hebben.', [['beschut werk', 'werk voor mensen die veel begeleiding nodig hebben']], 'control'),
];

/** Controls of the commitment areas. */
export const CONTROLS: Probe[] = [
  s('K1', 'Ik stuur de Kamer voor de zomer een brief over de kosten.', true, 'control'),
  s('K2', 'Ik neem die suggestie mee in de evaluatie.', true, 'control: the old order'),
  s('K3', 'Ik vraag de CCD om dat uit te zoeken.', true, 'control: asking a body'),
  s('K4', 'De resultaten worden na de zomer met de Kamer gedeeld.', true, 'control'),
];

export const ALL: Probe[] = [...INTO_WORK, ...BILLS, ...PASSIVES, ...FRONTED, ...INVITES, ...CONDITIONED, ...AS_FAR, ...DEFS, ...CONTROLS];
