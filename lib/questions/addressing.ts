import type { Transcript, Turn } from '../transcript/model';
import type { Mention } from './model';
import { foldedSlice } from '../text/folded-text';
import { speakersOf } from './mentions';
import type { PassageIndex } from './passages';
import { splitSentences } from '../text/sentences';

/**
 * Who a government paragraph speaks to: the members it names, the member
 * whose interruption it replies to, and — more weakly — the members of the
 * paragraph before when it names nobody (an answer block runs on).
 */

export const GOVERNMENT_ROLES = new Set(['minister', 'state-secretary']);

/**
 * Address strengths. A name with "vroeg/vraagt/zei" is the minister taking
 * up someone's question; a reply speaks to the interrupter; a bare name may
 * be a passing reference ("zoals de heer Ellian zei"); a block runs on, and
 * "en anderen" speaks to everyone, only weakly.
 */
export const ADDRESS = { takenUp: 1.1, asked: 1, reply: 0.9, named: 0.6, carried: 0.5 } as const;

/** A unit whose first sentence names a member as asking ("Mevrouw Dekker vroeg ook of …") takes up one of their questions. */
const ASKING = /\b(?:vroeg|vroegen|vraagt|gevraagd|vraag)\b/;

const CUE = /\b(?:vroeg|vraagt|vragen|gevraagd|vraag|zei|zegt|aangaf|noemde|wees|had)\b/;
const EVERYONE = /\b(?:en anderen|(?:meerdere|verschillende|diverse) (?:partijen|woordvoerders|leden|kamerleden|collega's)|allerlei vragen)\b/;

/** Index of the previous / next turn not spoken from the chair, or -1. */
function stepSpeech(t: Transcript, from: number, dir: 1 | -1, skipSpeaker?: string): number {
  for (let i = from + dir; i >= 0 && i < t.turns.length; i += dir) {
    const x = t.turns[i]!;
    if (x.asChair || x.speakerId === skipSpeaker) continue;
    return i;
  }
  return -1;
}

/** A turn in an exchange with the turn that replies to it, and whom the reply answers. */
export interface Exchange {
  reply: number;
  /** The speaker; for a chair relaying a member's question ("Mevrouw Kröger had nog een vraag …"), that member. */
  askers: string[];
}

/** The chair handing the floor back for the rest of an answer: "Gaat u verder", "vervolgt zijn betoog", "Gaat u door". */
const GOES_ON = /\b(?:verder|vervolg\p{L}*|betoog|door)\b/u;

/** A chair speaking for themself: "mijn vraag", "ik had nog die laatste vraag", "namens JA21", or a question mark. */
const OWN = /\b(?:mijn|ik had|ik heb|namens)\b/;
const ASKS = /\bvra(?:ag|gen)\b/;
/** Sentence by sentence (split, not a regex spanning them: that was quadratic on a long turn). */
function ownQuestion(folded: string): boolean {
  if (folded.includes('?')) return true;
  return folded.split(/[.!]/u).some((part) => {
    const m = OWN.exec(part);
    return m !== null && ASKS.test(part.slice(m.index));
  });
}

/** The chair's turn right before turn `i` asks something: the member's turn `i` answers the chair. */
function chairAsked(t: Transcript, i: number): boolean {
  const before = t.turns[i - 1];
  return before !== undefined && before.asChair && t.text.slice(before.start, before.end).includes('?');
}

/** No other member spoke between the government's last turn (or the start) and this one. */
function soleMember(t: Transcript, index: number, isGov: (i: number) => boolean): boolean {
  const who = t.turns[index]!.speakerId;
  for (let i = stepSpeech(t, index, -1); i >= 0 && !isGov(i); i = stepSpeech(t, i, -1)) if (t.turns[i]!.speakerId !== who) return false;
  return true;
}

/**
 * For each turn in an exchange, the turn that replies to it: an interruption
 * answered by the speaker it interrupts, or a member between two government
 * turns, or the only member heard since the government last spoke, whom the
 * government answers next (question time). A chair's turn is in an exchange only when the chair asks for
 * themself or relays a member's question; "Een vervolgvraag." is neither.
 * First-term and second-term contributions are not exchanges: the
 * government answers them in blocks.
 */
export function replies(t: Transcript, roleOf: Map<string, string>, mentions: readonly Mention[]): Map<number, Exchange> {
  const out = new Map<number, Exchange>();
  const isGov = (i: number) => i >= 0 && GOVERNMENT_ROLES.has(roleOf.get(t.turns[i]!.speakerId) ?? '');
  const named = new Map<number, string[]>();
  for (const m of mentions) if (m.speakerId && roleOf.get(m.speakerId) === 'member') named.set(m.turnIndex, [...(named.get(m.turnIndex) ?? []), m.speakerId]);
  for (const turn of t.turns) {
    if (isGov(turn.index)) continue;
    let askers = [turn.speakerId];
    if (turn.asChair) {
      const relayed = (named.get(turn.index) ?? []).filter((id) => id !== turn.speakerId);
      if (relayed.length > 0) askers = [...new Set(relayed)];
      else if (!ownQuestion(foldedSlice(t, turn.start, turn.end)) || roleOf.get(turn.speakerId) !== 'member') continue;
    }
    // A member who answers the chair's question in between ("Dat was uw eerste vraag?" — "Nou, niet helemaal, maar
    // …") is still putting the same question: whoever speaks next after them replies to both turns.
    let next = stepSpeech(t, turn.index, 1);
    while (next >= 0 && !turn.asChair && t.turns[next]!.speakerId === turn.speakerId && chairAsked(t, next)) next = stepSpeech(t, next, 1);
    if (next < 0) continue;
    const nextTurn: Turn = t.turns[next]!;
    if (turn.interrupts !== null && nextTurn.speakerId === turn.interrupts) out.set(turn.index, { reply: next, askers });
    else if (isGov(next) && isGov(stepSpeech(t, turn.index, -1, turn.speakerId))) out.set(turn.index, { reply: next, askers });
    // The only member heard since the government last spoke, answered next (question time: question, answer,
    // follow-up): the government answers that member, not a round of several.
    else if (isGov(next) && !turn.asChair && soleMember(t, turn.index, isGov)) out.set(turn.index, { reply: next, askers });
  }
  return out;
}

/**
 * Address strength per passage (passage id → speaker id → strength), for
 * government passages only.
 */
export function addressing(t: Transcript, ix: PassageIndex, mentions: readonly Mention[], roleOf: Map<string, string>, replyOf: Map<number, Exchange>): Map<number, Map<string, number>> {
  const members = (ids: string[]) => ids.filter((id) => roleOf.get(id) === 'member');
  const everyone = members(t.speakers.map((s) => s.id));
  const repliedBy = new Map<number, string[]>();
  for (const { reply, askers } of replyOf.values()) repliedBy.set(reply, [...(repliedBy.get(reply) ?? []), ...askers]);
  const out = new Map<number, Map<string, number>>();
  let mi = 0;
  let prev: { turn: number; to: Map<string, number>; named: string[] } | null = null;
  for (const p of ix.passages) {
    while (mi < mentions.length && mentions[mi]!.start < p.start) mi++;
    const named: string[] = [];
    for (let j = mi; j < mentions.length && mentions[j]!.start < p.end; j++) named.push(...members(speakersOf(mentions[j]!, t.speakers)));
    if (!GOVERNMENT_ROLES.has(roleOf.get(p.speakerId) ?? '')) continue;
    const to = new Map<string, number>();
    const body = foldedSlice(t, p.start, p.end);
    const strength = CUE.test(body) ? ADDRESS.asked : ADDRESS.named;
    for (const id of named) to.set(id, Math.max(to.get(id) ?? 0, strength));
    const first = splitSentences(t.text.slice(p.start, p.end), p.start)[0];
    if (first && ASKING.test(foldedSlice(t, first.start, first.end))) {
      for (let j = mi; j < mentions.length && mentions[j]!.start < first.end; j++) for (const id of members(speakersOf(mentions[j]!, t.speakers))) to.set(id, ADDRESS.takenUp);
    }
    // The reply to an interruption speaks to the interrupter from its first paragraph.
    if (p.paragraph === 0 && p.part === 0) for (const id of repliedBy.get(p.turnIndex) ?? []) if (!to.has(id)) to.set(id, ADDRESS.reply);
    // A unit that takes up someone's question without a name ("Mij is gevraagd …") starts a new answer: it does
    // not run on from the one before.
    if (named.length === 0 && prev && prev.turn === p.turnIndex && !p.anonymous) {
      // Right after a unit that took up a member's question by name ("Mevrouw Smit vroeg naar …"), the next speaks to
      // her as if it named her: in paragraphs the answer often follows the one that names the question.
      for (const [id, s] of prev.to) if (!to.has(id)) to.set(id, s >= ADDRESS.takenUp && prev.named.includes(id) ? ADDRESS.named : Math.min(s, ADDRESS.carried));
    }
    if (EVERYONE.test(body)) for (const id of everyone) if (!to.has(id)) to.set(id, ADDRESS.carried);
    out.set(p.id, to);
    prev = { turn: p.turnIndex, to, named };
  }
  return out;
}

/**
 * The reply turn and the same speaker's turns right after it with only the chair between, where the chair gives the
 * asker the floor and the speaker goes on instead ("De voorzitter: Meneer Vermaat." — "Sorry, ik ga nog even door
 * …"): one reply, given in several turns. Stops at any other speaker, and at a chair's turn that does not name the
 * asker or hands the floor back for the rest of the answers ("Prima. Gaat u verder."): what follows is the next point.
 */
export function replyRun(t: Transcript, reply: number, askerId: string, mentions: readonly Mention[]): number[] {
  const run = [reply];
  const who = t.turns[reply]!.speakerId;
  // The chair names the asker where a mention of theirs (mentions.ts: "Meneer Vermaat", "De heer Vermaat") resolves to them.
  const named = (i: number) => mentions.some((m) => m.turnIndex === i && m.speakerId === askerId);
  for (let i = reply + 1; i < t.turns.length; i++) {
    const turn = t.turns[i]!;
    if (turn.asChair && (!named(i) || GOES_ON.test(foldedSlice(t, turn.start, turn.end)))) break;
    if (turn.asChair) continue;
    if (turn.speakerId !== who) break;
    run.push(i);
  }
  return run;
}
