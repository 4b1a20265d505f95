import { useMemo, useState } from 'preact/hooks';
import type { Lang } from '../../lib/i18n/overlay';
import { t } from '../../lib/i18n/panels';
import type { DocumentTerm } from '../../lib/terms/find-terms';
import { fold } from '../../lib/text/fold';

export interface TermsPanelProps {
  terms: DocumentTerm[];
  lang: Lang;
  /** Go to an offset in a turn (the content script scrolls the page there). */
  onJump: (turnIndex: number, start: number) => void;
}


// Made on first sort, not when the content script loads: a Collator costs the page milliseconds to create.
let collator: Intl.Collator | null = null;

/** Most mentioned first; ties alphabetically, so the list does not reshuffle between renders. */
export function sortTerms(terms: readonly DocumentTerm[]): DocumentTerm[] {
  return [...terms].sort((a, b) => b.count - a.count || (collator ??= new Intl.Collator('nl', { sensitivity: 'base' })).compare(a.term, b.term));
}

/** A term's identity in this list: two entries can share a spelling but not a first occurrence. */
const keyOf = (term: DocumentTerm) => `${term.term}@${term.occurrences[0]?.start ?? -1}`;

/**
 * 'Begrippen': the document's terms with meaning and count, filterable, each
 * with jumps to where it was explained and through its occurrences. A pure
 * view; the only state is the filter and each term's occurrence cursor.
 */
export function TermsPanel({ terms, lang, onJump }: TermsPanelProps) {
  const [query, setQuery] = useState('');
  // Per term: the index of the occurrence last jumped to (absent: none yet).
  const [cursor, setCursor] = useState<ReadonlyMap<string, number>>(new Map());
  const sorted = useMemo(() => sortTerms(terms), [terms]);
  // Ids by place in the full list, so they stay put (and unique) while the filter narrows it.
  const place = useMemo(() => new Map(sorted.map((x, i) => [x, i])), [sorted]);
  const haystacks = useMemo(
    () => sorted.map((x) => fold([x.term, ...x.variants, x.meaning.expansion].join('\n'))),
    [sorted],
  );
  const q = fold(query.trim());
  const shown = q ? sorted.filter((_, i) => haystacks[i]!.includes(q)) : sorted;

  const goTo = (term: DocumentTerm, i: number) => {
    const occ = term.occurrences[i];
    if (!occ) return;
    setCursor((m) => new Map(m).set(keyOf(term), i));
    onJump(occ.turnIndex, occ.start);
  };

  if (terms.length === 0) return <p class="panel-empty">{t(lang, 'termsNone')}</p>;

  return (
    <div class="terms">
      <div class="panel-search">
        <label for="kl-terms-search">{t(lang, 'termsSearch')}</label>
        <input
          id="kl-terms-search"
          type="search"
          autocomplete="off"
          spellcheck={false}
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      </div>
      {/* Announces how far the filter narrowed the list without moving focus from the box. */}
      <p class="panel-count" role="status">
        {t(lang, 'termsShown', { shown: shown.length, total: sorted.length, count: sorted.length })}
      </p>
      {shown.length === 0 ? (
        <p class="panel-empty">{t(lang, 'termsNoMatch', { query: query.trim() })}</p>
      ) : (
        <ul class="item-list">
          {shown.map((term) => (
            <TermItem
              key={keyOf(term)}
              id={`kl-term-${place.get(term)}`}
              term={term}
              lang={lang}
              at={cursor.get(keyOf(term))}
              onGoTo={(i) => goTo(term, i)}
              onJump={onJump}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

interface TermItemProps {
  id: string;
  term: DocumentTerm;
  lang: Lang;
  /** Occurrence last jumped to, if any. */
  at: number | undefined;
  onGoTo: (occurrence: number) => void;
  onJump: (turnIndex: number, start: number) => void;
}

function TermItem({ id, term, lang, at, onGoTo, onJump }: TermItemProps) {
  const { meaning } = term;
  const total = term.occurrences.length;
  const next = at === undefined ? 0 : (at + 1) % total;
  const others = term.variants.filter((v) => v !== term.term);
  const definedAt = meaning.source === 'transcript' ? meaning.definedAt : undefined;
  const usedAt = meaning.source === 'glossary' ? meaning.usedAt : undefined;
  const headingId = `${id}-name`;
  const explanation = lang === 'en' && meaning.explanationEn ? meaning.explanationEn : meaning.explanation;

  return (
    <li class="item">
      <div class="item-head">
        <h3 class="item-title" id={headingId}>
          {term.term}
        </h3>
        <span class="term-count">
          <span aria-hidden="true">{t(lang, 'termCount', { count: term.count })}</span>
          <span class="sr-only">{t(lang, 'termCountLong', { count: term.count })}</span>
        </span>
      </div>
      {others.length > 0 && <p class="item-meta">{t(lang, 'termsVariants', { list: others.join(', ') })}</p>}
      {meaning.expansion !== term.term && <p class="term-expansion">{meaning.expansion}</p>}
      <p class="term-explanation">{explanation}</p>
      {meaning.source === 'transcript' && <p class="badge badge-info">{t(lang, 'explainedHere')}</p>}
      <div class="item-actions">
        {definedAt && (
          <button type="button" aria-describedby={headingId} onClick={() => onJump(definedAt.turnIndex, definedAt.start)}>
            {t(lang, 'whereExplained')}
          </button>
        )}
        {usedAt && (
          <button type="button" aria-describedby={headingId} onClick={() => onJump(usedAt.turnIndex, usedAt.start)}>
            {t(lang, 'howUsedHere')}
          </button>
        )}
        {total > 0 && (
          <button type="button" aria-describedby={headingId} onClick={() => onGoTo(0)}>
            {t(lang, 'firstOccurrence')}
          </button>
        )}
        {/* With one occurrence "next" would be "first" again. */}
        {total > 1 && (
          <button type="button" aria-describedby={headingId} onClick={() => onGoTo(next)}>
            {t(lang, 'nextOccurrence', { n: next + 1, total })}
          </button>
        )}
      </div>
    </li>
  );
}
