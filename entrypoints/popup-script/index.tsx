import '@/lib/zod-jitless'; // first: before any module builds a zod schema
import '@/lib/i18n/en/install'; // an extension page carries English from the start
import { render } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PAGE_SIZE, ReadingList } from '@/components/reading-list/ReadingList';
import type { Lang } from '@/lib/i18n/reading-list';
import type { PopupToBackground, ReplyTo } from '@/lib/messages';
import type { Passage } from '@/lib/reading-list/schema';
import { asFirstScreen, FIRST_SCREEN_KEY, type FirstScreen } from '@/lib/reading-list/first-screen';
import { exportJson, exportMarkdown } from '@/lib/reading-list/export';
import { loadLanguage } from '@/components/overlay-app/settings-store';
import { t as tFollowed } from '@/lib/i18n/followed';
import { FollowedView } from './followed';

/** Ask the background (the only owner of the database); failures come back as `{ ok: false, message }`. */
async function ask<M extends PopupToBackground>(msg: M): Promise<ReplyTo<M>> {
  try {
    const reply = (await browser.runtime.sendMessage(msg)) as ReplyTo<M> | undefined;
    return reply ?? ({ ok: false, message: 'Geen antwoord van de achtergrond.' } as ReplyTo<M>);
  } catch (e) {
    return { ok: false, message: `Geen verbinding met de achtergrond: ${e instanceof Error ? e.message : String(e)}` } as ReplyTo<M>;
  }
}

/** Save text as a file through a Blob and a temporary object URL (no downloads permission needed). */
function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** How long a popup stays open, untouched, before the whole list is asked for anyway. */
const WHOLE_LIST_AFTER_MS = 800;

/** Resolves on the reader's first key press or pointer press in the page, or after `ms`. */
function wanted(doc: Document, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const events = ['keydown', 'pointerdown'] as const;
    const done = () => {
      clearTimeout(timer);
      for (const e of events) doc.removeEventListener(e, done, true);
      resolve();
    };
    const timer = setTimeout(done, ms);
    for (const e of events) doc.addEventListener(e, done, true);
  });
}

interface State {
  passages: Passage[];
  total: number;
  complete: boolean;
  quarantined: number;
  loading: boolean;
  error: string | null;
}

type ListReply = ReplyTo<{ type: 'list' }>;

/** The first screen the background keeps in session storage (lib/reading-list/first-screen.ts), if any. */
async function keptFirstScreen(): Promise<FirstScreen | null> {
  try {
    const area = browser.storage.session;
    return area ? asFirstScreen((await area.get(FIRST_SCREEN_KEY))[FIRST_SCREEN_KEY]) : null;
  } catch {
    return null;
  }
}

// The language as last read from the settings, kept in this page's own storage: read at once,
// where the settings take storage.sync a round trip (20-50 ms) before the first screen.
const LANG_KEY = 'kl-lang';
function rememberedLang(): Lang | null {
  try {
    const l = localStorage.getItem(LANG_KEY);
    return l === 'nl' || l === 'en' ? l : null;
  } catch {
    return null;
  }
}
function rememberLang(lang: Lang): void {
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    // No storage for this page: the settings are read each time.
  }
}

function Popup({ lang, first: early, kept }: { lang: Lang; first: Promise<ListReply>; kept: FirstScreen | null }) {
  // The kept first screen shows until the background's own answer is in, which replaces it.
  const [state, setState] = useState<State>(() =>
    kept ? { ...kept, loading: false, error: null } : { passages: [], total: 0, complete: false, quarantined: 0, loading: true, error: null },
  );
  const setError = (error: string) => setState((s) => ({ ...s, error }));
  // Each load gets a number; a reply from an older load (overtaken by an edit) is dropped.
  const loadSeq = useRef(0);
  const complete = useRef(false);
  const firstRequest = useRef<Promise<ListReply> | null>(early);

  /** First the newest screenful (fast, via an index), then the whole list for search and filters. */
  const load = useCallback(async () => {
    const seq = ++loadSeq.current;
    complete.current = false;
    const pending = firstRequest.current;
    firstRequest.current = null;
    const first = await (pending ?? ask({ type: 'list', limit: PAGE_SIZE }));
    if (seq !== loadSeq.current) return;
    if (!first.ok) return setState((s) => ({ ...s, loading: false, error: first.message }));
    const { passages, total, quarantined } = first;
    setState({ passages, total, quarantined, complete: first.complete, loading: false, error: null });
    if (first.complete) return void (complete.current = true);
    // The whole list (for search, filters, "meer tonen", export) only once the reader does
    // something, or stays a moment: a glance at the newest passages costs the background nothing.
    if (seq === 1) await wanted(document, WHOLE_LIST_AFTER_MS);
    if (seq !== loadSeq.current) return;
    const all = await ask({ type: 'list' });
    if (seq !== loadSeq.current) return;
    if (!all.ok) return setError(all.message);
    complete.current = true;
    setState({ passages: all.passages, total: all.total, quarantined: all.quarantined, complete: true, loading: false, error: null });
  }, []);
  useEffect(() => void load(), [load]);
  // An edit while the whole list is still on its way: that list may predate the edit, so load again.
  const afterEdit = () => {
    if (!complete.current) void load();
  };

  return (
    <ReadingList
      lang={lang}
      passages={state.passages}
      total={state.total}
      complete={state.complete}
      quarantined={state.quarantined}
      loading={state.loading}
      error={state.error}
      onOpen={async (id) => {
        const r = await ask({ type: 'open', id });
        if (r.ok) window.close();
        else setError(r.message);
      }}
      onUpdate={async (id, patch) => {
        const r = await ask({ type: 'update', id, ...patch });
        if (!r.ok) return r.message;
        setState((s) => ({ ...s, passages: s.passages.map((p) => (p.id === id ? r.passage : p)) }));
        afterEdit();
        return null;
      }}
      onDelete={async (id) => {
        const r = await ask({ type: 'delete', id });
        if (!r.ok) {
          setError(r.message);
          return null;
        }
        setState((s) => ({ ...s, passages: s.passages.filter((p) => p.id !== id), total: s.total - (r.passage ? 1 : 0) }));
        afterEdit();
        return r.passage;
      }}
      onRestore={async (passage) => {
        const r = await ask({ type: 'restore', passage });
        if (r.ok) await load();
        else setError(r.message);
      }}
      onImport={async (json) => {
        const r = await ask({ type: 'import', json });
        if (r.ok) await load();
        return r;
      }}
      onExport={(kind, passages) => {
        const day = new Date().toISOString().slice(0, 10);
        if (kind === 'json') download(`kamerlezer-leeslijst-${day}.json`, exportJson(passages), 'application/json');
        else download(`kamerlezer-leeslijst-${day}.md`, exportMarkdown(passages), 'text/markdown');
      }}
    />
  );
}

/** The popup's two lists: the reading list (first, as before) and the followed commitments. */
function Views({ lang, first, kept }: { lang: Lang; first: Promise<ListReply>; kept: FirstScreen | null }) {
  const [view, setView] = useState<'passages' | 'followed'>('passages');
  const tab = (id: typeof view, label: string) => (
    <button type="button" role="tab" id={`kl-view-${id}`} aria-selected={view === id} aria-controls="kl-view" tabIndex={view === id ? 0 : -1} onClick={() => setView(id)}>
      {label}
    </button>
  );
  return (
    <>
      <div
        class="views"
        role="tablist"
        aria-label={tFollowed(lang, 'views')}
        onKeyDown={(e) => {
          if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
          const next = view === 'passages' ? 'followed' : 'passages';
          setView(next);
          (e.currentTarget.querySelector(`#kl-view-${next}`) as HTMLElement | null)?.focus();
        }}
      >
        {tab('passages', tFollowed(lang, 'viewPassages'))}
        {tab('followed', tFollowed(lang, 'viewFollowed'))}
      </div>
      <div id="kl-view" role="tabpanel" aria-labelledby={`kl-view-${view}`}>
        {view === 'passages' ? <Popup lang={lang} first={first} kept={kept} /> : <FollowedView lang={lang} download={download} />}
      </div>
    </>
  );
}

/**
 * The popup's script, built as one classic script (an unlisted script: one
 * IIFE file, no module chunks). popup.html loads it at the end of its body:
 * the browser runs it as soon as it has parsed the page, where module chunks
 * (the shared Preact runtime, the date helpers) cost the popup's first
 * screen some 40 ms of loading before its first line ran.
 */
export default defineUnlistedScript(() => {
  // For the benchmark: where the popup's own time starts (before it, the browser opened the page).
  performance.mark('kamerlezer:popup-start');
  // The first screenful is asked for at once, while the kept one and the language are read: the
  // popup renders once it has both, in the remembered language, and again only if the settings
  // now say another one.
  const first = ask({ type: 'list', limit: PAGE_SIZE });
  const settled = loadLanguage().then((lang) => {
    rememberLang(lang);
    return lang;
  });
  const mount = (lang: Lang, kept: FirstScreen | null) => {
    document.documentElement.lang = lang;
    render(<Views lang={lang} first={first} kept={kept} />, document.getElementById('app')!);
  };
  void Promise.all([rememberedLang() ?? settled, keptFirstScreen()]).then(([lang, kept]) => {
    mount(lang, kept);
    void settled.then((now) => now !== lang && mount(now, null));
  });
});
