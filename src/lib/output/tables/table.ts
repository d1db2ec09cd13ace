/**
 * The open data as tables: cases, findings, evidence, events, pairings and cities, one CSV each,
 * written with d3-dsv. Each table's columns are defined once, with their meaning in both languages
 * and their Table Schema field (type, required, allowed values): the codebook on /data/ and the
 * Data Package (datapackage.json) are rendered from these definitions, so a column cannot go
 * undocumented or undescribed. Lists of ids in one cell are separated by "; " (a Table Schema
 * `list` field with that delimiter). No byte-order mark: Python's csv (utf-8) and d3-dsv read the
 * first column's name as written; spreadsheets open the files through their UTF-8 import (see the
 * codebook). Pure.
 */
import { csvFormatRows } from 'd3';
import type { Atlas } from '../../model/atlas.ts';
import type { Localized } from '../../../schemas/index.ts';
import type { Linker } from '../opendata.ts';

export type Cell = string | number | boolean;
/** The separator of the values in a list cell. */
export const LIST_DELIMITER = '; ';

/** A column's Table Schema field (https://datapackage.org/standard/table-schema/), without its name. */
export interface FieldSpec {
  type: 'string' | 'integer' | 'number' | 'boolean' | 'list';
  /** Never empty. */
  required?: boolean;
  /** The values a cell may hold (an empty cell aside, unless required). */
  enum?: readonly string[];
  /** Values read as "no value" besides the empty cell ("unknown" in the thesis columns). */
  missing?: readonly string[];
}

export interface Column<R> {
  name: string;
  about: Localized;
  field: FieldSpec;
  value: (row: R) => Cell;
}
/** A column whose values are ids in another table's key column (a Table Schema foreign key). */
interface ForeignKey {
  field: string;
  table: string;
  key: string;
}
export interface TableDef<R> {
  file: string;
  about: Localized;
  /** The columns that identify a row (the primary key). */
  key: readonly string[];
  foreignKeys?: readonly ForeignKey[];
  columns: readonly Column<R>[];
  rows: (atlas: Atlas, link: Linker) => R[];
}

/** A published table: its file, what it holds, its documented columns, and its CSV. */
export interface Table {
  file: string;
  about: Localized;
  key: readonly string[];
  foreignKeys: readonly ForeignKey[];
  columns: readonly { name: string; about: Localized; field: FieldSpec }[];
  /** The table as CSV: a header row of the column names, then a row per record (RFC 4180 quoting, LF line ends). */
  csv: (atlas: Atlas, link: Linker) => string;
}

export function table<R>(def: TableDef<R>): Table {
  return {
    file: def.file,
    about: def.about,
    key: def.key,
    foreignKeys: def.foreignKeys ?? [],
    columns: def.columns.map(({ name, about, field }) => ({ name, about, field })),
    csv: (atlas, link) => {
      const rows = def.rows(atlas, link).map((r) => def.columns.map((c) => String(c.value(r))));
      return `${csvFormatRows([def.columns.map((c) => c.name), ...rows])}\n`;
    },
  };
}

export const L = (id: string, en: string): Localized => ({ id, en });
const STRING: FieldSpec = { type: 'string' };
export const REQUIRED: FieldSpec = { type: 'string', required: true };
export const INTEGER: FieldSpec = { type: 'integer', required: true };
export const oneOf = (values: readonly string[], required = true): FieldSpec => ({
  type: 'string',
  required,
  enum: values,
});

export const col = <R>(
  name: string,
  about: Localized,
  value: (row: R) => Cell,
  field: FieldSpec = STRING,
): Column<R> => ({
  name,
  about,
  field,
  value,
});
/** A column of ids, written "a; b" (empty when there are none). */
export const listCol = <R>(
  name: string,
  about: Localized,
  values: (row: R) => readonly string[] | undefined,
): Column<R> => col(name, about, (r) => (values(r) ?? []).join(LIST_DELIMITER), { type: 'list' });
export const urls = <R>(url: (row: R) => Localized): Column<R>[] => [
  col('url_id', L('Halaman dalam bahasa Indonesia.', 'The page in Indonesian.'), (r) => url(r).id, REQUIRED),
  col('url_en', L('Halaman dalam bahasa Inggris.', 'The page in English.'), (r) => url(r).en, REQUIRED),
];
