import { completePassage, type Passage, type PassageDraft } from '../../lib/reading-list/schema';

const SPEAKERS = [
  { name: 'Kröger', party: 'GroenLinks-PvdA', role: 'member' as const },
  { name: 'Vondeling', party: 'PVV', role: 'member' as const },
  { name: 'Van den Brink', party: null, role: 'minister' as const },
  { name: 'Russcher', party: 'CDA', role: 'member' as const },
];
const DEBATES = [
  { title: 'JBZ-Raad d.d. 5-6 maart 2026', committees: ['Asiel en Migratie', 'Europese Zaken'], date: '2026-03-03', status: 'Concept' as const, kind: 'committee' as const },
  { title: 'Klimaat en Energie', committees: ['Klimaat en Groene Groei'], date: '2026-02-11', status: 'Ongecorrigeerd' as const, kind: 'committee' as const },
  { title: 'Stemmingen', committees: [], date: '2026-01-20', status: 'Gecorrigeerd' as const, kind: 'plenary' as const },
];
const WORDS = ['asiel', 'migratie', 'terugkeer', 'grens', 'opvang', 'minister', 'motie', 'toezegging', 'klimaat', 'energie', 'begroting', 'Europese', 'Raad', 'verordening'];

/** A draft like the content script sends, number i of a synthetic list. */
export function draft(i: number, over: Partial<PassageDraft> = {}): PassageDraft {
  const exact = `Passage ${i}: ${Array.from({ length: 12 }, (_, k) => WORDS[(i * 7 + k * 3) % WORDS.length]).join(' ')}.`;
  const debate = DEBATES[i % DEBATES.length]!;
  return {
    anchor: { exact, prefix: 'Dank u wel, voorzitter. ', suffix: ' Dan de volgende vraag.', start: 100 + i * 500, end: 100 + i * 500 + exact.length },
    turnIndex: i % 120,
    speakers: [SPEAKERS[i % SPEAKERS.length]!],
    debate,
    url: `https://www.tweedekamer.nl/kamerstukken/commissieverslagen/detail?id=2026Z0${i % DEBATES.length}&did=2026D1#turn-${i}`,
    ...over,
  };
}

/** A complete passage saved i minutes after a fixed moment. */
export function passage(i: number, over: Partial<PassageDraft> = {}): Passage {
  return completePassage(draft(i, over), new Date(Date.UTC(2026, 2, 4, 9, 0) + i * 60_000));
}

export function passages(n: number): Passage[] {
  return Array.from({ length: n }, (_, i) => passage(i));
}

let dbCounter = 0;
/** A database name used by no other test. */
export function freshName(): string {
  return `kl-test-${++dbCounter}-${Math.random().toString(36).slice(2)}`;
}
