import type { RecentSummary } from '../../lib/reader/recent';
import { dutchDate } from './TranscriptView';

/** Recently opened documents: open again (no file needed) or remove from the list. */

const KIND: Record<RecentSummary['kind'], string> = {
  pdf: 'PDF',
  text: 'tekst',
  html: 'webpagina',
  vlos: 'VLOS-XML',
  'handelingen-xml': 'Handelingen-XML',
  paste: 'geplakt',
};

export interface RecentListProps {
  entries: readonly RecentSummary[];
  busy: boolean;
  onOpen: (id: string) => void;
  onRemove: (id: string) => void;
}

export function RecentList({ entries, busy, onOpen, onRemove }: RecentListProps) {
  return (
    <section class="recent" aria-labelledby="recent-title">
      <h2 id="recent-title">Recent geopend</h2>
      {entries.length === 0 ? (
        <p class="empty">Nog geen documenten geopend.</p>
      ) : (
        <ul>
          {entries.map((e) => (
            <li key={e.id}>
              <span class="recent-title">{e.title || e.name}</span>
              <span class="recent-meta">{[e.date ? dutchDate(e.date) : null, KIND[e.kind], e.name].filter(Boolean).join(' · ')}</span>
              <span class="recent-actions">
                <button type="button" disabled={busy} onClick={() => onOpen(e.id)} aria-label={`Openen: ${e.title || e.name}`}>
                  Openen
                </button>
                <button type="button" disabled={busy} onClick={() => onRemove(e.id)} aria-label={`Verwijderen uit de lijst: ${e.title || e.name}`}>
                  Verwijderen
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
