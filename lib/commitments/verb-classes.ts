import type { Tok } from './promise-to-act';

/**
 * The word classes the grammar of promises reads (promise-to-act.ts, others-act.ts, in-debate.ts): general
 * Dutch, the verbs and words of any debate, not of one policy area.
 */

export const FUTURE_AUX = new Set(['zal', 'zullen', 'ga', 'gaan', 'gaat']);
/** Duty or ability, not a promise: "we zullen moeten afwachten". */
export const MODAL = new Set(['moeten', 'kunnen', 'mogen', 'willen']);
/** Verbs that order this debate or judge a motion in it: "ik zal eerst … beantwoorden", "ik zal de motie ontraden". */
export const DEBATE_ACTS = new Set([
  'beantwoorden', 'behandelen', 'reageren', 'ingaan', 'overgaan', 'beginnen', 'afronden', 'afsluiten', 'toelichten', 'noemen', 'zeggen',
  'herhalen', 'samenvatten', 'langslopen', 'langsgaan', 'doorlopen', 'aflopen', 'ontraden', 'appreciëren', 'apprecieren', 'voorlezen',
  'citeren', 'uitleggen', 'antwoorden', 'vertellen', 'opmerken', 'afwachten',
]);
/** Verbs that are no act at all: being, keeping it short, seeing. */
export const NO_ACT = new Set(['zijn', 'worden', 'blijven', 'houden', 'zien', 'horen', 'hebben', 'doen', 'laten', 'gaan', 'komen', 'staan']);
/** Feeling and thinking, which no one can hold a minister to: "ik zal dit werk missen", "we zullen zien". */
export const MENTAL = new Set(['missen', 'vinden', 'denken', 'hopen', 'vrezen', 'betreuren', 'waarderen', 'begrijpen', 'merken', 'weten', 'geloven', 'verwachten', 'menen', 'voelen', 'beseffen', 'realiseren', 'overwegen', 'twijfelen', 'betwijfelen', 'aarzelen']);
/**
 * Effort and stance, a policy rather than a promise: "we gaan ons inzetten voor", "we zullen ernaar streven", "alles
 * op alles zetten"; carrying a policy on ("dat zullen we voortzetten").
 */
export const STANCE = new Set(['inzetten', 'inspannen', 'streven', 'werken', 'proberen', 'doorgaan', 'bijdragen', 'zetten', 'volhouden', 'vasthouden', 'voortzetten', 'continueren']);
/** Words that start a subordinate clause or a complement: the act of the main clause comes before them. */
export const CLAUSE_START = new Set(['dat', 'of', 'om', 'omdat', 'als', 'wanneer', 'zodat', 'zodra', 'die', 'waar', 'wat', 'hoe', 'wie', 'welke', 'nadat', 'voordat', 'totdat']);
/** Words before a noun, so the "-en" word after them is a plural noun ("de gemeenten"), not an infinitive. */
export const DETERMINER = /^(?:de|het|een|die|deze|dit|dat|alle|onze|mijn|uw|hun|zijn|haar|veel|meer|andere|twee|drie|vier|vijf|beide|enkele|sommige|diverse|verschillende|\d+)$/u;
/** Documents whose coming is announced: "er komt een brief / evaluatie / onderzoek"; one that comes "naar de Kamer" (in-debate.ts). */
export const ANNOUNCED = /(?:brief|brieven|verslag|rapport|rapporten|rapportage|reactie|notitie|overzicht|evaluatie|onderzoek|analyse|update|voorstel|voorstellen|plan|plannen|visie|beantwoording|antwoorden|handreiking|fiche|strategie|nota|aanpak|uitwerking|verkenning|routekaart|programma|pakket|monitor)$/u;
/** "-ingen" is a plural noun ("afspraken en regelingen") except in the few strong verbs on "-ingen" ("aandringen", "afdwingen"). */
const INGEN_VERB = /(?:dringen|dwingen|springen|zingen|wringen|bedingen)$/u;
/** Adverbs on "-en" that stand where an infinitive could: "ik ga de vragen even langs", "we gaan dat samen doen". */
const EN_ADVERB = new Set(['even', 'alleen', 'samen', 'meteen', 'misschien', 'boven', 'beneden', 'uiteen', 'open', 'binnen', 'buiten', 'tegen', 'tussen']);
export const isInfinitive = (w: string) => w.length >= 4 && /^\p{L}+(?:en|aan|oen|ien|ijn)$/u.test(w) && (!/ingen$|heden$|teiten$/u.test(w) || INGEN_VERB.test(w)) && !EN_ADVERB.has(w);
/** Verbs that "laten" lets happen rather than has done: "we laten het gebeuren", "… rusten", "… lopen". */
export const LET_HAPPEN = new Set(['gebeuren', 'lopen', 'liggen', 'vallen', 'bestaan', 'rusten', 'begaan', 'varen', 'schieten', 'ontstaan', 'verlopen', 'weten']);
/**
 * Someone else's words reported ("zei", "zegt", "schreef"): what follows is theirs, not the speaker's promise. Not
 * "zeggen": "ik kan u zeggen dat …" is the speaker's own.
 */
export const SAID_BY_OTHERS = /^(?:zei|zeiden|zegt|schreef|schreven|schrijft)$/u;
/** Words that may stand before a hortative "laten we": "dus laten we …", "maar laat ik …". */
export const HORTATIVE_LEAD = /^(?:dus|dan|maar|en|nou|toch|ja|nee|voorzitter|oke|goed|want)$/u;
/** What binds a clause to another time than now: a perfect ("heb laten onderzoeken") or a future, which boundAct reads. */
export const NOT_NOW = /^(?:heb|hebt|heeft|hebben|had|hadden|zal|zullen|ga|gaan|gaat)$/u;
/** Whom a minister asks within the debate: "u", a member, the Kamer. */
export const ASKED_IN_DEBATE = /^(?:u|uw|jullie|heer|mevrouw|collega|kamer|leden)$/u;
/** A verb of this debate, of thinking or stance, of being, or one that only lets happen: no act anyone can be held to. */
export const noAct = (w: string): boolean => DEBATE_ACTS.has(w) || MENTAL.has(w) || NO_ACT.has(w) || STANCE.has(w) || LET_HAPPEN.has(w);
/** A sentence's first word "dat", "wat", "die" is a pronoun ("Dat ga ik na"), not the start of a subordinate clause. */
export const PRONOUN_FIRST = new Set(['dat', 'die', 'wat', 'waar', 'hoe']);
/** Documents that carry a delivery: "in de brief", "een overzicht", "schriftelijk". */
export const VEHICLE = /(?:brief|brieven|verslag|verslagen|rapport|rapportage|reactie|appreciatie|notitie|overzicht|terugkoppeling|fiche)$|^(?:schriftelijk|antwoorden|beantwoording)$/u;
/** Conjunctions that open an adverbial clause: a subject after them is not the main clause's ("Als ik terug ben, …"). */
export const SUBORDINATING = /^(?:als|indien|mocht|wanneer|zodra|toen|omdat|doordat|nadat|voordat|totdat|terwijl|hoewel)$/u;
const REASON_OR_TIME = /^(?:omdat|doordat|nadat|zodra|voordat|hoewel|terwijl)$/u;
/**
 * The clause before the token at `v` (which opens its own) is an adverbial clause put first ("Omdat …, vraag ik",
 * "Zodra …, laat ik", "…, en omdat …, vraag ik", "Hoewel …, vraag ik"): then the verb and its subject that follow are the
 * main clause, inverted, not "let me" nor a question. Reasons, concessions and times only: after "als", "indien", "wanneer" it is an
 * offer or a habit ("Als er behoefte aan is, laat ik …", "Wanneer …, vragen we doorgaans …").
 */
export function frontedClauseBefore(ts: readonly { w: string; clause: number }[], v: number): boolean {
  const prev = ts.filter((t) => t.clause === ts[v - 1]?.clause);
  const lead = prev[0]?.w === 'en' || prev[0]?.w === 'of' ? prev[1] : prev[0];
  return v > 0 && lead !== undefined && REASON_OR_TIME.test(lead.w);
}

/** What a speaker goes through in a debate, not a place to visit or a piece of work: the questions, a block, the motions. */
export const PARTS_OF_DEBATE = /^(?:vraag|vragen|amendement|amendementen|motie|moties|punt|punten|volgorde|spreker|sprekers|blok|blokje|blokjes|onderwerp|onderwerpen|thema|thema's|opmerking|opmerkingen|termijn|inbreng)$/u;

/** An adjective before a noun ("europese lidstaten", "eerdere onderzoeken", "nieuwe voorstellen"). */
export const adjective = (w: string): boolean => /(?:ische|[^r]ese|ige|lijke|ele|ale|ieve|ere|ste|nieuwe|goede|grote|kleine|hele|oude)$/u.test(w);

/** Separable particles that stand before "te": "in te gaan", "af te ronden", "na te gaan", "bij te houden". */
export const SEPARABLE = new Set(['in', 'af', 'op', 'door', 'na', 'uit', 'terug', 'over', 'mee', 'toe', 'aan', 'voor', 'langs', 'weg', 'bij']);

/** "mijn (Duitse) collega", "onze collega van Financiën": another minister, not a member of this debate. */
export const otherMinister = (ts: readonly Tok[], j: number): boolean => ts[j]!.w === 'collega' && ts.slice(Math.max(0, j - 2), j).some((t) => /^(?:mijn|onze)$/u.test(t.w));
/** "met spoed", "met name", "met het oog op", "met veel plezier": a manner, no party. */
const MANNER = /^(?:spoed|name|oog|plezier|veel|zorg|nadruk|voorrang|voorkeur|klem|kracht|zekerheid|genoegen|belangstelling|interesse|aandacht|respect|betrekking|inachtneming|uitzondering|ingang|terugwerkende)$/u;
/** "met" and a named party not in this debate ("met de gemeenten", not "met u", "met hen", "met de commissie"). */
export const withParty = (main: readonly Tok[]): boolean =>
  main.some((t, j) => {
    const party = /^(?:de|het)$/u.test(main[j + 1]?.w ?? '') ? main[j + 2]?.w : main[j + 1]?.w;
    return t.w === 'met' && party !== undefined && !ASKED_IN_DEBATE.test(party) && !/^(?:commissie|kamer|hen|hem|haar|ze|zij|hun|elkaar|jullie|mij|me|ons|iedereen|allen)$/u.test(party) && !MANNER.test(party);
  });
/**
 * Prepositions of a place (a speech "in Brussel", "op een congres"), right after the verb or a time, unless a time
 * ("in november") or a council, talks or a summit follow ("in de Raad"); after an object it is where one meets them
 * ("spreek ik de Eurocommissaris in Brussel").
 */
export const PLACE_PREPOSITION = /^(?:in|op|tijdens|te)$/u;
/** Words of a time ("in november", "in het voorjaar", "op 1 juni"), not "de jaarvergadering". */
export const TIME_WORD = /^(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|voorjaar|najaar|zomer|winter|herfst|lente|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|week|maand|jaar|kwartaal|\d{1,4})$/u;
/** A time phrase at `j`: a preposition, an article, then a time word. */
export const timeAt = (ts: readonly Tok[], j: number): boolean => /^(?:in|op|na|voor|rond|eind|begin)$/u.test(ts[j]?.w ?? '') && [ts[j + 1], ts[j + 2]].some((t) => TIME_WORD.test(t?.w ?? ''));

/** Words that make "… komt er" a guess, a report or a condition, not a promise (promise-to-act.ts). */
export const GUESS_OR_CONDITION = /^(?:vast|wellicht|misschien|ooit|waarschijnlijk|vermoedelijk|pas|als|indien|mits|tenzij|zegt|zei|zeggen|volgens)$/u;
/** The parts of the debate a speaker goes to: "ik ga nu naar de vragen over …", "… naar het volgende blokje". */
export const PART_OF_DEBATE = /^(?:vraag|vragen|motie|moties|amendement|amendementen|punt|punten|blok|blokje|onderwerp|kopje|termijn|thema|opmerking|opmerkingen)$/u;
