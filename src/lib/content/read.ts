/**
 * Reads the content tree from disk into raw, unvalidated records. The only module that touches
 * the file system for content (besides `narrativeFromFile`, with which a page reads its own
 * narrative); everything after it is pure.
 *
 * Layout (see CONTRIBUTING.md):
 *   content/sectors.yaml, cities.yaml, pairings.yaml, frameworks.yaml, citations.yaml  (lists)
 *   content/sources/sources.yaml + <id>.txt                                             (excerpts)
 *   content/cases/<slug>/case.yaml, findings.yaml, id.mdx, en.mdx, teaching/{id,en}.mdx (optional)
 *   content/concepts/<slug>/concept.yaml, id.mdx, en.mdx
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import type { ContentError } from './errors.ts';

export interface RawRecord {
  /** File, relative to the project root. */
  file: string;
  /** Position in a list file (0-based), if the file holds a list. */
  index?: number;
  /** The folder name for folder-based entries (cases, concepts). */
  folder?: string;
  data: unknown;
}

interface RawText {
  file: string;
  text: string;
  sha256: string;
}

export interface RawCorpus {
  root: string;
  sectors: RawRecord[];
  cities: RawRecord[];
  pairings: RawRecord[];
  frameworks: RawRecord[];
  citations: RawRecord[];
  sources: RawRecord[];
  /** Source texts by source id (file name without `.txt`). */
  sourceTexts: Map<string, RawText>;
  cases: RawRecord[];
  findings: RawRecord[];
  concepts: RawRecord[];
  /** MDX narratives by `<kind>/<slug>/<lang>`, e.g. `cases/semarang-jung-gu/en` or `teaching/semarang-jung-gu/id`. */
  narratives: Map<string, RawText>;
  /** Problems found while reading (missing files, YAML syntax). */
  errors: ContentError[];
}

const LIST_FILES = ['sectors', 'cities', 'pairings', 'frameworks', 'citations'] as const;

export function readCorpus(projectRoot: string, contentDir: string): RawCorpus {
  const root = resolve(projectRoot, contentDir);
  const rel = (p: string) => relative(projectRoot, p).split('\\').join('/');
  const errors: ContentError[] = [];
  const corpus: RawCorpus = {
    root: rel(root) || '.',
    sectors: [],
    cities: [],
    pairings: [],
    frameworks: [],
    citations: [],
    sources: [],
    sourceTexts: new Map(),
    cases: [],
    findings: [],
    concepts: [],
    narratives: new Map(),
    errors,
  };

  const readYaml = (path: string): unknown => {
    const text = readFileSync(path, 'utf8');
    try {
      // YAML 1.2 core schema: dates stay strings (the schemas check them), duplicate keys are errors.
      // js-yaml rather than `yaml`: 12× faster and a third of the memory on 10,000 cases.
      return load(text, { schema: CORE_SCHEMA, filename: rel(path) });
    } catch (e) {
      const msg = e instanceof YAMLException ? `${e.reason} (line ${e.mark.line + 1}, column ${e.mark.column + 1})` : String(e);
      errors.push({ file: rel(path), entry: '', field: '', message: `is not valid YAML: ${msg}` });
      return undefined;
    }
  };

  const readList = (path: string, key: string, into: RawRecord[]) => {
    if (!existsSync(path)) {
      errors.push({ file: rel(path), entry: '', field: '', message: 'file is missing' });
      return;
    }
    const data = readYaml(path);
    if (data === undefined) return;
    const list = data !== null && typeof data === 'object' && key in data ? (data as Record<string, unknown>)[key] : data;
    if (!Array.isArray(list)) {
      errors.push({ file: rel(path), entry: '', field: key, message: `must be a list (a YAML sequence under "${key}:")` });
      return;
    }
    list.forEach((item, index) => into.push({ file: rel(path), index, data: item }));
  };

  const readText = (path: string): RawText => {
    const buf = readFileSync(path);
    return { file: rel(path), text: buf.toString('utf8'), sha256: createHash('sha256').update(buf).digest('hex') };
  };

  if (!existsSync(root) || !statSync(root).isDirectory()) {
    errors.push({ file: rel(root), entry: '', field: '', message: 'content folder is missing' });
    return corpus;
  }

  for (const name of LIST_FILES) readList(join(root, `${name}.yaml`), name, corpus[name]);

  const sourcesDir = join(root, 'sources');
  readList(join(sourcesDir, 'sources.yaml'), 'sources', corpus.sources);
  if (existsSync(sourcesDir)) {
    for (const f of readdirSync(sourcesDir).sort()) {
      if (f.endsWith('.txt')) corpus.sourceTexts.set(f.slice(0, -4), readText(join(sourcesDir, f)));
    }
  }

  const readFolders = (kind: 'cases' | 'concepts', metaFile: string, into: RawRecord[]) => {
    const dir = join(root, kind);
    if (!existsSync(dir)) {
      errors.push({ file: rel(dir), entry: '', field: '', message: 'folder is missing' });
      return;
    }
    for (const folder of readdirSync(dir).sort()) {
      const sub = join(dir, folder);
      if (!statSync(sub).isDirectory()) continue;
      const meta = join(sub, metaFile);
      if (!existsSync(meta)) {
        errors.push({ file: rel(meta), entry: folder, field: '', message: `file is missing (every ${kind} folder needs ${metaFile})` });
      } else {
        const data = readYaml(meta);
        if (data !== undefined) into.push({ file: rel(meta), folder, data });
      }
      for (const lang of ['id', 'en']) {
        const mdx = join(sub, `${lang}.mdx`);
        if (existsSync(mdx)) corpus.narratives.set(`${kind}/${folder}/${lang}`, readText(mdx));
      }
      if (kind === 'cases') {
        for (const lang of ['id', 'en']) {
          const note = join(sub, 'teaching', `${lang}.mdx`);
          if (existsSync(note)) corpus.narratives.set(`teaching/${folder}/${lang}`, readText(note));
        }
        const findings = join(sub, 'findings.yaml');
        if (!existsSync(findings)) {
          errors.push({ file: rel(findings), entry: folder, field: '', message: 'file is missing (every case needs findings.yaml)' });
        } else {
          const before = corpus.findings.length;
          readList(findings, 'findings', corpus.findings);
          for (const r of corpus.findings.slice(before)) r.folder = folder;
        }
      }
    }
  };
  readFolders('cases', 'case.yaml', corpus.cases);
  readFolders('concepts', 'concept.yaml', corpus.concepts);
  return corpus;
}
