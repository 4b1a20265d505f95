import { describe, expect, it } from 'vitest';
import { answerLanguageTables } from '../entrypoints/background/i18n';
import { ENGLISH } from '../lib/i18n/en';
import { hasLanguage, installLanguage, lateTranslator } from '../lib/i18n/translate';

const ID = 'kamerlezer-test-id';
const ORIGIN = `chrome-extension://${ID}/`;
const PAGE = 'https://www.tweedekamer.nl/kamerstukken/commissieverslagen/detail?id=2026Z00&did=2026D1';

describe('languages installed late (the content script carries Dutch only)', () => {
  it('a table speaks Dutch until its other language is installed, then that language; a missing key falls back to Dutch', () => {
    const t = lateTranslator('test-late', { hello: 'Hallo {name}', only: 'alleen Nederlands', item: '{count} items', item_one: '1 item' });
    expect(t('en', 'hello', { name: 'Ans' })).toBe('Hallo Ans');
    installLanguage('en', { 'test-late': { hello: 'Hello {name}', item: '{count} things', item_one: '1 thing' } });
    expect(t('en', 'hello', { name: 'Ans' })).toBe('Hello Ans');
    expect(t('en', 'item', { count: 1 })).toBe('1 thing');
    expect(t('en', 'only')).toBe('alleen Nederlands');
    expect(t('nl', 'hello', { name: 'Ans' })).toBe('Hallo Ans');
    expect(hasLanguage('en')).toBe(true);
  });

  it('the background gives the English tables to our content script and pages only', () => {
    const content = { id: ID, url: PAGE, tab: { id: 3, url: PAGE }, frameId: 0 };
    expect(answerLanguageTables({ type: 'i18n-tables', lang: 'en' }, content, ID, ORIGIN)).toBe(ENGLISH);
    expect(answerLanguageTables({ type: 'i18n-tables', lang: 'en' }, { id: ID, url: 'https://evil.example/' }, ID, ORIGIN)).toBeNull();
    expect(answerLanguageTables({ type: 'i18n-tables', lang: 'en' }, { ...content, id: 'other' }, ID, ORIGIN)).toBeNull();
    expect(answerLanguageTables({ type: 'i18n-tables', lang: 'fr' }, content, ID, ORIGIN)).toBeNull();
    expect(Object.keys(ENGLISH).sort()).toEqual(['dates', 'map', 'motions', 'overlay', 'panels']);
  });
});
