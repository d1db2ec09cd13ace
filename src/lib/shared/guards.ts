/**
 * Shape checks for JSON the browser fetches (the search manifest, open data for reading packs):
 * small, dependency-free guards, so no schema library reaches the client. Pure and browser-safe.
 */

export type JsonRecord = Record<string, unknown>;

export const isRecord = (v: unknown): v is JsonRecord => typeof v === 'object' && v !== null && !Array.isArray(v);

const isString = (v: unknown): v is string => typeof v === 'string';

export const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);

/** A record's field if it is a string, else undefined. */
export const stringAt = (r: JsonRecord, key: string): string | undefined => (isString(r[key]) ? r[key] : undefined);

/** Text in both languages (`{ id, en }`), or undefined when either is missing. */
export function localizedAt(r: JsonRecord, key: string): { id: string; en: string } | undefined {
  const v = r[key];
  if (!isRecord(v)) return undefined;
  const id = stringAt(v, 'id');
  const en = stringAt(v, 'en');
  return id === undefined || en === undefined ? undefined : { id, en };
}
