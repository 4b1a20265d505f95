import { PDFDocument, StandardFonts } from 'pdf-lib';

/**
 * A tiny PDF that keeps pdf.js's text extraction busy without end: one page
 * whose content stream nests `n` graphics-state saves (`q`) around a line
 * of text. About 1.8 KB at n = 200,000 (the stream compresses); pdf.js takes
 * seconds at 16,000 and does not finish at 200,000.
 */
export async function nestedSavesPdf(n: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([300, 300]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  page.drawText('De voorzitter:', { x: 20, y: 250, size: 10, font });
  const ops = `${'q '.repeat(n)}BT /F1 10 Tf 20 200 Td (Hallo) Tj ET ${'Q '.repeat(n)}`;
  page.node.addContentStream(doc.context.register(doc.context.flateStream(ops)));
  return doc.save();
}
