import { textToBlocks, type Block } from './blocks';
import { parseChairChange, parseLabel, type Label } from './patterns';

/**
 * Turns a plain-text transcript (the seed) into the HTML of each real page
 * form, for the demo pages, the fixtures and the benchmark. The markup follows
 * ../shared/PAGES.md §2; every piece of text is escaped.
 */
export type PageFormName = 'tk-committee' | 'tk-plenary' | 'handelingen';

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const isLabelLine = (line: string) => parseLabel(line) !== null || parseChairChange(line) !== null;

function labelHtml(l: Label, cls = ''): string {
  const strong = (s: string) => `<strong${cls}>${escapeHtml(s)}</strong>`;
  if (l.name === null) return `De ${strong('voorzitter')}:`;
  const prefix = l.raw.slice(0, l.raw.indexOf(l.name)).trim();
  const party = l.party ? ` (${escapeHtml(l.party)})` : '';
  return `${escapeHtml(prefix)} ${strong(l.name)}${party}:`;
}

interface Piece {
  label: Label | null;
  block: Block;
}

function pieces(text: string): { header: Block[]; body: Piece[] } {
  const blocks = textToBlocks(text, isLabelLine);
  const first = blocks.findIndex((b) => parseLabel(b.text));
  const header = blocks.slice(0, first < 0 ? blocks.length : first);
  const body = (first < 0 ? [] : blocks.slice(first)).map((b) => ({ label: b.item ? null : parseLabel(b.text), block: b }));
  return { header, body };
}

function paragraphs(body: Piece[], form: PageFormName): string[] {
  const out: string[] = [];
  let list: string[] = [];
  const flushList = () => {
    if (list.length) out.push(`<ul>\n${list.join('\n')}\n</ul>`);
    list = [];
  };
  for (let i = 0; i < body.length; i++) {
    const { label, block } = body[i]!;
    if (block.item) {
      list.push(`<li>${escapeHtml(block.text)}</li>`);
      continue;
    }
    flushList();
    const chair = parseChairChange(block.text);
    if (chair) {
      out.push(form === 'handelingen' ? `<p><strong class="vet">Voorzitter: ${escapeHtml(chair)}</strong></p>` : `<p><strong>Voorzitter: ${escapeHtml(chair)}</strong></p>`);
      continue;
    }
    if (!label) {
      out.push(`<p>${escapeHtml(block.text)}</p>`);
      continue;
    }
    if (form === 'tk-plenary') {
      // Label, <br>, first paragraph in one <p>.
      const next = body[i + 1];
      if (next && !next.label && !next.block.item && !parseChairChange(next.block.text)) {
        out.push(`<p>${labelHtml(label)}<br>${escapeHtml(next.block.text)}</p>`);
        i++;
      } else out.push(`<p>${labelHtml(label)}<br></p>`);
    } else out.push(`<p>${labelHtml(label, form === 'handelingen' ? ' class="vet"' : '')}</p>`);
  }
  flushList();
  return out;
}

const CHROME_TOP = (title: string) => `<header class="site-header"><a class="logo" href="/">Tweede Kamer der Staten-Generaal</a>
<nav aria-label="Hoofdmenu"><ul><li><a href="/kamerleden_en_commissies">Kamerleden en commissies</a></li><li><a href="/debat_en_vergadering">Debat en vergadering</a></li><li><a href="/kamerstukken">Kamerstukken</a></li></ul></nav></header>
<nav class="breadcrumb" aria-label="Kruimelpad"><ol><li><a href="/">Home</a></li><li><a href="/kamerstukken">Kamerstukken</a></li><li>${escapeHtml(title)}</li></ol></nav>`;
const CHROME_BOTTOM = `<footer class="site-footer"><p>Tweede Kamer der Staten-Generaal · Prinses Irenestraat 6 · Den Haag</p><p>Deze website gebruikt functionele cookies.</p></footer>`;

/** One page of the given form built from a plain-text transcript. */
export function renderPage(text: string, form: PageFormName, title: string): string {
  const { header, body } = pieces(text);
  const headHtml = header.map((b) => `<p>${escapeHtml(b.text)}</p>`).join('\n');
  const bodyHtml = paragraphs(body, form).join('\n');
  if (form === 'handelingen') {
    return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>${escapeHtml(title)} | Overheid.nl &gt; Officiële bekendmakingen</title></head>
<body><header class="header"><a href="/">Officiële bekendmakingen</a></header>
<div id="content" role="main" class="content content--publication">
<div id="broodtekst" class="stuk broodtekst-container">
<h1>${escapeHtml(title)}</h1>
${headHtml}
${bodyHtml}
</div></div>
<footer><p>Dit is een publicatie van de Tweede Kamer der Staten-Generaal.</p></footer>
</body></html>
`;
  }
  const kind = form === 'tk-plenary' ? 'Plenair verslag' : 'Commissieverslag';
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>${escapeHtml(title)} | Tweede Kamer der Staten-Generaal</title></head>
<body>
${CHROME_TOP(title)}
<main id="main">
<p class="document-type">${kind}</p>
<h1 id="main-title">${escapeHtml(title)}</h1>
<div class="content">
${headHtml}
${bodyHtml}
</div>
</main>
${CHROME_BOTTOM}
</body></html>
`;
}
