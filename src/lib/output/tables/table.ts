/**
 * The open data as tables: findings, evidence, events, pairings and cities, one CSV each, written
 * with d3-dsv. Each table's columns are defined once, with their meaning in both languages (the
 * codebook on /data/ is rendered from these definitions, so a column cannot go undocumented).
 * Lists of ids in one cell are separated by "; ". No byte-order mark: Python's csv (utf-8) and
 * d3-dsv read the first column's name as written; spreadsheets open the files through their UTF-8
 * import (see the codebook). Pure.
 */
import { csvFormatRows } from 'd3';
import type { Atlas } from '../../model/atlas.ts';
import type { Localized } from '../../../schemas/index.ts';
import type { Linker } from '../opendata.ts';

export type Cell = string | number | boolean;
export interface Column<R> {
  name: string;
  about: Localized;
  value: (row: R) => Cell;
}
export interface TableDef<R> {
  file: string;
  about: Localized;
  /** The columns that identify a row (the primary key). */
  key: readonly string[];
  columns: readonly Column<R>[];
  rows: (atlas: Atlas, link: Linker) => R[];
}

/** A published table: its file, what it holds, its documented columns, and its CSV. */
export interface Table {
  file: string;
  about: Localized;
  key: readonly string[];
  columns: readonly { name: string; about: Localized }[];
  /** The table as CSV: a header row of the column names, then a row per record (RFC 4180 quoting, LF line ends). */
  csv: (atlas: Atlas, link: Linker) => string;
}

export function table<R>(def: TableDef<R>): Table {
  return {
    file: def.file,
    about: def.about,
    key: def.key,
    columns: def.columns.map(({ name, about }) => ({ name, about })),
    csv: (atlas, link) => {
      const rows = def.rows(atlas, link).map((r) => def.columns.map((c) => String(c.value(r))));
      return `${csvFormatRows([def.columns.map((c) => c.name), ...rows])}\n`;
    },
  };
}

export const L = (id: string, en: string): Localized => ({ id, en });
export const list = (xs: readonly string[] | undefined) => (xs ?? []).join('; ');
export const col = <R>(name: string, about: Localized, value: (row: R) => Cell): Column<R> => ({ name, about, value });
export const urls = <R>(url: (row: R) => Localized): Column<R>[] => [
  col('url_id', L('Halaman dalam bahasa Indonesia.', 'The page in Indonesian.'), (r) => url(r).id),
  col('url_en', L('Halaman dalam bahasa Inggris.', 'The page in English.'), (r) => url(r).en),
];
