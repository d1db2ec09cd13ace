/**
 * The case editor's calls to its server (tools/lib/author/server.ts), each answer checked for the
 * shape the page relies on before it is used. Browser code.
 */
import type { Json } from './fields.ts';
import type { Source } from './source-panel.ts';

export interface Problem {
  file: string;
  entry: string;
  field: string;
  message: string;
}
export interface Opened {
  draft: Json & { slug: string; imported: Source[] };
  versions: Record<string, string>;
  context: {
    cities: Json[];
    sectors: Json[];
    frameworks: Json[];
    citations: Json[];
    pairingIds: string[];
    sources: Source[];
  };
  teachingTemplate: Record<string, string>;
  restored?: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** The server's answers, checked for the shape this page relies on. */
export const is = {
  opened: (v: unknown): v is Opened =>
    isRecord(v) && isRecord(v['draft']) && isRecord(v['context']) && isRecord(v['versions']),
  saved: (v: unknown): v is Opened & { written: string[] } =>
    is.opened(v) && Array.isArray(v['written' as keyof Opened]),
  autosaved: (v: unknown): v is { at: string } => isRecord(v) && typeof v['at'] === 'string',
  checked: (v: unknown): v is { errors: Problem[] } => isRecord(v) && Array.isArray(v['errors']),
  preview: (v: unknown): v is { state: string; at?: string; message?: string } =>
    isRecord(v) && typeof v['state'] === 'string',
  source: (v: unknown): v is Source & { entry: Json } =>
    isRecord(v) && typeof v['id'] === 'string' && typeof v['text'] === 'string' && isRecord(v['entry']),
  cases: (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string'),
};

export async function api<T>(
  method: string,
  path: string,
  guard: (v: unknown) => v is T,
  body?: unknown,
  raw?: Blob,
): Promise<T> {
  const res = await fetch(path, {
    method,
    headers: raw ? {} : { 'content-type': 'application/json' },
    body: raw ?? (body === undefined ? null : JSON.stringify(body)),
  });
  const value: unknown = await res.json();
  if (!res.ok) {
    const error = isRecord(value) && typeof value['error'] === 'string' ? value['error'] : `HTTP ${String(res.status)}`;
    throw Object.assign(new Error(error), { detail: isRecord(value) ? value['detail'] : undefined });
  }
  if (!guard(value)) throw new Error(`${path}: unexpected answer from the editor's server`);
  return value;
}
