import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { serveOpenInReader } from '../../entrypoints/background/open-in-reader';

/** The background's "open this PDF in the reader": message fields are whatever the sender put there. */
const PAGE = 'https://www.tweedekamer.nl/kamerstukken/plenaire_verslagen/detail/2025-2026/42';
const sender = () => ({ id: fakeBrowser.runtime.id, url: PAGE, tab: { id: 3, url: PAGE, index: 0, highlighted: false, active: true, pinned: false, incognito: false, windowId: 1 }, frameId: 0 });

async function send(msg: unknown): Promise<unknown> {
  return new Promise((resolve, reject) => {
    try {
      // The listener answers through sendResponse, the third argument the browser passes.
      const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
      void trigger(msg, sender(), resolve);
    } catch (e) {
      reject(e);
    }
  });
}

describe('open-in-reader in the background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    serveOpenInReader();
  });

  it('refuses, without throwing, a url that is no URL or of another site', async () => {
    for (const url of ['geen url', '', 'http://[::1', 42, null, 'https://evil.example/a.pdf']) {
      expect(await send({ type: 'open-in-reader', url, name: 'x.pdf', base64: 'AAAA' })).toEqual({ ok: false });
    }
  });

  it('opens the reader for a file of the page’s own site', async () => {
    expect(await send({ type: 'open-in-reader', url: 'https://www.tweedekamer.nl/downloads/document?id=1', name: 'x.pdf', base64: 'AAAA' })).toEqual({ ok: true });
  });
});
