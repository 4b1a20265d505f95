/**
 * Every regular expression in a TypeScript source: literals, and `new RegExp(…)` /
 * `RegExp(…)` calls (with their pattern when it is a string literal, else marked dynamic).
 * Found with the TypeScript parser, so a `/` in a string or a division is never taken for one.
 */
import ts from 'typescript';

/** @returns {{ line: number, source: string | null, flags: string, text: string }[]} */
export function regexesIn(fileName, code) {
  const sf = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found = [];
  const lineOf = (node) => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(sf);
      const end = text.lastIndexOf('/');
      found.push({ line: lineOf(node), source: text.slice(1, end), flags: text.slice(end + 1), text });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      const [pattern, flags] = node.arguments ?? [];
      const literal = (n) => (n && (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) ? n.text : null);
      found.push({ line: lineOf(node), source: literal(pattern), flags: flags ? (literal(flags) ?? '?') : '', text: node.getText(sf) });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}
