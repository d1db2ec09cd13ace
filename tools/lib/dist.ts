/** Helpers for tests over the built site in dist/. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The built site: dist/, or ATLAS_DIST (a test's own build). */
export const DIST = process.env['ATLAS_DIST'] ?? join(process.cwd(), 'dist');

export function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
}

/** Every built HTML page, as site paths like `/cases/x/`. */
export function htmlPages(dir = DIST): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(p);
      } else if (name.endsWith('.html')) {
        const rel = `/${relative(dir, p).split('\\').join('/')}`;
        out.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(dir);
  return out.sort();
}

export function readPage(path: string, dir = DIST): string {
  const file = path.endsWith('/') ? join(dir, path, 'index.html') : join(dir, path);
  return readFileSync(file, 'utf8');
}

/** Element ids in an HTML document. */
export function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] as string));
}

/** href values of <a> and <link> elements. */
export function hrefsOf(html: string): string[] {
  return [...html.matchAll(/<(?:a|link)\b[^>]*\shref="([^"]*)"/g)].map((m) => (m[1] as string).replace(/&amp;/g, '&'));
}

/** The visible text of an HTML document (scripts and tags removed, common entities decoded). */
export function textOf(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/**
 * Crawl every built page under `dir` (served at `base`): each internal href must resolve to a file,
 * each fragment to an id on the target page, and no internal link may escape the base.
 */
export function crawl(dir: string, base = '/'): { broken: string[]; links: number } {
  const broken: string[] = [];
  const idCache = new Map<string, Set<string>>();
  let links = 0;
  for (const page of htmlPages(dir)) {
    const html = readPage(page, dir);
    const refs = [...hrefsOf(html), ...[...html.matchAll(/\s(?:src|action)="([^"]*)"/g)].map((m) => m[1] as string)];
    for (const href of refs) {
      if (/^(https?:|mailto:|data:)/.test(href)) continue;
      links++;
      const url = new URL(href, `http://x${base}${page.slice(1)}`);
      if (!url.pathname.startsWith(base)) {
        broken.push(`${page} → ${href} (outside ${base})`);
        continue;
      }
      const path = `/${url.pathname.slice(base.length)}`;
      const file = path.endsWith('/') ? join(dir, path, 'index.html') : join(dir, path);
      if (!existsSync(file)) {
        broken.push(`${page} → ${href}`);
        continue;
      }
      if (url.hash && path.endsWith('/')) {
        if (!idCache.has(path)) idCache.set(path, idsOf(readPage(path, dir)));
        if (!idCache.get(path)?.has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${page} → ${href} (fragment)`);
      }
    }
  }
  return { broken, links };
}

/** The environment for a child build: without the variables Vitest sets (BASE_URL, MODE, NODE_ENV…). */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  // Vitest's and Vite's own variables would leak into the child build.
  const inherited = Object.entries(process.env).filter(
    ([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/.test(k),
  );
  return { ...Object.fromEntries(inherited), ...extra };
}

/** A scratch folder inside the project (git-ignored) for a test's own build, removed by `remove()`. */
export function scratchBuild(): { work: string; out: string; remove: () => void } {
  const work = mkdtempSync(join(process.cwd(), '.bench-fixture-'));
  return {
    work,
    out: join(work, 'dist'),
    remove: () => {
      rmSync(work, { recursive: true, force: true });
    },
  };
}
