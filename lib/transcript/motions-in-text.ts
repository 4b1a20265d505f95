import type { Motion, Transcript } from './model';

/**
 * Motions in a transcript read as text (pages, PDF, text files), by their
 * fixed form rather than by any debate's words: a member reads
 *   [Motie | Gewijzigde motie …]
 *   De Kamer,
 *   gehoord de beraadslaging,
 *   constaterende / overwegende dat …;
 *   verzoekt de regering … | spreekt uit … | roept … op,
 *   en gaat over tot de orde van de dag.
 * and the chair then notes "Deze motie is voorgesteld door het lid X / de
 * leden X en Y. Zij krijgt nr. 1136 (32847)." Sources that mark motions in
 * their markup (Handelingen XML) have their own reader.
 */
export interface MotionTurn {
  asChair: boolean;
  paragraphs: readonly string[];
}

const OPENS = /^De Kamer,?\s*(?:gehoord de beraadslaging,?)?$/u;
const HEARD = /^gehoord de beraadslaging,?$/iu;
const CLOSES = /gaat over tot de orde van de dag\.?\s*$/iu;
const TITLE = /^(?:(?:Gewijzigde|Nader gewijzigde)\s+)?[Mm]otie(?:\s.{0,200})?$/u;
// The names end at the first full stop; bounded, so a note without one costs no more than 300 characters a try.
// The Eerste Kamer prints "ondertekend door" and gives a letter ("Zij krijgt letter I (35824)."); a dossier may have a
// sub-number (the EU councils' "21501-32"); after an amended motion's old number (", was nr. 5 (…)").
const PROPOSED = /Deze (?:gewijzigde )?motie (?:is|werd) (?:voorgesteld|ondertekend) door (?:het lid|de leden) ([^.]{1,300})\./u;
const NUMBER = /(?:Zij|Hij|Deze) krijgt (?:nr\.|letter)\s*(\d+|[A-Z]{1,3})\b(?:[^()]{0,40}?\(([\d]+(?:-[A-Z]+|-\d{1,3})?(?:-[IVX]+)?)\))?/u;
/** Paragraphs a motion may span: longer is a missing "orde van de dag", not a motion. */
const MAX_PARAGRAPHS = 40;
/** How many turns after a motion its note may come: the chair's note is the next turn, or the one after an interruption. */
const NOTE_WITHIN = 3;

/** Surnames in "De Hoop en Welzijn", "Keijzer, Pierik en Flach". */
export function submittersOf(list: string): string[] {
  return list
    .split(/,| en /u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** The chair's note for the motion ending in turn `after`: the first note in the chair turns that follow. */
function noteAfter(turns: readonly MotionTurn[], after: number, taken: Set<string>): { turnIndex: number; text: string } | null {
  for (let i = after + 1; i < turns.length && i <= after + NOTE_WITHIN; i++) {
    const turn = turns[i]!;
    if (!turn.asChair) continue;
    for (let p = 0; p < turn.paragraphs.length; p++) {
      const par = turn.paragraphs[p]!;
      if (!PROPOSED.test(par) && !NUMBER.test(par)) continue;
      const key = `${i}:${p}`;
      if (taken.has(key)) continue;
      taken.add(key);
      // The number may follow in the next paragraph ("Zij krijgt nr. 1136 (32847).").
      const next = turn.paragraphs[p + 1] ?? '';
      return { turnIndex: i, text: NUMBER.test(par) || !NUMBER.test(next) ? par : `${par} ${next}` };
    }
  }
  return null;
}

export function findMotionsInText(turns: readonly MotionTurn[]): Motion[] {
  const out: Motion[] = [];
  const taken = new Set<string>();
  turns.forEach((turn, turnIndex) => {
    const ps = turn.paragraphs;
    for (let p = 0; p < ps.length; p++) {
      const par = ps[p]!.trim();
      if (!OPENS.test(par) || (!/beraadslaging/u.test(par) && !HEARD.test(ps[p + 1]?.trim() ?? ''))) continue;
      // The member's next motion after the chair's note, printed without the member's name again, is
      // read into the chair's turn: a motion there counts only after such a note.
      if (turn.asChair && !ps.slice(0, p).some((x) => PROPOSED.test(x) || NUMBER.test(x))) continue;
      let end = p;
      while (end < ps.length && end - p < MAX_PARAGRAPHS && !CLOSES.test(ps[end]!)) end++;
      if (end >= ps.length || !CLOSES.test(ps[end]!)) continue;
      const titled = p > 0 && TITLE.test(ps[p - 1]!.trim());
      const start = titled ? p - 1 : p;
      const note = end === ps.length - 1 ? noteAfter(turns, turnIndex, taken) : null;
      const proposed = note ? PROPOSED.exec(note.text) : null;
      const numbered = note ? NUMBER.exec(note.text) : null;
      out.push({
        turnIndex,
        paragraphStart: start,
        paragraphEnd: end + 1,
        title: titled ? ps[start]!.trim() : null,
        number: numbered?.[1] ?? null,
        kamerstuk: numbered?.[2] ?? null,
        note: note?.text ?? null,
        noteTurnIndex: note?.turnIndex ?? null,
        submitters: proposed ? submittersOf(proposed[1]!) : [],
      });
      p = end;
    }
  });
  return out;
}

/**
 * The motions of a transcript: those its source marks (Handelingen XML), else
 * those found in its text by their fixed form. Not part of the parse, so the
 * page's start-up does not pay for it; every analysis and `analyze` read
 * motions through this.
 */
export function motionsOf(t: Pick<Transcript, 'motions' | 'turns'>): Motion[] {
  return t.motions.length > 0 ? t.motions : findMotionsInText(t.turns);
}
