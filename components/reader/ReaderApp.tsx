import { contentId } from '../../lib/reader/recent';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { openContent, openTranscriptFile, type OpenDeps, type OpenResult } from '../../lib/reader/open-file';
import type { RecentStore, RecentSummary } from '../../lib/reader/recent';
import type { Transcript } from '../../lib/transcript/model';
import { OpenPanel } from './OpenPanel';
import { RecentList } from './RecentList';
import { TranscriptView } from './TranscriptView';

/**
 * The reader page ("Lezer"): open a document (file, drop, paste, recent list),
 * show a clear message when it cannot be read, render it when it can. A failed
 * open leaves the page as it was: the open controls and any document already
 * shown stay usable.
 */

type Opened = Extract<OpenResult, { ok: true }>;

export interface ReaderAppProps {
  deps: OpenDeps;
  /** Opens the recent-documents store; when it fails the reader works without the list. */
  openStore: () => Promise<RecentStore>;
  /** A document is shown (the overlay hooks in here). */
  onDocument?: (transcript: Transcript) => void;
  /** Every turn of the shown document is in the DOM (labels carry `data-kl-turn`). */
  onRendered?: (transcript: Transcript) => void;
  /** A file to open at once (handed over from a transcript page). */
  initialFile?: Promise<File | null>;
  /** A recent document to open at once (`reader.html?doc=<id>`: a saved passage being reopened). */
  initialDocId?: string | null;
  /** Called with each shown document's id, before it renders (the page puts it in its address). */
  onDocumentId?: (id: string) => void;
}

export function ReaderApp({ deps, openStore, onDocument, onRendered, initialFile, initialDocId, onDocumentId }: ReaderAppProps) {
  const [doc, setDoc] = useState<Opened | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<string | null>(null);
  // The PDF being read, so the reader can stop it (a large or broken file can take long).
  const reading = useRef<AbortController | null>(null);
  const [dragging, setDragging] = useState(false);
  const [recent, setRecent] = useState<RecentSummary[]>([]);
  // A promise, so a document opened before the database is ready is still recorded.
  const store = useRef<Promise<RecentStore | null>>(Promise.resolve(null));

  const refresh = useCallback(async () => {
    const s = await store.current;
    if (s) setRecent(await s.list());
  }, []);

  // Opened once per page: the store outlives every document shown.
  useEffect(() => {
    const ready = openStore().catch(() => null);
    store.current = ready;
    void refresh().catch(() => setRecent([]));
    return () => void ready.then((s) => s?.close());
  }, []);

  const show = useCallback(
    async (run: () => Promise<OpenResult>) => {
      setBusy(true);
      setError(null);
      try {
        const r = await run();
        if (!r.ok) {
          setError(r.message);
          return;
        }
        onDocumentId?.(contentId(r.content));
        setDoc(r);
        // A new document starts at its top, not where the previous one was left.
        window.scrollTo?.(0, 0);
        document.title = `${r.transcript.meta.title || r.source.fileName} — Kamerlezer`;
        onDocument?.(r.transcript);
        try {
          await (await store.current)?.add({
            name: r.source.fileName,
            title: r.transcript.meta.title,
            date: r.transcript.meta.date,
            text: r.content,
            kind: r.source.kind,
          });
          await refresh();
        } catch {
          // The list is a convenience: a full or blocked database does not stop reading.
        }
      } catch {
        setError('Er ging iets mis bij het openen. Probeer het opnieuw of kies een ander bestand.');
      } finally {
        setBusy(false);
        setProgress(null);
      }
    },
    [onDocument, refresh],
  );

  const openFile = useCallback(
    (file: File) =>
      show(async () =>
        openTranscriptFile({ name: file.name, type: file.type, bytes: await file.arrayBuffer() }, deps, {
          onPdfPage: (done, total) => setProgress(`PDF lezen: pagina ${done} van ${total}…`),
          pdfLimits: { signal: (reading.current = new AbortController()).signal },
        }),
      ),
    [deps, show],
  );

  useEffect(() => {
    void initialFile?.then((file) => file && openFile(file));
    if (initialDocId) void openRecent(initialDocId);
  }, []);

  function openRecent(id: string) {
    return show(async () => {
      const entry = await (await store.current)?.get(id);
      if (!entry) return { ok: false, message: 'Dit document staat niet meer in de lijst.' };
      return openContent(entry.text, entry.kind, entry.name, deps);
    });
  }

  // The whole page takes drops; the browser must not navigate to the dropped file instead.
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (!e.dataTransfer?.types.includes('Files')) return;
      e.preventDefault();
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      e.preventDefault();
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (file && !busy) void openFile(file);
    };
    document.addEventListener('dragover', over);
    document.addEventListener('dragleave', leave);
    document.addEventListener('drop', drop);
    return () => {
      document.removeEventListener('dragover', over);
      document.removeEventListener('dragleave', leave);
      document.removeEventListener('drop', drop);
    };
  }, [openFile, busy]);

  return (
    <div class="reader">
      <aside class="side">
        <p class="brand">Kamerlezer — Lezer</p>
        <OpenPanel
          busy={busy}
          dragging={dragging}
          onFile={(f) => void openFile(f)}
          onPaste={(text) => void show(async () => openTranscriptFile({ name: 'Geplakte tekst', text }, deps))}
        />
        <div class="alert" role="alert">
          {error}
        </div>
        <p class="status" role="status">
          {busy ? (progress ?? 'Bezig met openen…') : ''}
        </p>
        {busy && (
          <button type="button" onClick={() => reading.current?.abort()}>
            Stop met lezen
          </button>
        )}
        <RecentList
          entries={recent}
          busy={busy}
          onOpen={(id) => void openRecent(id)}
          onRemove={(id) =>
            void store.current
              .then((s) => s?.remove(id))
              .then(refresh)
              .catch(() => setError('Dit document kon niet uit de lijst worden verwijderd.'))
          }
        />
      </aside>
      <main class="main">
        {doc ? (
          <TranscriptView
            key={`${doc.source.fileName}:${doc.transcript.text.length}`}
            transcript={doc.transcript}
            onRendered={() => onRendered?.(doc.transcript)}
          />
        ) : (
          <p class="placeholder">Open een verslag om het hier te lezen.</p>
        )}
      </main>
    </div>
  );
}
