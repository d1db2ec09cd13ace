/** Reads and validates the content once per process; throws a ContentValidationError listing every problem. */
import { ContentValidationError } from './errors.ts';
import { readCorpus } from './read.ts';
import { validateCorpus, type Corpus } from './validate.ts';
import { memoize } from '../shared/memo.ts';

/** The content folder, relative to the project root: `content/`, or `ATLAS_CONTENT_DIR` (used by fixtures and benchmarks). */
export function contentDir(): string {
  return process.env['ATLAS_CONTENT_DIR'] ?? 'content';
}

const corpusAt = memoize(
  (projectRoot: string, dir: string): Corpus => {
    const { corpus, errors } = validateCorpus(readCorpus(projectRoot, dir));
    if (errors.length > 0) throw new ContentValidationError(errors);
    return corpus;
  },
  (projectRoot, dir) => `${projectRoot}\0${dir}`,
);

export const loadCorpus = (projectRoot: string = process.cwd(), dir: string = contentDir()): Corpus => corpusAt(projectRoot, dir);
