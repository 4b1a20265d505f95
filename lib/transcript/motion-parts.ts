import type { Motion, Transcript } from './model';

/**
 * What a motion says, split as it is printed: the considerations
 * ("constaterende dat …", "overwegende dat …") and the request — the part a
 * reader wants first ("verzoekt de regering …", "spreekt uit …", "roept …
 * op", "draagt … op"), up to "en gaat over tot de orde van de dag".
 */
export interface MotionParts {
  considerations: string[];
  request: string;
}

const CONSIDERS = /^(?:constaterende|overwegende|van mening|gelet op|gezien|wijst|erkennende|vaststellende|concluderende)\b/iu;
const REQUESTS = /^(?:verzoekt|spreekt|roept|draagt|besluit|dringt|vraagt|geeft|nodigt)\b/iu;
const OPENING = /^(?:(?:Gewijzigde |Nader gewijzigde )?[Mm]otie\b.*|De Kamer,?(?:\s*gehoord de beraadslaging,?)?|gehoord de beraadslaging,?)$/u;
const CLOSING = 'en gaat over tot de orde van de dag';

/** The paragraph without the closing formula (cut at its last occurrence, with the comma and space before it). */
function withoutClosing(p: string): string {
  // Not via toLowerCase(): that may change the string's length, and with it the offset.
  const at = Math.max(p.lastIndexOf(CLOSING), p.lastIndexOf('E' + CLOSING.slice(1)));
  return at < 0 ? p : p.slice(0, at).trimEnd().replace(/,$/u, '');
}

/** The motion's paragraphs as printed, from its turn. */
export function motionParagraphs(t: Transcript, m: Motion): string[] {
  const turn = t.turns[m.turnIndex];
  return turn ? turn.paragraphs.slice(m.paragraphStart, m.paragraphEnd) : [];
}

// Each clause of a motion ends in ";" and the next opens with its verb; a PDF whose lines run on
// ("… al meer dan drie jaar wacht; constaterende dat …") gives two clauses in one paragraph.
// The same verbs as CONSIDERS and REQUESTS, written out: a regex built at run time escapes the ReDoS review.
const NEXT_CLAUSE =
  /(?<=;)\s+(?=(?:constaterende|overwegende|van mening|gelet op|gezien|wijst|erkennende|vaststellende|concluderende|verzoekt|spreekt|roept|draagt|besluit|dringt|vraagt|geeft|nodigt)\b)/iu;
const clauses = (p: string): string[] => p.split(NEXT_CLAUSE);

export function motionParts(paragraphs: readonly string[]): MotionParts {
  const considerations: string[] = [];
  const request: string[] = [];
  let inRequest = false;
  for (const raw of paragraphs.flatMap(clauses)) {
    const p = raw.trim();
    if (!inRequest && OPENING.test(p)) continue;
    if (!inRequest && REQUESTS.test(p)) inRequest = true;
    if (inRequest) request.push(withoutClosing(p));
    else if (CONSIDERS.test(p) || considerations.length > 0) considerations.push(p);
  }
  // The comma that led into "en gaat over tot de orde van de dag" on its own line belongs to the formula.
  return { considerations, request: request.filter(Boolean).join(' ').replace(/,$/u, '') };
}
