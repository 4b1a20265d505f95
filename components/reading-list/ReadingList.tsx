import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { formatDate, rt, type Lang } from '@/lib/i18n/reading-list';
import { FIRST_SCREEN_SIZE } from '@/lib/reading-list/first-screen';
import type { Passage } from '@/lib/reading-list/schema';
import {
  buildIndex,
  facets,
  filterPassages,
  groupByDebate,
  sortedNewestFirst,
  type DebateGroup,
  type SearchIndex,
} from '@/lib/reading-list/search';
import { ExportImport, type ImportOutcome } from './ExportImport';
import { Filters, type FilterValues } from './Filters';
import { PassageItem } from './PassageItem';
import { UndoToast } from './UndoToast';

/** Items rendered at first and per "meer tonen": enough to fill the popup, cheap with 10,000 saved. */
export const PAGE_SIZE = FIRST_SCREEN_SIZE;
/** Passages in the popup's very first paint: more than fit without scrolling. */
export const FIRST_PAINT = 12;

export interface ReadingListProps {
  /** Newest first (as the background lists them). */
  passages: readonly Passage[];
  /** How many passages are saved; more than `passages.length` while only the first screen is loaded. */
  total?: number;
  /** False while `passages` holds only the newest few (the rest is on its way). */
  complete?: boolean;
  /** Records set aside because they failed validation. */
  quarantined?: number;
  lang?: Lang;
  loading?: boolean;
  /** A failure to show (e.g. the list could not be loaded). */
  error?: string | null;
  onOpen: (id: string) => void;
  /** Resolves to an error message, or null when saved. */
  onUpdate: (id: string, patch: { note: string; tags: string[] }) => Promise<string | null>;
  /** Resolves to the deleted passage (kept for undo), or null. */
  onDelete: (id: string) => Promise<Passage | null>;
  onRestore: (p: Passage) => Promise<void>;
  onImport: (json: string) => Promise<ImportOutcome>;
  /** Export these passages (the filtered list, newest first). */
  onExport: (kind: 'markdown' | 'json', passages: readonly Passage[]) => void;
}

const NO_FILTER: FilterValues = { query: '', speaker: '', party: '', tag: '' };

/** The Senate is named above its debates; a debate without a house is the Tweede Kamer's, as every one was before. */
const senateOf = (lang: Lang, d: Passage['debate']) => (d.house === 'eerste-kamer' ? rt(lang, 'senate') : '');
const NO_OPTIONS = { speakers: [], parties: [], tags: [] };

/** Build the search index at most once per list, and only when first needed. */
function lazyIndex(passages: readonly Passage[]): () => SearchIndex {
  let index: SearchIndex | null = null;
  return () => (index ??= buildIndex(passages));
}

/**
 * The newest `limit` passages, grouped by debate. Grouping only what is shown
 * keeps a keystroke cheap and lets "meer tonen" grow groups in place.
 */
function firstScreen(passages: readonly Passage[], limit: number): DebateGroup[] {
  return groupByDebate(passages.slice(0, limit));
}

/** The popup's reading list: search, filters, groups per debate, edit, delete with undo, export and import. */
export function ReadingList(props: ReadingListProps) {
  const { lang = 'nl', complete = true } = props;
  const passages = useMemo(() => sortedNewestFirst(props.passages), [props.passages]);
  const total = complete ? passages.length : Math.max(props.total ?? 0, passages.length);
  const [filter, setFilter] = useState<FilterValues>(NO_FILTER);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [toast, setToast] = useState<{ message: string; undo?: Passage } | null>(null);

  const getIndex = useMemo(() => lazyIndex(passages), [passages]);
  const [options, setOptions] = useState<ReturnType<typeof facets>>(NO_OPTIONS);
  // Index and filter options are built right after the first screen is painted:
  // the first screen needs neither, and the first keystroke then finds the index ready.
  useEffect(() => {
    const t = setTimeout(() => {
      getIndex();
      setOptions(facets(passages));
    }, 0);
    return () => clearTimeout(t);
  }, [getIndex, passages]);
  const active = filter.query.trim() !== '' || filter.speaker !== '' || filter.party !== '' || filter.tag !== '';
  const filtered = useMemo(
    () => (active ? filterPassages(getIndex(), { query: filter.query, speaker: filter.speaker, party: filter.party, tag: filter.tag }) : passages),
    [active, getIndex, passages, filter],
  );
  // The first paint holds what a popup shows without scrolling; the rest of the screenful
  // follows in the next frame (rendering all fifty held the popup's first screen 30-60 ms).
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    const id = requestAnimationFrame(() => setPainted(true));
    return () => cancelAnimationFrame(id);
  }, []);
  const shown = painted ? limit : Math.min(limit, FIRST_PAINT);
  const visible = useMemo(() => firstScreen(filtered, shown), [filtered, shown]);
  // Before the whole list has arrived there may be more than is loaded.
  const more = active ? filtered.length > limit : total > limit;

  const num = (n: number) => n.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB');
  const changeFilter = (next: FilterValues) => {
    setFilter(next);
    setLimit(PAGE_SIZE);
  };
  const { onDelete } = props;
  // Stable, so memoised items do not re-render on every keystroke.
  const remove = useCallback(
    async (p: Passage) => {
      const deleted = await onDelete(p.id);
      if (deleted) setToast({ message: rt(lang, 'deleted'), undo: deleted });
    },
    [onDelete, lang],
  );
  const undo = async () => {
    const p = toast?.undo;
    if (!p) return;
    setToast({ message: rt(lang, 'restored') });
    await props.onRestore(p);
  };
  const dismiss = useCallback(() => setToast(null), []);

  return (
    <main class="kl-reading-list" lang={lang}>
      <header class="kl-head">
        <h1>{rt(lang, 'title')}</h1>
        <p class="kl-muted" aria-live="polite">
          {active
            ? `${rt(lang, 'count', { count: num(filtered.length) })} / ${num(total)}`
            : rt(lang, 'count', { count: num(total) })}
          {!complete && active ? ` · ${rt(lang, 'loadingAll')}` : ''}
        </p>
      </header>
      <Filters lang={lang} values={filter} options={options} onChange={changeFilter} />
      {props.error && (
        <p role="alert" class="kl-error">
          {props.error}
        </p>
      )}
      {props.quarantined ? (
        <p role="status" class="kl-warning">
          {rt(lang, 'quarantined', { count: props.quarantined })}
        </p>
      ) : null}
      {props.loading ? (
        <p class="kl-muted">{rt(lang, 'loading')}</p>
      ) : !total ? (
        <p class="kl-empty">{rt(lang, 'empty')}</p>
      ) : !filtered.length && complete ? (
        <p class="kl-empty">{rt(lang, 'noResults')}</p>
      ) : (
        visible.map((g) => (
          <section class="kl-debate" key={g.key} aria-label={g.debate.title}>
            <h2>{g.debate.title}</h2>
            <p class="kl-muted">
              {[senateOf(lang, g.debate), rt(lang, g.debate.kind === 'committee' ? 'committee' : 'plenary'), g.debate.committees.join(', '), formatDate(lang, g.debate.date), g.debate.status]
                .filter(Boolean)
                .join(' · ')}
            </p>
            <ul class="kl-passages">
              {g.passages.map((p) => (
                <PassageItem key={p.id} passage={p} lang={lang} onOpen={props.onOpen} onUpdate={props.onUpdate} onDelete={remove} />
              ))}
            </ul>
          </section>
        ))
      )}
      {more && painted && (
        <div class="kl-more">
          <span class="kl-muted">{rt(lang, 'shown', { shown: num(limit), count: num(active ? filtered.length : total) })}</span>
          <button type="button" onClick={() => setLimit(limit + PAGE_SIZE)}>
            {rt(lang, 'showMore')}
          </button>
        </div>
      )}
      <ExportImport lang={lang} count={filtered.length} complete={complete} onExport={(kind) => props.onExport(kind, filtered)} onImport={props.onImport} />
      <UndoToast lang={lang} message={toast?.message ?? null} onUndo={toast?.undo ? undo : undefined} onDismiss={dismiss} />
    </main>
  );
}
