import { createHash } from 'node:crypto';
import { PDFDocument, PDFHexString, StandardFonts, rgb } from 'pdf-lib';

/**
 * Test PDFs made with pdf-lib, laid out like a committee report: A4, 10 pt
 * Helvetica, one printed line per line of the text, an empty line's worth of
 * space between paragraphs, a running header from page 2 and a page number
 * footer. pdf-lib's standard fonts are WinAnsi: em dash, ellipsis, euro and
 * accented letters are fine; the private-use bullet U+F0B7 is not, so bullets
 * are drawn as "•" in a run of their own, the item text indented after it.
 */

const A4: [number, number] = [595.28, 841.89];
const LEFT = 56;
const TOP = 780;
const PITCH = 14;
const SIZE = 10;

export interface PdfLayout {
  /** Where pages break: before these line indexes. */
  breakBefore: (lines: string[]) => Set<number>;
  header?: string;
}

/**
 * The seed marks its own page starts with a leading space (an artifact of the
 * extraction it came from): breaking there rebuilds the original's pages, about
 * 50 lines each.
 */
export const seedPages: PdfLayout = {
  breakBefore: (lines) => new Set(lines.map((l, i) => (i > 0 && /^ \S/u.test(l) ? i : -1)).filter((i) => i > 0)),
  header: 'Tweede Kamer, vergaderjaar 2025–2026, verslag commissiedebat JBZ-Raad',
};

/** Lays `text` out as a PDF, line by line. */
export async function textToPdf(text: string, layout: PdfLayout = seedPages): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const lines = text.replace(/\s+$/u, '').split('\n');
  const breaks = layout.breakBefore(lines);
  const pages: ReturnType<typeof doc.addPage>[] = [];
  let page = doc.addPage(A4);
  pages.push(page);
  let y = TOP;
  lines.forEach((raw, i) => {
    if (breaks.has(i) || y < 90) {
      page = doc.addPage(A4);
      pages.push(page);
      y = TOP;
    }
    const line = raw.trim();
    if (line) {
      const bullet = /^[\uF0B7•]\s*/u.exec(line);
      if (bullet) {
        page.drawText('•', { x: LEFT, y, size: SIZE, font });
        page.drawText(line.slice(bullet[0].length), { x: LEFT + 18, y, size: SIZE, font });
      } else {
        page.drawText(line, { x: LEFT, y, size: SIZE, font });
      }
    }
    y -= PITCH;
  });
  pages.forEach((p, k) => {
    if (k > 0 && layout.header) p.drawText(layout.header, { x: LEFT, y: 805, size: 8, font, color: rgb(0.3, 0.3, 0.3) });
    const n = String(k + 1);
    p.drawText(n, { x: A4[0] / 2 - font.widthOfTextAtSize(n, 9) / 2, y: 40, size: 9, font });
  });
  return doc.save();
}

/** A PDF whose only page holds a drawn shape and no text: what a scan without OCR gives. */
export async function imageOnlyPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage(A4);
  page.drawRectangle({ x: 100, y: 400, width: 300, height: 200, color: rgb(0.7, 0.7, 0.7) });
  return doc.save();
}

// --- A password-protected PDF -------------------------------------------------
// pdf-lib cannot encrypt, so the Standard security handler (revision 2, 40-bit
// RC4, PDF 1.7 §7.6.3) is added by hand: real /O and /U entries for a user
// password, which is all pdf.js checks before it asks for the password. The
// content streams stay unencrypted: no reader gets that far without the password.

const PAD = Uint8Array.from([
  0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08,
  0x2e, 0x2e, 0x00, 0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a,
]);

function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const s = Uint8Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = new Uint8Array(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 255;
    j = (j + s[i]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[k] = data[k]! ^ s[(s[i]! + s[j]!) & 255]!;
  }
  return out;
}

const padded = (pw: string) => Uint8Array.from([...new TextEncoder().encode(pw), ...PAD].slice(0, 32));
const md5 = (...parts: Uint8Array[]) => new Uint8Array(createHash('md5').update(Buffer.concat(parts)).digest());
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

/** A one-page PDF that opens only with `userPassword`. */
export async function passwordPdf(userPassword = 'geheim', ownerPassword = 'eigenaar'): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage(A4).drawText('De voorzitter:', { x: LEFT, y: TOP, size: SIZE, font });
  const id = md5(new TextEncoder().encode('kamerlezer-test'));
  const P = -44; // print, copy etc. allowed; the value only enters the key
  const o = rc4(md5(padded(ownerPassword)).subarray(0, 5), padded(userPassword));
  const p = new Uint8Array(4);
  new DataView(p.buffer).setInt32(0, P, true);
  const u = rc4(md5(padded(userPassword), o, p, id).subarray(0, 5), PAD);
  const ctx = doc.context;
  const encrypt = ctx.obj({ Filter: 'Standard', V: 1, R: 2, O: PDFHexString.of(hex(o)), U: PDFHexString.of(hex(u)), P });
  ctx.trailerInfo.Encrypt = ctx.register(encrypt);
  ctx.trailerInfo.ID = ctx.obj([PDFHexString.of(hex(id)), PDFHexString.of(hex(id))]);
  return doc.save({ useObjectStreams: false });
}
