import type { Plugin } from 'vite';

/**
 * CSS shipped inside scripts (the overlay's stylesheets are strings adopted by
 * its shadow root) keeps its comments and indentation in the source, for the
 * people who read it; the shipped content script does not need them and is
 * held to a size budget (bench figure 5). Comments go, runs of whitespace
 * become one space or none next to `{ } ; , >` and after `:`. Quoted strings
 * (`content: " ●"`, `"Segoe UI"`) are copied untouched.
 */
export function compactCss(css: string): string {
  let out = '';
  let i = 0;
  const n = css.length;
  const tight = (c: string | undefined) => c !== undefined && '{};,>'.includes(c);
  while (i < n) {
    const c = css[i]!;
    if (c === '"' || c === "'") {
      const close = css.indexOf(c, i + 1);
      const end = close < 0 ? n : close + 1;
      out += css.slice(i, end);
      i = end;
    } else if (c === '/' && css[i + 1] === '*') {
      const close = css.indexOf('*/', i + 2);
      i = close < 0 ? n : close + 2;
    } else if (/\s/u.test(c)) {
      while (i < n && /\s/u.test(css[i]!)) i++;
      const before = out[out.length - 1];
      const after = css[i];
      // A comment right after the whitespace counts as nothing: look past it at the next round.
      if (out !== '' && i < n && !tight(before) && before !== ':' && !tight(after) && !(after === '/' && css[i + 1] === '*')) out += ' ';
    } else {
      if (tight(c) && out.endsWith(' ')) out = out.slice(0, -1);
      out += c;
      i++;
    }
  }
  return out.replace(/;\}/gu, '}');
}

/** `/* css *\/` followed by a template literal without `${…}`: the literal is compacted. */
const MARKED = /\/\* css \*\/ `([^`$]*)`/gu;

export function compactCssPlugin(): Plugin {
  return {
    name: 'kamerlezer-compact-css',
    enforce: 'pre',
    transform(code, id) {
      if (id.includes('/node_modules/') || !/\.tsx?$/u.test(id) || !code.includes('/* css */')) return null;
      // The literal's source text is compacted as it stands: escapes stay escapes.
      return { code: code.replace(MARKED, (_m, css: string) => `\`${compactCss(css)}\``), map: null };
    },
  };
}

/** The same for stylesheets imported as text (`design-tokens.css?raw`), once Vite has made them a module. */
export function compactRawCssPlugin(): Plugin {
  return {
    name: 'kamerlezer-compact-raw-css',
    enforce: 'post',
    transform(code, id) {
      if (!/\.css\?raw$/u.test(id)) return null;
      const m = /^export default ("(?:[^"\\]|\\.)*")/u.exec(code);
      if (!m) return null;
      return { code: `export default ${JSON.stringify(compactCss(JSON.parse(m[1]!) as string))}`, map: null };
    },
  };
}
