/**
 * The editor's checks and previews: a draft is written into a scratch copy of the content and
 * checked there by the validator the build uses (src/lib/content/validate.ts), so its messages are
 * the build's, file › entry › field; a draft without errors is built there by Astro, the case page
 * as it will be published.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentError } from '../../../src/lib/content/errors.ts';
import { readCorpus } from '../../../src/lib/content/read.ts';
import { validateCorpus } from '../../../src/lib/content/validate.ts';
import { buildEnv } from '../dist.ts';
import { writeFiles } from '../import/source.ts';
import { draftFiles, type CaseDraft } from './case-files.ts';

/** A copy of `content` with `files` (paths in `content`) written into it, at `scratch`. */
function stage(root: string, content: string, files: ReadonlyMap<string, string>, scratch: string): string {
  const copy = join(scratch, 'content');
  rmSync(scratch, { recursive: true, force: true });
  cpSync(content, copy, { recursive: true });
  writeFiles(new Map([...files].map(([file, text]) => [join(copy, relative(content, file)), text])));
  return relative(root, copy);
}

export interface Checked {
  /** The validator's errors; file paths name the real content folder. */
  errors: ContentError[];
  /** The draft's files (paths in the real content folder), unless they could not be made. */
  files: Map<string, string> | null;
}

/** The draft's files, and the validator's errors for the corpus with them in it. */
export function checkDraft(root: string, content: string, draft: CaseDraft, work: string): Checked {
  const real = relative(root, content);
  let files: Map<string, string>;
  let staged: string;
  try {
    files = draftFiles(content, draft);
    staged = stage(root, content, files, join(work, 'check'));
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { errors: [{ file: real, entry: `case "${draft.slug}"`, field: '', message }], files: null };
  }
  const { errors } = validateCorpus(readCorpus(root, staged));
  return {
    errors: errors.map((e) => ({
      ...e,
      file: e.file.startsWith(staged) ? `${real}${e.file.slice(staged.length)}` : e.file,
    })),
    files,
  };
}

export type PreviewState =
  | { state: 'none' }
  | { state: 'building'; since: string }
  | { state: 'ready'; at: string; slug: string }
  | { state: 'failed'; at: string; message: string };

/** Builds previews one at a time; a request while one runs is built after it (only the newest). */
export class Previewer {
  status: PreviewState = { state: 'none' };
  private next: { slug: string; files: ReadonlyMap<string, string> } | undefined;
  private running = false;
  private child: ReturnType<typeof spawn> | undefined;
  private readonly root: string;
  private readonly content: string;
  private readonly work: string;
  readonly outDir: string;
  constructor(root: string, content: string, work: string) {
    this.root = root;
    this.content = content;
    this.work = work;
    this.outDir = join(work, 'preview');
  }

  /** Stop: no further builds, and the running one killed. */
  stop(): void {
    this.next = undefined;
    this.child?.kill();
  }

  /** Build the preview of case `slug` with these files (a draft that passed the check). */
  request(slug: string, files: ReadonlyMap<string, string>): void {
    this.next = { slug, files };
    if (!this.running) void this.run();
  }

  private async run(): Promise<void> {
    this.running = true;
    while (this.next) {
      const { slug, files } = this.next;
      this.next = undefined;
      this.status = { state: 'building', since: new Date().toISOString() };
      const staged = stage(this.root, this.content, files, join(this.work, 'preview-content'));
      const out = `${this.outDir}.new`;
      const result = await new Promise<{ code: number | null; log: string }>((resolve) => {
        const child = spawn(join(this.root, 'node_modules/.bin/astro'), ['build', '--outDir', out], {
          cwd: this.root,
          env: buildEnv({ ATLAS_CONTENT_DIR: staged, SITE_BASE: '/preview/' }),
        });
        this.child = child;
        let log = '';
        child.stdout.on('data', (d: Buffer) => (log += d.toString()));
        child.stderr.on('data', (d: Buffer) => (log += d.toString()));
        child.on('close', (code) => {
          resolve({ code, log });
        });
      });
      if (result.code === 0) {
        rmSync(this.outDir, { recursive: true, force: true });
        cpSync(out, this.outDir, { recursive: true });
        this.status = { state: 'ready', at: new Date().toISOString(), slug };
      } else this.status = { state: 'failed', at: new Date().toISOString(), message: result.log.slice(-2000) };
      if (existsSync(out)) rmSync(out, { recursive: true, force: true });
    }
    this.running = false;
  }
}
