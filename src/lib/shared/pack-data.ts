/**
 * What a reading pack needs from the open data files (findings.json, cases.json), read from JSON of
 * unknown shape: records that lack a field the pack shows are left out (and so reported as missing),
 * never half rendered. Pure and browser-safe; the types come from the open-data schemas, erased at build.
 */
import type { OpenCase, OpenFinding } from '../../schemas/opendata.ts';
import { isRecord, isStringArray, localizedAt, stringAt, type JsonRecord } from './guards.ts';
import { isFindingKind } from './vocabulary.ts';

export type PackFinding = Pick<OpenFinding, 'id' | 'case' | 'kind' | 'text' | 'provenance' | 'citations' | 'url'> & {
  evidence: Pick<OpenFinding['evidence'][number], 'source' | 'quote' | 'url'>[];
};
export type PackCase = Pick<OpenCase, 'id' | 'title' | 'summary' | 'reference' | 'url'>;

const records = (json: unknown, key: string): JsonRecord[] =>
  isRecord(json) && Array.isArray(json[key]) ? json[key].filter(isRecord) : [];

function evidenceOf(v: unknown): PackFinding['evidence'] | undefined {
  if (!Array.isArray(v)) return undefined;
  const out: PackFinding['evidence'] = [];
  for (const e of v) {
    if (!isRecord(e)) return undefined;
    const source = stringAt(e, 'source');
    const quote = stringAt(e, 'quote');
    const url = localizedAt(e, 'url');
    if (source === undefined || quote === undefined || url === undefined) return undefined;
    out.push({ source, quote, url });
  }
  return out;
}

function findingOf(r: JsonRecord): PackFinding | undefined {
  const [id, caseId, kind, provenance] = [
    stringAt(r, 'id'),
    stringAt(r, 'case'),
    stringAt(r, 'kind'),
    stringAt(r, 'provenance'),
  ];
  const [text, url, evidence, citations] = [
    localizedAt(r, 'text'),
    localizedAt(r, 'url'),
    evidenceOf(r['evidence']),
    r['citations'],
  ];
  if (id === undefined || caseId === undefined || text === undefined || url === undefined || evidence === undefined)
    return undefined;
  if (!isFindingKind(kind) || (provenance !== 'thesis' && provenance !== 'external') || !isStringArray(citations))
    return undefined;
  return { id, case: caseId, kind, text, provenance, evidence, citations, url };
}

function caseOf(r: JsonRecord): PackCase | undefined {
  const id = stringAt(r, 'id');
  const [title, summary, reference, url] = ['title', 'summary', 'reference', 'url'].map((k) => localizedAt(r, k));
  if (id === undefined || !title || !summary || !reference || !url) return undefined;
  return { id, title, summary, reference, url };
}

/** findings.json's findings by id. */
export const packFindings = (json: unknown): Map<string, PackFinding> =>
  new Map(
    records(json, 'findings')
      .flatMap((r) => findingOf(r) ?? [])
      .map((f) => [f.id, f]),
  );

/** cases.json's cases by id. */
export const packCases = (json: unknown): Map<string, PackCase> =>
  new Map(
    records(json, 'cases')
      .flatMap((r) => caseOf(r) ?? [])
      .map((c) => [c.id, c]),
  );

/** A case's teaching sections as its teaching.json gives them (learning objectives, discussion questions). */
export interface PackTeaching {
  sections: { title: string; items: string[] }[];
}

/** The teaching sections of a teaching.json of unknown shape; anything malformed is none. */
export function packTeaching(json: unknown): PackTeaching {
  const sections = records(json, 'sections').flatMap((s) => {
    const title = stringAt(s, 'title');
    const items = s['items'];
    return title !== undefined && isStringArray(items) && items.length > 0 ? [{ title, items }] : [];
  });
  return { sections };
}
