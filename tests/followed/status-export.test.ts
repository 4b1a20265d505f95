import { describe, expect, it } from 'vitest';
import { foldLine, toICalendar } from '../../lib/followed/ical';
import { followedMarkdown } from '../../lib/followed/markdown';
import { byDeadline, followedStatus, overdueCount } from '../../lib/followed/status';
import { followed } from './fixtures';

/** Issue #16 item 2: status by a fixed clock, sorting, and the two exports. */
describe('followed commitments: status', () => {
  const f = followed(); // due 2026-07-03
  it('open, due soon within two weeks, overdue after the last day, done when the reader says so', () => {
    expect(followedStatus(f, new Date(2026, 5, 1, 12))).toBe('open');
    expect(followedStatus(f, new Date(2026, 5, 19, 12))).toBe('due-soon');
    expect(followedStatus(f, new Date(2026, 6, 3, 23, 59))).toBe('due-soon'); // the last day itself is still in time
    expect(followedStatus(f, new Date(2026, 6, 4, 0, 1))).toBe('overdue');
    expect(followedStatus({ ...f, done: true }, new Date(2027, 0, 1))).toBe('done');
    expect(followedStatus({ ...f, deadline: { text: 't.z.t.', from: null, to: null } }, new Date(2030, 0, 1))).toBe('open');
  });
  it('sorted by deadline, those without one last; the overdue count', () => {
    const a = followed({ text: 'a', deadline: { text: '', from: null, to: '2026-05-01' } });
    const b = followed({ text: 'b', deadline: { text: '', from: null, to: null } });
    const c = followed({ text: 'c', deadline: { text: '', from: '2026-04-01', to: null } });
    expect([a, b, c].sort(byDeadline).map((x) => x.text)).toEqual(['c', 'a', 'b']);
    expect(overdueCount([a, b, c, { ...a, done: true }], new Date(2026, 4, 15))).toBe(2);
  });
});

/** The rules of RFC 5545 a calendar program checks first, applied to a file. */
function checkICalendar(ics: string) {
  expect(ics.endsWith('\r\n')).toBe(true);
  expect(ics.replace(/\r\n/gu, '')).not.toMatch(/[\r\n]/u); // CRLF only
  const physical = ics.slice(0, -2).split('\r\n');
  for (const l of physical) expect(new TextEncoder().encode(l).length, l).toBeLessThanOrEqual(75);
  const lines = ics.slice(0, -2).replace(/\r\n[ \t]/gu, '').split('\r\n'); // unfolded
  expect(lines[0]).toBe('BEGIN:VCALENDAR');
  expect(lines.at(-1)).toBe('END:VCALENDAR');
  expect(lines).toContain('VERSION:2.0');
  expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true);
  const events: string[][] = [];
  let open: string[] | null = null;
  for (const l of lines) {
    expect(l, 'every line is NAME[;PARAM]:VALUE').toMatch(/^[A-Z-]+(?:;[A-Z-]+=[^:;]+)*:/u);
    if (l === 'BEGIN:VEVENT') open = [];
    else if (l === 'END:VEVENT') {
      events.push(open!);
      open = null;
    } else if (open) open.push(l);
  }
  expect(open).toBeNull();
  for (const e of events) {
    const prop = (n: string) => e.find((l) => l.startsWith(`${n}:`) || l.startsWith(`${n};`));
    for (const required of ['UID', 'DTSTAMP', 'DTSTART']) expect(prop(required), required).toBeDefined();
    expect(prop('DTSTAMP')).toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/u);
    const start = /^DTSTART;VALUE=DATE:(\d{8})$/u.exec(prop('DTSTART')!)![1]!;
    const end = /^DTEND;VALUE=DATE:(\d{8})$/u.exec(prop('DTEND')!)![1]!;
    expect(end > start).toBe(true);
    // TEXT values: commas, semicolons and newlines escaped.
    for (const n of ['SUMMARY', 'DESCRIPTION']) expect(prop(n)!.slice(n.length + 1)).not.toMatch(/(?<!\\)[,;]|\n/u);
  }
  return events;
}

describe('followed commitments: exports', () => {
  const now = new Date('2026-03-05T09:30:00Z');
  const list = [followed(), followed({ text: 'Geen termijn genoemd.', deadline: { text: '', from: null, to: null } }), followed({ text: 'Überprüfung – één “test”; met komma, en puntkomma', deadline: { text: 'eind april', from: '2026-04-21', to: '2026-04-30' } }, true)];
  it('an iCalendar file by the rules: one all-day event per deadline, on its last day', () => {
    const ics = toICalendar(list, now);
    const events = checkICalendar(ics);
    expect(events).toHaveLength(2);
    expect(events[0]).toContain('DTSTART;VALUE=DATE:20260703');
    expect(events[0]).toContain('DTEND;VALUE=DATE:20260704');
    expect(events[1]).toContain('STATUS:CANCELLED'); // done
    expect(ics).toContain('DTSTAMP:20260305T093000Z');
  });
  it('folds long lines between characters, never inside one', () => {
    const folded = foldLine(`DESCRIPTION:${'é'.repeat(100)}`);
    for (const l of folded.split('\r\n')) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /gu, '')).toBe(`DESCRIPTION:${'é'.repeat(100)}`);
  });
  it('Markdown, by deadline, with who, debate, status and link', () => {
    const md = followedMarkdown(list, new Date(2026, 3, 25));
    expect(md.split('\n')[0]).toBe('# Gevolgde toezeggingen');
    expect(md.indexOf('Überprüfung')).toBeLessThan(md.indexOf('Ik stuur de Kamer'));
    expect(md).toContain('status: gedaan');
    expect(md).toContain('(uiterlijk 2026-07-03) · status: open');
    expect(md).toContain('Termijn: geen · status: open');
    expect(md).toContain('[Naar het debat](https://www.tweedekamer.nl/');
  });
});
