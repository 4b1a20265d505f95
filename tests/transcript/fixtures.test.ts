import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { parseDocument } from '../../lib/transcript/parse';
import { loadPage, readRepoFile } from '../helpers/dom';

/**
 * Each fixture page has an answer key written by reading the page
 * (X.expected.json): kind, header facts, every turn's speaker, the speakers'
 * counts and the events. The parse must give exactly that.
 */
interface Expected {
  url: string;
  kind: 'plenary' | 'committee' | 'none';
  meta: { title: string; date: string | null; status: string | null; opened: string | null; closed: string | null };
  turnCount: number;
  turns: { speaker: string; asChair: boolean; firstWords: string }[];
  speakers: { name: string; role: string; party: string | null; turnCount: number; chairTurnCount: number }[];
  events: ({ type: string; beforeTurn: number } & Record<string, unknown>)[];
  closingCommitments: number;
}

const dir = resolve(process.cwd(), 'tests/fixtures/pages');
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => f.replace('.expected.json', ''));

describe('fixture pages parse to their answer keys', () => {
  it('has fixtures for every page form', () => {
    expect(names).toEqual(expect.arrayContaining(['tk-plenary', 'okb-handelingen', 'tk-committee-climate', 'hostile', 'tk-news-kamer-in-het-kort']));
  });

  for (const name of names) {
    describe(name, () => {
      const expected = JSON.parse(readRepoFile(`tests/fixtures/pages/${name}.expected.json`)) as Expected;
      const doc = loadPage(readRepoFile(`tests/fixtures/pages/${name}.html`), expected.url);
      const a = analyze(parseDocument(doc, expected.url));
      const nameOf = (id: string) => a.speakers.find((s) => s.id === id)?.name;

      it('kind and header', () => {
        expect(a.kind).toBe(expected.kind);
        const { title: _title, ...facts } = expected.meta;
        expect({ date: a.meta.date, status: a.meta.status, opened: a.meta.opened, closed: a.meta.closed }).toEqual(facts);
      });

      it('every turn, in order, with its speaker', () => {
        expect(a.turns).toHaveLength(expected.turnCount);
        expect(a.turns.map((t) => [nameOf(t.speakerId), t.asChair])).toEqual(expected.turns.map((t) => [t.speaker, t.asChair]));
        a.turns.forEach((t, i) => {
          const words = expected.turns[i]!.firstWords.replace(/[\u00A0\s]+/g, ' ').trim();
          expect(t.text.startsWith(words), `turn ${i} starts with "${words}": "${t.text.slice(0, 60)}"`).toBe(true);
        });
      });

      it('speakers with role, party and counts', () => {
        const got = a.speakers.map(({ name, role, party, turnCount, chairTurnCount }) => ({ name, role, party, turnCount, chairTurnCount }));
        expect(got).toEqual(expect.arrayContaining(expected.speakers));
        expect(got).toHaveLength(expected.speakers.length);
      });

      it('events between turns', () => {
        const got = a.events.filter((e) => e.type !== 'agenda-item' && e.type !== 'resumption');
        expect(got).toHaveLength(expected.events.length);
        expected.events.forEach((e, i) => expect(got[i]).toMatchObject(e));
      });

      it('closing list', () => {
        expect(a.commitments.filter((c) => c.source === 'closing-list')).toHaveLength(expected.closingCommitments);
      });
    });
  }
});
