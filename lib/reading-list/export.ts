import { formatDay, parseDay } from '../i18n/dates';
import { citedDebate } from '../transcript/meta';
import type { Passage, ReadingListExport } from './schema';
import { groupByDebate, newestFirst } from './search';

/**
 * The reading list's export files, JSON and Markdown. Without zod or the
 * database, so the popup that writes them loads neither; the JSON format is
 * the schema's (ReadingListExport in schema.ts), which import checks.
 */
export const EXPORT_FORMAT = 'kamerlezer-reading-list';
export const EXPORT_VERSION = 1;

/** The JSON export (format {@link ReadingListExport}, version 1), newest first. */
export function exportJson(passages: readonly Passage[], now: Date = new Date()): string {
  const file: ReadingListExport = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    passages: [...passages].sort(newestFirst),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** "3 maart 2026" for "2026-03-03". */
export function dutchDate(iso: string | null): string {
  const day = iso ? parseDay(iso) : null;
  return day ? formatDay(day, 'nl') : 'datum onbekend';
}

const ROLE_NL: Record<string, string> = { minister: 'minister', 'state-secretary': 'staatssecretaris', chair: 'voorzitter' };

/** "Kröger (GroenLinks-PvdA)", "Van den Brink (minister)". */
export function speakerCitation(p: Passage): string {
  if (!p.speakers.length) return 'spreker onbekend';
  return p.speakers.map((s) => `${s.name} (${s.party ?? ROLE_NL[s.role] ?? s.role})`).join(', ');
}

// Markdown would read these as markup inside a quote: escape them.
const MD_SPECIAL = /[\\`*_[\]<>]/g;
const mdText = (s: string) => s.replace(MD_SPECIAL, '\\$&');
const mdUrl = (u: string) => u.replace(/[()<> ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** The Markdown export: per debate, each passage as a quote with its citation, note and tags. */
export function exportMarkdown(passages: readonly Passage[], now: Date = new Date()): string {
  const out: string[] = ['# Leeslijst', '', `_Geëxporteerd uit Kamerlezer op ${dutchDate(now.toISOString())}._`, ''];
  for (const g of groupByDebate(passages)) {
    const d = g.debate;
    out.push(`## ${mdText(d.title || 'Debat zonder titel')}`, '');
    // The Senate is named; a debate without a house is the Tweede Kamer's, as every one was before.
    const facts = [d.house === 'eerste-kamer' ? 'Eerste Kamer' : '', d.kind === 'committee' ? 'Commissiedebat' : 'Plenair debat', d.committees.join(', '), dutchDate(d.date), d.status ?? '']
      .filter(Boolean)
      .join(' · ');
    out.push(`${mdText(facts)}`, '');
    for (const p of g.passages) {
      out.push(`> ${mdText(p.exact)}`, '');
      out.push(`— ${mdText(speakerCitation(p))}, *${mdText(citedDebate(d))}*, ${dutchDate(d.date)}, [bron](${mdUrl(p.fragmentUrl)})`, '');
      // Every note line stays inside the one paragraph: a hard break (two spaces) between lines.
      if (p.note.trim()) out.push(`Notitie: ${p.note.trim().split('\n').map(mdText).join('  \n')}`, '');
      if (p.tags.length) out.push(`Tags: ${p.tags.map((t) => `#${mdText(t)}`).join(' ')}`, '');
    }
  }
  return out.join('\n');
}
