import type { Role, Transcript } from '../transcript/model';

/**
 * The terms of the debate (termijnen), told from the chair's words: which
 * side has the floor from which turn. Pure.
 */

/** Which side has the floor in a term of the debate (termijn): the members or the government. */
export type PhaseSide = 'kamer' | 'regering';

/** A term of the debate ("eerste termijn van de Kamer"), from the turn where it starts. */
export interface Phase {
  round: number;
  side: PhaseSide;
  turnIndex: number;
  /** Not said in so many words, but told from the chair's other words (see `detectPhases`). */
  inferred: boolean;
}

const ORDINALS: Record<string, number> = { eerste: 1, tweede: 2, derde: 3 };
// "(eerste) termijn van (de zijde van) de Kamer/leden/minister/…"; the side word decides kamer or regering.
const TERM_RE =
  /\b(?:(eerste|tweede|derde)\s+)?termijn\s+van\s+(?:de\s+zijde\s+van\s+)?(?:de|het)\s+(kamer|leden|commissie|regering|kabinet|minister-president|minister|ministers|staatssecretaris|staatssecretarissen|bewindspersoon|bewindspersonen|premier)\b/giu;
// "einde van de eerste termijn." without a side: the side is whoever spoke last.
const BARE_END_RE = /\beinde\s+(?:gekomen\s+)?van\s+de\s+(eerste|tweede|derde)\s+termijn\b(?!\s+van\b)/giu;
// Words that make a mention the end of a term rather than its start, looked for earlier in the same sentence.
const END_RE = /\b(?:einde|afgerond|afronden|afsluiten|beëindigd|voorbij)\b/iu;

interface Marker {
  round: number | null;
  side: PhaseSide | null;
  end: boolean;
}

function sideOfRole(role: Role): PhaseSide | null {
  if (role === 'member') return 'kamer';
  if (role === 'minister' || role === 'state-secretary') return 'regering';
  return null;
}

function markersIn(text: string): { at: number; marker: Marker }[] {
  const found: { at: number; marker: Marker }[] = [];
  for (const m of text.matchAll(TERM_RE)) {
    const sentenceStart = Math.max(text.lastIndexOf('.', m.index), text.lastIndexOf('?', m.index), text.lastIndexOf('!', m.index)) + 1;
    const side: PhaseSide = /^(kamer|leden|commissie)$/i.test(m[2]!) ? 'kamer' : 'regering';
    const round = m[1] ? ORDINALS[m[1].toLowerCase()]! : null;
    found.push({ at: m.index, marker: { round, side, end: END_RE.test(text.slice(sentenceStart, m.index)) } });
  }
  for (const m of text.matchAll(BARE_END_RE)) {
    found.push({ at: m.index, marker: { round: ORDINALS[m[1]!.toLowerCase()]!, side: null, end: true } });
  }
  return found.sort((a, b) => a.at - b.at);
}

const order = (round: number, side: PhaseSide) => round * 2 + (side === 'regering' ? 1 : 0);

/**
 * The terms of the debate, where the chair's words tell them. Only turns spoken
 * from the chair are read, and a term is only taken when it comes after the
 * last one found, so "in de eerste termijn heeft u…" said later is not a start.
 * Two inferences, both from what the record itself says:
 * - when the chair closes a term and the next turn not from the chair is by the
 *   other side, that side's term starts at the closing chair turn (the chair
 *   hands over without naming it, as in "einde van de tweede termijn van de
 *   leden … dan geef ik de minister het woord");
 * - a first term of the government, or the end of a first term of the members,
 *   means the members' first term began with the first turn.
 */
export function detectPhases(
  turns: Transcript['turns'],
  text: string,
  roleOf: (speakerId: string) => Role,
): Phase[] {
  const phases: Phase[] = [];
  const has = (round: number, side: PhaseSide) => phases.some((p) => p.round === round && p.side === side);
  const lastOrder = () => (phases.length ? order(phases.at(-1)!.round, phases.at(-1)!.side) : 0);
  const start = (round: number, side: PhaseSide, turnIndex: number, inferred: boolean) => {
    if (has(round, side) || order(round, side) <= lastOrder()) return;
    if (phases.length === 0 && round === 1 && side === 'regering' && turns.length > 0) {
      phases.push({ round: 1, side: 'kamer', turnIndex: turns[0]!.index, inferred: true });
    }
    phases.push({ round, side, turnIndex, inferred });
  };
  let lastSide: PhaseSide | null = null;
  let pending: { round: number; side: PhaseSide; turnIndex: number } | null = null;

  for (const turn of turns) {
    if (!turn.asChair) {
      const side: PhaseSide | null = sideOfRole(roleOf(turn.speakerId));
      if (pending && side === pending.side) start(pending.round, pending.side, pending.turnIndex, true);
      pending = null;
      if (side) lastSide = side;
      continue;
    }
    for (const { marker } of markersIn(text.slice(turn.start, turn.end))) {
      const side: PhaseSide = marker.side ?? lastSide ?? 'kamer';
      // A term named without its number ("de termijn van de minister") is the one under way.
      const round = marker.round ?? phases.at(-1)?.round ?? 1;
      if (!marker.end) {
        start(round, side, turn.index, false);
        if (pending && pending.round === round && pending.side === side) pending = null;
        continue;
      }
      if (round === 1 && side === 'kamer' && phases.length === 0 && turns.length > 0) {
        start(1, 'kamer', turns[0]!.index, true);
      }
      pending = side === 'kamer' ? { round, side: 'regering', turnIndex: turn.index } : { round: round + 1, side: 'kamer', turnIndex: turn.index };
      if (has(pending.round, pending.side)) pending = null;
    }
  }
  return phases;
}
/** The terms of a whole transcript (what the 'phases' analysis runs in the background). */
export function phasesOf(t: Transcript): Phase[] {
  const roleOf = new Map(t.speakers.map((s) => [s.id, s.role]));
  return detectPhases(t.turns, t.text, (id) => roleOf.get(id) ?? 'member');
}
