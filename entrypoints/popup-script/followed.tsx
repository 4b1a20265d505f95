import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { FollowedList } from '@/components/followed/FollowedList';
import type { FollowedMessage, FollowedReplies } from '@/lib/followed/messages';
import { toICalendar } from '@/lib/followed/ical';
import { followedMarkdown } from '@/lib/followed/markdown';
import type { Followed } from '@/lib/followed/schema';
import type { Lang } from '@/lib/i18n/translate';

async function ask<M extends FollowedMessage>(msg: M): Promise<FollowedReplies[M['type']]> {
  try {
    return ((await browser.runtime.sendMessage(msg)) as FollowedReplies[M['type']] | undefined) ?? { ok: false, message: 'Geen antwoord van de achtergrond.' };
  } catch (e) {
    return { ok: false, message: `Geen verbinding met de achtergrond: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** The popup's list of followed commitments: asked for when the reader opens it, edited through the background. */
export function FollowedView({ lang, download }: { lang: Lang; download: (name: string, text: string, type: string) => void }) {
  const [items, setItems] = useState<Followed[] | null>(null);
  const [invalid, setInvalid] = useState(0);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void ask({ type: 'followed-list' }).then((r) => {
      if (!r.ok) return setError(r.message);
      setItems(r.items);
      setInvalid(r.invalid);
    });
  }, []);
  const now = new Date();
  return (
    <FollowedList
      items={items}
      invalid={invalid}
      error={error}
      lang={lang}
      now={now}
      onUpdate={async (id, change) => {
        const r = await ask({ type: 'followed-update', id, ...change });
        if (!r.ok) return setError(r.message);
        setItems((list) => list?.map((f) => (f.id === id ? r.item : f)) ?? null);
      }}
      onUnfollow={async (id) => {
        const r = await ask({ type: 'followed-unfollow', id });
        if (!r.ok) return setError(r.message);
        setItems((list) => list?.filter((f) => f.id !== id) ?? null);
      }}
      onOpen={(url) => void browser.tabs.create({ url }).then(() => window.close())}
      onExport={(kind, shown) => {
        const day = now.toISOString().slice(0, 10);
        if (kind === 'ics') download(`kamerlezer-toezeggingen-${day}.ics`, toICalendar(shown, now), 'text/calendar');
        else download(`kamerlezer-toezeggingen-${day}.md`, followedMarkdown(shown, now), 'text/markdown');
      }}
    />
  );
}
