import { hyphenEvidence, lineEndBreak, type HyphenEvidence } from '../text/hyphenation';
import { endsWithAbbreviation } from '../text/sentences';
import { normalizeText } from './normalize';
import { LIST_ITEM, startsListItem } from './patterns';

/**
 * Every source is first cut into blocks (a paragraph, a heading, a list item),
 * then one builder turns blocks into the model. `ref` carries what the source
 * wants back (a DOM element for pages, nothing for plain text).
 */
export interface Block<R = null> {
  /** Normalised text of the whole block. */
  text: string;
  /** For `label<br>speech` blocks (the tweedekamer.nl plenary form): the part before the first line break. */
  head: string | null;
  /** The part after the first line break, when `head` is set. */
  tail: string | null;
  heading: boolean;
  /** The block is a list item (bullet, dash, number, `<li>`); the marker is removed from `text`. */
  item: boolean;
  /** Text of the block's first `<strong>`/`<b>`: in HTML labels it is the speaker's name. */
  bold: string | null;
  ref: R;
}

/** Strips a leading list marker; returns the text and whether there was one. */
export function stripListMarker(raw: string): { text: string; item: boolean } {
  const trimmed = raw.replace(/^[\s\u00A0]+/, '');
  const m = LIST_ITEM.exec(trimmed);
  if (!m) return { text: raw, item: false };
  return { text: trimmed.slice(m[0].length), item: true };
}

// A line that stands alone even without a blank line before it: PDF text glues
// labels, chair changes and list items to the paragraph above.
function standsAlone(line: string, afterSentence: boolean, isLabelLine: (s: string) => boolean): boolean {
  if (startsListItem(line, afterSentence)) return true;
  if (/^(?:Voorzitter|Griffier)\s*:\s*\S/u.test(line)) return true;
  if (/^(?:Aanvang|Sluiting)\s+\d{1,2}[.:]\d{2}\s+uur\.?$/u.test(line)) return true;
  if (/^De vergadering wordt .*geschorst\.?$/u.test(line)) return true;
  return isLabelLine(line);
}

/**
 * Joins the lines of one paragraph of PDF text. A hyphen at a line end is the
 * word's own in "Wit-\nRusland" and "Uitvoerings- \nen" (kept, with the space
 * after it only when the line had one), the layout's in "woningbouwcorpo-\nraties"
 * (dropped: lib/text/hyphenation.ts decides, from Dutch spelling and the document).
 */
function joinLines(lines: string[], doc: () => HyphenEvidence): string {
  const parts: string[] = [];
  // Only the end of the text joined so far decides, so only its last two characters are kept to
  // test: testing the whole of it with a regex anchored at its end made a paragraph of many short
  // lines quadratic (77 s for 1 MB).
  let tail = '';
  for (const raw of lines) {
    const line = raw.replace(/^[\s\u00A0]+/, '');
    const hyphen = tail !== '' && /\S-$/u.test(tail);
    if (hyphen && lineEndBreak(parts.at(-1)!, line, doc)) parts[parts.length - 1] = parts.at(-1)!.slice(0, -1);
    const piece = tail === '' || hyphen ? line : ' ' + line;
    parts.push(piece);
    tail = ((parts.at(-2) ?? '').slice(-2) + piece).slice(-2);
  }
  return parts.join('');
}

/**
 * Whether the text holds one paragraph per line rather than printed lines: nearly every line of text ends
 * a sentence or a label (a printed line, as a PDF's text gives it, mostly stops mid-sentence). Such text,
 * saved from a word processor or a web page, may have no blank line between paragraphs.
 */
function paragraphPerLine(lines: readonly string[]): boolean {
  let ends = 0;
  let all = 0;
  for (const l of lines) {
    const t = l.trimEnd();
    if (t.trim() === '') continue;
    all++;
    if (/[.!?:;)"”’]$/u.test(t)) ends++;
  }
  return all >= 5 && ends >= 0.7 * all;
}

const GOVERNMENT_OPENS = /^(?:De|Het)\s+(?:minister|staatssecretaris|kabinet|regering)(?![\p{L}])/u;

/** Cuts plain text (as extracted from a PDF, or typed) into blocks. */
export function textToBlocks(text: string, isLabelLine: (s: string) => boolean): Block[] {
  const blocks: Block[] = [];
  const all = text.replace(/\r\n?/g, '\n').split('\n');
  // What the document shows of its words and hyphens, made once and only if a line ends in one.
  let evidence: HyphenEvidence | null = null;
  const doc = () => (evidence ??= hyphenEvidence(all));
  let lines: string[] = [];
  const flush = () => {
    if (lines.length === 0) return;
    const joined = joinLines(lines, doc);
    lines = [];
    const { text: body, item } = stripListMarker(joined);
    const norm = normalizeText(body);
    if (norm) blocks.push({ text: norm, head: null, tail: null, heading: false, item, bold: null, ref: null });
  };
  const perLine = paragraphPerLine(all);
  // Whether the lines gathered so far make a list item (it goes on over lines, unless each line is a paragraph).
  let inItem = false;
  for (const rawLine of all) {
    // Trailing spaces matter for hyphen joins ("Uitvoerings- "), so only the
    // line's newline is stripped here; a trailing space survives to joinLines.
    const probe = normalizeText(rawLine);
    if (probe === '') {
      flush();
      continue;
    }
    // One paragraph per line: a line that opens with the government as subject is a paragraph of its own (the
    // items of a closing list read without marks).
    if (perLine && GOVERNMENT_OPENS.test(probe)) {
      flush();
      lines.push(rawLine);
      flush();
      continue;
    }
    // The line before ended a sentence or announced ("." or ":", not after "enz." or initials): an em dash may open an item.
    const before = lines.length > 0 ? lines[lines.length - 1]!.trim() : '';
    const afterSentence = /[.:]$/u.test(before) && !endsWithAbbreviation(before);
    if (standsAlone(probe, afterSentence, isLabelLine)) {
      flush();
      lines.push(rawLine);
      // A label or header line is a block of its own; a list item goes on over lines.
      inItem = startsListItem(probe, afterSentence);
      if (!inItem) flush();
      continue;
    }
    // With one paragraph per line, a list item that ended its sentence is done: "Ik zie de minister al wijzen." after
    // the last item is the chair speaking again.
    if (perLine && inItem && /[.!?;)"”’]$/u.test(before)) flush();
    inItem &&= lines.length > 0;
    lines.push(rawLine);
    // One paragraph per line, as a web page or a word processor saves it: a line that ends a sentence ends its
    // paragraph, so the turn keeps the paragraphs the record printed (the answer to one question, then the next),
    // as Handelingen XML and the site's pages give them. A line that stops mid-sentence goes on in the next.
    if (perLine && !inItem && /[.!?;"”’]$/u.test(probe) && !endsWithAbbreviation(probe)) flush();
  }
  flush();
  return blocks;
}
