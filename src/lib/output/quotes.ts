/**
 * Quotations as the open data gives them: plain text (Markdown emphasis removed, whitespace
 * collapsed) and the exact span they cover in the source file, in code points (as Python and most
 * languages index strings). Pure.
 */
import { locateQuote } from '../content/excerpt.ts';
import type { Atlas } from '../model/atlas.ts';
import type { Evidence } from '../../schemas/index.ts';

/** A quotation as plain text. */
export const plainQuote = (quote: string): string => quote.replace(/[*_]/g, '').replace(/\s+/g, ' ').trim();

const codePoints = (s: string, utf16: number) => Array.from(s.slice(0, utf16)).length;

/**
 * Where a quotation sits in its source file: `[start, end)` in code points. The validator located
 * every quote in the excerpt's text; one it cannot find in the file itself (a quote across a
 * heading marker) stops the build rather than publishing a quote without its span.
 */
export function quoteSpan(atlas: Atlas, ev: Evidence): { start: number; end: number } {
  const text = atlas.source.get(ev.source)?.text ?? '';
  const span = locateQuote(text, ev.quote);
  if (!span) throw new Error(`open data: quote not found in the file of source ${ev.source}: "${ev.quote}"`);
  return { start: codePoints(text, span.start), end: codePoints(text, span.end) };
}
