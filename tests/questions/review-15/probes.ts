// Review 15 question probes (new made-up turns of general parliamentary Dutch, on varied policy areas), for the
// rhetorical-question forms added to lib/questions/rhetorical.ts: WHO_TELLS_THEM ("Wie gaat … uitleggen dat/waarom
// …?"), WE_ENDURE_AGAIN ("… we … nog/opnieuw … accepteren/slikken/…?"), WHAT_WE_WAIT_FOR ("Waar wachten we nog op?"),
// WE_SOMEHOW ("Moeten/gaan/willen we soms …?") and HOW_MANY_MORE ("Hoeveel … moeten er nog … voordat …?"). R1–R10
// generalise the five forms (other verbs, word orders, a place name with a hyphen, "wij als Kamer", no government
// named); R11–R20 are look-alikes that really ask (a choice with "of", "zo ja", a date asked, the minister or the
// cabinet named, "Hoe lang moeten we nog wachten op …?", "soms" meaning "perhaps", a number asked).
// `text` is the member's whole turn, `question` the sentence judged, as written in it; `listed` is true when it is a
// real question to the government, false when it is rhetorical. Expected answers were decided by a careful reading of
// the Dutch BEFORE anything was run.

/** A member's turn: the sentences before the question, the question, the sentences after it. */
const r = (id: string, before: string, question: string, after: string, listed: boolean, why: string) => ({
  id,
  text: [before, question, after].filter((s) => s !== '').join(' '),
  question,
  listed,
  why,
});

export const RHETORICAL: { id: string; text: string; question: string; listed: boolean; why: string }[] = [
  r('R1', 'De stikstofregels verschillen per provincie.', 'Wie gaat de melkveehouder in de Achterhoek uitleggen waarom zijn collega over de grens wel mag uitbreiden?', 'Dat is toch niet uit te leggen.', false, 'generalisation: WHO_TELLS_THEM with "waarom", an outcry on behalf of the farmer'),
  r('R2', 'Corporaties krijgen er dit jaar nauwelijks iets bij.', 'En wie zal de huurders in Rotterdam-Zuid uitleggen dat hun huur straks met tien procent omhooggaat?', 'Dat kan zo niet doorgaan.', false, 'generalisation: WHO_TELLS_THEM with "zal" and a place name with a hyphen'),
  r('R3', 'De wachtlijsten in de jeugdzorg lopen al jaren op.', 'Hoe lang blijven we die wachttijden voor kinderen met ernstige problemen nog tolereren?', 'Kinderen kunnen niet wachten.', false, 'generalisation: WE_ENDURE_AGAIN with a long object between "we" and "nog" (seven words)'),
  r('R4', 'De treinen in het noorden vielen deze winter weer wekenlang uit.', 'Moeten we dan opnieuw slikken dat reizigers uren op een koud perron staan?', 'Dat is onacceptabel.', false, 'generalisation: WE_ENDURE_AGAIN with the verb of enduring before a "dat" clause, not at the end'),
  r('R5', 'De cijfers liggen er en de oplossingen liggen er ook.', 'Waar wachten wij als Kamer nog op?', 'Laten we deze motie vandaag gewoon aannemen.', false, 'generalisation: WHAT_WE_WAIT_FOR with "wij als Kamer", a call to the Kamer itself to act'),
  r('R6', 'Elk jaar verdwijnen er honderden kilometers houtwal en sloot uit het landschap.', 'Waar wachten we nou eigenlijk nog op?', 'Het is tijd om te handelen.', false, 'generalisation: WHAT_WE_WAIT_FOR with "nou eigenlijk"'),
  r('R7', 'Het ene na het andere zwembad sluit de deuren.', 'Gaan we soms ook de bibliotheken dichtdoen om de gemeentebegroting rond te krijgen?', 'Zo breken we een dorp langzaam af.', false, 'generalisation: WE_SOMEHOW with "gaan", mocking'),
  r('R8', 'Scholen hebben geen geld meer voor onderhoud.', 'Willen we soms dat ouders in het weekend zelf de lokalen gaan schilderen?', 'Zo kan het niet langer.', false, 'generalisation: WE_SOMEHOW with "willen", mocking'),
  r('R9', 'Er is dit jaar weer een recordaantal melkveehouders gestopt.', 'Hoeveel boeren moeten er nog stoppen voordat deze minister in actie komt?', 'De sector houdt dit niet langer vol.', false, 'generalisation: HOW_MANY_MORE with "deze minister", an outcry, no number asked'),
  r('R10', 'Elke week hoor ik van nieuwe huisuitzettingen om een kleine betalingsachterstand.', 'Hoeveel gezinnen moeten er nog uit hun huis worden gezet voordat er echt iets verandert?', 'Dit moet stoppen.', false, 'generalisation: HOW_MANY_MORE with no government pointed at ("voordat er echt iets verandert")'),
  r('R11', 'De subsidie voor dagbesteding stopt per 1 januari.', 'Wie moet de zorginstellingen uitleggen dat hun subsidie vervalt: het ministerie of de provincie?', 'Die instellingen moeten nu al hun personeel inplannen.', true, 'look-alike: "Wie moet … uitleggen dat …" asking who is responsible, a choice with "of"'),
  r('R12', 'De invoering van de nieuwe toeslag is al twee keer uitgesteld.', 'Hoe lang moeten we nog wachten op de uitvoeringstoets van de Belastingdienst?', 'Ik wil graag een datum horen.', true, 'look-alike: "Hoe lang moeten we nog wachten op …?" asks a date'),
  r('R13', 'Gemeenten willen hun binnensteden schoner maken.', 'Tot welke datum mogen we die oude tweetaktscooters nog toestaan?', 'Ondernemers moeten weten waar ze aan toe zijn.', true, 'look-alike: "we … nog toestaan?" at the end, but a date is asked ("Tot welke datum")'),
  r('R14', 'Het eigen risico gaat volgend jaar al omhoog.', 'Moeten we soms ook rekening houden met een tweede verhoging, en zo ja, wanneer hoort de Kamer daarover?', 'Mensen met een chronische ziekte willen dat op tijd weten.', true, 'look-alike: WE_SOMEHOW with "zo ja" and a date asked'),
  r('R15', 'In Drenthe moet een boer stoppen, terwijl zijn buurman mag blijven.', 'Kan de minister uitleggen waarom de ene boer wel moet stoppen en de andere niet?', 'Dat begrijpt niemand in het dorp.', true, 'look-alike: "uitleggen waarom" put to the minister by name'),
  r('R16', 'Vanaf volgend schooljaar komt er een nieuw leerlingvolgsysteem.', 'Wie gaat de scholen uitleggen hoe ze dat systeem moeten gebruiken?', 'Komen er trainingen, of moeten de scholen dat zelf uitzoeken?', true, 'look-alike: "Wie gaat … uitleggen hoe …" asks who will instruct the schools'),
  r('R17', 'De Kamer heeft al drie keer om een voorstel gevraagd.', 'Waar wacht het kabinet nog op bij de kilometerheffing voor vrachtwagens?', 'Graag een concrete planning.', true, 'look-alike: "Waar wacht … nog op?" naming the cabinet, an answer asked for'),
  r('R18', 'Het windpark voor de kust van IJmuiden levert nog maar de helft van de stroom.', 'Hoeveel windturbines moeten er nog worden geplaatst voordat dit windpark op volle kracht draait?', 'En wanneer is dat?', true, 'look-alike: "Hoeveel … moeten er nog … voordat dit …" asks a number ("dit windpark", not the government)'),
  r('R19', 'Het besluit over de nieuwe vaccinatie is opnieuw uitgesteld.', 'Waar wachten we nog op: de uitspraak van de Raad van State of het advies van de Gezondheidsraad?', 'Graag een helder antwoord.', true, 'look-alike: "Waar wachten we nog op" with a choice after the colon'),
  r('R20', 'De aanbesteding van de nieuwe intercity\'s loopt al een halfjaar.', 'Moeten we soms rekening houden met vertraging bij de levering van de nieuwe treinen?', 'Reizigers en vervoerders willen dat graag weten.', true, 'look-alike: "soms" meaning "perhaps": a real question whether delay is to be expected'),
];
