/**
 * "Download these findings (CSV)": the published findings table (/data/findings.csv, written at
 * build time by src/lib/output/tables/findings.ts) cut to the findings listed, in the order listed,
 * with the same columns, read and written with d3-dsv. Loaded only when the button is used.
 */
import { csvFormatRows, csvParseRows } from 'd3';

/** The rows of `csv` whose first cell is a listed id, in the listing's order, under the header. */
export function pickRows(csv: string, ids: readonly string[]): string {
  const [header, ...rows] = csvParseRows(csv.replace(/^\uFEFF/, ''));
  if (!header || header[0] !== 'id') throw new Error('findings.csv: the first column is not id');
  const byId = new Map(rows.map((r) => [r[0] ?? '', r]));
  const picked = ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [row] : [];
  });
  return `${csvFormatRows([header, ...picked])}\n`;
}
