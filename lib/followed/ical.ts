import type { Followed } from './schema';

/**
 * Followed commitments as an iCalendar file (RFC 5545): one all-day event per
 * commitment with a resolved deadline, on its last day (a window "voor de
 * zomer" becomes its end). Lines end in CRLF and are folded at 75 octets;
 * text is escaped (backslash, semicolon, comma, newline).
 */
const escapeText = (s: string) => s.replace(/\\/gu, '\\\\').replace(/;/gu, '\\;').replace(/,/gu, '\\,').replace(/\r?\n/gu, '\\n');

/** Folds a content line at 75 octets (UTF-8), never inside a character; continuation lines start with a space. */
export function foldLine(line: string): string {
  const enc = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = enc.encode(ch).length;
    const limit = out.length === 0 ? 75 : 74; // a continuation's leading space counts
    if (size + n > limit) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

const basic = (iso: string) => iso.replace(/-/gu, '');
const stamp = (d: Date) => d.toISOString().replace(/[-:]/gu, '').replace(/\.\d{3}/u, '');
const nextDay = (iso: string) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

export function toICalendar(list: readonly Followed[], now: Date): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Kamerlezer//Toezeggingen//NL', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const f of list) {
    const last = f.deadline.to ?? f.deadline.from;
    if (!last) continue;
    const description = [f.text, `${f.speaker}${f.debate.title ? ` — ${f.debate.title}` : ''}${f.debate.date ? ` (${f.debate.date})` : ''}`, f.deadline.text && `Termijn: ${f.deadline.text}`, f.note && `Notitie: ${f.note}`]
      .filter(Boolean)
      .join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${f.id}@kamerlezer`,
      `DTSTAMP:${stamp(now)}`,
      `DTSTART;VALUE=DATE:${basic(last)}`,
      `DTEND;VALUE=DATE:${basic(nextDay(last))}`,
      `SUMMARY:${escapeText(`Toezegging: ${f.text.length > 80 ? `${f.text.slice(0, 77)}…` : f.text}`)}`,
      `DESCRIPTION:${escapeText(description)}`,
      `URL:${f.url}`,
      `STATUS:${f.done ? 'CANCELLED' : 'CONFIRMED'}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
