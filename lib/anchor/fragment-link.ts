import { CONTEXT_LENGTH } from './text-quote';
/** Text fragment links (#:~:text=…) to a saved passage, for browsers that scroll to them. */

/** Percent-encode a text directive term: encodeURIComponent plus '-' (',' and '&' it already encodes). */
function encodeTerm(s: string): string {
  return encodeURIComponent(s).replace(/-/g, '%2D');
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
// Quotes longer than this many words become textStart,textEnd: shorter URLs, and they may cross paragraphs.
const LONG_QUOTE_WORDS = 10;
const EDGE_WORDS = 4;
const CONTEXT_WORDS = 3;

/**
 * A `#:~:text=` link (URL Fragment Text Directives) opening `url` at the
 * quote, so the browser scrolls to it even before the content script runs.
 * Browsers match only whole words: a quote starting or ending mid-word is cut
 * to whole words; context is cut to at most three whole words.
 */
export function textFragmentLink(url: string, exact: string, prefix = '', suffix = ''): string {
  const base = url.split('#')[0]!;
  let words = exact.trim().split(' ').filter(Boolean);
  // Drop a partial first/last word: the selection began or ended inside a word.
  const cutStart = words.length > 1 && WORD_CHAR.test(prefix.slice(-1)) && WORD_CHAR.test(exact[0] ?? '');
  if (cutStart) words = words.slice(1);
  const cutEnd = words.length > 1 && WORD_CHAR.test(suffix[0] ?? '') && WORD_CHAR.test(exact.slice(-1));
  if (cutEnd) words = words.slice(0, -1);
  if (!words.length) return base;
  // A full-length context may begin/end inside a word: keep whole words only.
  const pre = prefix.length >= CONTEXT_LENGTH ? prefix.split(' ').slice(1) : prefix.split(' ');
  const suf = suffix.length >= CONTEXT_LENGTH ? suffix.split(' ').slice(0, -1) : suffix.split(' ');
  // Context only holds next to an uncut quote edge.
  const preWords = cutStart ? [] : pre.filter(Boolean).slice(-CONTEXT_WORDS);
  const sufWords = cutEnd ? [] : suf.filter(Boolean).slice(0, CONTEXT_WORDS);
  const parts: string[] = [];
  if (preWords.length) parts.push(`${encodeTerm(preWords.join(' '))}-`);
  if (words.length > LONG_QUOTE_WORDS) {
    parts.push(encodeTerm(words.slice(0, EDGE_WORDS).join(' ')), encodeTerm(words.slice(-EDGE_WORDS).join(' ')));
  } else {
    parts.push(encodeTerm(words.join(' ')));
  }
  if (sufWords.length) parts.push(`-${encodeTerm(sufWords.join(' '))}`);
  return `${base}#:~:text=${parts.join(',')}`;
}
