/**
 * Figure 4 of the benchmark: fills the reading list with `n` valid passages,
 * bundled by bench/run.mjs (esbuild, iife) and evaluated in an extension page
 * (the database lives in the extension's origin). Passages are quotes from
 * the seed's turns, as the extension would save them (`completePassage`,
 * `describe`), spread over debates of different dates; they are written
 * as a reader's import would be: an export file sent to the background (the
 * only owner of the database), which validates it and writes it in one
 * transaction, and keeps the popup's first screen up to date.
 */
import '../lib/zod-jitless';
import { describe } from '../lib/anchor/text-quote';
import { completePassage, type Passage, type PassageDraft } from '../lib/reading-list/schema';
import { exportJson } from '../lib/reading-list/export';
import { parseText } from '../lib/transcript/parse';

const TAGS = ['migratie', 'asiel', 'nalezen', 'toezegging', 'IND', 'Europa'];

/** Sentence spans [start, end) of one turn's text, offsets into the whole transcript text. */
function sentences(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  const re = /[^.!?\n]+[.!?]?/g;
  const body = text.slice(from, to);
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const lead = m[0].length - m[0].trimStart().length;
    const s = from + m.index + lead;
    const e = from + m.index + m[0].trimEnd().length;
    if (e - s >= 20) out.push([s, e]);
  }
  return out;
}

export async function seed(seedText: string, n: number): Promise<{ ms: number; added: number; total: number; message?: string }> {
  const parsed = parseText(seedText);
  if (!parsed.ok) throw new Error(parsed.message);
  const t = parsed.transcript;
  const turns = t.turns.map((turn) => ({ turn, spans: sentences(t.text, turn.start, turn.end) })).filter((x) => x.spans.length > 0);
  const passages: Passage[] = [];
  const base = Date.UTC(2025, 8, 1);
  for (let i = 0; i < n; i++) {
    // One saved quote per turn per debate: the same seed stands in for many debates.
    const debate = Math.floor(i / turns.length);
    const { turn, spans } = turns[i % turns.length]!;
    const [s, e] = spans[debate % spans.length]!;
    const speaker = t.speakers.find((sp) => sp.id === turn.speakerId)!;
    const day = new Date(base + debate * 86_400_000);
    const draft: PassageDraft = {
      anchor: describe(t.text, s, e),
      turnIndex: turn.index,
      speakers: [{ name: speaker.name, party: speaker.party, role: speaker.role }],
      debate: {
        title: `${t.meta.title || 'Commissiedebat'} (${debate + 1})`,
        committees: t.meta.committees,
        date: day.toISOString().slice(0, 10),
        status: t.meta.status,
        kind: debate % 3 === 0 ? 'plenary' : 'committee',
      },
      url: `https://www.tweedekamer.nl/kamerstukken/plenaire_verslagen/detail/2025-2026/${debate + 1}`,
      note: i % 5 === 0 ? `Nalezen bij debat ${debate + 1}.` : '',
      tags: i % 3 === 0 ? [TAGS[i % TAGS.length]!] : [],
    };
    passages.push(completePassage(draft, new Date(day.getTime() + (i % turns.length) * 60_000)));
  }
  const send = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage;
  const t0 = performance.now();
  const r = (await send({ type: 'import', json: exportJson(passages) })) as { ok: boolean; added?: number; message?: string } | undefined;
  const ms = performance.now() - t0;
  const list = (await send({ type: 'list', limit: 1 })) as { ok: boolean; total?: number } | undefined;
  const total = list?.ok ? (list.total ?? 0) : 0;
  if (!r?.ok) return { ms, added: 0, total, message: r?.message ?? 'no reply from the background' };
  return { ms, added: r.added ?? 0, total };
}

(globalThis as unknown as { __klSeed: typeof seed }).__klSeed = seed;
