import { splitSentences } from '../text/sentences';
import { promiseItem } from './closing-places';

/**
 * Closing items the chair reads inside her own sentences rather than on item lines (closing-list.ts reads the lines):
 * "De eerste toezegging is dat de minister …. Dan de tweede: de minister …", "Toezegging 3 is dat …", or the one
 * commitment in the announcing sentence, "Er is één toezegging gedaan, namelijk dat de minister …". Each item is what
 * follows its place or "namelijk": the chair's whole sentence, with a capital.
 */

/**
 * An item introduced by its place in a sentence of its own: "De eerste toezegging is dat", "Dan de tweede:", "Toezegging
 * 3:", "Als vierde heb ik genoteerd dat", "En de zevende en laatste toezegging is dat".
 */
const BY_PLACE_IN_SENTENCE =
  /^(?:(?:en |dan )?de (?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|laatste)(?: en laatste)? toezegging(?: is| luidt)?(?: dat |: ?)|(?:en |dan )?(?:als|ten) (?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|laatste)(?: en laatste)?(?: toezegging)? heb ik (?:genoteerd|opgeschreven) dat |(?:en |dan )(?:de )?(?:tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|laatste)(?: toezegging)?: ?|toezegging (?:\d{1,2}|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)(?: is| luidt)?(?: dat |: ?))/iu;
/** The one commitment named in the sentence that announces it: "…, namelijk dat de minister …", "…, namelijk: de minister …". */
const NAMELY = /,? namelijk(?: dat |: ?)/iu;

const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The items read in a chair's paragraph's sentences, in order; [] when it reads none this way. `announces` tells the
 * sentence that announces the list, after which the items may also be read as prose (proseItems).
 */
export function itemsInSentences(paragraph: string, announces: (sentence: string) => boolean = () => false): string[] {
  const out: string[] = [];
  for (const span of splitSentences(paragraph)) {
    const sentence = paragraph.slice(span.start, span.end).trim();
    const placed = BY_PLACE_IN_SENTENCE.exec(sentence);
    const rest = placed ? sentence.slice(placed[0].length) : namelyItem(sentence);
    // The chair's whole sentence is the item: cut after "dat" it would read as a clause ("de minister de Kamer … stuurt").
    // Named a commitment by its place or by "namelijk", it is one whoever its subject ("… is dat de vraag van … wordt").
    if (rest !== null && rest.split(' ').length >= 4) out.push(capitalised(sentence));
  }
  return out.length > 0 ? out : proseItems(paragraph, announces);
}

/** A member of government, by office or by the pronoun a list uses for one ("Dan de staatssecretaris: zij …"). */
const GOVERNMENT = /(?<![\p{L}])(?:minister|staatssecretaris|bewindspersoon|bewindspersonen|kabinet|regering)(?![\p{L}])/iu;
/** The chair's own words that end the list: a question, "Tot zover.", a member or the minister given the floor. */
const CHAIR_WORDS = /\?["'”’)]*$|^(?:tot zover|dat was het|dat waren ze|ik sluit|ik dank|dank)/iu;
/**
 * The sentences after the announcing one, read as items: a run of two or more that each say what will be done
 * (promiseItem), the first naming a member of government, up to the chair's own words. [] when there is no such run.
 */
function proseItems(paragraph: string, announces: (sentence: string) => boolean): string[] {
  const sentences = splitSentences(paragraph).map((x) => paragraph.slice(x.start, x.end).trim());
  const from = sentences.findIndex(announces);
  // "Ik wilde nalopen wat … beloofd, maar de griffier stuurt u de lijst na": the reading called off.
  if (from < 0 || / maar /iu.test(sentences[from]!)) return [];
  const out: string[] = [];
  for (const s of sentences.slice(from + 1)) {
    // Not what happens now, in this meeting ("De minister gaat nu eerst door naar de ministerraad.").
    // Nor the committee's or the members' own plan ("De commissie bespreekt die brief daarna …").
    const ownBusiness = /^(?:(?:en |ook )?(?:de commissie|de leden|wij|we)(?![\p{L}]))/iu.test(s);
    // The first names a member of government, or points to the one the announcement named ("Hij beantwoordt …").
    const named = GOVERNMENT.test(s) || (/(?<![\p{L}])(?:hij|zij)(?![\p{L}])/iu.test(s) && GOVERNMENT.test(sentences[from]!));
    const item = s.split(' ').length >= 5 && !CHAIR_WORDS.test(s) && !ownBusiness && !/(?<![\p{L}])nu(?![\p{L}])/iu.test(s) && promiseItem(s) && (out.length > 0 || named);
    if (!item) break;
    out.push(s);
  }
  return out.length >= 2 ? out : [];
}

/** What follows "namelijk" in a sentence that speaks of one commitment ("één toezegging"), or null. */
function namelyItem(sentence: string): string | null {
  const m = NAMELY.exec(sentence);
  // Made, not asked for and refused ("Er is één toezegging gevraagd, namelijk dat …, maar die heeft zij niet gedaan").
  const made = !/(?<![\p{L}])(?:gevraagd|verzocht)(?![\p{L}])/iu.test(sentence.slice(0, m?.index ?? 0)) && !/, maar /iu.test(sentence.slice(m?.index ?? 0));
  return m && made && /(?<![\p{L}])(?:één|een) toezegging(?![\p{L}])/iu.test(sentence.slice(0, m.index)) ? sentence.slice(m.index + m[0].length) : null;
}
