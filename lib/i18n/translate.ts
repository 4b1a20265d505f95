export type Lang = 'nl' | 'en';

/**
 * Makes the `t` of one string table: the string for `key` in `lang`, with
 * `{name}` placeholders filled from `vars`. When `vars.count` is 1 and a
 * `<key>_one` exists, that singular form is used, so callers need no plural
 * logic. Unknown languages fall back to Dutch.
 */
export function translator<K extends string>(tables: Record<Lang, Record<K, string>>) {
  return (lang: Lang, key: K, vars?: Record<string, string | number>): string => {
    const table = tables[lang] ?? tables.nl;
    const singular = `${key}_one` as K;
    const template = vars !== undefined && Number(vars.count) === 1 && singular in table ? table[singular] : table[key];
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (vars && name in vars ? String(vars[name]) : whole));
  };
}
