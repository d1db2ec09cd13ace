/**
 * A thesis excerpt's text from the file a contributor has: .txt or .md as it is (UTF-8), .docx
 * through mammoth, .pdf through Mozilla's pdf.js (pdfjs-dist) with its page furniture and line-break
 * hyphenation repaired (./pdf-layout.ts). A file that yields no text (a scanned PDF), an encrypted
 * or broken file, or one of another kind gets an ImportError saying which and what to do.
 */
import { extname } from 'node:path';
import mammoth from 'mammoth';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { pagesToText, type PdfLine } from './pdf-layout.ts';

const IMPORT_FORMATS = ['txt', 'md', 'docx', 'pdf'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export class ImportError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'ImportError';
  }
}

export interface Extracted {
  text: string;
  format: ImportFormat;
}

/** Fewer letters than this and the file has no usable text (a scan, a cover page). */
const MIN_LETTERS = 40;

function formatOf(file: string): ImportFormat {
  const ext = extname(file).slice(1).toLowerCase();
  const format = IMPORT_FORMATS.find((f) => f === ext);
  if (!format)
    throw new ImportError(file, `cannot import a .${ext || '(no extension)'} file: give .txt, .md, .docx or .pdf`);
  return format;
}

function utf8(file: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError(file, 'is not UTF-8 text: save it as UTF-8 (or import the .docx or .pdf)');
  }
}

async function docx(file: string, bytes: Uint8Array): Promise<string> {
  try {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return `${value.replace(/\n{3,}/g, '\n\n').trim()}\n`;
  } catch (e) {
    throw new ImportError(file, `is not a readable .docx (${e instanceof Error ? e.message : String(e)})`);
  }
}

/** Each page's lines, from pdf.js's text items (a new line at each end-of-line mark or change of baseline). */
async function pdfLines(file: string, bytes: Uint8Array): Promise<PdfLine[][]> {
  let doc;
  try {
    doc = await getDocument({
      data: new Uint8Array(bytes),
      useSystemFonts: false,
      isEvalSupported: false,
      verbosity: 0,
    }).promise;
  } catch (e) {
    const name = e instanceof Error ? e.name : '';
    if (name === 'PasswordException')
      throw new ImportError(file, 'is encrypted (password-protected): save an unprotected copy, or import its text');
    throw new ImportError(file, `is not a readable PDF (${e instanceof Error ? e.message : String(e)})`);
  }
  try {
    const pages: PdfLine[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      const lines: PdfLine[] = [];
      let text = '';
      let y: number | undefined;
      const flush = () => {
        if (text.trim() !== '') lines.push({ text: text.replace(/\s+/g, ' ').trim() });
        text = '';
      };
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const baseline = item.transform[5] as number;
        if (y !== undefined && Math.abs(baseline - y) > 2 && item.str.trim() !== '') flush();
        if (item.str.trim() !== '') y = baseline;
        text += item.str;
        if (item.hasEOL) flush();
      }
      flush();
      pages.push(lines);
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

export async function extractText(file: string, bytes: Uint8Array): Promise<Extracted> {
  const format = formatOf(file);
  const text =
    format === 'pdf'
      ? pagesToText(await pdfLines(file, bytes))
      : format === 'docx'
        ? await docx(file, bytes)
        : utf8(file, bytes);
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  if (letters < MIN_LETTERS)
    throw new ImportError(
      file,
      format === 'pdf'
        ? 'has no text layer (a scanned PDF?): run OCR on it first, or import the text as .txt'
        : `has almost no text (${String(letters)} letters)`,
    );
  return { text, format };
}
