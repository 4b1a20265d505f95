import { Component } from 'preact';
import { useState } from 'preact/hooks';
import { formatDate, rt, type Lang } from '@/lib/i18n/reading-list';
import type { Passage, PassageSpeaker } from '@/lib/reading-list/schema';

/** Quotes longer than this are clamped until the reader asks for all of it. */
const LONG_QUOTE = 480;

export interface PassageItemProps {
  passage: Passage;
  lang: Lang;
  onOpen: (id: string) => void;
  /** Resolves to an error message, or null when saved. */
  onUpdate: (id: string, patch: { note: string; tags: string[] }) => Promise<string | null>;
  onDelete: (p: Passage) => void;
}

function speakerText(lang: Lang, speakers: readonly PassageSpeaker[]): string {
  if (!speakers.length) return rt(lang, 'unknownSpeaker');
  const role = (s: PassageSpeaker) =>
    s.role === 'minister' ? rt(lang, 'minister') : s.role === 'state-secretary' ? rt(lang, 'stateSecretary') : s.role === 'chair' ? rt(lang, 'chair') : null;
  return speakers.map((s) => (s.party ?? role(s) ? `${s.name} (${s.party ?? role(s)})` : s.name)).join(', ');
}

/** Comma-separated tags as typed → list (the store normalises further). */
export function parseTags(text: string): string[] {
  return text
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
}

/** One saved passage: quote, who and when, note and tags (editable), open and delete. */
function PassageItemView({ passage: p, lang, onOpen, onUpdate, onDelete }: PassageItemProps) {
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState(p.note);
  const [tags, setTags] = useState(p.tags.join(', '));
  const [error, setError] = useState<string | null>(null);
  const [expanded, setExpanded] = useState(false);
  const long = p.exact.length > LONG_QUOTE;
  const formId = `kl-edit-${p.id}`;

  const startEdit = () => {
    setNote(p.note);
    setTags(p.tags.join(', '));
    setError(null);
    setEditing(!editing);
  };
  const save = async (e: Event) => {
    e.preventDefault();
    const message = await onUpdate(p.id, { note, tags: parseTags(tags) });
    if (message) setError(message);
    else setEditing(false);
  };

  return (
    <li class="kl-passage">
      <blockquote class={long && !expanded ? 'kl-quote kl-clamped' : 'kl-quote'}>{p.exact}</blockquote>
      {long && (
        <button type="button" class="kl-link" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? '−' : '+'} {p.exact.length.toLocaleString(lang)} {lang === 'nl' ? 'tekens' : 'characters'}
        </button>
      )}
      <p class="kl-cite">
        <span class="kl-speaker">{speakerText(lang, p.speakers)}</span>
        <span class="kl-muted"> · {rt(lang, 'savedOn', { date: formatDate(lang, p.savedAt) })}</span>
      </p>
      {p.note && !editing && <p class="kl-note">{p.note}</p>}
      {p.tags.length > 0 && !editing && (
        <ul class="kl-tags" aria-label={rt(lang, 'tags')}>
          {p.tags.map((t) => (
            <li key={t}>#{t}</li>
          ))}
        </ul>
      )}
      <div class="kl-actions">
        <button type="button" onClick={() => onOpen(p.id)} title={rt(lang, 'openLabel')}>
          {rt(lang, 'open')}
        </button>
        <button type="button" aria-expanded={editing} aria-controls={editing ? formId : undefined} onClick={startEdit}>
          {rt(lang, 'edit')}
        </button>
        <button type="button" class="kl-danger" onClick={() => onDelete(p)}>
          {rt(lang, 'delete')}
        </button>
      </div>
      {editing && (
        <form
          id={formId}
          class="kl-edit"
          onSubmit={save}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              setEditing(false);
            }
          }}
        >
          <label>
            {rt(lang, 'note')}
            <textarea value={note} rows={3} onInput={(e) => setNote(e.currentTarget.value)} />
          </label>
          <label>
            {rt(lang, 'tags')} <span class="kl-muted">({rt(lang, 'tagsHint')})</span>
            <input type="text" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
          </label>
          {error && (
            <p role="alert" class="kl-error">
              {error}
            </p>
          )}
          <div class="kl-actions">
            <button type="submit">{rt(lang, 'save')}</button>
            <button type="button" onClick={() => setEditing(false)}>
              {rt(lang, 'cancel')}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}

/**
 * PassageItem re-rendered only when its props change: a keystroke in the
 * search box then diffs only the items that entered or left the screen.
 * (preact/compat's `memo` would patch global render options, so a class.)
 */
export class PassageItem extends Component<PassageItemProps> {
  override shouldComponentUpdate(next: PassageItemProps): boolean {
    const prev = this.props;
    return (Object.keys(next) as (keyof PassageItemProps)[]).some((k) => next[k] !== prev[k]);
  }
  override render() {
    return <PassageItemView {...this.props} />;
  }
}
