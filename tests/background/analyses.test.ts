import { describe, expect, it, vi } from 'vitest';
import { analysesSession, type AnalysesReply } from '../../entrypoints/background/analyses';
import { toTransport } from '../../lib/transcript/transport';
import { seedTranscript } from '../helpers/dom';

const ID = 'kamerlezer-test-id';
const ORIGIN = `chrome-extension://${ID}/`;
const PAGE = 'https://www.tweedekamer.nl/kamerstukken/commissieverslagen/detail?id=2026Z00&did=2026D1';
const content = { id: ID, url: PAGE, tab: { id: 4, url: PAGE }, frameId: 0 };

function session(sender: object = content, locate?: Parameters<typeof analysesSession>[0]['locate']) {
  const replies: AnalysesReply[] = [];
  let closed = false;
  const onMessage = analysesSession({ sender, extensionId: ID, extensionOrigin: ORIGIN, reply: (r) => replies.push(r), close: () => (closed = true), locate });
  return { onMessage, replies, closed: () => closed };
}

const seed = seedTranscript;

describe('the analyses port in the background', () => {
  it('answers the seed sent in slices with its terms, commitments and questions, and where its passages are, then closes', async () => {
    const asked: string[] = [];
    const s = session(content, async (t) => {
      asked.push(t.text.slice(0, 20));
      return [{ id: 'p1', start: 10, end: 30 }];
    });
    const { outline, slices } = toTransport(seed(), 4096);
    s.onMessage!({ type: 'outline', outline });
    for (const text of slices) s.onMessage!({ type: 'text', text });
    expect(s.replies).toEqual([]);
    s.onMessage!({ type: 'end' });
    await vi.waitFor(() => expect(s.replies).toHaveLength(1));
    expect(asked).toEqual([seed().text.slice(0, 20)]);
    const r = s.replies[0]!;
    if (!r.ok) throw new Error(r.message);
    expect(r.analyses.terms.map((t) => t.term)).toEqual(expect.arrayContaining(['vtl', 'IND', 'EVRM']));
    expect(r.analyses.commitments.filter((c) => c.source === 'closing-list')).toHaveLength(7);
    expect(r.analyses.questions.questions.length).toBeGreaterThan(80);
    expect(r.analyses.located).toEqual([{ id: 'p1', start: 10, end: 30 }]);
    expect(s.closed()).toBe(true);
  });

  it('the reading list failing to answer leaves the analyses standing', async () => {
    const s = session(content, () => Promise.reject(new Error('database closed')));
    const { outline, slices } = toTransport(seed(), 1 << 20);
    s.onMessage!({ type: 'outline', outline });
    for (const text of slices) s.onMessage!({ type: 'text', text });
    s.onMessage!({ type: 'end' });
    await vi.waitFor(() => expect(s.replies).toHaveLength(1));
    const r = s.replies[0]!;
    if (!r.ok) throw new Error(r.message);
    expect(r.analyses.located).toEqual([]);
    expect(r.analyses.commitments.length).toBeGreaterThan(5);
  });

  it('does not listen to a page that is not ours, or to another extension', () => {
    expect(session({ id: ID, url: 'https://evil.example/', tab: { id: 1, url: 'https://evil.example/' } }).onMessage).toBeNull();
    expect(session({ ...content, id: 'other-extension' }).onMessage).toBeNull();
  });

  it('refuses text that does not fit the outline, more text than announced, and malformed pieces', () => {
    const { outline, slices } = toTransport(seed(), 4096);
    const refused = (steps: unknown[]) => {
      const s = session();
      for (const m of steps) s.onMessage!(m);
      return { replies: s.replies, closed: s.closed() };
    };
    const no = { replies: [{ ok: false, message: 'Ongeldig verslag ontvangen.' }], closed: true };
    // One slice missing: too short.
    expect(refused([{ type: 'outline', outline }, ...slices.slice(1).map((text) => ({ type: 'text', text })), { type: 'end' }])).toEqual(no);
    // A slice twice: more than announced.
    expect(refused([{ type: 'outline', outline }, ...[slices[0], ...slices].map((text) => ({ type: 'text', text }))])).toEqual(no);
    // Text before the outline, a second outline, an unknown piece, an outline that is not one.
    expect(refused([{ type: 'text', text: 'x' }])).toEqual(no);
    expect(refused([{ type: 'outline', outline }, { type: 'outline', outline }])).toEqual(no);
    expect(refused([{ type: 'transcript', transcript: {} }])).toEqual(no);
    expect(refused([{ type: 'outline', outline: { ...outline, turns: 'all of them' } }])).toEqual(no);
    // After a refusal nothing more is heard.
    const s = session();
    s.onMessage!(null);
    s.onMessage!({ type: 'outline', outline });
    expect(s.replies).toHaveLength(1);
  });
});
