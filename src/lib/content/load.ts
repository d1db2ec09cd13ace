/** Reads and validates the content once per process; throws a ContentValidationError listing every problem. */
import { ContentValidationError } from './errors.ts';
import { readCorpus } from './read.ts';
import { validateCorpus, type Corpus } from './validate.ts';

/** The content folder, relative to the project root: `content/`, or `ATLAS_CONTENT_DIR` (used by fixtures and benchmarks). */
export function contentDir(): string {
  return process.env['ATLAS_CONTENT_DIR'] ?? 'content';
}

const cache = new Map<string, Corpus>();

export function loadCorpus(projectRoot: string = process.cwd(), dir: string = contentDir()): Corpus {
  const key = `${projectRoot}\0${dir}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const { corpus, errors } = validateCorpus(readCorpus(projectRoot, dir));
  if (errors.length > 0) throw new ContentValidationError(errors);
  cache.set(key, corpus);
  return corpus;
}
