// Review 14 probes (new made-up sentences of general parliamentary Dutch), for the definition rules of commit fd5e3e1.
// Expected answers decided by a careful reading of the Dutch before running: a definition is a term the debate explains
// (an acronym's expansion, a kind of thing set apart by what it is, what a word means), cut where the meaning ends and
// not short of it; not a verdict or a remark, not a description that holds only in a circumstance, not a pointer at a
// person, not a numeral, adverb or indirect object glued to the term.
import type { Probe } from '../../commitments/review-4/probes';
import { d } from '../../helpers/review-probe-builders';
export type { Probe };

/** 1. "Een X is een Y die/waarbij …" ends where a new clause begins, as a meaning does. */
export const A_IS_A_END: Probe[] = [
  d('A1', 'Een flexwoning is een woning die binnen een paar maanden kan worden neergezet, maar de gemeente moet er wel eerst grond voor vinden.', [['flexwoning', 'een woning die binnen een paar maanden kan worden neergezet']], 'generalisation: ", maar" opens a clause with a subject of its own'),
  d('A2', 'Een zorgboerderij is een boerderij waarop mensen met een beperking of dementie overdag een zinvolle dagbesteding krijgen, want in de stad is daar vaak geen plek voor.', [['zorgboerderij', 'een boerderij waarop mensen met een beperking of dementie overdag een zinvolle dagbesteding krijgen']], 'generalisation: ", want", another relative word (waarop)'),
  d('A3', 'Een thuiszitter is een leerling die langer dan vier weken niet naar school gaat: dat zijn er inmiddels meer dan vijftienduizend.', [['thuiszitter', 'een leerling die langer dan vier weken niet naar school gaat']], 'generalisation: a colon opens a remark on the number'),
  d('A5', 'Een logeerhuis is een huis waarin een kind met een beperking een weekend kan logeren, zodat de ouders even op adem kunnen komen.', [['logeerhuis', 'een huis waarin een kind met een beperking een weekend kan logeren, zodat de ouders even op adem kunnen komen']], 'generalisation: ", zodat" after a relative clause says what it is for and goes on'),
  d('A10', 'Een flitsbezorger is een bedrijf dat boodschappen binnen tien minuten thuisbezorgt, maar daar hoor ik de minister nooit over.', [['flitsbezorger', 'een bedrijf dat boodschappen binnen tien minuten thuisbezorgt']], 'generalisation: a plain definition, then a remark of the speaker cut off'),
  d('A7', 'Een knarrenhof is een hofje waarin ouderen zelfstandig maar toch samen wonen, met een gezamenlijke tuin en een gemeenschappelijke ruimte.', [['knarrenhof', 'een hofje waarin ouderen zelfstandig maar toch samen wonen, met een gezamenlijke tuin en een gemeenschappelijke ruimte']], 'near-miss (over-cut): ", met een …" lists its features, more of the meaning, not a new clause'),
  d('A8', 'Een tussenjaar is een jaar waarin een jongere na de middelbare school niet meteen gaat studeren, maar eerst gaat werken of reizen.', [['tussenjaar', 'een jaar waarin een jongere na de middelbare school niet meteen gaat studeren, maar eerst gaat werken of reizen']], 'near-miss (over-cut): "niet …, maar eerst …" says what it is instead, no subject of its own'),
  d('A9', 'Een gastouder is een ouder die bij zich thuis op de kinderen van anderen past, en daarvoor een vergoeding krijgt.', [['gastouder', 'een ouder die bij zich thuis op de kinderen van anderen past, en daarvoor een vergoeding krijgt']], 'near-miss (over-cut): ", en" goes on the relative clause (same subject "die", verb last)'),
  d('A13', 'Een mantelzorger is een persoon die langdurig en onbetaald voor een ziek familielid zorgt, of voor een vriend of buurman.', [['mantelzorger', 'een persoon die langdurig en onbetaald voor een ziek familielid zorgt, of voor een vriend of buurman']], 'near-miss (over-cut): ", of voor …" widens the relative clause\'s object'),
  d('A11', 'Een datacenter is een fabriek die het stroomnet van een hele regio leegzuigt, maar daar hoor ik de minister nooit over.', [], 'near-miss: a verdict ("a factory that drains the grid"), the remark after ", maar" cut off'),
];

/** 2. "niet X, maar pas Y": what it is instead goes on. */
export const BUT_ONLY: Probe[] = [
  d('B1', 'Met uitgesteld betalen bedoel ik dat de klant niet bij de aankoop betaalt, maar pas na dertig dagen.', [['uitgesteld betalen', 'dat de klant niet bij de aankoop betaalt, maar pas na dertig dagen']], 'generalisation: another term, "pas na"'),
  d('B2', 'Onder een late diagnose verstaan we een diagnose die niet in het eerste levensjaar, maar pas na het vijfde levensjaar wordt gesteld.', [['late diagnose', 'een diagnose die niet in het eerste levensjaar, maar pas na het vijfde levensjaar wordt gesteld']], 'generalisation: "Onder X verstaan we", the contrast inside a relative clause'),
  d('B3', 'De terugbetalingsregel houdt in dat een student niet tijdens de studie, maar pas twee jaar na het afstuderen begint met aflossen.', [['terugbetalingsregel', 'dat een student niet tijdens de studie, maar pas twee jaar na het afstuderen begint met aflossen']], 'generalisation: "X houdt in dat" (a rule)'),
  d('B4', 'Een uitgestelde aanslag, dat is een aanslag die niet dit jaar, maar pas volgend jaar wordt opgelegd.', [['uitgestelde aanslag', 'een aanslag die niet dit jaar, maar pas volgend jaar wordt opgelegd']], 'generalisation: "X, dat is …" (a gloss cut at a comma)'),
  d('B5', 'Een laatbloeier is een leerling die niet in groep 3, maar pas in groep 5 goed leert lezen.', [['laatbloeier', 'een leerling die niet in groep 3, maar pas in groep 5 goed leert lezen']], 'generalisation: "Een X is een Y die niet …, maar pas …"'),
  d('B6', "Met een flexcontract bedoel ik een contract dat niet voor onbepaalde tijd geldt, maar pas op: ook zo'n contract geeft de werknemer rechten.", [['flexcontract', 'een contract dat niet voor onbepaalde tijd geldt']], 'near-miss: "maar pas op:" (watch out) is a warning, not what it is instead'),
  d('B7', 'Met een stille uitvaller bedoel ik een leerling die wel staat ingeschreven maar niet meer in de klas komt, maar pas vorige week bleek hoe groot die groep inmiddels is.', [['stille uitvaller', 'een leerling die wel staat ingeschreven maar niet meer in de klas komt']], 'near-miss: "maar pas vorige week bleek …" (only last week) opens a main clause, a remark'),
];

/** 3. A described gloss opening with a preposition is a circumstance, not a meaning. */
export const CIRCUMSTANCE: Probe[] = [
  d('C1', 'De huisarts, dat is voor veel ouderen de eerste persoon die ze om hulp vragen.', [], 'generalisation: "voor veel ouderen", a verdict'),
  d('C2', "Een pleeggezin, dat is voor zo'n kind een thuis waarin het eindelijk rust vindt.", [], 'generalisation: "voor zo\'n kind", "een" term, "waarin"'),
  d('C3', 'Het dorpshuis, dat is in veel kleine kernen het gebouw waarin alles samenkomt.', [], 'generalisation: "in veel kleine kernen" (no article after "in")'),
  d('C4', 'Dan de scheepswerven, dat zijn in Nederland bedrijven die het steeds moeilijker hebben.', [], 'generalisation: mid-sentence "de X, dat zijn in Nederland …"'),
  d('C6', 'De brugklas, dat is tegenwoordig een jaar waarin kinderen enorm onder druk staan.', [], 'near-miss: a circumstance that is an adverb, not a preposition phrase'),
  d('C7', 'De kermis, dat is in de zomer het moment waarop het hele dorp samenkomt.', [], 'near-miss: a preposition phrase with an article ("in de zomer"), the shape of a scope'),
  d('C8', 'Een pleegouder, dat is volgens de wet iemand die een kind in zijn gezin opvoedt zonder het gezag over dat kind te hebben.', [['pleegouder', 'iemand die een kind in zijn gezin opvoedt zonder het gezag over dat kind te hebben']], 'near-miss: "volgens de wet" is the scope of a real definition (like "in deze wet"), not a circumstance'),
  d('C9', 'Zwerfjongeren, dat zijn van huis weggelopen jongeren die nergens meer terechtkunnen.', [['zwerfjongeren', 'van huis weggelopen jongeren die nergens meer terechtkunnen']], 'near-miss: the preposition opens the noun phrase\'s own adjective ("van huis weggelopen"), a real definition'),
  d('C10', 'Veelplegers, dat zijn bij de politie bekende daders die in korte tijd heel veel delicten plegen.', [['veelplegers', 'bij de politie bekende daders die in korte tijd heel veel delicten plegen']], 'near-miss: "bij de politie bekende daders", a preposition inside the adjective, a real definition'),
];

/** 4. "Tot slot / Dan / Verder de speed pedelec, oftewel …": the word after the article belongs to the term. */
export const OPENER: Probe[] = [
  d('D1', 'Dan de modal shift, oftewel het verplaatsen van goederenvervoer van de weg naar het water en het spoor.', [['modal shift', 'het verplaatsen van goederenvervoer van de weg naar het water en het spoor']], 'generalisation: "Dan", another foreign adjective'),
  d('D2', 'Tot slot het collectief vervoer, oftewel de busjes die gemeenten inzetten voor ouderen en mensen met een beperking.', [['collectief vervoer', 'de busjes die gemeenten inzetten voor ouderen en mensen met een beperking']], 'generalisation: "het" and a Dutch adjective without "-e"'),
  d('D4', 'Ten slotte de speed pedelec, oftewel een elektrische fiets die tot 45 kilometer per uur trapondersteuning geeft.', [['speed pedelec', 'een elektrische fiets die tot 45 kilometer per uur trapondersteuning geeft']], 'generalisation: another opener, "Ten slotte"'),
  d('D5', 'Daarnaast de social return, oftewel de eis dat een aannemer ook mensen met een afstand tot de arbeidsmarkt in dienst neemt.', [['social return', 'de eis dat een aannemer ook mensen met een afstand tot de arbeidsmarkt in dienst neemt']], 'generalisation: another opener, "Daarnaast"'),
  d('D6', 'Verder het living lab, oftewel een proeftuin waarin bewoners en onderzoekers samen nieuwe oplossingen uitproberen.', [['living lab', 'een proeftuin waarin bewoners en onderzoekers samen nieuwe oplossingen uitproberen']], 'generalisation: "Verder het", a first word on "-ing"'),
  d('D7', 'Tot slot de minister, oftewel de bewindspersoon die over dit geld gaat.', [], 'near-miss: "Tot slot" before a person pointed at, no term'),
  d('D8', 'Bij een ruiming krijgt eerst de boer compensatie, oftewel een vergoeding voor de schade die hij lijdt.', [['compensatie', 'een vergoeding voor de schade die hij lijdt']], 'near-miss: "eerst" inside a clause, after its verb: "de boer" is the subject, not part of the term'),
];

/** 5. An acronym's plural on "'en". */
export const PLURAL_EN: Probe[] = [
  d('E1', "De RUD'en, de regionale uitvoeringsdiensten, controleren of bedrijven zich aan hun vergunning houden.", [['RUD', 'regionale uitvoeringsdiensten']], 'generalisation: another acronym'),
  d('E2', 'Die metingen doen de GGD’en, de gemeentelijke gezondheidsdiensten.', [['GGD', 'gemeentelijke gezondheidsdiensten']], 'generalisation: a typographic apostrophe, the name at the sentence\'s end'),
  d('E3', "De RUD'en zijn de regionale uitvoeringsdiensten die namens provincies en gemeenten toezicht houden.", [['RUD', 'regionale uitvoeringsdiensten']], 'generalisation: "X\'en zijn de …" (copula)'),
  d('E4', "Het toezicht op die bedrijven ligt bij de RUD'en. Dat zijn de regionale uitvoeringsdiensten.", [['RUD', 'regionale uitvoeringsdiensten']], 'generalisation: "… de RUD\'en. Dat zijn de …" (anaphor, plural)'),
  d('E5', "Dat doen de gemeentelijke gezondheidsdiensten (GGD'en) al jaren.", [['GGD', 'gemeentelijke gezondheidsdiensten']], 'generalisation: the plural acronym in parentheses after its name'),
  d('E6', "Daarover zijn de GGD'en, de RUD'en en de veiligheidsregio's het nog niet eens.", [], 'near-miss: a list of bodies, two plurals on "\'en"'),
  d('E7', "De GGD'en, de grote gezondheidsdiensten in de regio, hebben veel te weinig personeel.", [], 'near-miss: a description whose words happen to give the letters G, G, D'),
];

/** 6. A verb before ", oftewel": never the term; the compound before it that the gloss's noun ends is. */
export const VERB_BEFORE: Probe[] = [
  d('F1', 'De bonden willen dat elke werkgever zijn personeel een persoonlijk ontwikkelbudget geeft, oftewel een budget dat de werknemer zelf aan scholing mag besteden.', [['persoonlijk ontwikkelbudget', 'een budget dat de werknemer zelf aan scholing mag besteden']], 'generalisation: "geeft", another compound on the gloss\'s noun'),
  d('F3', 'Het plan is dat gemeenten samen met de zorgverzekeraars een sluitende zorgketen opzetten, oftewel een keten waarin geen patiënt meer tussen wal en schip valt.', [['sluitende zorgketen', 'een keten waarin geen patiënt meer tussen wal en schip valt']], 'generalisation: a plural verb, an adjective on "-e"'),
  d('F4', 'Ik wil dat de minister voor vapes een statiegeldsysteem invoert, oftewel een systeem waarbij je geld terugkrijgt als je een lege vape inlevert.', [['statiegeldsysteem', 'een systeem waarbij je geld terugkrijgt als je een lege vape inlevert']], 'generalisation: a verb not in the list ("invoert"), no adjective'),
  d('F6', 'Wij vinden dat gemeenten iedere 75-plusser een preventief huisbezoek moeten aanbieden, oftewel een bezoek van een wijkverpleegkundige bij de oudere thuis.', [['preventief huisbezoek', 'een bezoek van een wijkverpleegkundige bij de oudere thuis']], 'generalisation: a modal and an infinitive at the clause\'s end'),
  d('F2', 'Wij willen dat elke school één vertrouwenspersoon aanstelt, oftewel een persoon bij wie leerlingen terechtkunnen als ze worden gepest.', [['vertrouwenspersoon', 'een persoon bij wie leerlingen terechtkunnen als ze worden gepest']], 'near-miss: a numeral ("één") before the compound is not part of the term'),
  d('F7', 'Het is schandalig dat een Groninger pas na jaren een schadevergoeding krijgt, oftewel een vergoeding die veel te laat komt.', [], 'near-miss: the gloss names the noun again but is a verdict'),
  d('F8', 'De nota stelt voor dat de gemeente ouderen voortaan huisbezoek aanbiedt, oftewel een bezoek van een welzijnswerker bij hen thuis.', [['huisbezoek', 'een bezoek van een welzijnswerker bij hen thuis']], 'near-miss: an adverb ("voortaan") before the compound is not part of the term'),
  d('F9', 'Het voorstel is dat de gemeente iedere oudere huisbezoek aanbiedt, oftewel een bezoek van een welzijnswerker aan huis.', [['huisbezoek', 'een bezoek van een welzijnswerker aan huis']], 'near-miss: the indirect object ("iedere oudere") before the compound is not part of the term'),
  d('F10', 'Het kabinet wil dat het UWV iedere werkloze sneller iets uitkeert, oftewel een voorschot op de uitkering.', [], 'near-miss: a verb not in the list, its object ("iets") not named again: no term'),
  d('F11', 'Ik wil dat de gemeente het bestemmingsplan aanpast, oftewel een plan maakt waarin ruimte is voor tijdelijke woningen.', [], 'near-miss: the gloss restates the act ("een plan maakt …"), not what a bestemmingsplan is'),
];

export const ALL: Probe[] = [...A_IS_A_END, ...BUT_ONLY, ...CIRCUMSTANCE, ...OPENER, ...PLURAL_EN, ...VERB_BEFORE];
