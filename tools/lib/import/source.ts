/**
 * Add an imported excerpt to the content: its text as `content/sources/<id>.txt` (the verbatim
 * source that quotes are checked against) and its entry in `sources.yaml` with the text's SHA-256
 * and the original file's name, format and SHA-256. The id is the next number and the text's hash
 * (`006_0123456789abcdef`). Files are written all or none (temporary files, then renames).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isMap, isSeq } from 'yaml';
import { PLACEHOLDER } from '../../../src/lib/content/cross-checks.ts';
import { SOURCE_ID } from '../../../src/lib/shared/patterns.ts';
import { readYaml, yamlText } from '../author/yaml-file.ts';
import { extractText, ImportError, type ImportFormat } from './extract.ts';

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

export interface ImportedSource {
  id: string;
  text: string;
  sha256: string;
  original: { file: string; format: ImportFormat; sha256: string };
}

/** The id for a new excerpt: one more than the highest number in `sources/`, and the text's hash. */
function nextSourceId(sourcesDir: string, textSha: string): string {
  const numbers = readdirSync(sourcesDir)
    .map((f) => /^(\d{3})_[0-9a-f]{16}\.txt$/.exec(f)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number);
  const next = String(Math.max(-1, ...numbers) + 1).padStart(3, '0');
  return `${next}_${textSha.slice(0, 16)}`;
}

/** Read and extract a file, without writing anything; a seed `.txt` (`NNN_` + 16 hex digits) keeps its id. */
export async function readSource(sourcesDir: string, fileName: string, bytes: Uint8Array): Promise<ImportedSource> {
  const { text, format } = await extractText(fileName, bytes);
  const textSha = sha256(text);
  const stem = basename(fileName).replace(/\.[^.]+$/, '');
  const id = format === 'txt' && SOURCE_ID.test(stem) ? stem : nextSourceId(sourcesDir, textSha);
  return { id, text, sha256: textSha, original: { file: basename(fileName), format, sha256: sha256(bytes) } };
}

/**
 * A new excerpt's entry in sources.yaml. The editor leaves what the excerpt holds (`parts`) and its
 * languages empty for the contributor to choose (the validator asks for them); the new-case scaffold
 * proposes values, marked to be checked.
 */
export function sourceEntry(
  source: ImportedSource,
  caseSlug: string,
  proposed: { parts: string[]; languages: string[] } = { parts: [], languages: [] },
): Record<string, unknown> {
  return {
    id: source.id,
    case: caseSlug,
    ...proposed,
    sha256: source.sha256,
    // A copy of the text itself (a seed .txt) needs no record of an original.
    ...(source.original.format === 'txt' && source.original.sha256 === source.sha256
      ? {}
      : { original: source.original }),
  };
}

/** What the scaffold asks the contributor to check in its proposed entry. */
const SCAFFOLD_HINTS: Record<string, string> = {
  parts: `${PLACEHOLDER}: what the excerpt holds: abstract, conclusions, recommendations, keywords (and add chapter: as printed)`,
  languages: `${PLACEHOLDER}: the languages of the excerpt, id and/or en`,
};

/** The texts to write for a new excerpt of `caseSlug`: its `<id>.txt`, and `sources.yaml` with its proposed entry. */
function sourceFiles(sourcesDir: string, source: ImportedSource, caseSlug: string): Map<string, string> {
  const listFile = join(sourcesDir, 'sources.yaml');
  const textFile = join(sourcesDir, `${source.id}.txt`);
  if (existsSync(textFile)) throw new ImportError(source.original.file, `${textFile} already exists`);
  const doc = readYaml(listFile);
  const list = doc.get('sources', true);
  if (!isSeq(list)) throw new ImportError(listFile, 'has no `sources:` list');
  if (!list.items.some((n) => isMap(n) && n.get('id') === source.id)) {
    const node = doc.createNode(sourceEntry(source, caseSlug, { parts: ['conclusions'], languages: ['id'] }));
    for (const [key, hint] of Object.entries(SCAFFOLD_HINTS)) {
      const seq = node.get(key, true);
      if (isSeq(seq)) {
        seq.flow = true;
        seq.comment = ` ${hint}`;
      }
    }
    list.items.push(node);
  }
  return new Map([
    [textFile, source.text],
    [listFile, yamlText(doc)],
  ]);
}

/** Write files all or none: each to a temporary file first, then every one renamed into place. */
export function writeFiles(files: ReadonlyMap<string, string>): void {
  const written: string[] = [];
  try {
    for (const [file, text] of files) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(`${file}.tmp`, text);
      written.push(file);
    }
  } catch (e) {
    for (const file of written) rmSync(`${file}.tmp`, { force: true });
    throw e;
  }
  for (const file of written) renameSync(`${file}.tmp`, file);
}

/** Write the excerpt and register it for `caseSlug`: both files or neither. */
export function writeSource(sourcesDir: string, source: ImportedSource, caseSlug: string): void {
  writeFiles(sourceFiles(sourcesDir, source, caseSlug));
}
