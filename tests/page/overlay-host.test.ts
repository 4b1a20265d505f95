import { describe, expect, it } from 'vitest';
import { createOverlayHost, OVERLAY_TAG } from '../../lib/page/overlay-host';
import { parseDocument } from '../../lib/transcript/parse';
import { loadPage, readRepoFile } from '../helpers/dom';

const URL = 'https://www.tweedekamer.nl/kamerstukken/plenaire_verslagen/detail/2025-2026/42';

describe('the overlay host', () => {
  it('is made at once at the end of the body, its styles in an open shadow root', () => {
    const doc = loadPage(readRepoFile('tests/fixtures/pages/tk-plenary.html'), URL);
    const before = doc.body.innerHTML;
    const { host, container, remove } = createOverlayHost(doc, '.root { color: red; }');
    expect(doc.body.lastElementChild).toBe(host);
    expect(host.tagName.toLowerCase()).toBe(OVERLAY_TAG);
    expect(host.shadowRoot!.firstElementChild!.tagName).toBe('STYLE');
    expect(host.shadowRoot!.firstElementChild!.textContent).toBe('.root { color: red; }');
    expect(container.parentNode).toBe(host.shadowRoot);
    expect(host.style.zIndex).toBe('2147483000');
    remove();
    expect(doc.body.innerHTML).toBe(before);
  });

  it('is not read as part of the transcript', () => {
    const doc = loadPage(readRepoFile('tests/fixtures/pages/tk-plenary.html'), URL);
    const plain = parseDocument(doc, URL);
    const { host, container } = createOverlayHost(doc, '');
    container.textContent = 'De voorzitter: dit staat in de schaduw.';
    // Even text in the host itself, inside the body: the parser skips the element whole.
    host.append('Mevrouw Kröger (GroenLinks-PvdA): dit staat in het overlay.');
    const middle = doc.querySelectorAll('div.content p')[6]!;
    middle.parentNode!.insertBefore(host, middle);
    expect(parseDocument(doc, URL)).toEqual(plain);
  });
});
