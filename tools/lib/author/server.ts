/**
 * The case editor's server (npm run author): on 127.0.0.1 only, answering only requests addressed
 * to it (Host) and changes sent from its own page (Origin). It serves the editor (tools/author-ui/,
 * TypeScript transpiled by the TypeScript compiler as it is served), a JSON API over the content folder, and the preview build.
 * Saving refuses when a file changed on disk since the draft was opened; drafts autosave to
 * .author/drafts/ (git-ignored) until saved.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, relative } from 'node:path';
import ts from 'typescript';
import { SLUG, SLUG_RULE } from '../../../src/lib/shared/patterns.ts';
import { ImportError } from '../import/extract.ts';
import { readSource, sourceEntry, writeFiles } from '../import/source.ts';
import {
  authorContext,
  draftPaths,
  loadDraft,
  newDraft,
  teachingTemplate,
  versionsOf,
  type CaseDraft,
} from './case-files.ts';
import { checkDraft, Previewer } from './check.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.ts': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};
/** Project files the editor page may load: its own code and the browser-safe modules it imports. */
const SERVED = [/^tools\/author-ui\/[\w-]+\.(ts|css|html)$/, /^src\/lib\/(content\/excerpt|shared\/vocabulary)\.ts$/];
const MAX_BODY = 30 * 1024 * 1024;

class HttpError extends Error {
  readonly status: number;
  readonly detail: unknown;
  constructor(status: number, message: string, detail?: unknown) {
    super(message);
    this.status = status;
    this.detail = detail;
  }
}

function body(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) reject(new HttpError(413, 'file too large (30 MB at most)'));
      else chunks.push(c);
    });
    req.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
    req.on('error', reject);
  });
}

async function json<T>(req: IncomingMessage): Promise<T> {
  try {
    return JSON.parse((await body(req)).toString('utf8')) as T;
  } catch (e) {
    if (e instanceof HttpError) throw e;
    throw new HttpError(400, 'the request is not JSON');
  }
}

const send = (res: ServerResponse, status: number, value: unknown) =>
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(value));

export interface AuthorServer {
  url: string;
  close(): Promise<void>;
}

/** Where the editor works: the project, its content folder, the drafts folder and the previewer. */
interface Workspace {
  root: string;
  content: string;
  drafts: string;
  work: string;
  previewer: Previewer;
}

const slugOf = (value: unknown): string => {
  if (typeof value !== 'string' || !SLUG.test(value)) throw new HttpError(400, `a case id must be ${SLUG_RULE}`);
  return value;
};

/** The JSON API, by `METHOD /path`. */
// eslint-disable-next-line max-lines-per-function -- one table of small handlers, read as a whole
function routes(w: Workspace): Record<string, (req: IncomingMessage, q: URLSearchParams) => Promise<unknown>> {
  const { root, content, previewer } = w;
  const draftFile = (slug: string) => join(w.drafts, `${slug}.json`);
  const opened = (draft: CaseDraft, restored?: string) => ({
    draft,
    restored,
    context: authorContext(content, draft),
    versions: versionsOf(draftPaths(content, draft)),
    teachingTemplate: teachingTemplate(),
  });
  return {
    // The content's cases, and new cases that exist only as autosaved drafts so far.
    'GET /api/cases': () =>
      Promise.resolve(
        [
          ...new Set([
            ...readdirSync(join(content, 'cases')),
            ...readdirSync(w.drafts).map((f) => f.replace(/\.json$/, '')),
          ]),
        ]
          .filter((d) => SLUG.test(d))
          .sort(),
      ),
    'GET /api/open': (_req, q) => {
      const slug = slugOf(q.get('case'));
      const saved = existsSync(draftFile(slug))
        ? (JSON.parse(readFileSync(draftFile(slug), 'utf8')) as {
            draft: CaseDraft;
            versions: Record<string, string>;
            at: string;
          })
        : undefined;
      const draft = loadDraft(content, slug) ?? (saved ? newDraft(slug) : undefined);
      if (!draft) throw new HttpError(404, `no case "${slug}" in ${relative(root, content)}/cases/`);
      const current = versionsOf(draftPaths(content, saved?.draft ?? draft));
      // An autosaved draft is offered back while the files it started from are unchanged.
      const same = saved && Object.entries(saved.versions).every(([f, v]) => (current[f] ?? 'absent') === v);
      return Promise.resolve(
        saved && same ? { ...opened(saved.draft, saved.at), versions: saved.versions } : opened(draft),
      );
    },
    'POST /api/new': async (req) => {
      const { slug: raw } = await json<{ slug: unknown }>(req);
      const slug = slugOf(raw);
      if (existsSync(join(content, 'cases', slug))) throw new HttpError(409, `case "${slug}" already exists: open it`);
      return opened(newDraft(slug));
    },
    'POST /api/draft': async (req) => {
      const { draft, versions } = await json<{ draft: CaseDraft; versions: Record<string, string> }>(req);
      const at = new Date().toISOString();
      writeFileSync(draftFile(slugOf(draft.slug)), JSON.stringify({ draft, versions, at }));
      return { at };
    },
    'POST /api/check': async (req) => {
      const { draft } = await json<{ draft: CaseDraft }>(req);
      slugOf(draft.slug);
      const { errors, files } = checkDraft(root, content, draft, w.work);
      if (files && errors.length === 0) previewer.request(draft.slug, files);
      return { errors };
    },
    'POST /api/import': async (req, q) => {
      const name = q.get('name') ?? '';
      try {
        const source = await readSource(join(content, 'sources'), name, await body(req));
        return { ...source, entry: sourceEntry(source, slugOf(q.get('case'))) };
      } catch (e) {
        if (e instanceof ImportError) throw new HttpError(422, e.message);
        throw e;
      }
    },
    'POST /api/save': async (req) => {
      const { draft, versions } = await json<{ draft: CaseDraft; versions: Record<string, string> }>(req);
      const slug = slugOf(draft.slug);
      const current = versionsOf(draftPaths(content, draft));
      const changed = Object.keys(current).filter((f) => (versions[f] ?? 'absent') !== current[f]);
      if (changed.length > 0)
        throw new HttpError(
          409,
          `changed on disk since you opened the case (by an editor or git): ${changed.map((f) => relative(root, f)).join(', ')}. Your draft is kept; reload to see the files' changes.`,
          { changed },
        );
      const { errors, files } = checkDraft(root, content, draft, w.work);
      if (!files || errors.length > 0)
        throw new HttpError(422, `not saved: ${String(errors.length)} problem(s) to fix first`, { errors });
      writeFiles(files);
      rmSync(draftFile(slug), { force: true });
      return { ...opened({ ...draft, imported: [] }), written: [...files.keys()].map((f) => relative(root, f)) };
    },
    'GET /api/preview': () => Promise.resolve(previewer.status),
  };
}

/** A file of the editor's own, or of the preview; TypeScript as the browser runs it. */
function serveFile(res: ServerResponse, file: string): void {
  if (!existsSync(file) || !statSync(file).isFile()) throw new HttpError(404, 'not found');
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const raw = readFileSync(file);
  // The editor's TypeScript as the browser runs it: types removed, imports (of .ts files served here) kept.
  const out =
    extname(file) === '.ts'
      ? ts.transpileModule(raw.toString('utf8'), {
          compilerOptions: {
            target: ts.ScriptTarget.ES2022,
            module: ts.ModuleKind.ESNext,
            verbatimModuleSyntax: true,
          },
        }).outputText
      : raw;
  res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(out);
}

/**
 * Start the editor for `content` (a folder inside `root`); drafts, checks and previews live in
 * `work` (inside `root` too: the validator reads paths relative to the project).
 */
export async function startAuthor(
  root: string,
  content: string,
  port = 0,
  work = join(root, '.author'),
): Promise<AuthorServer> {
  const drafts = join(work, 'drafts');
  mkdirSync(drafts, { recursive: true });
  const previewer = new Previewer(root, content, work);
  const api = routes({ root, content, drafts, work, previewer });

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const { port: own } = server.address() as AddressInfo;
      const hosts = [`127.0.0.1:${String(own)}`, `localhost:${String(own)}`];
      if (!hosts.includes(req.headers.host ?? '')) throw new HttpError(403, 'wrong host');
      if (req.method !== 'GET' && !hosts.some((h) => req.headers.origin === `http://${h}`))
        throw new HttpError(403, 'changes are accepted from the editor page only');
      const handler = api[`${req.method ?? 'GET'} ${url.pathname}`];
      if (handler) {
        send(res, 200, await handler(req, url.searchParams));
        return;
      }
      if (req.method !== 'GET') throw new HttpError(405, 'method not allowed');
      if (url.pathname === '/') {
        serveFile(res, join(root, 'tools/author-ui/index.html'));
        return;
      }
      if (url.pathname.startsWith('/files/')) {
        const rel = normalize(decodeURIComponent(url.pathname.slice('/files/'.length)));
        if (!SERVED.some((r) => r.test(rel))) throw new HttpError(404, 'not served');
        serveFile(res, join(root, rel));
        return;
      }
      if (url.pathname.startsWith('/preview/')) {
        let file = normalize(join(previewer.outDir, decodeURIComponent(url.pathname.slice('/preview/'.length))));
        if (!file.startsWith(previewer.outDir)) throw new HttpError(403, 'outside the preview');
        if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
        serveFile(res, file);
        return;
      }
      throw new HttpError(404, 'not found');
    })().catch((e: unknown) => {
      const status = e instanceof HttpError ? e.status : 500;
      const message = e instanceof Error ? e.message : String(e);
      if (status === 500) console.error(e);
      if (!res.headersSent)
        send(res, status, { error: message, ...(e instanceof HttpError && e.detail ? { detail: e.detail } : {}) });
    });
  });

  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(bound)}/`,
    close: () => {
      previewer.stop();
      return new Promise((resolve) =>
        server.close(() => {
          resolve();
        }),
      );
    },
  };
}
