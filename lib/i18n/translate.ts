export type Lang = 'nl' | 'en';

/**
 * Makes the `t` of one string table: the string for `key` in `lang`, with
 * `{name}` placeholders filled from `vars`. When `vars.count` is 1 and a
 * `<key>_one` exists, that singular form is used, so callers need no plural
 * logic. Unknown languages fall back to Dutch.
 */
export function translator<K extends string>(tables: Record<Lang, Record<K, string>>) {
  return (lang: Lang, key: K, vars?: Record<string, string | number>): string => fill(tables[lang] ?? tables.nl, key, vars);
}

function fill<K extends string>(table: Record<K, string>, key: K, vars?: Record<string, string | number>): string {
  const singular = `${key}_one` as K;
  const template = vars !== undefined && Number(vars.count) === 1 && singular in table ? table[singular] : table[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (vars && name in vars ? String(vars[name]) : whole));
}

/** Tables of another language than Dutch, by table name, once installed. */
const INSTALLED: Partial<Record<Lang, Record<string, Record<string, string>>>> = {};

/**
 * The tables the content script carries are Dutch only: the English ones
 * (lib/i18n/en/) are installed by the extension's own pages when they load,
 * and sent by the background to a content script whose reader chose English
 * (see components/overlay-app/settings-store.ts), which keeps the script the
 * page loads small. Until installed, a language falls back to Dutch.
 */
export function installLanguage(lang: Lang, tables: Record<string, Record<string, string>>): void {
  INSTALLED[lang] = { ...INSTALLED[lang], ...tables };
}

export function hasLanguage(lang: Lang): boolean {
  return lang === 'nl' || INSTALLED[lang] !== undefined;
}

/** `translator` for a table whose other languages are installed later under `name`. */
export function lateTranslator<K extends string>(name: string, nl: Record<K, string>) {
  return (lang: Lang, key: K, vars?: Record<string, string | number>): string => {
    const table = (INSTALLED[lang]?.[name] as Record<K, string> | undefined) ?? nl;
    // A key the installed table lacks (an older background) still says something.
    return fill(key in table ? table : nl, key, vars);
  };
}
