import { describe, expect, it } from 'vitest';
import { compactCss } from '../../build/compact-css';
import { OVERLAY_CSS } from '../../components/overlay/styles';
import { PANELS_CSS } from '../../components/terms/panels.css';
import { PAGE_CSS } from '../../lib/page/marks';

/** The build compacts the CSS shipped in scripts; what a browser reads must not change. */
describe('compactCss', () => {
  it('drops comments and whitespace, keeps quoted strings and descendant selectors', () => {
    const css = `/* why */\n.a  .b:hover ,\n .c > .d {\n  font: 14px/1.45 "Segoe UI", sans-serif; /* note's */\n  content: " ●" / "";\n}\n:host :focus-visible { margin: 0 auto; }\n@media (max-width: 520px) { .x { width: calc(100% - 2px); } }\n`;
    expect(compactCss(css)).toBe(
      '.a .b:hover,.c>.d{font:14px/1.45 "Segoe UI",sans-serif;content:" ●" / ""}:host :focus-visible{margin:0 auto}@media (max-width:520px){.x{width:calc(100% - 2px)}}',
    );
  });

  it('on the shipped stylesheets: every rule kept (same selectors and declarations, in order), and smaller', () => {
    for (const css of [OVERLAY_CSS, PANELS_CSS, PAGE_CSS]) {
      const small = compactCss(css);
      const shape = (s: string) => (s.replace(/\/\*[\s\S]*?\*\//gu, '').match(/[^{}]+(?=\{)|[^{};]+(?=[;}])/gu) ?? []).map((x) => x.replace(/\s+/gu, '').trim()).filter(Boolean);
      expect(shape(small)).toEqual(shape(css));
      expect(small.length).toBeLessThan(css.length);
    }
  });
});
