import { findNodeAtLocation, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';

/**
 * Line and column for import messages. `JSON.parse` error texts differ per
 * browser (and V8's often give no position), so jsonc-parser (the VS Code
 * JSON scanner), set to strict JSON, finds the first syntax error and where
 * the value at a schema path begins. Only run after `JSON.parse` or the
 * schema has already failed.
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

const STRICT = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

/** The reader's words for jsonc-parser's error codes (by name: its codes are a `const enum`). */
const REASONS: Record<string, string> = {
  InvalidSymbol: 'onverwacht teken',
  InvalidNumberFormat: 'ongeldig getal',
  PropertyNameExpected: 'verwacht een naam tussen aanhalingstekens',
  ValueExpected: 'verwacht een waarde',
  ColonExpected: "verwacht ':'",
  CommaExpected: "verwacht ','",
  CloseBraceExpected: "verwacht ',' of '}'",
  CloseBracketExpected: "verwacht ',' of ']'",
  EndOfFileExpected: 'tekst na het einde van de JSON',
  InvalidCommentToken: 'commentaar hoort niet in JSON',
  UnexpectedEndOfComment: 'onverwacht einde van commentaar',
  UnexpectedEndOfString: 'tekst niet afgesloten met "',
  UnexpectedEndOfNumber: 'onverwacht einde van een getal',
  InvalidUnicode: 'ongeldige \\u-code',
  InvalidEscapeCharacter: 'ongeldige escape',
  InvalidCharacter: 'regeleinde of stuurteken in een tekst',
};

/** The first syntax error of a JSON text, or null when it is valid. */
export function jsonSyntaxError(src: string): (JsonPosition & { reason: string }) | null {
  const errors: ParseError[] = [];
  parseTree(src, errors, STRICT);
  const first = errors[0];
  if (!first) return null;
  // A text that stops early is the common case (a cut download): say so, whatever the parser expected next.
  const atEnd = first.offset + first.length >= src.trimEnd().length;
  const reason = atEnd ? 'onverwacht einde van de tekst' : (REASONS[printParseErrorCode(first.error)] ?? 'onverwacht teken');
  return { ...lineColumn(src, first.offset), reason };
}

/** Where the value at `path` (e.g. ['passages', 3, 'debate', 'date']) begins in valid JSON; its parent's when missing. */
export function locatePath(src: string, path: readonly (string | number)[]): JsonPosition | null {
  const root = parseTree(src, [], STRICT);
  if (!root) return null;
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(root, path.slice(0, n));
    if (node) return lineColumn(src, node.offset);
  }
  return null;
}
