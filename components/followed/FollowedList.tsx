import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../lib/i18n/translate';
import { t } from '../../lib/i18n/followed';
import type { Followed } from '../../lib/followed/schema';
import { followedStatus } from '../../lib/followed/status';
import { formatDate } from '../overlay/format';

export interface FollowedListProps {
  items: readonly Followed[] | null;
  invalid: number;
  error: string | null;
  lang: Lang;
  now: Date;
  onUpdate: (id: string, change: { done: boolean; note: string }) => void;
  onUnfollow: (id: string) => void;
  onOpen: (url: string) => void;
  onExport: (kind: 'markdown' | 'ics', items: readonly Followed[]) => void;
}

const who = (f: Followed) => f.office ?? f.speaker;

/**
 * The popup's "Toezeggingen": every followed commitment, by deadline, with
 * who made it, the debate, the deadline and its status (open, due soon,
 * overdue, done), filterable by minister and policy area; each can be marked
 * done with a note, opened at its place in the debate, or unfollowed; the
 * shown list exports as Markdown or as a calendar file. A pure view.
 */
export function FollowedList({ items, invalid, error, lang, now, onUpdate, onUnfollow, onOpen, onExport }: FollowedListProps) {
  const [minister, setMinister] = useState('');
  const [area, setArea] = useState('');
  if (error) return <p class="kl-error" role="alert">{error}</p>;
  if (!items) return <p class="kl-muted" aria-busy="true">{t(lang, 'loading')}</p>;
  if (items.length === 0) return <p class="kl-empty">{t(lang, 'followedNone')}</p>;
  const ministers = [...new Set(items.map(who).filter(Boolean))].sort();
  const areas = [...new Set(items.map((f) => f.area).filter((a): a is string => !!a))].sort();
  const shown = items.filter((f) => (!minister || who(f) === minister) && (!area || f.area === area));
  const overdue = items.filter((f) => followedStatus(f, now) === 'overdue').length;
  const select = (label: string, value: string, set: (v: string) => void, options: string[]) => (
    <label class="kl-filter">
      <span>{label}</span>
      <select value={value} onChange={(e) => set(e.currentTarget.value)}>
        <option value="">{t(lang, 'filterAll')}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div class="kl-reading-list kl-followed">
      <p class="kl-muted">
        {t(lang, 'followedCount', { count: items.length })}
        {overdue > 0 && ` · ${t(lang, 'overdueCount', { count: overdue })}`}
      </p>
      {invalid > 0 && <p class="kl-warning">{t(lang, 'invalid', { count: invalid })}</p>}
      <div class="kl-filter-row">
        {ministers.length > 1 && select(t(lang, 'filterMinister'), minister, setMinister, ministers)}
        {areas.length > 1 && select(t(lang, 'filterArea'), area, setArea, areas)}
      </div>
      <div class="kl-actions">
        <button type="button" onClick={() => onExport('markdown', shown)}>
          {t(lang, 'exportMarkdown')}
        </button>
        <button type="button" onClick={() => onExport('ics', shown)}>
          {t(lang, 'exportCalendar')}
        </button>
      </div>
      <ol class="kl-passages">
        {shown.map((f) => (
          <FollowedItem key={f.id} f={f} lang={lang} now={now} onUpdate={onUpdate} onUnfollow={onUnfollow} onOpen={onOpen} />
        ))}
      </ol>
    </div>
  );
}

function FollowedItem({ f, lang, now, onUpdate, onUnfollow, onOpen }: { f: Followed; lang: Lang; now: Date } & Pick<FollowedListProps, 'onUpdate' | 'onUnfollow' | 'onOpen'>) {
  const status = followedStatus(f, now);
  const last = f.deadline.to ?? f.deadline.from;
  const deadline = [f.deadline.text, last && t(lang, 'deadlineBy', { date: formatDate(last, lang) })].filter(Boolean).join(' · ') || t(lang, 'deadlineNone');
  const id = `kl-f-${f.id}`;
  // The mark and the note are the reader's own until the background answers:
  // a reply to an earlier change re-renders this item, and must neither wipe a
  // note being typed nor send an old mark with the new note.
  const [done, setDone] = useState(f.done);
  const [note, setNote] = useState(f.note);
  const typing = useRef(false);
  useEffect(() => setDone(f.done), [f.done]);
  useEffect(() => {
    if (!typing.current) setNote(f.note);
  }, [f.note]);
  return (
    <li class={`kl-passage kl-followed-${status}`}>
      <p class="kl-quote" id={id}>
        {f.text}
      </p>
      <p class="kl-cite">
        {f.speaker} · {f.debate.title}
        {f.debate.date && ` · ${formatDate(f.debate.date, lang)}`}
      </p>
      <p class="kl-cite">
        {t(lang, 'deadline')}: {deadline} · <strong class={`kl-status kl-status-${status}`}>{t(lang, `status_${status}`)}</strong>
      </p>
      <label class="kl-check">
        <input
          type="checkbox"
          checked={done}
          aria-describedby={id}
          onChange={(e) => {
            setDone(e.currentTarget.checked);
            onUpdate(f.id, { done: e.currentTarget.checked, note });
          }}
        />
        {t(lang, 'markDone')}
      </label>
      <label class="kl-edit">
        <span>{t(lang, 'note')}</span>
        <textarea
          rows={2}
          value={note}
          aria-describedby={id}
          onInput={(e) => {
            typing.current = true;
            setNote(e.currentTarget.value);
          }}
          onChange={(e) => {
            typing.current = false;
            onUpdate(f.id, { done, note: e.currentTarget.value });
          }}
          // Typed back to what it was, the note fires no change: leaving the field ends the typing all the same.
          onBlur={() => {
            typing.current = false;
          }}
        />
      </label>
      <div class="kl-actions">
        <button type="button" aria-describedby={id} onClick={() => onOpen(f.url)}>
          {t(lang, 'openDebate')}
        </button>
        <button type="button" aria-describedby={id} onClick={() => onUnfollow(f.id)}>
          {t(lang, 'unfollow')}
        </button>
      </div>
    </li>
  );
}
