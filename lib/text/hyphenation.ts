/**
 * Is a hyphen at the end of a printed line the layout's (a word broken in two,
 * "woningbouwcorpo-" / "raties") or the word's own ("massa-" / "immigratie",
 * "DAEB-" / "ruimte")? Justified two-column print breaks dozens of words a
 * page, and a compound with its own hyphen rarely falls at a line end, so the
 * hyphen is the layout's unless Dutch spelling or the document says otherwise.
 */

/** What the document itself shows, built once from its text. */
export interface HyphenEvidence {
  /** Every word, lower-cased. */
  words: ReadonlySet<string>;
  /** Lower-cased first parts written with a hyphen inside a line ("lhbti" of "lhbti-gemeenschap"). */
  hyphenHeads: ReadonlySet<string>;
  /** Capitalised words written inside a sentence, as printed: names ("Nibud", "Kronenburg"). */
  names: ReadonlySet<string>;
}

export function hyphenEvidence(lines: readonly string[]): HyphenEvidence {
  const words = new Set<string>();
  const hyphenHeads = new Set<string>();
  const names = new Set<string>();
  for (const line of lines) {
    // After a lower-case word, so not a sentence's first word.
    for (const m of line.matchAll(/\p{Ll}[,;:]? (\p{Lu}\p{Ll}+)(?![\p{L}-])/gu)) names.add(m[1]!);
    // Each run of letters once, with the hyphen after it (so every match starts where a run starts).
    for (const m of line.matchAll(/\p{L}+-?/gu)) {
      const hyphen = m[0].endsWith('-');
      const word = (hyphen ? m[0].slice(0, -1) : m[0]).toLowerCase();
      words.add(word);
      // Only a hyphen with a letter after it on the same line is the word's own.
      if (hyphen && /\p{L}/u.test(line[m.index + m[0].length] ?? '')) hyphenHeads.add(word);
    }
  }
  return { words, hyphenHeads, names };
}

// Spelling (Woordenlijst, "koppelteken"): a compound keeps its hyphen where the two vowels would be
// read as one sound ("zee-egel", "auto-ongeluk", "massa-immigratie"); a word broken by the layout never
// splits such a pair, so a pair like this at a line end is the word's own hyphen.
const VOWEL_PAIRS = new Set(['aa', 'ae', 'ai', 'au', 'ee', 'ei', 'eu', 'ie', 'ii', 'ij', 'oe', 'oi', 'oo', 'ou', 'ui', 'uu']);
const VOWEL = /[aeiouyáéíóúäëïöüàèìòù]/u;
/** Dutch prefixes that never stand alone: "be-", "ge-", "ver-", "ont-", "her-", "er-". */
const UNSTRESSED_PREFIX = new Set(['be', 'ge', 'ver', 'ont', 'her', 'er']);

/**
 * `head` is the run of letters before the line-end hyphen, `tail` the
 * lower-case letters that open the next line. True: the hyphen goes and the
 * two make one word.
 */
export function brokenByLayout(head: string, tail: string, doc: HyphenEvidence, tailHyphenated = false): boolean {
  // A layout never breaks one letter off ("e-" / "mail", "x-" / "as" are the words' own).
  if (head.length < 2 || tail === '') return false;
  const lower = head.toLowerCase();
  // The document writes the word whole elsewhere ("Wel-" / "zijn" beside "Mevrouw Welzijn").
  if (doc.words.has(lower + tail)) return true;
  // The document writes this first part with a hyphen inside a line ("lhbti-" / "vluchtelingen"); an unstressed
  // prefix ("ver-" of "ver-van-mijn-bedshow") is no word of its own, and the layout breaks after it all the time.
  // Unless the next line goes on with a hyphen: "ver-" / "van-mijn-bedshow" is the phrase itself.
  if (doc.hyphenHeads.has(lower) && (!UNSTRESSED_PREFIX.has(lower) || tailHyphenated)) return false;
  // An abbreviation or a name keeps its hyphen: capitals after the first letter ("DAEB-", "CDA-"),
  // no vowel at all ("mkb-", "ggz-"), or a name the document also writes alone ("Nibud-").
  if (/\p{Lu}/u.test(head.slice(1)) || !VOWEL.test(lower)) return false;
  if (doc.names.has(head)) return false;
  if (VOWEL_PAIRS.has(lower.at(-1)! + tail[0]!)) return false;
  return true;
}

/** A line ending in letters and a hyphen, the next opening with lower-case letters: is the hyphen the layout's? */
export function lineEndBreak(cur: string, next: string, doc: () => HyphenEvidence): boolean {
  if (!cur.endsWith('-')) return false;
  // The letters before the hyphen, read backwards (a regex anchored at the end would retry every start).
  let i = cur.length - 1;
  while (i > 0 && /\p{L}/u.test(cur[i - 1]!)) i--;
  const head = cur.slice(i, -1);
  const tail = /^\p{Ll}+/u.exec(next)?.[0] ?? '';
  // The document's evidence is made only when a word may be broken.
  return head.length >= 2 && tail !== '' && brokenByLayout(head, tail, doc(), next.charAt(tail.length) === '-');
}
