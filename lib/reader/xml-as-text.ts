import { normalizeText } from '../transcript/normalize';

/**
 * The text of an XML transcript in reading order, one paragraph per element
 * that holds text itself (mixed content: `<al>`, `<spreker>…):</spreker>`,
 * `<tekst>`), for the text reader. The fall-back for a publisher's XML whose
 * structure the dedicated readers do not know (another year's schema): the
 * labels it prints ("De heer X (VVD):") are still read as labels. Linear:
 * one walk, no element visited twice.
 */
export function xmlAsText(doc: Document, maxParagraphs = 200_000): string {
  const out: string[] = [];
  const stack: Element[] = doc.documentElement ? [doc.documentElement] : [];
  while (stack.length > 0 && out.length < maxParagraphs) {
    const el = stack.pop()!;
    const ownText = Array.from(el.childNodes).some((n) => n.nodeType === 3 && /\S/u.test(n.nodeValue ?? ''));
    if (ownText) {
      const text = normalizeText(el.textContent ?? '');
      if (text) out.push(text);
      continue;
    }
    // Children in document order: pushed last-first.
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return out.join('\n\n');
}
