/** Raw records against their schemas: each problem named by file, entry and field. Pure. */
import type { z } from 'zod';
import type { ContentError } from './errors.ts';
import type { RawRecord } from './read.ts';

/** A record that passed its schema, with where it came from and how errors name it. */
export interface Parsed<T> {
  value: T;
  rec: RawRecord;
  label: string;
}

/** How an error names an entry: by its id, its folder, or its position in the file. */
export function entryLabel(kind: string, r: RawRecord, id?: unknown): string {
  if (typeof id === 'string' && id !== '') return `${kind} "${id}"`;
  if (r.folder !== undefined && r.index === undefined) return `${kind} "${r.folder}"`;
  return `${kind} #${String((r.index ?? 0) + 1)}`;
}

/** `evidence[0].quote` from a zod issue path. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${String(p)}]` : `${out === '' ? '' : '.'}${String(p)}`;
  return out;
}

/** The value at a path inside parsed YAML, or undefined. */
export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** A zod issue in a contributor's words. */
function friendly(issue: z.core.$ZodIssue, input: unknown): string {
  const missing = issue.path.length > 0 && valueAt(input, issue.path) === undefined;
  if (issue.code !== 'unrecognized_keys' && issue.code !== 'custom' && missing) return 'is required but missing';
  if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_value') return issue.message.replace(/^Invalid option: expected one of /, 'must be one of ');
  return issue.message;
}

/** Every record of a kind through its schema; failures become errors, successes are returned. */
export function parseAll<S extends z.ZodType>(
  kind: string,
  records: readonly RawRecord[],
  schema: S,
  errors: ContentError[],
  prepare: (r: RawRecord) => unknown = (r) => r.data,
  /** The field that names an entry in errors. */
  idField = 'id',
): Parsed<z.output<S>>[] {
  const out: Parsed<z.output<S>>[] = [];
  for (const rec of records) {
    const input = prepare(rec);
    const label = entryLabel(kind, rec, valueAt(input, [idField]));
    const res = schema.safeParse(input);
    if (res.success) out.push({ value: res.data, rec, label });
    else for (const issue of res.error.issues) errors.push({ file: rec.file, entry: label, field: fieldPath(issue.path), message: friendly(issue, input) });
  }
  return out;
}

/** Reports every id seen twice among one kind's records, naming where it was first defined. */
export function checkUnique<T>(kind: string, items: readonly Parsed<T>[], idOf: (v: T) => string, errors: ContentError[]): void {
  const seen = new Map<string, RawRecord>();
  for (const it of items) {
    const id = idOf(it.value);
    const first = seen.get(id);
    if (first) errors.push({ file: it.rec.file, entry: it.label, field: 'id', message: `duplicate ${kind} id "${id}" (first defined in ${first.file})` });
    else seen.set(id, it.rec);
  }
}

/** Ids of every record, valid or not, so one bad record does not cascade into "unknown …" errors elsewhere. */
export const rawIds = (records: readonly RawRecord[]): Set<string> =>
  new Set(records.map((r) => valueAt(r.data, ['id'])).filter((v): v is string => typeof v === 'string'));
