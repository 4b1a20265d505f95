/**
 * Line and column for import messages. `JSON.parse` error texts differ per
 * browser (and V8's often give no position), so a small scanner finds the
 * first syntax error itself, and where the value at a schema path begins.
 * Only run after `JSON.parse` or the schema has already failed.
 */

export interface JsonPosition {
  line: number;
  column: number;
}

/** 1-based line and column of a character offset. */
export function lineColumn(src: string, offset: number): JsonPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < src.length; i++) {
    if (src.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

class ScanError extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const MAX_DEPTH = 512;

function scan(src: string, target: readonly (string | number)[] | null): number | null {
  let i = 0;
  let found: number | null = null;
  const fail = (reason: string): never => {
    throw new ScanError(i, i >= src.length ? 'onverwacht einde van het bestand' : reason);
  };
  const ws = () => {
    while (i < src.length && (src[i] === ' ' || src[i] === '\t' || src[i] === '\n' || src[i] === '\r')) i++;
  };
  const string = (): string => {
    const start = i++;
    while (i < src.length) {
      const c = src.charCodeAt(i);
      if (c === 34) {
        i++;
        return JSON.parse(src.slice(start, i)) as string;
      }
      if (c < 32) fail('regeleinde of stuurteken in een tekst');
      if (c === 92) {
        const e = src[i + 1] ?? '';
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(src.slice(i + 2, i + 6))) fail('ongeldige \\u-code');
          i += 6;
        } else if ('"\\/bfnrt'.includes(e) && e) i += 2;
        else fail('ongeldige escape');
      } else i++;
    }
    return fail('tekst niet afgesloten met "');
  };
  const literal = (word: string) => {
    if (src.startsWith(word, i)) i += word.length;
    else fail('onverwacht teken');
  };
  const matches = (path: readonly (string | number)[]) =>
    target !== null && path.length === target.length && path.every((p, k) => p === target[k]);
  const value = (path: (string | number)[] | null, depth: number): void => {
    if (depth > MAX_DEPTH) fail('te diep genest');
    ws();
    if (path && found === null && matches(path)) found = i;
    const c = src[i];
    if (c === '{') {
      i++;
      ws();
      if (src[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (src[i] !== '"') fail('verwacht een naam tussen aanhalingstekens');
        const key = string();
        ws();
        if (src[i] !== ':') fail("verwacht ':'");
        i++;
        value(path && [...path, key], depth + 1);
        ws();
        if (src[i] === ',') i++;
        else if (src[i] === '}') {
          i++;
          return;
        } else fail("verwacht ',' of '}'");
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (src[i] === ']') {
        i++;
        return;
      }
      for (let k = 0; ; k++) {
        value(path && [...path, k], depth + 1);
        ws();
        if (src[i] === ',') i++;
        else if (src[i] === ']') {
          i++;
          return;
        } else fail("verwacht ',' of ']'");
      }
    }
    if (c === '"') {
      string();
      return;
    }
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    NUMBER.lastIndex = i;
    if (NUMBER.test(src)) {
      i = NUMBER.lastIndex;
      return;
    }
    fail('onverwacht teken');
  };
  value(target ? [] : null, 0);
  ws();
  if (i < src.length) fail('tekst na het einde van de JSON');
  return found;
}

/** The first syntax error of a JSON text, or null when it is valid. */
export function jsonSyntaxError(src: string): (JsonPosition & { reason: string }) | null {
  try {
    scan(src, null);
    return null;
  } catch (e) {
    if (e instanceof ScanError) return { ...lineColumn(src, e.offset), reason: e.reason };
    throw e;
  }
}

/** Where the value at `path` (e.g. ['passages', 3, 'debate', 'date']) begins in valid JSON; its parent's when missing. */
export function locatePath(src: string, path: readonly (string | number)[]): JsonPosition | null {
  for (let n = path.length; n >= 0; n--) {
    try {
      const at = scan(src, path.slice(0, n));
      if (at !== null) return lineColumn(src, at);
    } catch {
      return null;
    }
  }
  return null;
}
