import { fold } from '../text/fold';
import type { Turn } from './model';

/**
 * Interruptions have no markup. The floor holder is whoever opens an exchange;
 * another member's turn is an interruption when the floor then goes back to
 * the holder (holder, B, holder, B, holder; B may speak in several turns with
 * only the chair between). When it does not, the floor has
 * moved on and B holds it. Chair turns are transparent, except when the chair
 * gives B the floor for a speech ("Dan mevrouw Van der Laan van …", "Ik geef
 * het woord aan …"): then B holds it, even if the member before comes back
 * next with an interruption of B. A member of government's turn is never an
 * interruption: they answer.
 */
export function markInterruptions(turns: Turn[], government: ReadonlySet<string> = new Set()): void {
  const speech = turns.filter((t) => !t.asChair);
  // The chair's words right before a turn, read only for a turn that could be an interruption.
  const position = new Map(turns.map((t, k) => [t, k]));
  const chairBefore = (turn: Turn): string => {
    const at = position.get(turn)!;
    let from = at;
    while (from > 0 && turns[from - 1]!.asChair) from--;
    return turns.slice(from, at).map((t) => t.paragraphs.join(' ')).join(' ');
  };
  let holder = speech[0]?.speakerId ?? null;
  for (let i = 1; i < speech.length; i++) {
    const cur = speech[i]!;
    if (cur.speakerId === holder) continue;
    // A minister or state secretary answers; they never interrupt a member ("question, answer, follow-up").
    if (government.has(cur.speakerId)) {
      holder = cur.speakerId;
      continue;
    }
    const chairWords = chairBefore(cur);
    if (givesFloor(chairWords, cur.speakerId) || (namedWithParty(chairWords, cur.speakerId) && !turnsTo(cur, holder))) {
      holder = cur.speakerId;
      continue;
    }
    // One interruption may take several turns of its member with only a brief word of the chair between ("Heel
    // goed.", "Kort."), when the chair let the member in for one ("De heer Graus, één opmerking, kort."). Without
    // those words the turns may be a speech the chair keeps short ("U heeft nog een halve minuut."); a motion's note
    // between them always shows a speech.
    let end = i + 1;
    if (INTERRUPTION_CUE.test(chairWords)) {
      for (; speech[end]?.speakerId === cur.speakerId; end++) {
        const between = chairBefore(speech[end]!);
        if (!isAside(between) || givesFloor(between, cur.speakerId)) break;
      }
    }
    // The member who held the floor comes back, but the chair lets him in for an interruption ("De heer Brinkers heeft
    // een interruptie."): the floor had gone to this member, named without a cue of its own ("Mevrouw Tjoelker van
    // het CDA." gives a speech in one report and lets in an interruption in another).
    const returnsToInterrupt = speech[end] !== undefined && letsInToInterrupt(chairBefore(speech[end]!), speech[end]!.speakerId);
    if (speech[end]?.speakerId === holder && holder !== null && !returnsToInterrupt) {
      for (let k = i; k < end; k++) speech[k]!.interrupts = holder;
      i = end - 1;
    } else holder = cur.speakerId;
  }
}

/** The chair letting a member in for an interruption: "kort", "een vraag", "een opmerking", "interruptie". */
const INTERRUPTION_CUE = /(?<![\p{L}])(?:kort|vraag|vragen|opmerking|interruptie|interrupties|reactie)(?![\p{L}])/iu;
/** How many words the chair may say between two turns of one interruption ("De heer Graus, één opmerking, kort."). */
const ASIDE_WORDS = 12;
/** A brief word of the chair between two turns of one member, not a motion's note. */
function isAside(chairText: string): boolean {
  const words = chairText.split(/\s+/u).filter(Boolean);
  return words.length <= ASIDE_WORDS && !/motie/iu.test(chairText);
}

/**
 * The chair's words that give a member the floor for a speech, right before the member's name: "Het woord is
 * aan mevrouw X", "Ik geef het woord aan de heer X", "Dan mevrouw X van …", "De volgende spreker is de heer X",
 * "Aan het woord is mevrouw X", "We gaan nu luisteren naar de heer X". Not "Dan mevrouw Keijzer. O, er is
 * nog een vraag van de heer Y": the floor went to Keijzer, Y interrupts.
 */
const FLOOR_CUE = /woord|spreker|luisteren|(?:^|[.!]\s*)dan\s/iu;
const FLOOR =
  /(?:het woord (?:is )?aan|aan het woord is(?: nu)?|geef (?:ik )?(?:nu )?(?:graag )?het woord aan|(?:volgende|eerste|laatste) spreker(?: van de zijde van de kamer)?(?: is)?|(?:gaan|gaat) (?:we |wij )?(?:nu )?(?:weer )?luisteren naar|(?:^|[.!] )dan) (?:de heer |mevrouw |het lid )?/gu;
function givesFloor(chairText: string, speakerId: string): boolean {
  // Most chair lines before a turn give no floor at all ("Gaat u verder."): one cheap test first.
  if (!FLOOR_CUE.test(chairText)) return false;
  const f = fold(chairText).replace(/[^\p{L}\p{N}.!]+/gu, ' ').trim();
  if (f.includes('interruptie')) return false;
  const name = `${speakerId.replace(/-/g, ' ')}`;
  for (const m of f.matchAll(FLOOR)) {
    const next = f.slice(m.index + m[0].length);
    if (next.startsWith(`${name} `) || next.startsWith(`${name}.`) || next === name) return true;
  }
  return false;
}

/** "De heer Brinkers heeft een interruptie.", "Een interruptie van de heer Brinkers.": the chair lets this member in to interrupt. */
function letsInToInterrupt(chairText: string, speakerId: string): boolean {
  if (!/interruptie(?![\p{L}])/iu.test(chairText)) return false;
  return namesMember(chairText, speakerId);
}

/**
 * "Dank u wel. Mevrouw Tjoelker van het CDA.": a sentence of the chair that is only the member's name and party. It
 * gives the floor for a speech, unless the member turns to the one who spoke ("Mevrouw Koekkoek van Volt." before
 * "De heer Baudet schijnt …" lets in an interruption; turnsTo). The party is a word or two after "van (de/het)".
 */
function namedWithParty(chairText: string, speakerId: string): boolean {
  if (!chairText.includes(' van ')) return false;
  const name = speakerId.replace(/-/g, ' ');
  return chairText.split(/[.!?]\s*/u).some((sentence) => {
    const rest = plainWords(sentence).trim().replace(/^(?:de heer|mevrouw|het lid) /u, '');
    if (!rest.startsWith(`${name} van `)) return false;
    const party = rest.slice(name.length + ' van '.length).replace(/^(?:de|het) /u, '').split(' ');
    return party.length <= 2 && !party.some((w) => INTERRUPTION_CUE.test(w) || w === 'graag');
  });
}
/** The member's first paragraph names the member who spoke before: a question or a reply to them. */
function turnsTo(turn: Turn, holder: string | null): boolean {
  return holder !== null && namesMember(turn.paragraphs[0] ?? '', holder);
}
/** The text folded to its words, one space between ("Mevrouw Van der Laan (GL)" → "mevrouw van der laan gl"). */
const plainWords = (text: string): string => fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ');
/** The member's name (their id's words, "van-der-laan") stands in the text as whole words. */
const namesMember = (text: string, speakerId: string): boolean => ` ${plainWords(text)} `.includes(` ${speakerId.replace(/-/g, ' ')} `);
