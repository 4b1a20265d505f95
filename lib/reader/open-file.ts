import type { ParseResult, Transcript } from '../transcript/model';
import { classifyUrl } from '../transcript/detect';
import { parseDocument, parseText } from '../transcript/parse';
import { parseHandelingenXml } from './handelingen-xml';
import { isHandelingenXml } from './handelingen-xml-parts';
import { xmlAsText } from './xml-as-text';
import { withLimits, type PdfLimits } from './pdf-limits';
import { pdfToText, type PdfJsLike } from './pdf-text';
import { isVlos, parseVlos } from './vlos';

/**
 * Opens a transcript from a file or pasted text, entirely in the page: the
 * content is sniffed (not trusted by name or type), routed to the PDF, VLOS,
 * Handelingen XML, HTML or text reader, and parsed into the model. Nothing is uploaded.
 */

/** Where a document came from; the recent list reopens it by this. */
export type SourceKind = 'pdf' | 'text' | 'html' | 'vlos' | 'handelingen-xml' | 'paste';

/** A chosen or dropped file, or pasted text. */
export interface InputFile {
  name: string;
  type?: string;
  /** The file's bytes; or `text` when the caller already has text (a paste). */
  bytes?: ArrayBuffer | Uint8Array;
  text?: string;
  /**
   * Where the file came from, when known (a download's page, `analyze --url`): provenance and a
   * hint for reading a page's form, never a reason to refuse content that reads as a transcript.
   */
  url?: string | null;
}

/** What the caller provides: lib/ stays free of pdf.js and of a particular DOM. */
export interface OpenDeps {
  /** The pdf.js module, or a loader for it: pdf.js is then only loaded when a PDF is opened. */
  pdfjs: PdfJsLike | (() => Promise<PdfJsLike>);
  parseHtml: (html: string) => Document;
  /** Defaults to the page's DOMParser. */
  parseXml?: (xml: string) => Document;
}

/** The model and where it came from, or a Dutch message for the user. */
export type OpenResult =
  | {
      ok: true;
      transcript: Transcript;
      /** The reader renders its own document: there are no page elements behind the turns. */
      layoutless: true;
      source: { fileName: string; kind: SourceKind };
      /** What to keep so the document reopens without the file: the text (PDF text extracted) or markup. */
      content: string;
    }
  | { ok: false; message: string };

/** Messages for documents that cannot be opened (PDF-specific ones are in pdf-text.ts). */
export const OPEN_MESSAGES = {
  empty: 'Het bestand is leeg.',
  emptyPaste: 'Er is geen tekst geplakt.',
  notTranscript: 'Dit document is geen verslag van een debat: geen sprekers gevonden.',
  binary: 'Dit bestand kan niet worden gelezen: het is geen PDF-, tekst-, HTML- of XML-bestand.',
  badXml: 'Dit XML-bestand is beschadigd en kan niet worden gelezen.',
  xmlEntities: 'Dit XML-bestand wordt niet geopend: het declareert eigen entiteiten (<!ENTITY), wat de pagina kan laten vastlopen.',
} as const;

const fail = (message: string): OpenResult => ({ ok: false, message });

function toBytes(b: ArrayBuffer | Uint8Array): Uint8Array {
  return b instanceof Uint8Array ? b : new Uint8Array(b);
}

/** "%PDF-" within the first KB (the PDF spec allows leading junk). */
function isPdf(bytes: Uint8Array): boolean {
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

/** NUL bytes or many control characters: not text (an image, an office file, a zip). */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > sample.length * 0.05;
}

/** UTF-8 when it is valid UTF-8, else Windows-1252 (older Dutch text files); no BOM. */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Node's TextDecoder (without full ICU) reads windows-1252 as Latin-1: 0x80–0x9F become control characters
    // instead of “ ” ‘ ’ – — € …; browsers decode them right, and then there is nothing to map.
    text = new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009F]/gu, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] || c);
  }
  return text.replace(/^\uFEFF/u, '');
}

/** Windows-1252's characters at 0x80–0x9F (an empty string where the code page leaves one undefined). */
const CP1252_HIGH = ['€', '', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '', 'Ž', '', '', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '', 'ž', 'Ÿ'];

/** An XML declaration, a doctype that is not HTML's, or the root of a form we read. */
const XML_START = /^(?:<\?xml\b|<!DOCTYPE\s+(?!html\b)|<(?:[\w-]+:)?(?:vlosCoreDocument|officiele-publicatie|handeling(?:en)?)\b)/iu;

/** The text after its leading comments (`<!-- … -->`, with white space between), in one pass. */
export function afterComments(text: string): string {
  let at = 0;
  while (text.startsWith('<!--', at)) {
    const end = text.indexOf('-->', at + 4);
    if (end < 0) return text.slice(at);
    at = end + 3;
    while (at < text.length && /\s/u.test(text[at]!)) at++;
  }
  return text.slice(at);
}

/** What a text is, by its content: VLOS XML, Handelingen XML, HTML, other XML, or plain text. */
export function sniffText(text: string): 'vlos' | 'handelingen-xml' | 'html' | 'xml' | 'text' {
  const head = text.slice(0, 4096).trimStart();
  if (XML_START.test(head)) {
    const start = text.slice(0, 65536);
    if (/<(?:[\w-]+:)?vlosCoreDocument\b/u.test(start)) return 'vlos';
    // officielebekendmakingen's publication root, the `handelingen` element of a Handelingen item, or the older files' root `handeling`.
    if (/<(?:[\w-]+:)?(?:officiele-publicatie|handeling(?:en)?)\b/u.test(start)) return 'handelingen-xml';
    return /<html\b/iu.test(head) ? 'html' : 'xml';
  }
  if (/^<(?:!doctype\s+html|html|head|body|meta|title|div|p|section|article|h[1-6])\b/iu.test(afterComments(head))) return 'html';
  return 'text';
}

/**
 * The URL a saved page came from, for the page-form check (a news page is
 * refused even when saved): the browser's "saved from url" comment, the
 * canonical link, or og:url.
 */
export function savedPageUrl(html: string, doc: Document): string | null {
  const saved = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/iu.exec(html.slice(0, 4096));
  if (saved) return saved[1]!;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const og = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  const url = canonical || og;
  return url && /^https?:\/\//iu.test(url) ? url : null;
}

/**
 * Entity declarations are refused before the XML parser sees them: an entity
 * used 20,000 times (or nested) expands to more text than the page can hold.
 * In XML a literal "<!ENTITY" can only stand in the doctype (or a comment),
 * so searching the whole text cannot be fooled by where the doctype starts.
 */
function declaresEntities(xml: string): boolean {
  return /<!ENTITY/iu.test(xml);
}

function parseXmlDefault(xml: string): Document {
  return new DOMParser().parseFromString(xml, 'application/xml');
}

function finish(result: ParseResult, fileName: string, kind: SourceKind, content: string): OpenResult {
  if (!result.ok) return fail(OPEN_MESSAGES.notTranscript);
  return { ok: true, transcript: result.transcript, layoutless: true, source: { fileName, kind }, content };
}

/**
 * The URL a page is read as: the given one or the one the page names, when it
 * is a transcript page's URL form (its site's markup is then known). Any other
 * URL (a news page, a download link, a search result) is provenance only: the
 * content decides whether it is a transcript.
 */
function pageUrlHint(html: string, doc: Document, given: string | null | undefined): string | null {
  const url = given || savedPageUrl(html, doc);
  const form = classifyUrl(url);
  return form === 'not-transcript' || form === 'unknown' ? null : url;
}

/**
 * Parses content kept from an earlier open (the recent list): text as text,
 * markup as HTML or VLOS. PDFs are kept as their extracted text, so reopening
 * one needs no pdf.js. `url`: where it came from, a hint (see InputFile).
 */
export function openContent(
  content: string,
  kind: SourceKind,
  fileName: string,
  deps: Pick<OpenDeps, 'parseHtml' | 'parseXml'>,
  url?: string | null,
): OpenResult {
  if (!/\S/u.test(content)) return fail(kind === 'paste' ? OPEN_MESSAGES.emptyPaste : OPEN_MESSAGES.empty);
  if (kind === 'vlos' || kind === 'handelingen-xml') {
    if (declaresEntities(content)) return fail(OPEN_MESSAGES.xmlEntities);
    const doc = (deps.parseXml ?? parseXmlDefault)(content);
    if (doc.getElementsByTagName('parsererror').length > 0) return fail(OPEN_MESSAGES.badXml);
    const known = kind === 'vlos' ? (isVlos(doc) ? parseVlos(doc) : null) : isHandelingenXml(doc) ? parseHandelingenXml(doc) : null;
    if (known?.ok) return finish(known, fileName, kind, content);
    // A structure the reader does not know (another year's schema): its text, read as text, labels and all.
    const asText = parseText(xmlAsText(doc));
    return asText.ok ? finish(asText, fileName, kind, content) : known ? finish(known, fileName, kind, content) : fail(OPEN_MESSAGES.notTranscript);
  }
  if (kind === 'html') {
    const doc = deps.parseHtml(content);
    return finish(parseDocument(doc, pageUrlHint(content, doc, url)), fileName, kind, content);
  }
  return finish(parseText(content), fileName, kind, content);
}

export interface OpenOptions {
  /** Progress of a PDF's text extraction, page by page. */
  onPdfPage?: (done: number, total: number) => void;
  /** Cancelling, and the time and page limits of reading a PDF (pdf-limits.ts). */
  pdfLimits?: PdfLimits;
}

/** Opens a chosen, dropped or pasted document. Never throws; every failure is a Dutch message. */
export async function openTranscriptFile(file: InputFile, deps: OpenDeps, opts: OpenOptions = {}): Promise<OpenResult> {
  try {
    if (file.text !== undefined && file.bytes === undefined) {
      const kind = sniffText(file.text);
      if (kind === 'xml' && declaresEntities(file.text)) return fail(OPEN_MESSAGES.xmlEntities);
      return openContent(file.text, kind === 'text' ? 'paste' : kind === 'xml' ? 'html' : kind, file.name, deps, file.url);
    }
    const bytes = toBytes(file.bytes ?? new Uint8Array());
    if (bytes.length === 0) return fail(OPEN_MESSAGES.empty);
    if (isPdf(bytes) || /\.pdf$/iu.test(file.name) || file.type === 'application/pdf') {
      const pdfjs = typeof deps.pdfjs === 'function' ? await deps.pdfjs() : deps.pdfjs;
      const r = await pdfToText(bytes, withLimits(pdfjs, opts.pdfLimits), { onPage: opts.onPdfPage });
      if (!r.ok) return fail(r.message);
      return openContent(r.text, 'pdf', file.name, deps, file.url);
    }
    if (looksBinary(bytes)) return fail(OPEN_MESSAGES.binary);
    const text = decodeText(bytes);
    const kind = sniffText(text);
    if (kind === 'xml' && declaresEntities(text)) return fail(OPEN_MESSAGES.xmlEntities);
    // Other XML is read as markup: its text may still be a transcript.
    return openContent(text, kind === 'xml' ? 'html' : kind, file.name, deps, file.url);
  } catch {
    return fail(OPEN_MESSAGES.binary);
  }
}
