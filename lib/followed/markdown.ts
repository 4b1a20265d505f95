import { byDeadline, followedStatus, type FollowedStatus } from './status';
import type { Followed } from './schema';

const STATUS: Record<FollowedStatus, string> = { open: 'open', 'due-soon': 'binnenkort', overdue: 'te laat', done: 'gedaan' };
const oneLine = (s: string) => s.replace(/\s+/gu, ' ').trim();

/** The followed commitments as Markdown, by deadline: promise, who, debate, deadline, status, note, link. */
export function followedMarkdown(list: readonly Followed[], now: Date): string {
  const out = ['# Gevolgde toezeggingen', ''];
  for (const f of [...list].sort(byDeadline)) {
    const due = f.deadline.to ?? f.deadline.from;
    out.push(`- **${oneLine(f.text)}**`);
    out.push(`  - ${oneLine(f.speaker)}, ${oneLine(f.debate.title)}${f.debate.date ? ` (${f.debate.date})` : ''}`);
    out.push(`  - Termijn: ${f.deadline.text ? oneLine(f.deadline.text) : 'geen'}${due ? ` (uiterlijk ${due})` : ''} · status: ${STATUS[followedStatus(f, now)]}`);
    if (f.note) out.push(`  - Notitie: ${oneLine(f.note)}`);
    out.push(`  - [Naar het debat](${f.url})`);
  }
  return `${out.join('\n')}\n`;
}
