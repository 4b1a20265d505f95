/**
 * npm run analyze -- <file> [--url <url>]
 * Reads an HTML page or a text file, runs the extension's own lib/ code on
 * happy-dom's DOM, prints one JSON document (see README, "analyze").
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { analyze } from '../lib/analyze';
import { analyzers } from '../lib/analyzers';
import { parseDocument, parseText } from '../lib/transcript/parse';

function fail(message: string): never {
  process.stderr.write(`analyze: ${message}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
let file: string | undefined;
let url: string | undefined;
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--url') url = args[++i] ?? fail('--url needs a value');
  else if (a === '--help' || a === '-h') {
    process.stdout.write('usage: npm run analyze -- <file.html|file.txt> [--url <page url>]\n');
    process.exit(0);
  } else if (a.startsWith('--')) fail(`unknown option ${a}`);
  else if (file) fail('give one file');
  else file = a;
}
if (!file) fail('usage: npm run analyze -- <file> [--url <url>]');

let raw: string;
try {
  raw = readFileSync(file, 'utf8');
} catch (e) {
  fail(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
}

const looksHtml = /\.x?html?$/i.test(file) || /^\s*(?:<!doctype html|<html|<head|<body|<div|<p)/i.test(raw);
let result;
if (looksHtml || url) {
  // Scripts in the page are never run: happy-dom only parses.
  const window = new Window({ url: url ?? 'https://localhost/', settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  window.document.write(raw);
  result = parseDocument(window.document as unknown as Document, url ?? null);
  await window.happyDOM.close();
} else {
  result = parseText(raw);
}
process.stdout.write(JSON.stringify(analyze(result, analyzers), null, 2) + '\n');
