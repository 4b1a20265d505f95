import { normalizeText } from '../transcript/normalize';

/**
 * Element helpers that match by local name only: VLOS documents come with and
 * without their namespace (and with prefixes), and the schema details are
 * unverified, so nothing here depends on a namespace or on element order.
 */

/** An element's local name, lower case, without prefix. */
export function local(el: Element): string {
  const n = el.localName || el.nodeName;
  return n.slice(n.lastIndexOf(':') + 1).toLowerCase();
}

/** Direct children named `name`. */
export function kids(el: Element, name: string): Element[] {
  return Array.from(el.children).filter((c) => local(c) === name);
}

/**
 * First direct child named `name`. Walks the siblings rather than copying
 * `children`: readers call this several times per element, and on a 10 MB
 * document the copies were the readers' largest cost.
 */
export function kid(el: Element | null | undefined, name: string): Element | null {
  for (let c = el?.firstElementChild ?? null; c; c = c.nextElementSibling) if (local(c) === name) return c;
  return null;
}

/** Normalised text of the first direct child named `name`, or null when absent or blank. */
export function kidText(el: Element | null | undefined, name: string): string | null {
  const k = kid(el, name);
  const t = k ? normalizeText(k.textContent ?? '') : '';
  return t || null;
}

/** The text of a paragraph as spoken: without its footnotes (`noot`: "brief<noot>1 Kamerstuk …</noot> heb"). */
export function spokenText(el: Element): string {
  if (!find(el, 'noot')) return el.textContent ?? '';
  let out = '';
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) out += n.textContent ?? '';
    else if (n.nodeType === 1 && local(n as Element) !== 'noot') out += spokenText(n as Element);
  }
  return out;
}

/** A table row (`row` of `entry` cells, with or without `al` inside) as one paragraph: its cells, in order, joined by "; ". */
export function rowText(row: Element): string {
  return Array.from(row.children)
    .map(cellText)
    .filter(Boolean)
    .join('; ');
}

/** A cell's paragraphs (`al`, `li`) joined by a space, or its own text when it has none. */
function cellText(cell: Element): string {
  const parts: string[] = [];
  const walk = (el: Element) => {
    for (const c of Array.from(el.children)) {
      if (local(c) === 'al' || local(c) === 'li') parts.push(normalizeText(spokenText(c)));
      else walk(c);
    }
  };
  walk(cell);
  return parts.length > 0 ? parts.filter(Boolean).join(' ') : normalizeText(spokenText(cell));
}

/** First descendant (depth first, document order) named `name`. */
export function find(el: Element, name: string): Element | null {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (local(c) === name) return c;
    const deeper = find(c, name);
    if (deeper) return deeper;
  }
  return null;
}

/** Attribute by name in any letter case ("status", "Status"). */
export function attr(el: Element, name: string): string | null {
  for (const a of Array.from(el.attributes)) if (a.localName.toLowerCase() === name) return a.value;
  return null;
}

/** "2026-02-11T10:52:00" → "10:52"; anything else → null. */
export function timeOf(s: string | null): string | null {
  const m = s ? /T(\d{2}):(\d{2})/u.exec(s) : null;
  return m ? `${m[1]}:${m[2]}` : null;
}

/** "2026-02-11T00:00:00" → "2026-02-11". */
export function dateOf(s: string | null): string | null {
  const m = s ? /^(\d{4}-\d{2}-\d{2})/u.exec(s) : null;
  return m ? m[1]! : null;
}

/** One paragraph of a `tekst` element. */
export interface Para {
  text: string;
  /** The first bold run (`<nadruk type="Vet">`): in a label it is the name. */
  bold: string | null;
}

/**
 * Paragraphs of a `tekst` element: one per `alineaitem` (a motion's lines are
 * items too), or per `alinea` without items, or the whole text as one.
 */
export function paragraphs(tekst: Element | null): Para[] {
  if (!tekst) return [];
  const out: Para[] = [];
  const push = (el: Element) => {
    const text = normalizeText(el.textContent ?? '');
    const b = find(el, 'nadruk');
    if (text) out.push({ text, bold: b ? normalizeText(b.textContent ?? '') || null : null });
  };
  const walk = (el: Element) => {
    for (const c of Array.from(el.children)) {
      const n = local(c);
      if (n === 'alineaitem') push(c);
      else if (n === 'alinea' && !find(c, 'alineaitem')) push(c);
      else walk(c);
    }
  };
  walk(tekst);
  if (out.length === 0) push(tekst);
  return out;
}
