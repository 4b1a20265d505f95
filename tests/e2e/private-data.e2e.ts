import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, OVERLAY, type Harness, selectText } from './harness';

/**
 * What the reader wrote is out of the site's reach: a page script that reads
 * everything it can (the DOM, every open shadow root, every attribute, every
 * frame) finds neither a note nor a tag nor which passages are saved; its
 * clicks on the overlay's buttons save nothing.
 */
const URL = 'https://www.tweedekamer.nl/kamerstukken/commissieverslagen/detail?did=2026D09876&id=2026Z03456';
const QUOTE = 'Het is overduidelijk dat de coalitiepartijen';
const NOTE = 'Mijn geheime notitie 7Q over de coalitie';
const TAG = 'geheimlabel';

let h: Harness;
beforeAll(async () => {
  h = await launch();
  h.serve(URL, 'seeds/demo/tk-committee.html');
});
afterAll(async () => {
  await h?.close();
});

async function ready(page: Page) {
  await page.locator(`${OVERLAY}[data-kl-ready]`).waitFor({ state: 'attached', timeout: 15_000 });
}

/** What a page script can read: every text, attribute and markup in the document, open shadow roots and frames it may enter. */
function everythingThePageCanRead(page: Page) {
  return page.evaluate(() => {
    const seen: string[] = [];
    const frames = { total: 0, readable: 0 };
    const walk = (root: Document | ShadowRoot) => {
      seen.push(root instanceof Document ? root.documentElement.outerHTML : root.innerHTML);
      for (const el of root.querySelectorAll('*')) {
        for (const a of el.attributes) seen.push(a.value);
        seen.push(el.textContent ?? '');
        if ((el as HTMLElement).shadowRoot) walk((el as HTMLElement).shadowRoot!);
        if (el instanceof HTMLIFrameElement) {
          frames.total++;
          try {
            const doc = el.contentDocument ?? el.contentWindow?.document;
            if (doc) {
              frames.readable++;
              walk(doc);
            }
          } catch {
            // Another origin: the browser refuses.
          }
        }
      }
    };
    walk(document);
    seen.push(getSelection()?.toString() ?? '', document.title, location.href, window.name);
    return { text: seen.join('\n'), frames, passageMarks: document.querySelectorAll('.kl-passage, [data-kl-passage]').length };
  });
}

describe('the reader’s own data on a site', () => {
  it('a note and a tag are shown in the overlay, and a page script that reads everything finds neither', async () => {
    const page = await h.open(URL);
    await ready(page);
    await selectText(page, QUOTE);
    await page.getByRole('button', { name: 'Bewaar selectie' }).click();
    await expect.poll(() => page.getByRole('status').allInnerTexts()).toContain('Bewaard in de leeslijst.');

    // The reader writes a note and a tag in the popup (the extension's page).
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html`);
    const updated = await popup.evaluate(
      async ([note, tag]) => {
        const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime;
        const list = (await runtime.sendMessage({ type: 'list' })) as { passages: { id: string }[] };
        return runtime.sendMessage({ type: 'update', id: list.passages[0]!.id, note, tags: [tag] });
      },
      [NOTE, TAG],
    );
    expect(updated).toMatchObject({ ok: true, passage: { note: NOTE, tags: [TAG] } });
    await popup.close();

    await page.reload();
    await ready(page);
    await page.getByRole('tab', { name: 'Leeslijst' }).click();
    const frame = page.frameLocator(`${OVERLAY} iframe`);
    await expect.poll(() => frame.locator('.note').allInnerTexts()).toEqual([NOTE]);
    expect(await frame.locator('.tags').innerText()).toBe(`#${TAG}`);

    const read = await everythingThePageCanRead(page);
    expect(read.text).not.toContain(NOTE);
    expect(read.text).not.toContain(TAG);
    // Which passage is saved is not in the page either: its text is the page's own, but no mark or list says it was saved.
    expect(read.passageMarks).toBe(0);
    expect(read.frames).toEqual({ total: 1, readable: 0 });
    // The page's text itself is there (the walk reads what it should).
    expect(read.text).toContain(QUOTE);

    // The reader asks to see it: then that one passage is marked in the page, and brought into view.
    await frame.getByRole('button', { name: 'Ga naar passage' }).click();
    await expect
      .poll(() =>
        page.evaluate(() => {
          const r = document.querySelector('span.kl-passage')?.getBoundingClientRect();
          return !!r && r.top >= 0 && r.bottom <= window.innerHeight;
        }),
      )
      .toBe(true);
    expect((await everythingThePageCanRead(page)).text).not.toContain(NOTE);
    await page.close();
  });

  it('clicks a page script makes on the overlay’s buttons save nothing', async () => {
    const quote = 'Vertrouwen op Brussel of andere lidstaten';
    const page = await h.open(URL);
    await ready(page);
    await page.getByRole('tab', { name: 'Leeslijst' }).click();
    await expect.poll(() => page.frameLocator(`${OVERLAY} iframe`).locator('blockquote').count()).toBe(1);
    await selectText(page, quote);
    await page.getByRole('button', { name: 'Bewaar selectie' }).waitFor();
    await page.keyboard.press('j');
    const clicked = await page.evaluate(() => {
      const root = document.querySelector('kamerlezer-overlay')!.shadowRoot!;
      const buttons = [...root.querySelectorAll('button')].filter((b) => /Bewaar/u.test(b.textContent ?? ''));
      for (let i = 0; i < 20; i++) for (const b of buttons) b.click();
      for (const b of buttons) b.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      return buttons.map((b) => b.textContent);
    });
    expect(clicked).toEqual(['Bewaar selectie', 'Bewaar huidige beurt']);
    await page.waitForTimeout(500);
    expect(await page.getByRole('status').allInnerTexts()).toEqual([]);
    // The list in the frame still holds the one passage of the first test.
    await page.reload();
    await ready(page);
    await page.getByRole('tab', { name: 'Leeslijst' }).click();
    await expect.poll(() => page.frameLocator(`${OVERLAY} iframe`).locator('blockquote').count()).toBe(1);
    await page.close();
  });
});
