import { describe, expect, it } from 'vitest';
import { findPdfLinks } from '../../lib/page/pdf-links';
import { loadPage } from '../helpers/dom';

const PAGE = 'https://www.tweedekamer.nl/kamerstukken/commissieverslagen/detail?did=2026D09876&id=2026Z03456';

describe('findPdfLinks', () => {
  it('finds the transcript file on the same site only, once each, with its link text', () => {
    const doc = loadPage(
      `<body>
        <a href="/downloads/document?id=2026D09876">Verslag (PDF, 412 kB)</a>
        <a href="https://www.tweedekamer.nl/downloads/document?id=2026D09876#page=2">zelfde</a>
        <a href="/sites/default/files/verslag.pdf">   Bijlage
          verslag </a>
        <a href="https://example.org/verslag.pdf">elders</a>
        <a href="http://www.tweedekamer.nl/x.pdf">geen https</a>
        <a href="/kamerstukken/detail?id=1">geen bestand</a>
        <a href="javascript:alert(1)">script</a>
      </body>`,
      PAGE,
    );
    expect(findPdfLinks(doc, PAGE)).toEqual([
      { url: 'https://www.tweedekamer.nl/downloads/document?id=2026D09876', label: 'Verslag (PDF, 412 kB)' },
      { url: 'https://www.tweedekamer.nl/sites/default/files/verslag.pdf', label: 'Bijlage verslag' },
    ]);
  });
});
