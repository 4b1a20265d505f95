// Review 8 probes (new made-up sentences and mini-debates, general parliamentary Dutch), for the rules of commits
// b81c13b, 0b848af, 656aebc, f37de8e, 2e3ee9d, c2d1e85 and 3c5c1c6. Expected answers decided by a careful reading
// before running.
import type { Probe } from '../review-4/probes';
import { s, inv, deb, c, d } from '../../helpers/review-probe-builders';
export type { Probe };

/** 1. b81c13b (and c2d1e85's "waar"): a comma inside a relative clause that has not had its verb. */
export const OPEN_CLAUSE: Probe[] = [
  d('O1', 'Een zorgverlener, dat is iemand die voor een patiënt, cliënt of bewoner zorgt.', [['zorgverlener', 'iemand die voor een patiënt, cliënt of bewoner zorgt']], 'the list runs to the clause\'s verb "zorgt"; "patiënt" after "een" is a noun'),
  d('O2', 'Een mantelzorger, dat is iemand die onbetaald voor een ouder, partner of kind zorgt.', [['mantelzorger', 'iemand die onbetaald voor een ouder, partner of kind zorgt']], 'generalisation: an adverb on "-d" ("onbetaald") before the list is no verb; the clause\'s verb is "zorgt"'),
  d('O3', 'Met een thuiszorgorganisatie bedoel ik een organisatie die ouderen, chronisch zieken en mensen met een beperking thuis helpt.', [['thuiszorgorganisatie', 'een organisatie die ouderen, chronisch zieken en mensen met een beperking thuis helpt']], 'generalisation: the plural object right after "die" ("ouderen") is no verb; the verb is "helpt"'),
  d('O4', 'Een kinderboerderij, dat is een boerderij waar kinderen, ouders en grootouders dieren kunnen aaien.', [['kinderboerderij', 'een boerderij waar kinderen, ouders en grootouders dieren kunnen aaien']], 'a list after "waar", the verb after its last item'),
  d('O5', 'Een mantelzorgwoning, dat is een woning die bij het huis van een ouder, kind of andere naaste mag worden geplaatst.', [['mantelzorgwoning', 'een woning die bij het huis van een ouder, kind of andere naaste mag worden geplaatst']], 'the list, then "mag worden geplaatst"'),
  d('O6', 'Een statushouder, dat is een asielzoeker die een verblijfsvergunning kreeg, en gemeenten of corporaties zoeken dan een woning.', [['statushouder', 'een asielzoeker die een verblijfsvergunning kreeg']], 'near-miss: a strong past ("kreeg") ends the clause; after the comma a main clause of its own'),
  d('O7', 'Een spookburger, dat is iemand die na zijn vertrek uit Nederland in de basisregistratie bleef staan, en de gemeente of de Belastingdienst betaalt dan nog toeslagen uit.', [['spookburger', 'iemand die na zijn vertrek uit nederland in de basisregistratie bleef staan']], 'near-miss: "bleef staan" ends the clause; what the municipality pays is a new main clause'),
  d('O9', 'Een ouderschapsplan, dat is een plan waarin ouders vastleggen waar de kinderen wonen, wie wat betaalt en hoe het contact gaat.', [['ouderschapsplan', 'een plan waarin ouders vastleggen waar de kinderen wonen, wie wat betaalt en hoe het contact gaat']], 'generalisation: three indirect questions after "vastleggen", all of the meaning'),
  d('O10', 'Een buurthuis, dat is een gebouw waar bewoners samenkomen, koffie drinken en activiteiten organiseren.', [['buurthuis', 'een gebouw waar bewoners samenkomen, koffie drinken en activiteiten organiseren']], 'generalisation: three verb phrases of one subject after "waar"'),
  d('O11', 'Een inloophuis, dat is een huis waar vrijwilligers elke dag klaarstaan, en buren of kerken brengen eten.', [['inloophuis', 'een huis waar vrijwilligers elke dag klaarstaan']], 'near-miss: "klaarstaan" ends the "waar" clause; "en buren of kerken brengen eten" is a main clause'),
];

/** 2. 0b848af: question words listed; ", met het doel om"; "versta ik"; "wat we in de X noemen"; a participle before the term; "de opdracht om … te …"; the meaning put first; an acronym's owner. */
export const FORMS_15: Probe[] = [
  d('Q1', 'Een regiodeal, dat is een afspraak waarin Rijk en regio vastleggen wat, waar en wanneer er wordt geïnvesteerd.', [['regiodeal', 'een afspraak waarin rijk en regio vastleggen wat, waar en wanneer er wordt geïnvesteerd']], 'question words listed, sharing the clause after them'),
  d('Q2', 'Een oproepcontract, dat is een contract waarbij de werkgever bepaalt of, wanneer en hoeveel uur iemand werkt.', [['oproepcontract', 'een contract waarbij de werkgever bepaalt of, wanneer en hoeveel uur iemand werkt']], 'generalisation: "of" and "hoeveel" in the list of question words'),
  d('Q3', 'Een phishingmail, dat is een nepmail die lijkt op een bericht van de bank, met het doel om inloggegevens te stelen.', [['phishingmail', 'een nepmail die lijkt op een bericht van de bank, met het doel om inloggegevens te stelen']], 'the purpose belongs to what the thing is'),
  d('Q4', 'Wij beginnen in Twente met een proeftuin, dat is een gebied waarin regels tijdelijk niet gelden, met het doel om de wachtlijsten in de zorg terug te dringen.', [['proeftuin', 'een gebied waarin regels tijdelijk niet gelden']], 'near-miss: the purpose is that of "wij beginnen in Twente", this trial, not what a proeftuin is'),
  d('Q5', 'Een proeftuin, dat is een gebied waar regels tijdelijk niet gelden, met het doel om nieuwe vormen van zorg uit te proberen.', [['proeftuin', 'een gebied waar regels tijdelijk niet gelden, met het doel om nieuwe vormen van zorg uit te proberen']], 'generalisation: the purpose after a clause opened by "waar"'),
  d('Q6', 'Onder een werkende arme versta ik iemand die een baan heeft en toch niet rond kan komen.', [['werkende arme', 'iemand die een baan heeft en toch niet rond kan komen']], '"versta ik"'),
  d('Q7', 'Onder het lawaai van de trekkers versta ik mijn eigen woorden niet.', [], 'near-miss: "versta" is hearing, no definition'),
  d('Q9', 'Wat we in de scheepvaart walstroom noemen, is stroom die een schip in de haven van de wal krijgt.', [['walstroom', 'stroom die een schip in de haven van de wal krijgt']], '"wat we in de X … noemen", a field\'s word'),
  d('Q10', 'Wat ik in de zorg een vliegende keep noem, is een verpleegkundige die op elke afdeling kan invallen.', [['vliegende keep', 'een verpleegkundige die op elke afdeling kan invallen']], '"wat ik in de zorg een X noem"'),
  d('Q11', 'Wat wij in de politiek lef noemen, is het besluit om de tarieven te verlagen.', [], 'near-miss: a verdict on one decision, not what "lef" means'),
  d('Q12', 'Het kabinet heeft een wet voorgesteld met een meldplicht, oftewel de plicht om elk datalek binnen drie dagen te melden.', [['meldplicht', 'de plicht om elk datalek binnen drie dagen te melden']], 'a separable participle ("voorgesteld") before "met een X, oftewel"'),
  d('Q13', 'De minister heeft een regeling ingevoerd met een inkomensgrens, oftewel een bedrag waarboven huishoudens geen toeslag meer krijgen.', [['inkomensgrens', 'een bedrag waarboven huishoudens geen toeslag meer krijgen']], '"ingevoerd met een X, oftewel"'),
  d('Q14', 'Het gaat om de afgestudeerden met een studieschuld, oftewel jongeren die na hun studie nog duizenden euro\'s moeten terugbetalen.', [], 'near-miss: "afgestudeerden" is a noun; the gloss restates "de afgestudeerden met een studieschuld", it does not define "studieschuld"'),
  d('Q15', 'Een zorgplicht, dat is de plicht om schade voor klanten zo veel mogelijk te voorkomen.', [['zorgplicht', 'de plicht om schade voor klanten zo veel mogelijk te voorkomen']], 'a noun set apart by what it is for'),
  d('Q17', 'Een huurbevriezing, dat is de beste manier om huurders te helpen.', [], 'near-miss: "de beste manier om" judges, it does not define'),
  d('Q18', 'Een suikertaks, dat is een poging om mensen hun frisdrank af te pakken.', [], 'near-miss: a sneer at the tax, not what it is'),
  d('Q19', 'Snel wisselen van werkgever om meer te verdienen, is wat economen baanhoppen noemen.', [['baanhoppen', 'snel wisselen van werkgever om meer te verdienen']], 'the meaning put first, economists\' word'),
  d('Q20', 'Drie jaar wachten op een uitkering, is wat de ombudsman onacceptabel noemt.', [], 'near-miss: a verdict of the ombudsman, "ombudsman onacceptabel" no term'),
  d('Q21', 'Boeren die hun bedrijf moeten sluiten omdat de regels steeds veranderen, is wat critici een schandaal noemen.', [], 'near-miss: others\' judgement, not their word for a kind of thing'),
  d('Q22', 'Mensen die werken maar toch schulden hebben: dat zijn wat we in het armoedebeleid werkende armen noemen.', [['werkende armen', 'mensen die werken maar toch schulden hebben']], '"…: dat zijn wat we in het X … noemen", a field\'s word'),
  d('Q23', 'Drie jaar wachten op een operatie, is wat we in de zorg onaanvaardbaar noemen.', [], 'near-miss: a field named, but "onaanvaardbaar" is a verdict'),
  d('Q24', 'Het geld komt uit het ESF, het Europees Sociaal Fonds van de Europese Unie.', [['ESF', 'europees sociaal fonds van de europese unie']], 'an acronym\'s name with its (unique) owner, the rule\'s convention'),
  d('Q25', 'Dan de GGD, de gemeentelijke gezondheidsdienst van de Achterhoek.', [['GGD', 'gemeentelijke gezondheidsdienst']], 'near-miss: "van de Achterhoek" says which GGD (a region), not part of what GGD stands for'),
];

/** 3. c2d1e85: "iedere"/"elk" after a scope; a semicolon; "dat noemen ze (in de X) Y"; a list after "waar". */
export const FORMS_14: Probe[] = [
  d('C1', 'Onder een grensarbeider verstaan we in dit verdrag ieder die in het ene land woont en in het andere land werkt.', [['grensarbeider', 'ieder die in het ene land woont en in het andere land werkt']], 'the scope "in dit verdrag" before "ieder" dropped'),
  d('C2', 'Onder een grootverbruiker verstaan we in de regeling elk bedrijf dat meer dan een miljoen kilowattuur per jaar afneemt.', [['grootverbruiker', 'elk bedrijf dat meer dan een miljoen kilowattuur per jaar afneemt']], 'the scope before "elk" dropped'),
  d('C3', 'Onder een starter verstaan we in het algemeen iedereen die voor het eerst een huis koopt.', [['starter', 'iedereen die voor het eerst een huis koopt']], '"in het algemeen" hedges, no part of the meaning'),
  d('C4', 'Met een schuldhulpmaatje bedoel ik een vrijwilliger die mensen helpt hun post te ordenen; zulke maatjes zijn er veel te weinig.', [['schuldhulpmaatje', 'een vrijwilliger die mensen helpt hun post te ordenen']], 'the semicolon ends the meaning'),
  d('C5', 'Onder basisvoorzieningen verstaan we in dit plan een huisarts in de buurt; een school binnen tien kilometer; en een bushalte op loopafstand.', [['basisvoorzieningen', 'een huisarts in de buurt; een school binnen tien kilometer; en een bushalte op loopafstand']], 'generalisation: semicolons between the items of one list do not end the meaning'),
  d('C6', 'Leerlingen die langer dan vier weken niet naar school gaan, dat noemen ze in het onderwijs thuiszitters.', [['thuiszitters', 'leerlingen die langer dan vier weken niet naar school gaan']], '"dat noemen ze in het X Y": a field\'s word'),
  d('C7', 'Een kamer in het eigen huis verhuren aan een student, dat noemt men hospitaverhuur.', [['hospitaverhuur', 'een kamer in het eigen huis verhuren aan een student']], '"dat noemt men X"'),
  d('C8', 'Bedrijven die alleen op papier in Nederland gevestigd zijn, dat noemen ze brievenbusfirma\'s.', [["brievenbusfirma's", 'bedrijven die alleen op papier in nederland gevestigd zijn']], 'generalisation: the term with an apostrophe plural'),
  d('C9', 'Gezinnen die moeten kiezen tussen eten en verwarming, dat noemen ze bij de voedselbank energiearmoede.', [['energiearmoede', 'gezinnen die moeten kiezen tussen eten en verwarming']], 'generalisation: the field named with "bij"'),
  d('C10', 'Boeren die stoppen omdat ze geen opvolger hebben, dat noemen ze in de sector een drama.', [], 'near-miss: others\' verdict, with a field, not a word for a kind'),
  d('C12', 'Een gezondheidscentrum, dat is een gebouw waar huisarts, apotheek en fysiotherapeut onder één dak zitten.', [['gezondheidscentrum', 'een gebouw waar huisarts, apotheek en fysiotherapeut onder één dak zitten']], 'a list after "waar", its verb after the last item'),
  d('C13', 'Een zorgtafel, dat is een overleg waar wijkverpleging, huisarts en gemeente samen bepalen wie welke zorg krijgt.', [['zorgtafel', 'een overleg waar wijkverpleging, huisarts en gemeente samen bepalen wie welke zorg krijgt']], 'the verb after the list, then a clause of its own'),
  d('C14', 'Een jongerencentrum, dat is een plek waar jongeren na school terechtkunnen, en ouders of buren hoeven zich dan geen zorgen te maken.', [['jongerencentrum', 'een plek waar jongeren na school terechtkunnen']], 'near-miss: the "waar" clause had its verb before the comma'),
];

/** 4. 656aebc and 2e3ee9d: the closing list read as prose, and items in the chair's own sentences. */
const HD =
  'Commissiedebat over de kinderopvang\n\nMinister De Vries:\nIk stuur u voor 1 september een brief over de kinderopvangtoeslag. Ik ga met de brancheorganisaties in gesprek over de tarieven.\n\nStaatssecretaris Bakker:\nDe vragen over de gastouders beantwoord ik schriftelijk.\n\nMevrouw Kat (D66):\nDank u wel.\n\n';
const chair = (body: string) => `De voorzitter:\n${body}\n\n`;
const CL = 'De voorzitter:\nDan dank ik de bewindspersonen en de leden voor hun inbreng. Ik sluit dit commissiedebat.\n';
const rep = (body: string) => `${HD}${chair(body)}${CL}`;
const LETTER = 'De minister stuurt de Kamer voor 1 september een brief over de kinderopvangtoeslag.';
const WRITTEN = 'De staatssecretaris beantwoordt de vragen over de gastouders schriftelijk.';

export const CLOSING: Probe[] = [
  c(
    'P1',
    rep(`Dank u wel. Voordat ik afsluit, loop ik even na wat de minister heeft beloofd. ${LETTER} Ook gaat zij met de brancheorganisaties in gesprek over de tarieven. Daarnaast laat zij onderzoeken hoe de wachtlijsten in de grote steden korter kunnen worden. Tot zover.`),
    [LETTER, 'Ook gaat zij met de brancheorganisaties in gesprek over de tarieven.', 'Daarnaast laat zij onderzoeken hoe de wachtlijsten in de grote steden korter kunnen worden.'],
    'prose after "loop ik even na wat de minister heeft beloofd", up to "Tot zover."',
  ),
  c(
    'P2',
    rep(`Dank u wel. Dan loop ik de toezeggingen even met u na. ${LETTER} Verder gaat de minister met de brancheorganisaties in gesprek over de tarieven. Wat de staatssecretaris betreft: hij beantwoordt de vragen over de gastouders schriftelijk.`),
    [LETTER, 'Verder gaat de minister met de brancheorganisaties in gesprek over de tarieven.', 'Wat de staatssecretaris betreft: hij beantwoordt de vragen over de gastouders schriftelijk.'],
    'prose items after an announcement with "toezeggingen"',
  ),
  c(
    'P3',
    rep('Ik wilde nalopen wat de bewindspersonen hebben beloofd, maar de griffier stuurt u de lijst na. De minister gaat nu eerst door naar de ministerraad. De leden krijgen de lijst morgen per e-mail.'),
    [],
    'near-miss: no list read; where the minister goes and what the members receive are no items',
  ),
  c(
    'P4',
    rep('Dank u wel. Ik loop even na wat de minister wel en niet heeft beloofd. De minister gaat niet mee in het voorstel om de tarieven te bevriezen. Zij komt ook niet met een aparte regeling voor gastouders. Tot zover.'),
    [],
    'near-miss: after the announcement only what was refused',
  ),
  c(
    'P5',
    rep(`Dank u wel. Ik loop even na wat er is toegezegd. ${LETTER} ${WRITTEN} De commissie bespreekt die brief daarna in een procedurevergadering.`),
    [LETTER, WRITTEN],
    'near-miss at the end: the committee\'s own plan is the chair\'s words, not an item',
  ),
  c(
    'P6',
    rep('Dank u wel. Ik loop even na wat de staatssecretaris heeft beloofd. Hij beantwoordt de vragen over de gastouders voor 1 mei schriftelijk. Ook gaat hij met de VNG in gesprek over de kosten van de kinderopvang. Ik sluit de vergadering.'),
    ['Hij beantwoordt de vragen over de gastouders voor 1 mei schriftelijk.', 'Ook gaat hij met de VNG in gesprek over de kosten van de kinderopvang.'],
    'generalisation: the first item by pronoun, the member of government named in the announcement',
  ),
  c(
    'P7',
    rep('Dank u wel. Voordat ik sluit, loop ik na wat de bewindspersonen hebben beloofd. De minister heeft toegezegd dat zij voor 1 september een brief stuurt over de kinderopvangtoeslag. De staatssecretaris heeft toegezegd dat hij de vragen over de gastouders schriftelijk beantwoordt. Dank u wel.'),
    ['De minister heeft toegezegd dat zij voor 1 september een brief stuurt over de kinderopvangtoeslag.', 'De staatssecretaris heeft toegezegd dat hij de vragen over de gastouders schriftelijk beantwoordt.'],
    'prose items in the form "X heeft toegezegd dat …"',
  ),
  c(
    'S1',
    rep(
      'Dank u wel. Dan de toezeggingen. De eerste toezegging is dat de minister de Kamer voor 1 september een brief stuurt over de kinderopvangtoeslag. De tweede toezegging luidt dat de vragen over de gastouders schriftelijk worden beantwoord. En de derde en laatste toezegging is dat de minister met de brancheorganisaties in gesprek gaat over de tarieven.',
    ),
    [
      'De eerste toezegging is dat de minister de Kamer voor 1 september een brief stuurt over de kinderopvangtoeslag.',
      'De tweede toezegging luidt dat de vragen over de gastouders schriftelijk worden beantwoord.',
      'En de derde en laatste toezegging is dat de minister met de brancheorganisaties in gesprek gaat over de tarieven.',
    ],
    'whole sentences; "luidt dat"; a subject not of the government; "de derde en laatste"',
  ),
  c(
    'S2',
    rep(
      'Dank u wel. Ik heb drie toezeggingen genoteerd. Als eerste heb ik genoteerd dat de minister de Kamer voor 1 september een brief stuurt over de kinderopvangtoeslag. Als tweede heb ik genoteerd dat de staatssecretaris de vragen over de gastouders schriftelijk beantwoordt. Ten derde heb ik genoteerd dat de minister met de brancheorganisaties in gesprek gaat over de tarieven.',
    ),
    [
      'Als eerste heb ik genoteerd dat de minister de Kamer voor 1 september een brief stuurt over de kinderopvangtoeslag.',
      'Als tweede heb ik genoteerd dat de staatssecretaris de vragen over de gastouders schriftelijk beantwoordt.',
      'Ten derde heb ik genoteerd dat de minister met de brancheorganisaties in gesprek gaat over de tarieven.',
    ],
    'generalisation: "Ten derde heb ik genoteerd dat" after two "Als …" items',
  ),
  c(
    'S3',
    rep('Dank u wel. Er is één toezegging gedaan, namelijk door de staatssecretaris: hij beantwoordt de vragen over de gastouders voor 1 mei schriftelijk. Ik sluit de vergadering.'),
    ['Er is één toezegging gedaan, namelijk door de staatssecretaris: hij beantwoordt de vragen over de gastouders voor 1 mei schriftelijk.'],
    'generalisation: "namelijk door X:" then the item',
  ),
  c(
    'S4',
    rep('Dank u wel. Er is één toezegging gevraagd, namelijk dat de minister de tarieven voor 2027 bevriest, maar die heeft zij niet gedaan. Ik sluit de vergadering.'),
    [],
    'near-miss: one commitment asked for and not made',
  ),
  c(
    'S5',
    rep('Er is maar één toezegging gedaan, namelijk dat de staatssecretaris de vragen over de gastouders voor 1 mei schriftelijk beantwoordt. Ik dank de bewindspersonen en sluit de vergadering.'),
    ['Er is maar één toezegging gedaan, namelijk dat de staatssecretaris de vragen over de gastouders voor 1 mei schriftelijk beantwoordt.'],
    '"maar één toezegging …, namelijk dat", the whole sentence',
  ),
  c(
    'S6',
    rep(
      'Dank u wel. Dan de toezeggingen. De eerste toezegging is dat de minister de Kamer voor 1 september een brief stuurt over de kinderopvangtoeslag. Dan de tweede: de vragen van mevrouw Kat over de gastouders worden voor 1 mei schriftelijk beantwoord. Tot zover de toezeggingen.',
    ),
    [
      'De eerste toezegging is dat de minister de Kamer voor 1 september een brief stuurt over de kinderopvangtoeslag.',
      'Dan de tweede: de vragen van mevrouw Kat over de gastouders worden voor 1 mei schriftelijk beantwoord.',
    ],
    '"Dan de tweede:" with a passive item; "Tot zover de toezeggingen." is no item',
  ),
];

/** 5. f37de8e: an invitation after "Tot slot"/"Ten slotte" taken without "graag" or by going along. */
const ASKED_VISIT = 'Ik nodig de minister uit om een keer mee te gaan met de boa\'s in Rotterdam-Zuid.';
export const INVITED: Probe[] = [
  inv('I1', 'Tot slot de uitnodiging van mevrouw Kat om een dag mee te lopen op de spoedeisende hulp in Enschede.', 'Die neem ik aan.', true, 'a visit, taken without "graag"'),
  inv('I2', 'Ten slotte de uitnodiging van de heer Bos.', 'Ik ga graag met hem mee naar de vissers in Urk.', true, 'going along to Urk'),
  inv('I3', 'Tot slot de uitnodiging van mevrouw Kat.', 'Ik ga graag met mevrouw Kat mee naar de voedselbank in Tiel.', true, 'going along with her, by name'),
  inv('I4', 'Tenslotte de uitnodiging van de heer Bos voor de open dag van de kustwacht in Den Helder.', 'Die nemen we aan.', true, '"Tenslotte", "nemen we aan"'),
  inv('I5', 'Tot slot de uitnodiging van de heer Bos om zijn motie over de bibliotheken te steunen.', 'Die neem ik aan.', false, 'near-miss: support for a motion, this debate'),
  inv('I6', 'Ten slotte de uitnodiging van mevrouw Kat om in de tweede termijn terug te komen op de cijfers.', 'Die neem ik aan.', false, 'near-miss: the second round of this debate'),
  inv('I7', 'Tot slot de cijfers van de heer Bos over de wachtlijsten.', 'Die neem ik aan.', false, 'near-miss: "Die neem ik aan" = I take his figures to be right'),
  inv('I8', 'Tot slot de uitnodiging van mevrouw Kat om kritischer naar de cijfers te kijken.', 'Ik ga graag met haar mee.', false, 'near-miss: "met haar meegaan" = agree; a stance, no visit'),
  inv('I9', 'Ten slotte het pleidooi van de heer Bos voor meer wijkagenten.', 'Ik ga graag met hem mee.', false, 'near-miss: agreeing with a plea'),
  inv('I11', 'Tot slot de uitnodiging van de heer Bos om mee te gaan op een nachtdienst met de politie.', 'Ik ga graag met hem mee, maar pas na de zomer.', true, 'generalisation: "maar pas na de zomer" moves the visit, it does not refuse it'),
  inv('I12', 'Tot slot de uitnodiging van de wethouder van Almere, die mevrouw Kat heeft overgebracht.', 'Ik ga graag met de wethouder mee op zijn ronde langs de noodopvang.', true, 'generalisation: going along with a named office-holder'),
  inv('I13', 'Tot slot de uitnodiging van mevrouw Kat.', 'Die neem ik aan, als mijn agenda het toelaat.', false, 'a condition after it'),
  deb('I14', ASKED_VISIT, 'Tot slot de uitnodiging van mevrouw Kat. Die neem ik aan. Dan de kosten.', 'Die neem ik aan.', true, 'the invitation made in the debate, taken in the answer'),
];

/** 6. f37de8e: "Ik ga in op" the topics of this answer. */
export const TOPICS: Probe[] = [
  s('T1', 'Ik ga in op de wachtlijsten, de tarieven en de inkoop door gemeenten.', false, 'the topics of this answer'),
  s('T2', 'Ik ga eerst in op de vragen van de heer Bos, dan op die van mevrouw Kat en tot slot op de amendementen.', false, 'the order of this answer'),
  s('T3', 'Ik ga in op de kosten en de planning.', false, 'generalisation: two topics only, still this answer'),
  s('T4', 'Ik ga in een brief in op de kosten, de planning en de risico\'s.', true, 'in a letter'),
  s('T5', 'Ik ga schriftelijk in op de vragen over de kosten, de planning en de uitvoering.', true, 'in writing'),
  s('T6', 'Ik ga in op de kosten, de planning en de risico\'s in de voortgangsrapportage.', true, 'generalisation: in a report, after the list'),
  s('T7', 'Ik ga in op het aanbod van de gemeenten, de provincies en de waterschappen om samen de kosten te dragen.', true, 'an offer taken up: the costs shared'),
  s('T9', 'Ik ga in op de kosten, de planning en de uitvoering, en daarna ga ik naar de amendementen.', false, 'generalisation: the order of this answer goes on after "en daarna ga ik"'),
  deb('T10', 'Hoe staat het met de handhaving in de binnensteden?', 'Voorzitter, ik ga in op de handhaving, de boetes en de capaciteit van de politie. Eerst de handhaving.', 'Voorzitter, ik ga in op de handhaving, de boetes en de capaciteit van de politie.', false, 'the answer\'s topics, in a debate'),
];

/** 7. f37de8e: "… was mijn toezegging" retells. */
export const WAS_PROMISE: Probe[] = [
  s('W1', 'Die brief over de stikstofruimte was mijn toezegging, niet die van de minister van LNV.', false, 'who promised it, retold'),
  s('W2', 'Dat was mijn toezegging, en die houd ik: u krijgt de brief voor 1 juni.', true, 'retold and kept: the letter before 1 June'),
  s('W3', 'Wat ik vorige week zei, was geen toezegging, maar nu zeg ik het toe: de brief komt voor 1 juni.', true, 'a promise made now after "was geen toezegging"'),
  s('W4', 'Dat waren de toezeggingen van mijn voorganger, niet de mijne.', false, 'generalisation: plural, retold'),
  s('W5', 'Mijn toezegging was en blijft dat ik de Kamer voor de zomer informeer over de wachttijden.', true, '"was en blijft": the promise stands'),
  s('W6', 'Het was altijd mijn toezegging dat de Kamer de evaluatie voor de zomer krijgt, en dat blijft zo.', true, 'retold and kept: "en dat blijft zo"'),
];

/** 8. 3c5c1c6: inviting a party, adding to a piece of work, a point in a talk, a body asked to let one know. */
export const INVITE_ADD: Probe[] = [
  s('N1', 'Ik nodig de netbeheerders en de provincies in september uit voor een gesprek over de wachtrij op het stroomnet.', true, 'a talk organised, with a time'),
  s('N2', 'Wij nodigen de Vlaamse collega\'s uit voor een overleg over de verdieping van de Schelde.', true, 'colleagues of another country, not of the room'),
  s('N3', 'Ik nodig alle werkgevers uit om oudere werknemers een eerlijke kans te geven.', false, 'near-miss: an appeal, not an act of the speaker'),
  s('N4', 'Ik nodig de indieners van het amendement uit om de tekst nog eens goed te bekijken.', false, 'near-miss: members, this debate'),
  s('N5', 'Ik nodig de fracties uit om hun voorstellen voor de stemmingen van dinsdag in te dienen.', false, 'near-miss: the parliamentary groups, this debate\'s business'),
  s('N6', 'Vorige maand nodigde ik de burgemeesters uit voor een gesprek over de opvang.', false, 'past'),
  s('N7', 'Ik nodig de lobbyisten van de tabaksindustrie niet uit voor dat gesprek.', false, 'negated'),
  s('N8', 'Als de sector daarom vraagt, nodig ik de vakbonden uit voor een gesprek.', false, 'on a condition'),
  s('N9', 'Ik voeg de vraag van de heer Bos toe aan de evaluatie die het WODC dit jaar uitvoert.', true, 'a question added to a piece of work'),
  s('N10', 'Wij voegen een hoofdstuk over de kosten toe aan de nota die in juni verschijnt.', true, 'a chapter added to a paper due in June'),
  s('N11', 'Ik voeg een punt toe aan wat de heer Bos zei: ook de provincies betalen mee.', false, 'near-miss: a point added now, to what a member said'),
  s('N12', 'Aan de evaluatie voeg ik een vraag over de regeldruk toe.', true, 'generalisation: "aan …" put first'),
  s('N14', 'De zorgen over de tarieven neem ik in dat gesprek zeker mee.', true, 'a point taken into a talk'),
  s('N15', 'Dat punt neem ik in dit overleg mee.', false, 'near-miss: "dit overleg" is this meeting'),
  s('N17', 'Ik neem in dat overleg ook de zorgen over de kosten mee.', true, 'generalisation: the point after the talk'),
  s('N18', 'Ik vraag de GGD om mij voor 1 oktober te laten weten hoeveel kinderen zijn gevaccineerd.', true, 'a body asked to report, with a date'),
  s('N19', 'Ik vraag de heer Bos om mij te laten weten of hij zijn motie aanhoudt.', false, 'near-miss: a member, this debate'),
  s('N20', 'Ik heb de inspectie gevraagd om mij te laten weten hoe het met de wachtlijsten staat.', false, 'past'),
  s('N21', 'Ik vraag de provincies om het mij te laten weten als de subsidie niet toereikend is.', true, 'generalisation: the "als" belongs to what they are asked, not a condition on the asking'),
  s('N22', 'Ik vraag de Kamer om mij te laten weten of zij een technische briefing wil.', false, 'near-miss: the Kamer asked, an offer not taken up'),
  deb('N23', 'Wil de minister de zorgverzekeraars aanspreken op de hoge eigen bijdrage?', 'Ik nodig de zorgverzekeraars na de zomer uit voor een gesprek over de eigen bijdrage. Dan de wachtlijsten.', 'Ik nodig de zorgverzekeraars na de zomer uit voor een gesprek over de eigen bijdrage.', true, 'the answer to a request in the debate'),
];

/** Controls. */
export const CONTROLS: Probe[] = [
  s('K1', 'Ik stuur de Kamer voor de zomer een brief over de wachtlijsten in de ggz.', true, 'control'),
  d('K2', 'Met een flexwerker bedoel ik iemand zonder vast contract.', [['flexwerker', 'iemand zonder vast contract']], 'control'),
];

export const ALL: Probe[] = [...OPEN_CLAUSE, ...FORMS_15, ...FORMS_14, ...CLOSING, ...INVITED, ...TOPICS, ...WAS_PROMISE, ...INVITE_ADD, ...CONTROLS];
