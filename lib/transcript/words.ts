import { isLetterOrDigitCode as isWordChar } from '../text/word-chars';

/**
 * Words as a reader counts them: runs of letters and digits, with inner
 * hyphens and apostrophes ("Wit-Rusland", "azc's" are one word). A plain
 * character loop: on a 200,000-word page a regex match array costs the page
 * tens of milliseconds it does not need to spend.
 */
export function wordCount(s: string, start = 0, end = s.length): number {
  let count = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const code = s.charCodeAt(i);
    if (isWordChar(code)) {
      if (!inWord) count++;
      inWord = true;
    } else if (inWord && (code === 45 || code === 39 || code === 0x2019) && i + 1 < end && isWordChar(s.charCodeAt(i + 1))) {
      // A hyphen or apostrophe between letters keeps the word going.
    } else inWord = false;
  }
  return count;
}
