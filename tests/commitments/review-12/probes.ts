// Review 12 probes (new made-up sentences of general parliamentary Dutch), for the definition rules of commit 21579e2.
// Expected answers decided by a careful reading of the Dutch before running: a definition is a term the debate explains
// (an acronym's expansion, a kind of thing set apart by what it is, what a concept or right holds), not a verdict or a
// sneer, a description of one thing, a list of examples, what a decision, bill, agreement or event brings about, nor an
// aside or a person or place put in parentheses.
import type { Probe } from '../review-4/probes';
import { d } from '../../helpers/review-probe-builders';
export type { Probe };

/** 1. An acronym's name in parentheses with its article: "de BRP (de Basisregistratie Personen)". */
export const PARENS: Probe[] = [
  d('P1', 'Die aanvragen liggen nu bij de IND (de Immigratie- en Naturalisatiedienst), en daar duurt het veel te lang.', [['IND', 'Immigratie- en Naturalisatiedienst']], 'generalisation: a name with "-" and "en", the last letter inside a compound'),
  d('P2', 'Volgens het CBS (het Centraal Bureau voor de Statistiek) is het aantal dakloze jongeren weer gestegen.', [['CBS', 'Centraal Bureau voor de Statistiek']], 'generalisation: "het" inside, a name with "voor de"'),
  d('P3', 'Het CAK (het Centraal Administratie Kantoor) int de eigen bijdrage van cliënten.', [['CAK', 'Centraal Administratie Kantoor']], 'generalisation: at the start of the sentence'),
  d('P4', 'Het advies van de RvS (de Raad van State) over dit wetsvoorstel is zeer kritisch.', [['RvS', 'Raad van State']], 'generalisation: an acronym with a small letter'),
  d('P5', 'Dat moet volgens de minister in een AMvB (een algemene maatregel van bestuur) worden geregeld.', [['AMvB', 'algemene maatregel van bestuur']], 'generalisation: "een" inside, a name in small letters'),
  d('P6', 'Veel ondernemers in het mkb (het midden- en kleinbedrijf) kunnen hun energierekening niet meer betalen.', [['mkb', 'midden- en kleinbedrijf']], 'generalisation: an acronym and its name in small letters'),
  d('P7', 'Dat loopt via het Uitvoeringsinstituut Werknemersverzekeringen (het UWV), dat de uitkeringen betaalt.', [['UWV', 'Uitvoeringsinstituut Werknemersverzekeringen']], 'generalisation: the other order, the acronym with its article in parentheses'),
  d('P8', 'Bij het COA (het Aanmeldcentrum Ter Apel) slapen mensen weer buiten op het gras.', [], 'near-miss: a place in parentheses, with capitals'),
  d('P9', 'Ik heb dat vorige week besproken met de ACM (de heer Snoep) en met de inspectie.', [], 'near-miss: a person in parentheses'),
  d('P10', 'De NVWA (de toezichthouder die al jaren veel te weinig inspecteurs heeft) moet veel strenger controleren.', [], 'near-miss: an aside, a sneer at the body, no name'),
  d('P11', 'De IND (de Tweede Kamer weet dat al jaren) haalt de wettelijke beslistermijnen niet.', [], 'near-miss: an aside opening with a capitalised name'),
];

/** 2. The meaning first, a term of up to three words ending in the meaning's noun: "…, is wat we een zelfstandig toegankelijk station noemen". */
export const KIND: Probe[] = [
  d('K1', 'Een woning die zonder aanpassingen geschikt is voor iemand in een rolstoel, is wat we een volledig toegankelijke woning noemen.', [['volledig toegankelijke woning', 'Een woning die zonder aanpassingen geschikt is voor iemand in een rolstoel']], 'generalisation: another noun, three words'),
  d('K2', 'Een school waar kinderen met en zonder beperking samen in één klas zitten, is wat we een inclusieve school noemen.', [['inclusieve school', 'Een school waar kinderen met en zonder beperking samen in één klas zitten']], 'generalisation: education, "waar"'),
  d('K3', 'Jongeren die geen werk en geen opleiding hebben en ook geen uitkering krijgen, zijn wat we de onzichtbare jongeren noemen.', [['onzichtbare jongeren', 'Jongeren die geen werk en geen opleiding hebben en ook geen uitkering krijgen']], 'generalisation: plural, "zijn wat we de … noemen"'),
  d('K4', 'Een wijk waar huur- en koopwoningen door elkaar staan, is wat we een gemengde wijk noemen.', [['gemengde wijk', 'Een wijk waar huur- en koopwoningen door elkaar staan']], 'generalisation: housing, a hyphen in the meaning'),
  d('K5', 'Een dijk die zo breed en sterk is dat hij bij extreem hoog water nauwelijks kan doorbreken, is wat we een doorbraakvrije dijk noemen.', [['doorbraakvrije dijk', 'Een dijk die zo breed en sterk is dat hij bij extreem hoog water nauwelijks kan doorbreken']], 'generalisation: water management'),
  d('K6', 'Een woning die over een heel jaar meer energie opwekt dan zij verbruikt, is wat je een energieleverende woning noemt.', [['energieleverende woning', 'Een woning die over een heel jaar meer energie opwekt dan zij verbruikt']], 'generalisation: "wat je … noemt"'),
  d('K7', 'Een kind dat langer dan drie maanden niet naar school gaat, is wat we in het onderwijs een thuiszittend kind noemen.', [['thuiszittend kind', 'Een kind dat langer dan drie maanden niet naar school gaat']], 'generalisation: a field\'s word whose meaning has "niet" without judging'),
  d('K8', 'Een werknemer die via een uitzendbureau jarenlang bij dezelfde werkgever werkt, is wat we een permanente uitzendkracht noemen.', [['permanente uitzendkracht', 'Een werknemer die via een uitzendbureau jarenlang bij dezelfde werkgever werkt']], 'generalisation: a term ending in another noun than the meaning\'s'),
  d('K9', 'Een debat waarin de minister op geen enkele vraag antwoord geeft, is wat wij een zinloos debat noemen.', [], 'near-miss: a verdict, a judging word not in the list'),
  d('K10', 'Een kabinet dat al zijn denkwerk uitbesteedt aan dure adviesbureaus, is wat wij een uitgehold kabinet noemen.', [], 'near-miss: a sneer at the cabinet'),
  d('K11', 'Een regeling die zo ingewikkeld is dat niemand haar begrijpt, is wat wij een typisch Haagse regeling noemen.', [], 'near-miss: a sneer of three words, "niemand" not "niet"'),
  d('K12', 'Het station van Zwolle waar vijf spoorlijnen samenkomen, is wat we een groot overstapstation noemen.', [], 'near-miss: one station described, not a kind defined'),
];

/** 3. "wat we (in de gemeenten) de gestrande bewoners noemen: mensen die …". */
export const COLON: Probe[] = [
  d('C1', 'Veel van deze kinderen zijn wat we in het onderwijs de stille uitvallers noemen: leerlingen die wel ingeschreven staan maar nauwelijks nog in de klas zitten.', [['stille uitvallers', 'leerlingen die wel ingeschreven staan maar nauwelijks nog in de klas zitten']], 'generalisation: another field and noun'),
  d('C2', 'Het gaat hier om wat wij de kwetsbare middengroep noemen: huishoudens die net te veel verdienen voor toeslagen maar te weinig om rond te komen.', [['kwetsbare middengroep', 'huishoudens die net te veel verdienen voor toeslagen maar te weinig om rond te komen']], 'generalisation: "wij", no field, after "om"'),
  d('C3', 'Dit is wat men in de landbouw een rustgewas noemt: een gewas dat de bodem de tijd geeft om te herstellen.', [['rustgewas', 'een gewas dat de bodem de tijd geeft om te herstellen']], 'generalisation: "men … noemt", one word with "een"'),
  d('C4', "Op veel bouwplaatsen werken wat ze in de bouw schijnzelfstandigen noemen: mensen die als zzp'er worden ingehuurd maar werken als een werknemer.", [['schijnzelfstandigen', "mensen die als zzp'er worden ingehuurd maar werken als een werknemer"]], 'generalisation: "ze", a bare plural'),
  d('C5', 'Ik maak me zorgen over wat ze in Brussel de jonge landbouwers noemen: boeren onder de veertig die voor het eerst een bedrijf overnemen.', [['jonge landbouwers', 'boeren onder de veertig die voor het eerst een bedrijf overnemen']], 'generalisation: a field named by a place ("in Brussel")'),
  d('C6', 'Dit is wat wij een klassieke Haagse fout noemen: eerst bezuinigen en dan verbaasd zijn over de gevolgen.', [], 'near-miss: a verdict explained after the colon'),
  d('C7', 'Het gaat vooral om wat we de cruciale beroepen noemen: de verpleegkundige, de leraar, de politieagent en de buschauffeur.', [], 'near-miss: a list of examples after the colon'),
  d('C8', 'Dit kabinet levert weer wat wij een typisch Haags compromis noemen: iedereen een beetje ontevreden.', [], 'near-miss: a sneer after the colon'),
  d('C9', 'Dan kom ik bij wat we in de wijken de stille armoede noemen: daar moet veel meer geld naartoe.', [], 'near-miss: a demand after the colon, not a meaning'),
  d('C10', 'Hoe staat het met wat we de regionale kennisagenda noemen: komt die brief nog voor de zomer?', [], 'near-miss: a question after the colon'),
  d('C11', 'De coalitie heeft het steeds over wat ze de hardwerkende Nederlander noemen: iemand die werkt, belasting betaalt en nooit klaagt.', [], 'near-miss: others\' slogan, mocked in the speaker\'s paraphrase'),
];

/** 4. "Het voorrangsrecht op uren houdt in dat …": what a concept or right holds; not a paper, plan or agreement. */
export const HOLDS: Probe[] = [
  d('H1', 'Het recht op vergetelheid houdt in dat een bedrijf persoonsgegevens moet wissen als iemand daarom vraagt.', [['recht op vergetelheid', 'dat een bedrijf persoonsgegevens moet wissen als iemand daarom vraagt']], 'generalisation: another right, three words'),
  d('H2', 'Het profijtbeginsel houdt in dat wie van een voorziening gebruikmaakt, daar ook voor betaalt.', [['profijtbeginsel', 'dat wie van een voorziening gebruikmaakt, daar ook voor betaalt']], 'generalisation: a principle of one word'),
  d('H3', 'Het vrije verkeer van werknemers houdt in dat iedere burger van de Unie zonder werkvergunning in een andere lidstaat mag werken.', [['vrije verkeer van werknemers', 'dat iedere burger van de Unie zonder werkvergunning in een andere lidstaat mag werken']], 'generalisation: four words'),
  d('H4', 'De gouden financieringsregel houdt in dat de overheid alleen leent voor investeringen en niet voor lopende uitgaven.', [['gouden financieringsregel', 'dat de overheid alleen leent voor investeringen en niet voor lopende uitgaven']], 'generalisation: public finance, "de"'),
  d('H5', 'Het omgekeerd inzamelen houdt in dat inwoners hun restafval zelf naar een container in de wijk brengen.', [['omgekeerd inzamelen', 'dat inwoners hun restafval zelf naar een container in de wijk brengen']], 'generalisation: a verbal noun'),
  d('H6', 'Het eigen risico houdt in dat je de eerste 385 euro aan zorgkosten per jaar zelf betaalt.', [['eigen risico', 'dat je de eerste 385 euro aan zorgkosten per jaar zelf betaalt']], 'generalisation: health insurance, two words'),
  d('H7', 'De uitspraak van de rechter houdt in dat de boer zijn vergunning kwijt is.', [], 'near-miss: what a decision entails'),
  d('H8', 'De nieuwe huurwet houdt in dat ook middenhuurwoningen onder het puntenstelsel vallen.', [], 'near-miss: a bill\'s content, the paper in a compound'),
  d('H9', 'De staking van vandaag houdt in dat er in het hele land nauwelijks treinen rijden.', [], 'near-miss: what an event brings about'),
  d('H10', 'De hogere energierekening houdt in dat veel gezinnen moeten kiezen tussen eten en verwarmen.', [], 'near-miss: consequences'),
  d('H11', 'Het nieuwe coalitieakkoord houdt in dat de kinderopvang vrijwel gratis wordt.', [], 'near-miss: an agreement\'s content, the paper in a compound'),
  d('H12', 'Het sluiten van het postkantoor houdt in dat ouderen in het dorp veel verder moeten reizen.', [], 'near-miss: the consequences of an act'),
  d('H13', 'Deze afspraak met de provincies houdt in dat zij de helft van de kosten betalen.', [], 'near-miss: a demonstrative, one agreement\'s content'),
  d('H14', 'De minister zei net: het nieuwe stelsel houdt in dat niemand erop achteruitgaat.', [], 'near-miss: someone else\'s claim about a plan'),
];

export const ALL: Probe[] = [...PARENS, ...KIND, ...COLON, ...HOLDS];
