import { describe, expect, it } from 'vitest';
import { defaultSettings, matchShortcut, parseSettings, Settings, shortcutConflict } from '../lib/settings';

describe('parseSettings', () => {
  it('gives the defaults for nothing or garbage', () => {
    const d = defaultSettings();
    expect(d).toEqual({
      language: 'nl',
      features: { speakers: true, outline: true, terms: true, commitments: true, questions: true, motions: true, readingList: true },
      collapsed: false,
      shortcuts: { nextTurn: 'j', prevTurn: 'k', nextSame: 'n', prevSame: 'p', toggleOverlay: 'o', help: '?', saveSelection: 's' },
    });
    for (const raw of [undefined, null, 'x', 42, [], {}]) expect(parseSettings(raw)).toEqual(d);
  });

  it('keeps valid fields and falls back field by field', () => {
    const s = parseSettings({
      language: 'fr',
      collapsed: true,
      features: { speakers: false, outline: 'yes' },
      shortcuts: { nextTurn: 'x', prevTurn: 'too long', help: ' ' },
      extra: 1,
    });
    expect(s.language).toBe('nl');
    expect(s.collapsed).toBe(true);
    expect(s.features).toEqual({ speakers: false, outline: true, terms: true, commitments: true, questions: true, motions: true, readingList: true });
    expect(s.shortcuts).toMatchObject({ nextTurn: 'x', prevTurn: 'k', help: '?', toggleOverlay: 'o' });
    expect(s).not.toHaveProperty('extra');
  });

  it('falls back for a whole group of the wrong type', () => {
    expect(parseSettings({ features: 'all', shortcuts: null, language: 'en' })).toEqual({ ...defaultSettings(), language: 'en' });
  });

  it('round-trips a full settings object', () => {
    const s: Settings = { ...defaultSettings(), language: 'en', collapsed: true };
    s.features.terms = false;
    s.shortcuts.help = 'h';
    expect(parseSettings(JSON.parse(JSON.stringify(s)))).toEqual(s);
  });

  it('does not share default objects between calls', () => {
    const a = parseSettings(undefined);
    a.features.speakers = false;
    expect(parseSettings(undefined).features.speakers).toBe(true);
    expect(parseSettings({}).features.speakers).toBe(true);
  });
});

describe('matchShortcut', () => {
  const s = defaultSettings();
  const key = (k: string, more: Partial<Parameters<typeof matchShortcut>[0]> = {}) =>
    matchShortcut({ key: k, editable: false, ...more }, s);

  it('maps the default keys to their actions', () => {
    expect(key('j')).toBe('nextTurn');
    expect(key('k')).toBe('prevTurn');
    expect(key('n')).toBe('nextSame');
    expect(key('p')).toBe('prevSame');
    expect(key('o')).toBe('toggleOverlay');
    expect(key('?')).toBe('help');
    expect(key('x')).toBeNull();
    expect(key('J')).toBeNull();
  });

  it('is ignored while the user types in a field', () => {
    expect(key('j', { editable: true })).toBeNull();
  });

  it('is ignored with Ctrl, Cmd or Alt', () => {
    expect(key('j', { ctrlKey: true })).toBeNull();
    expect(key('j', { metaKey: true })).toBeNull();
    expect(key('j', { altKey: true })).toBeNull();
  });

  it('follows changed shortcuts', () => {
    const custom = parseSettings({ shortcuts: { nextTurn: 'l' } });
    expect(matchShortcut({ key: 'l', editable: false }, custom)).toBe('nextTurn');
    expect(matchShortcut({ key: 'j', editable: false }, custom)).toBeNull();
  });
});

describe('shortcutConflict', () => {
  it('names the other action using a key', () => {
    const s = defaultSettings().shortcuts;
    expect(shortcutConflict(s, 'nextTurn', 'k')).toBe('prevTurn');
    expect(shortcutConflict(s, 'nextTurn', 'j')).toBeNull();
    expect(shortcutConflict(s, 'nextTurn', 'z')).toBeNull();
  });
});
