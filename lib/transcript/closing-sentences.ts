import { splitSentences } from '../text/sentences';
import { GOV_SUBJECT } from './closing-places';

/**
 * Closing items the chair reads inside her own sentences rather than on item lines (closing-list.ts reads the lines):
 * "De eerste toezegging is dat de minister …. Dan de tweede: de minister …", "Toezegging 3 is dat …", or the one
 * commitment in the announcing sentence, "Er is één toezegging gedaan, namelijk dat de minister …". Each item is what
 * follows its place or "namelijk", when the government is its subject; its text as said, with a capital.
 */

/** An item introduced by its place in a sentence of its own: "De eerste toezegging is dat", "Dan de tweede:", "Toezegging 3:". */
const BY_PLACE_IN_SENTENCE =
  /^(?:(?:en |dan )?de (?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|laatste) toezegging(?: is| luidt)?(?: dat |: ?)|(?:en |dan )(?:de )?(?:tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|laatste)(?: toezegging)?: ?|toezegging (?:\d{1,2}|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)(?: is| luidt)?(?: dat |: ?))/iu;
/** The one commitment named in the sentence that announces it: "…, namelijk dat de minister …", "…, namelijk: de minister …". */
const NAMELY = /,? namelijk(?: dat |: ?)/iu;

const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
/** The government as the item's subject, also written in lower case after "dat" or a colon. */
const byGovernment = (s: string): boolean => GOV_SUBJECT.test(capitalised(s));

/** The items read in a chair's paragraph's sentences, in order; [] when it reads none this way. */
export function itemsInSentences(paragraph: string): string[] {
  const out: string[] = [];
  for (const span of splitSentences(paragraph)) {
    const sentence = paragraph.slice(span.start, span.end).trim();
    const placed = BY_PLACE_IN_SENTENCE.exec(sentence);
    const rest = placed ? sentence.slice(placed[0].length) : namelyItem(sentence);
    if (rest !== null && byGovernment(rest)) out.push(capitalised(rest));
  }
  return out;
}

/** What follows "namelijk" in a sentence that speaks of one commitment ("één toezegging"), or null. */
function namelyItem(sentence: string): string | null {
  const m = NAMELY.exec(sentence);
  return m && /(?<![\p{L}])(?:één|een) toezegging(?![\p{L}])/iu.test(sentence.slice(0, m.index)) ? sentence.slice(m.index + m[0].length) : null;
}
