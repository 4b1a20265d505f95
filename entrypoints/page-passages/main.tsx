import '@/lib/zod-jitless'; // first: before any module builds a zod schema
import '@/lib/i18n/en/install'; // an extension page carries English from the start
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { OVERLAY_CSS, READING_LIST_CSS } from '@/components/overlay/styles';
import { PagePassageList, type PagePassage } from '@/components/overlay/PagePassageList';
import type { Lang } from '@/lib/i18n/overlay';
import type { FrameToBackground, ReplyTo } from '@/lib/messages';
import { loadLanguage } from '@/components/overlay-app/settings-store';

async function ask<M extends FrameToBackground>(msg: M): Promise<ReplyTo<M> | null> {
  try {
    return ((await browser.runtime.sendMessage(msg)) as ReplyTo<M> | undefined) ?? null;
  } catch {
    return null;
  }
}

function PagePassages() {
  const [lang, setLang] = useState<Lang>('nl');
  const [passages, setPassages] = useState<PagePassage[] | null>(null);
  useEffect(() => {
    void loadLanguage().then(setLang);
    void ask({ type: 'list-for-tab' }).then((r) => {
      if (!r?.ok) return setPassages([]);
      setPassages(
        r.passages.map((p) => ({
          id: p.id,
          exact: p.exact,
          note: p.note,
          tags: p.tags,
          speakers: p.speakers.map((s) => (s.party ? `${s.name} (${s.party})` : s.name)).join(', '),
          // The page says so when it cannot find it any more (the frame does not have its text).
          found: true,
        })),
      );
    });
  }, []);
  if (!passages) return null;
  return (
    <div class="reading-list">
      <PagePassageList
        passages={passages}
        lang={lang}
        onShow={(id, e) => {
          if (e.isTrusted) void ask({ type: 'show-in-tab', id });
        }}
      />
    </div>
  );
}

const style = document.createElement('style');
style.textContent = `${OVERLAY_CSS}${READING_LIST_CSS}\nbody { margin: 0; background: transparent; }`;
document.head.append(style);
render(<PagePassages />, document.getElementById('app')!);
