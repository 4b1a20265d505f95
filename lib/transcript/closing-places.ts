/**
 * Places in the chair's closing list that a correction names ("de derde toezegging", "toezegging 3", "punt b",
 * "die toezegging"), and the words of a list corrected, withdrawn or read again (closing-list.ts follows them).
 */

/** An unmarked item: the government (or the Kamer as receiver) is the subject. */
export const GOV_SUBJECT =
  /^(?:(?:De|Het)\s+(?:minister(?:-president)?|staatssecretaris|kabinet|regering|bewindspersoon|bewindspersonen|bewindslieden|ministers|staatssecretarissen)(?![\p{L}])|(?:Minister|Staatssecretaris)\s+\p{Lu}|De\s+Kamer\s+(?:ontvangt|krijgt|wordt)\b)/u;

/** The words of this debate's own business, its motions and who is present, which no item of the list speaks of. */
const THIS_DEBATE = /(?<![\p{L}])(?:woord|beantwoording|termijn|schors\p{L}*|vergadering|interruptie\p{L}*|spreektijd|debat|motie|moties|amendement|amendementen|ontraadt|ontraden|oordeel|verhinderd|aanwezig|afwezig|gelegenheid)(?![\p{L}])/iu;
/** A verb of doing or delivering in the present, as items say what the government will do: "stuurt", "gaat … in gesprek", "beantwoordt"; plural after two members of government ("De minister en de staatssecretaris sturen …"). */
const ITEM_ACT = /(?<![\p{L}])(?:stuurt|zendt|informeert|komt|gaat|laat|zegt|neemt|vraagt|onderzoekt|bekijkt|zorgt|treedt|verkent|doet|brengt|organiseert|agendeert|bespreekt|overlegt|meldt|deelt|publiceert|schrijft|levert|legt|kijkt|spreekt|ontvangt|krijgt|wordt|past|zet|betrekt|geeft|beantwoordt|evalueert|inventariseert|sturen|informeren|gaan|komen|zorgen|krijgen)(?![\p{L}])/iu;
/** An item of a list the chair did not announce: it says what the government will do, and not about this debate. */
export const promiseItem = (p: string): boolean => ITEM_ACT.test(p) && !THIS_DEBATE.test(p);
/** The ordinals a chair numbers items by, first to tenth. */
export const ORDINALS = ['eerste', 'tweede', 'derde', 'vierde', 'vijfde', 'zesde', 'zevende', 'achtste', 'negende', 'tiende'];
const NUMBERS = ['één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien'];
/** The place "de laatste toezegging" names: the last item read so far. */
export const LAST = Number.MAX_SAFE_INTEGER;
/** The item "die toezegging" points to: the one the correction before named, or else the last read. */
export const THAT = Number.MAX_SAFE_INTEGER - 1;
/**
 * An item named by its place: "de derde toezegging", "toezegging 3", "toezegging drie" (fixed words and digits: a
 * free word before "toezegging" made the search quadratic). Group 1 the ordinal, or group 2 the number.
 */
// Also "punt 4", "punt IV" (group 3: a Roman numeral, as the list numbered its items).
export const NAMED =
  /(?<![\p{L}])(?:de\s+(eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|laatste)\s+toezegging|(?:toezegging|punt)\s+(?:nummer\s+|nr\.\s+)?(\d{1,2}|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)|(?:toezegging|punt)\s+([IVX]{1,4}))(?![\p{L}\d])/iu;
/** An item named by its letter to be read again: "Dan lees ik c opnieuw voor", "Punt b luidt dan als volgt:". */
const LETTER_NAMED = /(?<![\p{L}\p{N}])([a-jA-J])\s+(?:opnieuw|nogmaals|nog een keer|nog eens|als volgt|luidt|wordt|anders)(?![\p{L}])/u;
/** "Dan wordt die toezegging als volgt.", "Die toezegging luidt dan anders:": the item just read, read again corrected. */
export const THAT_ONE = /(?<![\p{L}])(?:(?:wordt|luidt) (?:die|deze) toezegging|(?:die|deze) toezegging (?:wordt|luidt))(?: (?:dan|nu|dus))* (?:als volgt|anders)(?![\p{L}])/iu;
const BARE_THAT = /(?<![\p{L}])(?:wordt|luidt) (?:die|deze)(?: (?:dan|nu|dus))* (?:als volgt|anders)(?![\p{L}])/iu;
/** "Dan pas ik die aan", "ik lees hem opnieuw voor": the item pointed at, adjusted or read again. */
const THAT_ADJUSTED =
  /(?<![\p{L}])(?:(?:pas (?:ik|we|wij)|passen (?:we|wij)|(?:ik|we|wij) (?:pas|passen)) (?:die|deze|hem|dat)(?: toezegging)? (?:dan |nu |dus )?aan|(?:lees (?:ik|we|wij)|lezen (?:we|wij)|(?:ik|we|wij) (?:lees|lezen)) (?:die|deze|hem)(?: toezegging)? (?:dan |nu |dus )?(?:opnieuw|nogmaals|nog een keer|nog eens) voor|(?:wijzig|wijzigen|herformuleer|herformuleren) (?:ik|we|wij) (?:die|deze|hem))(?![\p{L}])/iu;
/** A sentence that adds after a named item ("Dan komt er na de derde toezegging nog een bij:") corrects nothing. */
const ADDS = /(?<![\p{L}])(?:bij|aanvulling|extra|na\s+de|nog\s+een(?!\s+(?:keer|maal)))(?![\p{L}])/iu;

/**
 * The place (0-based) of the item that the last sentence before a paragraph's colon (or its last sentence) names:
 * "Dan luidt de derde toezegging:", "Ik lees toezegging 3 opnieuw voor." introduce that item read again. A place
 * named earlier in the paragraph ("De tweede blijft staan. Er komt een toezegging bij:") introduces nothing.
 */
export function namedPlace(p: string): number {
  const intro = p.includes(':') ? p.slice(0, p.lastIndexOf(':')) : p;
  const last = intro.split(/(?<=[.!?])\s+/u).at(-1) ?? '';
  const letter = LETTER_NAMED.exec(last);
  if (letter) return letter[1]!.toLowerCase().charCodeAt(0) - 'a'.charCodeAt(0);
  // "Dan wordt die toezegging als volgt", "Dan passen we punt IV aan. Dan luidt die als volgt:": the item a sentence
  // before named, else the one the correction named or the last read (THAT).
  if (THAT_ONE.test(last) || BARE_THAT.test(last) || THAT_ADJUSTED.test(last)) {
    const named = placeIn(intro);
    return ADDS.test(intro) ? -1 : named >= 0 ? named : THAT;
  }
  return ADDS.test(last) ? -1 : placeIn(last);
}

/** The place a text names ("de eerste toezegging klopt niet", "toezegging 3"), or -1; "de laatste" is LAST. */
export function placeIn(p: string): number {
  const m = NAMED.exec(p);
  // "Dan punt 2 van de agenda": a point of the agenda, not of the list.
  if (!m || (/^punt/iu.test(m[0]) && /agenda/iu.test(p))) return -1;
  if (m[1]?.toLowerCase() === 'laatste') return LAST;
  if (m[3]) return romanValue(m[3].toUpperCase()) - 1;
  return m[1] ? ORDINALS.indexOf(m[1].toLowerCase()) : /^\d/u.test(m[2]!) ? Number(m[2]) - 1 : NUMBERS.indexOf(m[2]!.toLowerCase());
}
/** "IV" → 4: each letter's value, less when a larger one follows it. */
function romanValue(roman: string): number {
  const value = (c: string) => (c === 'X' ? 10 : c === 'V' ? 5 : 1);
  let n = 0;
  for (let i = 0; i < roman.length; i++) n += value(roman[i]!) < value(roman[i + 1] ?? '') ? -value(roman[i]!) : value(roman[i]!);
  return n;
}
/** "Dan vervalt die toezegging.", "De tweede toezegging vervalt.": an item withdrawn. */
export const WITHDRAWN = /(?<![\p{L}])(?:vervalt|vervallen|schrappen we|schrap ik)(?![\p{L}])/iu;
/** A correction of an item, by whoever says it: "klopt niet", "heb ik niet toegezegd", "anders", "moet zijn". */
export const CORRECTS = /(?<![\p{L}])(?:klopt niet|niet toegezegd|niet gedaan|niet juist|onjuist|anders|moet zijn|vervalt|rechtzetten|corrigeren|correctie)(?![\p{L}])/iu;
/** The whole list read again: "Dan lees ik de (hele) lijst nog een keer voor.", "Ik lees de toezeggingen opnieuw voor." */
const WHOLE_LIST = /(?<![\p{L}])(?:lijst|toezeggingen)(?![\p{L}])/iu;
const AGAIN = /(?<![\p{L}])(?:opnieuw|nog een keer|nogmaals|nog eens)(?![\p{L}])/iu;
/** Two tests on one sentence, not one expression with a gap between (quadratic on a long line). */
export const rereads = (p: string): boolean => p.split(/(?<=[.!?])\s+/u).some((s) => WHOLE_LIST.test(s) && AGAIN.test(s));
/** The chair only giving the floor ("De minister.", "Het woord is aan de minister."): a few words, no item. */
export const handsFloor = (paragraphs: readonly string[]): boolean => paragraphs.join(' ').split(/\s+/u).length <= 8 && !paragraphs.some((p) => /toezegging/iu.test(p));

