import { describe, expect, it } from 'vitest';
import {
  BackgroundToContent,
  ContentToBackground,
  isExtensionPage,
  isFromExtension,
  isOurContentScript,
  PopupToBackground,
} from '../lib/messages';
import { draft, passage } from './reading-list/fixtures';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const PAGE = 'https://www.tweedekamer.nl/kamerstukken/commissieverslagen/detail?id=2026Z00&did=2026D1';
const content = { id: ID, url: PAGE, tab: { id: 4, url: PAGE }, frameId: 0 };
const popup = { id: ID, url: `chrome-extension://${ID}/popup.html` };

describe('message schemas', () => {
  it('accept the well-formed messages of each direction', () => {
    expect(ContentToBackground.safeParse({ type: 'save-passage', passage: draft(1) }).success).toBe(true);
    expect(ContentToBackground.safeParse({ type: 'list-for-url', url: PAGE }).success).toBe(true);
    expect(ContentToBackground.safeParse({ type: 'count-for-url', url: PAGE }).success).toBe(true);
    for (const m of [
      { type: 'list' },
      { type: 'update', id: 'p1', note: 'x' },
      { type: 'update', id: 'p1', tags: ['a'] },
      { type: 'delete', id: 'p1' },
      { type: 'restore', passage: passage(1) },
      { type: 'import', json: '{}' },
      { type: 'open', id: 'p1' },
    ]) {
      expect(PopupToBackground.safeParse(m).success, m.type).toBe(true);
    }
    expect(BackgroundToContent.safeParse({ type: 'save-selection' }).success).toBe(true);
    expect(BackgroundToContent.safeParse({ type: 'show-passage', id: 'p1' }).success).toBe(true);
  });

  it('reject malformed messages', () => {
    const bad: unknown[] = [
      null,
      'save-passage',
      42,
      {},
      { type: 'drop-database' },
      { type: 'save-passage' },
      { type: 'save-passage', passage: { ...draft(1), anchor: { exact: '' } } },
      { type: 'save-passage', passage: { ...draft(1), url: 'javascript:alert(1)' } },
      { type: 'save-passage', passage: { ...draft(1), speakers: [{ name: 'X', party: null, role: 'king' }] } },
      { type: 'list-for-url' },
      { type: 'count-for-url', url: 7 },
    ];
    for (const m of bad) expect(ContentToBackground.safeParse(m).success, JSON.stringify(m)).toBe(false);
    const badPopup: unknown[] = [
      { type: 'update', id: '' },
      { type: 'update', id: 'p1', tags: 'a,b' },
      { type: 'delete' },
      { type: 'restore', passage: { ...passage(1), savedAt: 'gisteren' } },
      { type: 'import', json: { passages: [] } },
      { type: 'open', id: 3 },
      { type: 'list-for-url', url: PAGE },
    ];
    for (const m of badPopup) expect(PopupToBackground.safeParse(m).success, JSON.stringify(m)).toBe(false);
  });
});

describe('senders', () => {
  it('accept our content script on our hosts and our own pages', () => {
    expect(isFromExtension(content, ID)).toBe(true);
    expect(isOurContentScript(content, ID)).toBe(true);
    expect(isFromExtension(popup, ID)).toBe(true);
    expect(isExtensionPage(popup, ID)).toBe(true);
    expect(isExtensionPage({ id: 'kl@example.org', url: 'moz-extension://1234-uuid/popup.html' }, 'kl@example.org', 'moz-extension://1234-uuid/')).toBe(true);
    expect(isFromExtension({ ...content, url: 'https://zoek.officielebekendmakingen.nl/h-tk-20252026-12-3.html' }, ID)).toBe(true);
  });

  it('reject foreign senders', () => {
    expect(isFromExtension({ ...content, id: 'someone-else' }, ID)).toBe(false);
    expect(isFromExtension({ ...content, id: undefined }, ID)).toBe(false);
    expect(isFromExtension({ ...popup, id: 'someone-else' }, ID)).toBe(false);
    // Our id but a page that is not ours (content script injected elsewhere, or spoofed).
    expect(isFromExtension({ ...content, url: 'https://evil.example/tweedekamer.nl', tab: { id: 4 } }, ID)).toBe(false);
    expect(isFromExtension({ ...content, url: 'http://www.tweedekamer.nl/x' }, ID)).toBe(false);
    expect(isFromExtension({ ...content, url: 'https://tweedekamer.nl.evil.example/x' }, ID)).toBe(false);
    // A content script is not an extension page and vice versa.
    expect(isExtensionPage(content, ID)).toBe(false);
    expect(isOurContentScript(popup, ID)).toBe(false);
    expect(isExtensionPage({ id: ID, url: 'chrome-extension://otherextensionid/popup.html' }, ID)).toBe(false);
    expect(isExtensionPage({ id: 'kl@example.org', url: 'moz-extension://other-uuid/popup.html' }, 'kl@example.org', 'moz-extension://1234-uuid/')).toBe(false);
    expect(isFromExtension({}, ID)).toBe(false);
  });
});
