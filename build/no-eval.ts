import type { Plugin } from 'vite';

/**
 * Takes the Function-constructor calls out of the libraries we ship, so that no
 * shipped file contains generated-code machinery (the stores' reviewers and
 * `web-ext lint` flag it, and extension CSP would refuse it anyway).
 *
 * Every site removed here is one the product already never reaches: zod runs
 * jitless (lib/zod-jitless.ts) and pdf.js gets `isEvalSupported: false`
 * (lib/reader/pdf-text.ts). Each rule names the exact text of the pinned
 * version; if a library upgrade changes that text, the build fails here
 * rather than shipping the old code unseen.
 */
interface Rule {
  /** What the site is, for the build error. */
  what: string;
  /** Module id (transform) or emitted asset name (generateBundle) it applies to. */
  file: RegExp;
  find: string;
  replace: string;
}

const RULES: Rule[] = [
  {
    what: "zod's eval probe (allowsEval)",
    file: /\/zod\/v4\/core\/util\.js$/,
    find: 'const F = Function;\n        new F("");\n        return true;',
    replace: 'return false;',
  },
  {
    what: "zod's code generator (Doc.compile), used only without jitless",
    file: /\/zod\/v4\/core\/doc\.js$/,
    find: 'const F = Function;',
    replace: 'const F = function () { throw new Error("zod code generation is not shipped"); };',
  },
  {
    what: "pdf.js's eval probe (FeatureTest.isEvalSupported)",
    file: /\/pdfjs-dist\/build\/pdf\.mjs$/,
    find: 'new Function("");\n    return true;',
    replace: 'return false;',
  },
  {
    what: "pdf.js worker's eval probe",
    file: /pdf\.worker\.min-[^/]*\.mjs$/,
    find: 'function isEvalSupported(){try{new Function("");return!0}catch{return!1}}',
    replace: 'function isEvalSupported(){return!1}',
  },
  {
    what: "pdf.js worker's PostScript function compiler",
    file: /pdf\.worker\.min-[^/]*\.mjs$/,
    find: '{const e=(new PostScriptCompiler).compile(i,a,s);if(e)return new Function("src","srcOffset","dest","destOffset",e)}',
    replace: '{}',
  },
];

function apply(name: string, text: string): string {
  let out = text;
  for (const rule of RULES) {
    if (!rule.file.test(name)) continue;
    const at = out.indexOf(rule.find);
    if (at < 0 || out.indexOf(rule.find, at + 1) >= 0) {
      throw new Error(`no-eval: ${rule.what} not found exactly once in ${name}; check the rule against the new version`);
    }
    out = out.slice(0, at) + rule.replace + out.slice(at + rule.find.length);
  }
  return out;
}

export function noEval(): Plugin {
  return {
    name: 'kamerlezer-no-eval',
    enforce: 'pre',
    // Library modules are bundled from source: rewrite them before minifying.
    transform(code, id) {
      const file = id.split('?')[0]!;
      return RULES.some((r) => r.file.test(file)) ? { code: apply(file, code), map: null } : null;
    },
    // The pdf.js worker is copied as a file (an `?url` asset), not bundled: rewrite the copy. Its
    // name keeps the hash of pdf.js's original text, which still changes with every pdf.js version.
    generateBundle(_options, bundle) {
      for (const out of Object.values(bundle)) {
        if (out.type !== 'asset' || !RULES.some((r) => r.file.test(out.fileName))) continue;
        const text = typeof out.source === 'string' ? out.source : new TextDecoder().decode(out.source);
        out.source = apply(out.fileName, text);
      }
    },
  };
}
