/**
 * A case as the editor (npm run author) edits it, and the files it is kept in: its case.yaml,
 * findings.yaml, narratives and teaching notes, its entries in pairings.yaml and cities.yaml, and
 * newly imported excerpts. Loading reads them; `draftFiles` writes the draft back into the same
 * YAML (comments and untouched values kept: ./yaml-edit.ts) and MDX, as texts keyed by path.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, isSeq, parseDocument } from 'yaml';
import { NARRATIVE_SECTIONS, TEACHING_SECTIONS } from '../../../src/lib/content/sections.ts';
import { LANGS, type Lang } from '../../../src/i18n/lang.ts';
import type { ImportedSource } from '../import/source.ts';
import { applyValue, upsertById } from './yaml-edit.ts';
import { readYaml, yamlText } from './yaml-file.ts';

type Json = Record<string, unknown>;

export interface CaseDraft {
  slug: string;
  case: Json;
  findings: Json[];
  /** The pairings this case studies (entries of pairings.yaml), new or existing. */
  pairings: Json[];
  /** Places this case adds to cities.yaml. */
  cities: Json[];
  narratives: Record<Lang, string>;
  /** Teaching notes, both languages or none. */
  teaching: Record<Lang, string> | null;
  /** The case's entries in sources/sources.yaml (chapter, parts, languages, hashes). */
  sources: Json[];
  /** Excerpts imported in the editor and not yet written: their texts. */
  imported: ImportedSource[];
}

/** Everything the editor needs besides the draft: the gazetteer, vocabularies and the case's source texts. */
export interface AuthorContext {
  cities: Json[];
  sectors: Json[];
  frameworks: Json[];
  citations: Json[];
  pairingIds: string[];
  sources: { id: string; text: string }[];
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const yamlList = (file: string, key: string): Json[] => {
  if (!existsSync(file)) return [];
  const value = parseDocument(readFileSync(file, 'utf8')).toJS() as Record<string, unknown> | null;
  const list = value?.[key];
  return Array.isArray(list) ? (list as Json[]) : [];
};

const casePaths = (content: string, slug: string) => ({
  case: join(content, 'cases', slug, 'case.yaml'),
  findings: join(content, 'cases', slug, 'findings.yaml'),
  narrative: (lang: Lang) => join(content, 'cases', slug, `${lang}.mdx`),
  teaching: (lang: Lang) => join(content, 'cases', slug, 'teaching', `${lang}.mdx`),
  pairings: join(content, 'pairings.yaml'),
  cities: join(content, 'cities.yaml'),
  sources: join(content, 'sources'),
});

const template = (sections: Record<Lang, readonly string[]>, lang: Lang) =>
  sections[lang].map((heading) => `## ${heading}\n\n`).join('');

/** A new case: nothing filled in yet (the validator names every field still to write). */
export function newDraft(slug: string): CaseDraft {
  return {
    slug,
    case: {
      title: { id: '', en: '' },
      summary: { id: '', en: '' },
      thesis: {
        title: 'unknown',
        author: 'unknown',
        university: 'unknown',
        year: 'unknown',
        degree: 'unknown',
        field: 'unknown',
      },
      pairings: [],
      sectors: [],
      sources: [],
    },
    findings: [],
    pairings: [],
    cities: [],
    narratives: Object.fromEntries(LANGS.map((l) => [l, template(NARRATIVE_SECTIONS, l)])) as Record<Lang, string>,
    teaching: null,
    sources: [],
    imported: [],
  };
}

export function loadDraft(content: string, slug: string): CaseDraft | null {
  const p = casePaths(content, slug);
  if (!existsSync(p.case)) return null;
  const caseData = parseDocument(readFileSync(p.case, 'utf8')).toJS() as Json;
  const pairingIds = new Set(Array.isArray(caseData['pairings']) ? (caseData['pairings'] as string[]) : []);
  const read = (f: string) => (existsSync(f) ? readFileSync(f, 'utf8') : '');
  const teaching = LANGS.every((l) => existsSync(p.teaching(l)))
    ? (Object.fromEntries(LANGS.map((l) => [l, read(p.teaching(l))])) as Record<Lang, string>)
    : null;
  return {
    slug,
    case: caseData,
    findings: yamlList(p.findings, 'findings'),
    pairings: yamlList(p.pairings, 'pairings').filter((x) => pairingIds.has(String(x['id']))),
    cities: [],
    narratives: Object.fromEntries(LANGS.map((l) => [l, read(p.narrative(l))])) as Record<Lang, string>,
    teaching,
    sources: yamlList(join(p.sources, 'sources.yaml'), 'sources').filter((x) => x['case'] === slug),
    imported: [],
  };
}

export function authorContext(content: string, draft: CaseDraft): AuthorContext {
  const p = casePaths(content, draft.slug);
  const ids = Array.isArray(draft.case['sources']) ? (draft.case['sources'] as string[]) : [];
  const sources = ids.map((id) => {
    const imported = draft.imported.find((s) => s.id === id);
    const file = join(p.sources, `${id}.txt`);
    return { id, text: imported?.text ?? (existsSync(file) ? readFileSync(file, 'utf8') : '') };
  });
  return {
    cities: yamlList(p.cities, 'cities'),
    sectors: yamlList(join(content, 'sectors.yaml'), 'sectors'),
    frameworks: yamlList(join(content, 'frameworks.yaml'), 'frameworks'),
    citations: yamlList(join(content, 'citations.yaml'), 'citations'),
    pairingIds: yamlList(p.pairings, 'pairings').map((x) => String(x['id'])),
    sources,
  };
}

/** The files a draft is written to (whether or not they exist yet). */
export function draftPaths(content: string, draft: CaseDraft): string[] {
  const p = casePaths(content, draft.slug);
  return [
    p.case,
    p.findings,
    p.pairings,
    p.cities,
    join(p.sources, 'sources.yaml'),
    ...LANGS.map(p.narrative),
    ...LANGS.map(p.teaching),
    ...draft.imported.map((s) => join(p.sources, `${s.id}.txt`)),
  ];
}

/** Each file's SHA-256 now (`absent` for a file not there): what "changed on disk since opened" compares. */
export function versionsOf(paths: readonly string[]): Record<string, string> {
  return Object.fromEntries(paths.map((f) => [f, existsSync(f) ? sha(readFileSync(f, 'utf8')) : 'absent']));
}

/** The file's Document, or a new one with a header comment. */
function docOrNew(file: string, header: string, empty: Record<string, unknown>): Document {
  if (existsSync(file)) return readYaml(file);
  const doc = new Document(empty);
  doc.commentBefore = ` ${header}`;
  return doc;
}

/** The texts of every file the draft changes, by path. */
export function draftFiles(content: string, draft: CaseDraft): Map<string, string> {
  const p = casePaths(content, draft.slug);
  const out = new Map<string, string>();
  const caseDoc = docOrNew(
    p.case,
    'Case metadata. Write "unknown" for anything the excerpt does not state: never guess.',
    {},
  );
  applyValue(caseDoc, [], draft.case);
  out.set(p.case, yamlText(caseDoc));

  const header = 'One entry per claim of the excerpt. Quotes are copied verbatim from the source text.';
  const findingsDoc = docOrNew(p.findings, header, { findings: [] });
  applyValue(findingsDoc, ['findings'], draft.findings);
  out.set(p.findings, yamlText(findingsDoc));

  for (const [file, key, items] of [
    [p.pairings, 'pairings', draft.pairings],
    [p.cities, 'cities', draft.cities],
  ] as const) {
    if (items.length === 0) continue;
    const doc = readYaml(file);
    const list = doc.get(key, true);
    if (!isSeq(list)) throw new Error(`${file}: has no \`${key}:\` list`);
    for (const item of items) upsertById(doc, [key], item);
    out.set(file, yamlText(doc));
  }
  const sourcesFile = join(p.sources, 'sources.yaml');
  const sourcesDoc = readYaml(sourcesFile);
  for (const entry of draft.sources) upsertById(sourcesDoc, ['sources'], entry);
  out.set(sourcesFile, yamlText(sourcesDoc));
  for (const source of draft.imported) {
    const file = join(p.sources, `${source.id}.txt`);
    if (existsSync(file) && readFileSync(file, 'utf8') !== source.text)
      throw new Error(`${file} already exists with another text`);
    out.set(file, source.text);
  }
  for (const lang of LANGS) out.set(p.narrative(lang), draft.narratives[lang]);
  if (draft.teaching) for (const lang of LANGS) out.set(p.teaching(lang), draft.teaching[lang]);
  return out;
}

/** The template of a teaching note, for "Add teaching notes". */
export const teachingTemplate = (): Record<Lang, string> =>
  Object.fromEntries(LANGS.map((l) => [l, template(TEACHING_SECTIONS, l)])) as Record<Lang, string>;
