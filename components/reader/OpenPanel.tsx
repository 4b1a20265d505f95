import { useState } from 'preact/hooks';

/**
 * Where a document comes in: a file picker, a drop zone (the whole page takes
 * drops, see ReaderApp), and a textarea for pasted text. Files are read in the
 * page; nothing leaves the computer.
 */

export const ACCEPT = '.pdf,.txt,.html,.htm,.xml,application/pdf,text/plain,text/html,application/xml,text/xml';

export interface OpenPanelProps {
  busy: boolean;
  dragging: boolean;
  onFile: (file: File) => void;
  onPaste: (text: string) => void;
}

export function OpenPanel({ busy, dragging, onFile, onPaste }: OpenPanelProps) {
  const [text, setText] = useState('');
  return (
    <section class="open-panel" aria-labelledby="open-title">
      <h2 id="open-title">Verslag openen</h2>
      <div class={dragging ? 'drop-zone dragging' : 'drop-zone'}>
        <p>Sleep een bestand hierheen (PDF, tekst, opgeslagen webpagina, VLOS- of Handelingen-XML), of:</p>
        <label class="file-button">
          <span>Kies een bestand…</span>
          <input
            type="file"
            accept={ACCEPT}
            disabled={busy}
            onChange={(e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              // Cleared, so choosing the same file again fires a change again.
              input.value = '';
              if (file) onFile(file);
            }}
          />
        </label>
        <p class="hint">Het bestand wordt alleen op deze computer gelezen, niet verstuurd.</p>
      </div>
      <form
        class="paste"
        onSubmit={(e) => {
          e.preventDefault();
          onPaste(text);
        }}
      >
        <label for="paste-text">Of plak de tekst van een verslag:</label>
        <textarea id="paste-text" rows={5} spellcheck={false} value={text} disabled={busy} onInput={(e) => setText(e.currentTarget.value)} />
        <button type="submit" disabled={busy}>
          Openen
        </button>
      </form>
    </section>
  );
}
