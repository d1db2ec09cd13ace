/**
 * From a PDF's lines, page by page, to the excerpt's text: page furniture (running headers and
 * footers, page numbers) removed and words hyphenated across a line break joined again. Pure; the
 * lines come from pdf.js (./extract.ts).
 */

/** One line of text as pdf.js laid it out, top to bottom. */
export interface PdfLine {
  text: string;
}

/** A page number alone on its line: `12`, `- 12 -`, `xii`, `Halaman 12`, `Page 12 of 40`. */
const PAGE_NUMBER =
  /^(?:[-–—]\s*)?(?:(?:halaman|hal\.|page|p\.)\s*)?(?:\d{1,4}|[ivxlcdm]{1,7})(?:\s*(?:dari|of)\s*\d{1,4})?(?:\s*[-–—])?$/i;

/** A header or footer's text with its numbers masked, so `Bab V  |  41` and `Bab V  |  42` match. */
const shape = (line: string) => line.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Lines at the top or bottom of a page that are furniture: a page number, or text that recurs at
 * the same end of at least half the pages (two at least), numbers aside.
 */
function furniture(pages: readonly (readonly PdfLine[])[]): Set<string> {
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const ends = new Set([lines[0], lines.at(-1)].filter((l) => l !== undefined).map((l) => shape(l.text)));
    for (const s of ends) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  const need = Math.max(2, Math.ceil(pages.length / 2));
  return new Set([...counts].filter(([s, n]) => s !== '' && n >= need).map(([s]) => s));
}

/** A page's lines without the furniture at its top and bottom (two lines deep at each end). */
function body(lines: readonly PdfLine[], repeated: ReadonlySet<string>): string[] {
  const text = lines.map((l) => l.text.trim());
  const isFurniture = (t: string) => t === '' || PAGE_NUMBER.test(t) || repeated.has(shape(t));
  let start = 0;
  let end = text.length;
  for (let k = 0; k < 2 && start < end && isFurniture(text[start] ?? ''); k++) start++;
  for (let k = 0; k < 2 && end > start && isFurniture(text[end - 1] ?? ''); k++) end--;
  return text.slice(start, end);
}

/**
 * Join a word hyphenated at a line's end with its rest on the next line (`kerja-` + `sama` →
 * `kerjasama`), unless the hyphen is a word's own: Indonesian reduplication (`kota-` + `kota`,
 * `negara-` + `negara`) and a capital after the hyphen (`Asia-` + `Pasifik`) keep it.
 */
export function joinLines(lines: readonly string[]): string {
  let out = '';
  for (const line of lines) {
    if (out === '') {
      out = line;
      continue;
    }
    const before = /([\p{L}]+)-$/u.exec(out);
    const after = /^([\p{L}]+)/u.exec(line);
    const broken = before && after && /^\p{Ll}/u.test(after[1] ?? '');
    const reduplicated = before && after && (after[1] ?? '').toLowerCase().startsWith((before[1] ?? '').toLowerCase());
    out = broken && !reduplicated ? `${out.slice(0, -1)}${line}` : `${out}\n${line}`;
  }
  return out;
}

/** The excerpt's text: each page's body, pages joined where a paragraph runs on, blank line between pages otherwise. */
export function pagesToText(pages: readonly (readonly PdfLine[])[]): string {
  const repeated = furniture(pages);
  const bodies = pages.map((lines) => body(lines, repeated)).filter((b) => b.length > 0);
  const paragraphs: string[][] = [];
  for (const lines of bodies) {
    const last = paragraphs.at(-1);
    // A page that ends mid-sentence (no full stop, colon…) runs on into the next.
    if (last && !/[.!?:;"”)]$/.test(last.at(-1) ?? '')) last.push(...lines);
    else paragraphs.push([...lines]);
  }
  return `${paragraphs.map(joinLines).join('\n\n')}\n`;
}
