/** A PDF's pages as text with positions, read by Mozilla's pdf.js (pdfjs-dist), for print tests. */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfPage {
  /** The page's text, items joined by spaces. */
  text: string;
  /** How far down the page the lowest text reaches, 0 (top) to 1 (bottom). */
  filled: number;
}

export async function readPdf(pdf: Uint8Array): Promise<PdfPage[]> {
  // pdf.js takes a plain Uint8Array (not a Node Buffer).
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: PdfPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [, , , height = 1] = page.view;
    const content = await page.getTextContent();
    let lowest = height;
    const parts: string[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      parts.push(item.str);
      // PDF y grows upwards from the bottom edge; item.transform[5] is the baseline's y.
      lowest = Math.min(lowest, item.transform[5] as number);
    }
    pages.push({ text: parts.join(' '), filled: parts.length === 0 ? 0 : 1 - lowest / height });
  }
  await doc.destroy();
  return pages;
}
