import { rt, type Lang } from '@/lib/i18n/reading-list';

export interface FilterValues {
  query: string;
  speaker: string;
  party: string;
  tag: string;
}

export interface FiltersProps {
  lang: Lang;
  values: FilterValues;
  options: { speakers: readonly string[]; parties: readonly string[]; tags: readonly string[] };
  onChange: (values: FilterValues) => void;
}

/** The search box (search as you type) and the speaker, party and tag filters. */
export function Filters({ lang, values, options, onChange }: FiltersProps) {
  const select = (key: 'speaker' | 'party' | 'tag', label: string, items: readonly string[]) => (
    <label class="kl-filter">
      {label}
      <select value={values[key]} onChange={(e) => onChange({ ...values, [key]: e.currentTarget.value })}>
        <option value="">{rt(lang, 'any')}</option>
        {items.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div class="kl-filters" role="search">
      <label class="kl-search">
        <span>{rt(lang, 'searchLabel')}</span>
        <input
          type="search"
          value={values.query}
          placeholder={rt(lang, 'searchPlaceholder')}
          onInput={(e) => onChange({ ...values, query: e.currentTarget.value })}
        />
      </label>
      <div class="kl-filter-row" role="group" aria-label={rt(lang, 'filters')}>
        {select('speaker', rt(lang, 'speaker'), options.speakers)}
        {select('party', rt(lang, 'party'), options.parties)}
        {options.tags.length > 0 && select('tag', rt(lang, 'tag'), options.tags)}
      </div>
    </div>
  );
}
