import { useState } from 'preact/hooks';
import { rt, type Lang } from '@/lib/i18n/reading-list';

export type ImportOutcome = { ok: true; added: number; merged: number } | { ok: false; message: string };

export interface ExportImportProps {
  lang: Lang;
  /** How many passages an export would contain (the filtered list). */
  count: number;
  /** False while only the newest passages are loaded: an export then waits for the whole list. */
  complete?: boolean;
  onExport: (kind: 'markdown' | 'json') => void;
  onImport: (json: string) => Promise<ImportOutcome>;
}

/** Export buttons (Markdown, JSON) and the JSON import, with its outcome announced. */
export function ExportImport({ lang, count, complete = true, onExport, onImport }: ExportImportProps) {
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const pick = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setOutcome(await onImport(await file.text()));
    input.value = ''; // the same file can be chosen again after fixing it
  };
  return (
    <section class="kl-io" aria-label={rt(lang, 'exportHeading')}>
      <div class="kl-actions">
        <button type="button" disabled={!count || !complete} aria-label={rt(lang, 'exportLabel', { count, kind: 'Markdown' })} onClick={() => onExport('markdown')}>
          ↓ {rt(lang, 'exportMarkdown')}
        </button>
        <button type="button" disabled={!count || !complete} aria-label={rt(lang, 'exportLabel', { count, kind: 'JSON' })} onClick={() => onExport('json')}>
          ↓ {rt(lang, 'exportJson')}
        </button>
        <label class="kl-file">
          ↑ {rt(lang, 'importJson')}
          <input type="file" accept=".json,application/json" onChange={pick} />
        </label>
      </div>
      {!complete && <p class="kl-muted">{rt(lang, 'loadingAll')}</p>}
      {outcome?.ok === true && (
        <p role="status" class="kl-ok">
          {rt(lang, 'imported', { added: outcome.added, merged: outcome.merged })}
        </p>
      )}
      {outcome?.ok === false && (
        <p role="alert" class="kl-error">
          {rt(lang, 'importFailed', { message: outcome.message })}
        </p>
      )}
    </section>
  );
}
