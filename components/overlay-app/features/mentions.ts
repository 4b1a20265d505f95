import { useEffect } from 'preact/hooks';
import type { LazyMarker } from '@/lib/page/lazy-marks';
import type { Mention } from '@/lib/questions/model';
import type { Transcript } from '@/lib/transcript/model';
import { guarded } from './guard';

/**
 * Mentions of a member or party ("mevrouw Kröger", "de PVV") as links in the
 * page: click or Enter goes to that speaker's next turn after the mention.
 */
export function useMentionLinks(marker: LazyMarker, transcript: Transcript, mentions: Mention[] | null, goTo: (turn: number) => void): void {
  useEffect(
    () =>
      guarded('Vragen', () => {
        if (!mentions) return;
        const turns = transcript.turns;
        marker.add(
          mentions.flatMap((m) => {
            const ids = m.speakerId ? [m.speakerId] : transcript.speakers.filter((s) => s.party === m.party).map((s) => s.id);
            return ids.length
              ? [{ start: m.start, end: m.end, className: 'kl-mention', attrs: { role: 'link', tabindex: '0', 'data-kl-to': ids.join(' '), 'data-kl-from': String(m.turnIndex) } }]
              : [];
          }),
        );
        const follow = (e: Event) => {
          const el = (e.target as Element | null)?.closest?.('span.kl-mention[data-kl-to]');
          if (!el || (e instanceof KeyboardEvent && e.key !== 'Enter')) return;
          e.preventDefault();
          const ids = new Set(el.getAttribute('data-kl-to')!.split(' '));
          const from = Number(el.getAttribute('data-kl-from'));
          const next = turns.find((x) => x.index > from && ids.has(x.speakerId) && !x.asChair) ?? turns.find((x) => ids.has(x.speakerId) && !x.asChair);
          if (next) goTo(next.index);
        };
        document.addEventListener('click', follow);
        document.addEventListener('keydown', follow);
        return () => {
          document.removeEventListener('click', follow);
          document.removeEventListener('keydown', follow);
          marker.clear('kl-mention');
        };
      }),
    [mentions],
  );
}
