/** Reading-pack state: ids of findings and cases, a title and a note for students, kept in the URL. Pure. */
import { listParam, URL_ID } from './patterns.ts';

export interface PackState {
  findings: string[];
  cases: string[];
  title: string;
  /** The lecturer's note for students (instructions, a deadline), plain text. */
  note: string;
}

/** The longest title and note kept (longer ones are cut). */
export const PACK_TITLE_MAX = 200;
export const PACK_NOTE_MAX = 600;

const ids = (params: URLSearchParams, key: string) => listParam(params.getAll(key), (v) => URL_ID.test(v));

export function parsePack(search: string): PackState {
  const p = new URLSearchParams(search);
  return {
    findings: ids(p, 'findings'),
    cases: ids(p, 'cases'),
    title: (p.get('title') ?? '').slice(0, PACK_TITLE_MAX),
    note: (p.get('note') ?? '').slice(0, PACK_NOTE_MAX),
  };
}

export function packQuery(s: PackState): string {
  const parts: string[] = [];
  if (s.findings.length > 0) parts.push(`findings=${s.findings.join(',')}`);
  if (s.cases.length > 0) parts.push(`cases=${s.cases.join(',')}`);
  if (s.title !== '') parts.push(`title=${encodeURIComponent(s.title)}`);
  if (s.note !== '') parts.push(`note=${encodeURIComponent(s.note)}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

export const isEmptyPack = (s: PackState) => s.findings.length === 0 && s.cases.length === 0;
