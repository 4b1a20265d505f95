import { browser } from 'wxt/browser';

const MAX_BYTES = 40 * 1024 * 1024;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // In chunks: String.fromCharCode with a whole PDF as arguments overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * "Open in Kamerlezer": the one request the extension ever makes, on the
 * reader's click, to the page's own site (same origin, so no extra
 * permission). The bytes go to the background, which opens the reader page.
 * Resolves to an error message for the reader, or null when the reader opened.
 */
export async function openPdfInReader(url: string, pageUrl: string, messages: { failed: string; tooBig: string }): Promise<string | null> {
  if (new URL(url).origin !== new URL(pageUrl).origin) return messages.failed;
  try {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) return messages.failed;
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length > MAX_BYTES) return messages.tooBig;
    const name = fileNameOf(url);
    const reply = (await browser.runtime.sendMessage({ type: 'open-in-reader', url, name, base64: toBase64(bytes) })) as { ok?: boolean } | undefined;
    return reply?.ok ? null : messages.failed;
  } catch {
    return messages.failed;
  }
}

/** The file name in a URL's path, decoded when it can be ("%ZZ" cannot: then as written). */
function fileNameOf(url: string): string {
  const last = new URL(url).pathname.split('/').pop() || 'verslag.pdf';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
