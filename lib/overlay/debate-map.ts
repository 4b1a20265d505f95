import { firstIndex } from '../text/search';

/**
 * The debate map's model: the whole debate as one strip, each turn a block
 * whose height is its share of the debate's text, coloured by party (the
 * chair and the government apart), with marks where something happens. Pure
 * and linear in the number of turns, so a 2,000-turn day is drawn in one
 * short task.
 */
export interface MapTurn {
  speakerId: string;
  asChair: boolean;
  start: number;
  end: number;
  interrupts: string | null;
}

export interface MapSpeaker {
  id: string;
  role: 'member' | 'minister' | 'state-secretary' | 'chair';
  party: string | null;
}

/** A colour slot: `party-N` cycles through the palette; past eight parties the slot is hatched too. */
export interface MapBlock {
  turn: number;
  /** Top and height as fractions of the strip (0..1). */
  top: number;
  height: number;
  slot: number;
  hatched: boolean;
  kind: 'member' | 'government' | 'chair';
}

export type MapMarkKind = 'chair-change' | 'suspension' | 'interruption' | 'commitment' | 'open-question' | 'motion';

export interface MapMark {
  turn: number;
  kind: MapMarkKind;
}

export interface MapLegendItem {
  /** The party; null for the chair, the government and members without one (the view names them). */
  party: string | null;
  slot: number;
  hatched: boolean;
  kind: MapBlock['kind'];
}

export interface DebateMapModel {
  blocks: MapBlock[];
  marks: MapMark[];
  legend: MapLegendItem[];
}

export interface MapInput {
  turns: readonly MapTurn[];
  speakers: readonly MapSpeaker[];
  events: readonly { type: string; beforeTurn: number }[];
  /** Turns holding a commitment, an open question, a motion (from the analyses, when in). */
  commitmentTurns?: readonly number[];
  openQuestionTurns?: readonly number[];
  motionTurns?: readonly number[];
}

export const PALETTE_SIZE = 8;
/**
 * A turn is never drawn thinner than this share of the strip, so a one-line interruption stays
 * visible, nor than a fifth of an average turn's share, so on a long day lengths still show.
 */
const MIN_SHARE = 0.0015;

export function debateMap(input: MapInput): DebateMapModel {
  const roles = new Map(input.speakers.map((s) => [s.id, s]));
  const slots = new Map<string, number>();
  const legend: MapLegendItem[] = [];
  const lengths = input.turns.map((t) => Math.max(1, t.end - t.start));
  const total = lengths.reduce((a, b) => a + b, 0);
  const floor = Math.min(MIN_SHARE, 0.2 / Math.max(1, lengths.length));
  const weights = lengths.map((l) => Math.max(l / total, floor));
  const sum = weights.reduce((a, b) => a + b, 0);
  const blocks: MapBlock[] = [];
  let top = 0;
  input.turns.forEach((t, i) => {
    const s = roles.get(t.speakerId);
    const kind: MapBlock['kind'] = t.asChair || s?.role === 'chair' ? 'chair' : s && s.role !== 'member' ? 'government' : 'member';
    let slot = 0;
    if (kind === 'member') {
      const party = s?.party ?? null;
      // Members without a party share one slot; '' cannot be a party's name.
      let n = slots.get(party ?? '');
      if (n === undefined) {
        n = slots.size;
        slots.set(party ?? '', n);
        legend.push({ party, slot: n % PALETTE_SIZE, hatched: n >= PALETTE_SIZE, kind });
      }
      slot = n;
    } else if (!legend.some((l) => l.kind === kind)) {
      legend.push({ party: null, slot: 0, hatched: false, kind });
    }
    const height = weights[i]! / sum;
    blocks.push({ turn: i, top, height, slot: slot % PALETTE_SIZE, hatched: slot >= PALETTE_SIZE, kind });
    top += height;
  });
  const marks: MapMark[] = [];
  for (const e of input.events) {
    if (e.type === 'chair-change') marks.push({ turn: e.beforeTurn, kind: 'chair-change' });
    if (e.type === 'suspension') marks.push({ turn: e.beforeTurn, kind: 'suspension' });
  }
  input.turns.forEach((t, i) => t.interrupts && marks.push({ turn: i, kind: 'interruption' }));
  for (const turn of new Set(input.commitmentTurns ?? [])) marks.push({ turn, kind: 'commitment' });
  for (const turn of new Set(input.openQuestionTurns ?? [])) marks.push({ turn, kind: 'open-question' });
  for (const turn of new Set(input.motionTurns ?? [])) marks.push({ turn, kind: 'motion' });
  return { blocks, marks: marks.filter((m) => m.turn >= 0 && m.turn < blocks.length), legend };
}

/** The turn drawn at a height (0..1 from the top of the strip). */
export function turnAt(model: DebateMapModel, fraction: number): number | null {
  const { blocks } = model;
  if (blocks.length === 0) return null;
  const i = firstIndex(blocks.length, (k) => blocks[k]!.top + blocks[k]!.height <= fraction);
  return Math.min(i, blocks.length - 1);
}

/** The map of a transcript with what its analyses found (the 'map' analysis, run in the background). */
export function mapOfTranscript(
  t: { turns: readonly MapTurn[]; speakers: readonly MapSpeaker[]; events: readonly { type: string; beforeTurn: number }[] },
  found: Pick<MapInput, 'commitmentTurns' | 'openQuestionTurns' | 'motionTurns'>,
): DebateMapModel {
  return debateMap({ turns: t.turns, speakers: t.speakers, events: t.events, ...found });
}
