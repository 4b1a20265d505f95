// Probes of a second review (a helper who read no eval text, session of 2026-12-06 late) of the in-debate commitment
// rules made since 13bcd32, written by that helper as made-up Dutch; kept as written (one probe, two sentences in one
// string, is dropped by the test). Run by review-2-probes.test.ts.
export type Probe =
  | { r: string; k: 'sent'; s: string; want: boolean }
  | { r: string; k: 'ex'; ask: string; reply: string; target: string; want: boolean }
  | { r: string; k: 'later'; reply: string; target: string; want: boolean }
  | { r: string; k: 'closing'; said: string[]; item: string; target: string; want: boolean };

const P: Probe[] = [];
const sent = (r: string, want: boolean, ...ss: string[]) => ss.forEach((s) => P.push({ r, k: 'sent', s, want }));
const ex = (r: string, want: boolean, ask: string, reply: string, target = reply) => P.push({ r, k: 'ex', ask, reply, target, want });
const later = (r: string, want: boolean, ...ss: string[]) => ss.forEach((s) => P.push({ r, k: 'later', reply: s, target: s, want }));
const closing = (r: string, want: boolean, item: string, ...ss: string[]) => ss.forEach((s) => P.push({ r, k: 'closing', said: [s], item, target: s, want }));

// ---------- recorded.ts: a sentence the closing list links to ----------
const ITEM = 'De minister informeert de Kamer voor de zomer over de wachttijden bij de jeugdzorg.';
closing('recorded', false, ITEM,
  'U heeft de brief over de wachttijden bij de jeugdzorg al ontvangen.',
  'In maart informeerde ik de Kamer over de wachttijden bij de jeugdzorg.',
  'Ik heb de Kamer in maart al ingelicht over de wachttijden bij de jeugdzorg.',
  'Ik voel er weinig voor om de Kamer voor de zomer apart te informeren over de wachttijden bij de jeugdzorg.',
  'Ik zie af van een aparte brief aan de Kamer over de wachttijden bij de jeugdzorg.',
  'Mevrouw Kramer wil dat ik de Kamer voor de zomer informeer over de wachttijden bij de jeugdzorg.',
  'De heer Bos stelt voor om de Kamer voor de zomer te informeren over de wachttijden bij de jeugdzorg.',
  'Misschien kan ik de Kamer voor de zomer informeren over de wachttijden bij de jeugdzorg.',
  'Ik overweeg de Kamer voor de zomer te informeren over de wachttijden bij de jeugdzorg.',
  'Ik kan me voorstellen dat we de Kamer voor de zomer informeren over de wachttijden bij de jeugdzorg.',
  'Het CBS stuurt u voor de zomer de cijfers over de wachttijden bij de jeugdzorg.',
  'De gemeenten informeren u voor de zomer over de wachttijden bij de jeugdzorg.',
  'Mocht het onderzoek op tijd klaar zijn, dan informeer ik de Kamer misschien voor de zomer over de wachttijden bij de jeugdzorg.',
  'Het verzoek van mevrouw Kramer om de Kamer voor de zomer te informeren over de wachttijden bij de jeugdzorg, begrijp ik goed.',
  'Wij hebben de Kamer de afgelopen jaren steeds voor de zomer geïnformeerd over de wachttijden bij de jeugdzorg.',
  'Normaal gesproken informeren we de Kamer voor de zomer over de wachttijden bij de jeugdzorg.',
  'Ik weiger de Kamer voor de zomer te informeren over de wachttijden bij de jeugdzorg zolang het onderzoek loopt.',
  'Ik ben het met u eens dat de Kamer voor de zomer informatie nodig heeft over de wachttijden bij de jeugdzorg.',
  'Het is aan de gemeenten om de Kamer voor de zomer te informeren over de wachttijden bij de jeugdzorg.',
  'Ja, de wachttijden bij de jeugdzorg zijn voor de zomer een punt van zorg, ook voor de Kamer.',
  'Ik informeer de Kamer liever pas na de zomer over de wachttijden bij de jeugdzorg.',
  'Mijn voorganger beloofde de Kamer voor de zomer een brief over de wachttijden bij de jeugdzorg.',
  'De Kamer krijgt van de inspectie voor de zomer een rapport over de wachttijden bij de jeugdzorg.',
  'Wat ik de Kamer voor de zomer kan vertellen over de wachttijden bij de jeugdzorg, is nog onzeker.',
  'Ik probeer de Kamer voor de zomer te informeren over de wachttijden bij de jeugdzorg, maar beloven doe ik het niet.',
);
closing('recorded', true, ITEM,
  'Ik laat de Kamer voor de zomer weten hoe het staat met de wachttijden bij de jeugdzorg, via de jeugdmonitor.',
  'Voor de zomer heeft u een brief van mij over de wachttijden bij de jeugdzorg, met de cijfers per regio.',
  'Als de Kamer dat wil, krijgt zij voor de zomer een brief over de wachttijden bij de jeugdzorg.',
  'Ja, die brief over de wachttijden bij de jeugdzorg komt er voor de zomer, dat is helder.',
);

// ---------- grants: a yes that grants a request for a promise ----------
const G1 = 'Kan de minister garanderen dat het geld voor de jeugdzorg bij de gemeenten terechtkomt?';
ex('grants', false, G1, 'Ja, dat gaat voor het grootste deel naar de gemeenten, de rest naar de regio’s. Dan de tarieven.', 'Ja, dat gaat voor het grootste deel naar de gemeenten, de rest naar de regio’s.');
ex('grants', false, G1, 'Ja, die gaan voor een deel al naar de gemeenten. Dan de tarieven.', 'Ja, die gaan voor een deel al naar de gemeenten.');
ex('grants', false, 'Kan de minister beloven dat de brug in 2027 open is?', 'Ja, dat kan ik beloven, als de aannemer zich aan de planning houdt en het weer meezit. Dan de tarieven.', 'Ja, dat kan ik beloven, als de aannemer zich aan de planning houdt en het weer meezit.');
ex('grants', false, 'Kan de minister garanderen dat niemand erop achteruitgaat?', 'Ja, dat kan ik garanderen voor zover dat in mijn macht ligt, en dat is beperkt. Dan de tarieven.', 'Ja, dat kan ik garanderen voor zover dat in mijn macht ligt, en dat is beperkt.');
ex('grants', false, 'Kan de minister toezeggen dat de regeling blijft bestaan?', 'Ja, dat kan ik toezeggen voor dit jaar; wat het volgende kabinet doet, weet ik niet. Dan de tarieven.', 'Ja, dat kan ik toezeggen voor dit jaar; wat het volgende kabinet doet, weet ik niet.');
ex('grants', false, 'Kan de minister garanderen dat we vandaag op tijd klaar zijn?', 'Ja, dat garandeer ik: ik houd mijn antwoorden kort. Dan de tarieven.', 'Ja, dat garandeer ik: ik houd mijn antwoorden kort.');
ex('grants', false, 'Heeft de vorige minister niet beloofd dat de regeling zou blijven, en kan deze minister dat ook beloven?', 'Ja, dat beloofde hij. Dan de tarieven.', 'Ja, dat beloofde hij.');
ex('grants', false, 'Kan de minister garanderen dat de regeling blijft bestaan?', 'Ja, dat kan ik u garanderen, zo lang ik hier sta, en of ik hier volgend jaar nog sta, is de vraag. Dan de tarieven.', 'Ja, dat kan ik u garanderen, zo lang ik hier sta, en of ik hier volgend jaar nog sta, is de vraag.');
ex('grants', false, 'Kan de minister garanderen dat de wachttijden korter worden?', 'Ja, dat garandeer ik, hoop ik. Dan de tarieven.', 'Ja, dat garandeer ik, hoop ik.');
ex('grants', false, 'Durft de minister te beloven dat de tarieven omlaaggaan?', 'Ja, dat kan ik beloven, maar dan moet de Kamer wel het amendement steunen. Dan de tarieven.', 'Ja, dat kan ik beloven, maar dan moet de Kamer wel het amendement steunen.');
ex('grants', false, 'Kan de minister garanderen dat veiligheid voorop staat?', 'Ja, die gaat voor, dat is altijd zo geweest in dit huis. Dan de tarieven.', 'Ja, die gaat voor, dat is altijd zo geweest in dit huis.');
ex('grants', true, 'Kan de minister toezeggen dat de regeling in 2026 blijft bestaan?', 'Ja, dat kan ik u toezeggen: de regeling blijft in 2026 bestaan. Dan de tarieven.', 'Ja, dat kan ik u toezeggen: de regeling blijft in 2026 bestaan.');
ex('grants', true, 'Kan de minister garanderen dat de gemeenten het geld in april krijgen?', 'Ja, dat garandeer ik: het geld staat in april op hun rekening. Dan de tarieven.', 'Ja, dat garandeer ik: het geld staat in april op hun rekening.');
ex('grants', true, 'Kan de minister beloven dat de kleine scholen voorrang krijgen bij de verdeling?', 'Ja, die gaan voor bij de verdeling. Dan de tarieven.', 'Ja, die gaan voor bij de verdeling.');

// ---------- TAKES_ALONG / komt erin / approvesThenAgrees ----------
const OPN = 'Kan de minister in de monitor de cijfers per regio opnemen?';
ex('takes-along', false, OPN, 'Ja, die komen erin voor, op bladzijde twaalf. Dan de tarieven.', 'Ja, die komen erin voor, op bladzijde twaalf.');
ex('takes-along', false, OPN, 'Ja, die komen daarin niet, want het CBS levert ze niet. Dan de tarieven.', 'Ja, die komen daarin niet, want het CBS levert ze niet.');
ex('takes-along', false, OPN, 'Ja, die komen erin, hoop ik. Dan de tarieven.', 'Ja, die komen erin, hoop ik.');
ex('takes-along', false, OPN, 'Ja, die komen erin zolang het CBS ze levert, en dat is onzeker. Dan de tarieven.', 'Ja, die komen erin zolang het CBS ze levert, en dat is onzeker.');
ex('takes-along', false, OPN, 'Ja, die komen erin, voor zover de gemeenten ze aanleveren. Dan de tarieven.', 'Ja, die komen erin, voor zover de gemeenten ze aanleveren.');
ex('takes-along', false, OPN, 'Ja, die komen erin, dat is nu al het geval. Dan de tarieven.', 'Ja, die komen erin, dat is nu al het geval.');
ex('takes-along', false, OPN, 'Ja, dat komt erin terug als het CBS dat wil. Dan de tarieven.', 'Ja, dat komt erin terug als het CBS dat wil.');
ex('takes-along', false, OPN, 'Ja, die komen daarin misschien. Dan de tarieven.', 'Ja, die komen daarin misschien.');
ex('takes-along', false, OPN, 'Ja, dat komt erin mogelijk later. Dan de tarieven.', 'Ja, dat komt erin mogelijk later.');
ex('takes-along', false, 'Wil de minister de cijfers meenemen in de brief?', 'Dat is een goed punt, dat neem ik mee bij mijn afweging. Dan de tarieven.', 'Dat is een goed punt, dat neem ik mee bij mijn afweging.');
ex('takes-along', false, 'Wil de minister de cijfers meenemen in de brief?', 'Dat is een terechte vraag, dat neem ik mee in de weging. Dan de tarieven.', 'Dat is een terechte vraag, dat neem ik mee in de weging.');
ex('takes-along', false, 'Wil de minister de cijfers meenemen in de brief?', 'Dat kan ik me voorstellen, dat neem ik mee in mijn oordeel. Dan de tarieven.', 'Dat kan ik me voorstellen, dat neem ik mee in mijn oordeel.');
ex('takes-along', false, 'Wil de minister de cijfers meenemen in de brief?', 'Dat is lastig, die nemen we mee als het kan. Dan de tarieven.', 'Dat is lastig, die nemen we mee als het kan.');
ex('takes-along', false, 'Wil de minister de cijfers meenemen in de brief?', 'Dat is een idee, dat neemt de VNG mee. Dan de tarieven.', 'Dat is een idee, dat neemt de VNG mee.');
ex('takes-along', false, 'Wil de minister de cijfers meenemen in de brief?', 'Dat is terecht, die cijfers komen erin voor, in bijlage 2. Dan de tarieven.', 'Dat is terecht, die cijfers komen erin voor, in bijlage 2.');
ex('takes-along', false, 'Wil de minister de cijfers meenemen in de brief?', 'Dat deed ik vorig jaar, die nam ik toen mee. Dan de tarieven.', 'Dat deed ik vorig jaar, die nam ik toen mee.');
ex('takes-along', false, 'Wil de minister de cijfers meenemen in de brief?', 'Goed punt, maar dat neem ik op een ander moment mee. Dan de tarieven.', 'Goed punt, maar dat neem ik op een ander moment mee.');
ex('takes-along', false, 'Wil de minister de cijfers meenemen in de brief?', 'In het verleden wel, die namen we toen mee. Dan de tarieven.', 'In het verleden wel, die namen we toen mee.');
ex('takes-along', false, 'Wil de minister de cijfers meenemen in de brief?', 'Dat is geen slecht idee, dat nemen gemeenten al mee. Dan de tarieven.', 'Dat is geen slecht idee, dat nemen gemeenten al mee.');
ex('takes-along', false, 'Wil de minister de cijfers meenemen in de brief?', 'Als het CBS ze heeft, die neem ik dan mee. Dan de tarieven.', 'Als het CBS ze heeft, die neem ik dan mee.');
ex('takes-along', true, OPN, 'Ja, die komen erin, vanaf de editie van september. Dan de tarieven.', 'Ja, die komen erin, vanaf de editie van september.');
ex('takes-along', true, 'Wil de minister de cijfers meenemen in de brief?', 'Dat is een goed punt, dat neem ik mee in de brief van mei. Dan de tarieven.', 'Dat is een goed punt, dat neem ik mee in de brief van mei.');
ex('takes-along', true, 'Wil de minister de cijfers meenemen in de brief?', 'Dat begrijp ik, en dat neem ik mee in de brief. Dan de tarieven.', 'Dat begrijp ik, en dat neem ik mee in de brief.');
ex('takes-along', true, 'Wil de minister de cijfers meenemen in de brief?', 'Dat is prima, die nemen we op, met een toelichting van het CBS. Dan de tarieven.', 'Dat is prima, die nemen we op, met een toelichting van het CBS.');
ex('takes-along', true, 'Kan de minister de regionale verschillen opnemen in de voortgangsrapportage?', 'Ja, dat komt daarin. Dan de tarieven.', 'Ja, dat komt daarin.');

// ---------- takesOn: a short yes later in the turn, with a time ----------
later('takes-on', false,
  'Dat doe ik in de tweede termijn.',
  'Dat doe ik straks bij het blokje handhaving.',
  'Dat doe ik zo meteen.',
  'Dat doe ik aan het eind van mijn betoog.',
  'Dat doe ik op dit moment in Utrecht.',
  'Dat doen we momenteel in twaalf gemeenten.',
  'Dat doen we tegenwoordig digitaal.',
  'Dat doe ik in de brief die u vorige week kreeg.',
  'Dat deden we in 2022 ook.',
  'Dat doe ik meestal op maandag.',
  'Dat doen we in de regel in het voorjaar.',
  'Dat doen we standaard in het najaar.',
  'Dus dat doen we in het voorjaar, zoals ieder jaar.',
  'Dan doe ik dat na de zomer.',
  'Dat doen we inmiddels in heel Nederland.',
  'Dat doe ik nu.',
  'Dat doe ik straks, als de heer Bos zijn vraag heeft gesteld.',
  'Dat doen we in 2026 pas als de wet er is.',
  'Dat doe ik in 2026 misschien.',
  'Dat doen we eventueel na de zomer.',
  'Dat doe ik na de zomer, hoop ik.',
  'Dat zal ik in de tweede termijn doen.',
  'Dat ga ik straks doen, bij het blokje overig.',
);
later('takes-on', true,
  'Dat doe ik voor 1 juni.',
  'Dus dat ga ik doen, nog voor de begroting.',
  'Dan zullen we dat na de zomer doen.',
  'Dat doe ik volgende week in het bestuurlijk overleg.',
  'Dat doen we voor het einde van het jaar.',
);

// ---------- discussedWithBodyAt ----------
sent('discussed', false,
  'Meestal bespreek ik dat met de netbeheerders.',
  'Gewoonlijk bespreken we dat met de provincies.',
  'Normaal gesproken maken we met de VNG afspraken over de tarieven.',
  'In de regel maken wij met de provincies afspraken over de kosten.',
  'Ik bespreek dat standaard met de netbeheerders.',
  'In de brief van vorige maand bespreek ik met welke landen we samenwerken.',
  'In mijn brief van 3 maart bespreek ik met welke landen we samenwerken.',
  'Wat ik met de VNG bespreek, is vertrouwelijk.',
  'Wat ik bespreek met de VNG, blijft vertrouwelijk.',
  'Ik bespreek dat liever niet met de pers.',
  'Ik bespreek met de VNG niets anders dan de tarieven.',
  'Ik maak met de provincies geen afspraken meer over de kosten.',
  'Wij maken met de sector nooit afspraken over prijzen.',
  'Waarom ik dat met de VNG bespreek, heb ik al uitgelegd.',
  'Hoe ik dat met de VNG bespreek, laat ik aan de ambtenaren over.',
  'Het is niet zo dat ik dat met de VNG bespreek.',
  'U vraagt of ik dat met de netbeheerders bespreek.',
  'Mevrouw Kramer stelt voor dat ik met de VNG afspraken maak over de tarieven.',
  'De heer Bos wil dat ik dit bespreek met de netbeheerders.',
  'Ik maak mij ernstig zorgen, ook over de afspraken met de VNG.',
  'Ik maak een voorbehoud bij de afspraken met de provincies.',
  'Ik maak er een punt van dat de afspraken met de provincies nagekomen worden.',
  'Ik maak graag een opmerking over de afspraken met de provincies.',
  'Ik maak u erop attent dat de afspraken met de provincies al gelden.',
  'Ik bespreek het met de netbeheerders zodra ik daar tijd voor heb, maar dat is niet snel.',
  'Dat bespreek ik wekelijks met de netbeheerders.',
  'Ik bespreek het graag met de netbeheerders, maar zij willen niet praten.',
  'Ik bespreek dat vanmiddag met de leden van deze commissie.',
  'Ik bespreek met mijn ambtenaren wat ik vandaag in dit debat zeg.',
  'Ik bespreek dit normaliter met de netbeheerders.',
  'Ik maak daarover afspraken met de VNG, zo gaat dat altijd.',
);
sent('discussed', true,
  'Ik bespreek volgende week met de netbeheerders hoe de wachtrij korter kan.',
  'Dat bespreek ik in het bestuurlijk overleg met de provincies.',
  'Ik maak met de VNG afspraken over de tarieven voor 2026.',
  'Ik ga met de netbeheerders afspraken maken over de wachtrij.',
);

// ---------- RAISING: neem op met, breng in bij ----------
sent('raising', false,
  'Meestal neem ik het op met de VNG.',
  'Ik neem het op met de VNG als het nodig is, maar dat is het nu niet.',
  'Dat neem ik op met de VNG, zei mijn voorganger altijd.',
  'Ik neem het op met de gemeenten, net als vorig jaar.',
  'Ik breng dat in bij de Europese Raad, zoals gebruikelijk.',
  'Ik breng het in bij de ministerraad, heb ik gezegd, maar het is er niet van gekomen.',
  'Wat ik inbreng bij de Raad, bepaal ik zelf.',
  'Dat breng ik gewoonlijk in bij de Raad.',
  'Ik neem het niet op met de VNG.',
  'Ik breng dat liever niet in bij de Raad.',
  'Dat neem ik op met de heer Bos, na afloop van dit debat.',
  'Dat breng ik in bij de leden van deze commissie.',
  'Ik neem het op met de VNG? Nee.',
);
sent('raising', true,
  'Dat neem ik op met de VNG.',
  'Dat breng ik volgende maand in bij de Europese Raad.',
  'Dit punt breng ik in bij het overleg met de provincies.',
);

// ---------- delivery: voorleggen / voorhangen ----------
sent('delivery-voorleg', false,
  'Zo’n ontwerpbesluit wordt bij beide Kamers voorgehangen, dat schrijft de wet voor.',
  'Een besluit dat bij uw Kamer wordt voorgehangen, kan pas na vier weken in werking treden.',
  'Een ontwerpbesluit wordt aan beide Kamers voorgelegd, zodat u kunt meekijken.',
  'Het ontwerpbesluit hebben we in maart bij uw Kamer voorgehangen.',
  'We hebben het ontwerpbesluit vorig jaar al aan de Kamer voorgelegd.',
  'Het UWV zal het plan voor de zomer aan uw Kamer voorleggen.',
  'De NZa gaat haar advies in april aan uw Kamer voorleggen.',
  'Het ontwerpbesluit moet bij uw Kamer worden voorgehangen.',
  'Het ontwerpbesluit kan eventueel bij uw Kamer worden voorgehangen.',
  'Het ontwerpbesluit wordt misschien na de zomer bij uw Kamer voorgehangen.',
  'De vraag is of het besluit aan de Kamer wordt voorgelegd.',
  'Het besluit wordt niet bij de Kamer voorgehangen.',
  'Dat het besluit aan de Kamer wordt voorgelegd, is gebruikelijk.',
  'Gebruikelijk is dat een besluit als dit bij de Kamer wordt voorgehangen.',
  'Een voorhang bij de Kamer is wettelijk verplicht, dus het besluit wordt bij de Kamer voorgehangen.',
  'Mevrouw Kramer pleit ervoor dat het besluit aan beide Kamers wordt voorgelegd.',
  'In andere landen wordt zo’n besluit nooit aan het parlement voorgelegd, maar bij ons wel aan de Kamer.',
);
sent('delivery-voorleg', true,
  'Het ontwerpbesluit wordt voor de zomer bij uw Kamer voorgehangen.',
  'Ik leg de uitwerking na de zomer aan uw Kamer voor.',
  'Het conceptbesluit wordt in het najaar aan beide Kamers voorgelegd.',
);

// ---------- delivery: krijgt de Kamer ----------
sent('delivery-krijgt', false,
  'Met deze wet krijgt de Kamer vanaf 2026 meer zeggenschap over de tarieven.',
  'In dit wetsvoorstel krijgt de Kamer in 2027 een instemmingsrecht.',
  'Zoals gebruikelijk krijgt de Kamer in mei het jaarverslag.',
  'Net als vorig jaar krijgt de Kamer in mei het jaarverslag.',
  'In mei krijgt de Kamer van de Algemene Rekenkamer het verantwoordingsonderzoek.',
  'Als we dit amendement aannemen, krijgt de Kamer in 2026 een wet die niemand kan uitvoeren.',
  'Zonder extra geld krijgt de Kamer in 2026 een begroting met een gat.',
  'Vorig jaar kreeg de Kamer in mei het jaarverslag.',
  'Daardoor krijgt de Kamer straks minder informatie dan nu.',
  'Dan krijgt de Kamer volgend jaar de rekening gepresenteerd.',
  'Wanneer krijgt de Kamer de cijfers, vraagt mevrouw Kramer.',
  'Mevrouw Kramer wil dat de Kamer voor de zomer de cijfers krijgt.',
  'Misschien krijgt de Kamer na de zomer de cijfers.',
  'Voor de zomer krijgt de Kamer de cijfers niet, want het CBS is nog niet klaar.',
  'Pas in 2027 krijgt de Kamer de cijfers van het CBS, dat is jammer.',
  'Volgens de planning van het CBS krijgt de Kamer in mei de cijfers.',
  'Hiermee krijgen beide Kamers vanaf volgend jaar een sterkere positie.',
);
sent('delivery-krijgt', true,
  'Voor de zomer krijgt de Kamer de evaluatie van de proef.',
  'Na de zomer krijgen beide Kamers het wetsvoorstel.',
  'Uiterlijk in oktober krijgt uw Kamer een overzicht van de kosten.',
);

// ---------- delivery: voeg bij ----------
sent('delivery-voeg', false,
  'Ik voeg mij bij de woorden van de heer Bos over het rapport van de inspectie.',
  'Ik voeg me graag bij de oproep in de brief van de VNG.',
  'Het overzicht voegde ik vorig jaar bij de begroting.',
  'Bij de brief voeg ik geen bijlage.',
  'Ik voeg daar nog iets aan toe over de brief van de inspectie.',
  'De gemeenten voegen het overzicht bij hun jaarverslag.',
  'Ik voeg het overzicht misschien bij de begroting.',
);
sent('delivery-voeg', true,
  'Dat overzicht voeg ik bij de begroting van volgend jaar.',
  'Het rapport van de inspectie voeg ik bij de voortgangsbrief van juni.',
);

// ---------- clauses.blocked: coordinated clause after a duty ----------
sent('blocked-coord', false,
  'Misschien moeten we de regels aanpassen, en dan stuur ik u een wetsvoorstel.',
  'Het kan zijn dat de wet moet worden aangepast, en dan stuur ik u een wetsvoorstel.',
  'Gemeenten moeten de cijfers aanleveren, en dus sturen zij die voor de zomer naar de Kamer.',
  'De inspectie moet het eerst onderzoeken, en daarom stuurt zij u in het najaar een rapport.',
  'Volgens u moet ik de Kamer informeren, maar ik stuur u geen brief.',
  'Als de Kamer het wil, moet ik eerst de VNG spreken, en dan stuur ik u misschien een brief.',
  'Mevrouw Kramer vindt dat ik moet handelen, en dus zou ik u een brief moeten sturen.',
  'Ik zou het moeten doen, maar ik stuur u voorlopig nog niets.',
  'De VNG moet eerst akkoord gaan, en dan stuurt zij u de cijfers.',
  'Ik moet kiezen, en dan stuur ik u ofwel een brief ofwel niets.',
);
sent('blocked-coord', true,
  'Ik moet eerlijk zeggen dat het lastig is, maar ik stuur u voor de zomer een brief.',
  'Het moet beter, en daarom stuur ik u voor 1 juni een plan van aanpak.',
  'Er moet eerst een advies komen, maar daarna informeer ik u voor de zomer.',
);

// ---------- clauses.negatedAfter: "geen" ----------
sent('negated-geen', true,
  'Ik stuur u voor de zomer een brief en geen wetsvoorstel.',
  'Ik stuur u voor de zomer een brief, zodat er geen misverstand ontstaat.',
  'Ik stuur u voor 1 juni een overzicht van de scholen die geen vergunning hebben.',
  'Ik informeer u voor de zomer, ook als er geen akkoord komt.',
  'Ik stuur u voor de zomer een brief met daarin geen nieuwe cijfers, maar wel de trends.',
  'Ik stuur u voor de zomer een overzicht waarin geen enkele gemeente ontbreekt.',
  'Ik stuur u in mei een overzicht zonder geheime gegevens, dus geen namen.',
  'Ik stuur u voor de zomer een brief over gemeenten waar nog geen plan ligt.',
  'Ik stuur u voor de zomer een overzicht van geen enkele andere regio dan Twente.',
  'Ik informeer u voor de zomer over de gevallen waarin geen vergunning is verleend.',
);
sent('negated-geen', false,
  'Ik stuur u voor de zomer niets.',
  'Ik stuur de Kamer voorlopig geen nieuwe brief.',
  'Ik informeer u daar voor de zomer niet meer over.',
);

// ---------- hedges.promisedLater: a promise after ';' ----------
sent('promised-later', false,
  'De VNG heeft toegezegd dat zij de cijfers aanlevert; zij stuurt u die voor de zomer.',
  'Het is niet aan mij; het UWV stuurt u voor de zomer een brief.',
  'Mijn voorganger schreef destijds letterlijk: we sturen de Kamer een evaluatie; we informeren de Kamer voor de zomer.',
  'Ik weet niet of het lukt; misschien stuur ik u voor de zomer een brief.',
  'Ik ga niet beloven dat ik u informeer; ik informeer u alleen als er iets verandert, zo nu en dan.',
  'De heer Bos vroeg: stuurt u ons een brief; informeert u ons voor de zomer?',
  'Het probleem is bekend; de gemeenten informeren u voor de zomer.',
  'In het akkoord staat het zo: het kabinet stuurt de Kamer een brief; de Kamer krijgt voor de zomer de cijfers.',
  'Ik zou het graag doen; ik stuur u dan voor de zomer een brief, maar het budget ontbreekt.',
  'Dat is wat ik vorig jaar zei; ik stuur u voor de zomer een brief, zei ik toen.',
);
sent('promised-later', true,
  'Ik kan niet alles toezeggen; ik stuur u wel voor de zomer een brief.',
  'Mevrouw Kramer vraagt om een overzicht; dat stuur ik u voor 1 juni.',
  'Dat weet ik niet precies, maar ik laat u voor de zomer weten hoe het zit.',
);

// ---------- promise-to-act: spreek … over ----------
sent('spreek-over', false,
  'Gisteren spreek ik nog een moeder over de wachtlijsten, en zij vertelt mij dat ze al een jaar wacht.',
  'Vorige week spreek ik de burgemeester van Venlo over de overlast, en wat zegt hij?',
  'Ik spreek de burgemeesters maandelijks over de overlast.',
  'Ik spreek de burgemeester geregeld over de overlast.',
  'Ik spreek de politie dagelijks over de overlast.',
  'Ik spreek vandaag mijn waardering uit over het werk van de boa’s.',
  'Ik spreek hier vandaag als minister over de overlast, niet als burgemeester.',
  'Ik spreek de burgemeester morgen niet over de overlast.',
  'Ik spreek de burgemeester morgen misschien over de overlast.',
  'Morgen spreek ik mevrouw Kramer na afloop over haar casus.',
  'Donderdag spreek ik de Kamer opnieuw over dit onderwerp, in het commissiedebat.',
  'Ik spreek de burgemeester over de overlast als hij daar morgen tijd voor heeft.',
  'Straks spreek ik de heer Bos nog over zijn amendement.',
  'Ik spreek de sector volgende week over de tarieven, zei de minister toen.',
  'Ik spreek jongeren in het weekend vaak over hun toekomst.',
);
sent('spreek-over', true,
  'Ik spreek de burgemeester van Venlo volgende week over de overlast.',
  'Morgen spreek ik de korpschef over de inzet bij de grens.',
  'Donderdag spreek ik mijn Duitse collega over de grenscontroles.',
);

export default P;
