/** Reading-pack state: ids of findings and cases, a title and a note for students, kept in the URL. Pure. */
import { listParam, URL_ID } from './patterns.ts';

export interface PackState {
  findings: string[];
  cases: string[];
  /** Learning objectives and discussion questions from the cases' teaching notes (teachingItemId). */
  teaching: string[];
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
    teaching: ids(p, 'teaching').filter((id) => parseTeachingItem(id) !== undefined),
    title: (p.get('title') ?? '').slice(0, PACK_TITLE_MAX),
    note: (p.get('note') ?? '').slice(0, PACK_NOTE_MAX),
  };
}

export function packQuery(s: PackState): string {
  const parts: string[] = [];
  if (s.findings.length > 0) parts.push(`findings=${s.findings.join(',')}`);
  if (s.cases.length > 0) parts.push(`cases=${s.cases.join(',')}`);
  if (s.teaching.length > 0) parts.push(`teaching=${s.teaching.join(',')}`);
  if (s.title !== '') parts.push(`title=${encodeURIComponent(s.title)}`);
  if (s.note !== '') parts.push(`note=${encodeURIComponent(s.note)}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

export const isEmptyPack = (s: PackState) => s.findings.length + s.cases.length + s.teaching.length === 0;

/** How many items a pack holds. */
export const packSize = (s: PackState) => s.findings.length + s.cases.length + s.teaching.length;

/** A teaching note's item in a pack, the same in both languages: the case, o(bjective) or q(uestion), its number. */
export interface TeachingItem {
  case: string;
  kind: 'o' | 'q';
  n: number;
}
export const teachingItemId = (t: TeachingItem): string => `${t.case}--${t.kind}${String(t.n)}`;
export function parseTeachingItem(id: string): TeachingItem | undefined {
  const m = /^([a-z0-9]+(?:-[a-z0-9]+)*)--([oq])([1-9]\d{0,2})$/.exec(id);
  return m ? { case: m[1] ?? '', kind: m[2] === 'o' ? 'o' : 'q', n: Number(m[3]) } : undefined;
}
