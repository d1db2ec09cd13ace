/** Measurement helpers for `npm run bench` and `npm run bench:scale` (timing, memory, page weights, Lighthouse). Figures, not pass/fail tests. */
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildEnv, htmlPages, readPage } from './dist.ts';
import { CHROMIUM, HAS_CHROMIUM } from './browser.ts';

export { HAS_CHROMIUM };
const execFileAsync = promisify(execFile);
const BIN = (name: string) => join(process.cwd(), 'node_modules/.bin', name);

export interface Timed {
  seconds: number;
  maxRssMb: number | null;
}

/**
 * Run a command, timing it; with GNU time, also its peak memory (max RSS). `childPeak` reads a
 * peak (MB) the command prints itself, for memory GNU time does not see. Throws on failure.
 */
function timed(cmd: string, args: string[], env: Record<string, string> = {}, childPeak?: RegExp): Timed {
  const gnuTime = existsSync('/usr/bin/time');
  const started = performance.now();
  const res = gnuTime
    ? spawnSync('/usr/bin/time', ['-f', '@@maxrss %M', cmd, ...args], {
        env: buildEnv(env),
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      })
    : spawnSync(cmd, args, { env: buildEnv(env), encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  if (res.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${res.stdout}\n${res.stderr}`);
  const rss = /@@maxrss (\d+)/.exec(res.stderr);
  const own = rss ? round(Number(rss[1]) / 1024, 0) : null;
  const child = childPeak?.exec(res.stdout);
  return { seconds: round(seconds, 2), maxRssMb: child ? Math.max(own ?? 0, Number(child[1])) : own };
}

export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const gz = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length;

export function buildSite(outDir: string, env: Record<string, string> = {}): { build: Timed; index: Timed } {
  const build = timed(BIN('astro'), ['build', '--outDir', outDir], env);
  // GNU time does not count the Pagefind binary here; the index script prints its peak.
  const index = timed(BIN('node'), ['tools/index-search.ts', outDir], env, /indexer peak memory (\d+) MB/);
  return { build, index };
}

export function dirBytes(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else {
        bytes += st.size;
        files++;
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return { bytes, files };
}

export interface PageWeight {
  page: string;
  /** Gzipped kB: the HTML (SVG included), the inline SVG alone, linked CSS, scripts loaded at start. */
  html: number;
  svg: number;
  css: number;
  js: number;
  total: number;
}

/** Gzipped weight of a page as first loaded (HTML + stylesheets + module scripts and their static imports). */
function pageWeight(dist: string, page: string, base = '/'): PageWeight {
  const html = readPage(page, dist);
  const asset = (href: string) => join(dist, href.startsWith(base) ? href.slice(base.length) : href);
  const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].reduce(
    (n, m) => n + gz(readFileSync(asset(m[1] as string))),
    0,
  );
  const seen = new Set<string>();
  const scriptBytes = (file: string): number => {
    if (seen.has(file) || !existsSync(file)) return 0;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    let n = gz(text);
    for (const m of text.matchAll(/(?:^|[;}\s])import\s*(?:[^'"()]*?from\s*)?["'](\.\/[^"']+)["']/g))
      n += scriptBytes(join(file, '..', m[1] as string));
    return n;
  };
  const js =
    [...html.matchAll(/<script type="module" src="([^"]+)"/g)].reduce(
      (n, m) => n + scriptBytes(asset(m[1] as string)),
      0,
    ) + [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + gz(m[1] as string), 0);
  const svg = [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].reduce((n, m) => n + gz(m[0]), 0);
  const h = gz(html);
  const kb = (b: number) => round(b / 1024, 1);
  return { page, html: kb(h), svg: kb(svg), css: kb(css), js: kb(js), total: kb(h + css + js) };
}

export function allPageWeights(dist: string, base = '/'): PageWeight[] {
  return htmlPages(dist).map((p) => pageWeight(dist, p, base));
}

/**
 * Lighthouse scores (0–100) for a URL, run against Debian's Chromium. Asynchronous on purpose: the
 * site is served from this same process, which must keep answering while Lighthouse runs.
 */
export async function lighthouse(url: string): Promise<Record<string, number>> {
  const args = [
    url,
    '--output=json',
    '--quiet',
    '--only-categories=performance,accessibility,best-practices,seo',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking',
  ];
  const { stdout } = await execFileAsync(BIN('lighthouse'), args, {
    env: { ...process.env, CHROME_PATH: CHROMIUM },
    maxBuffer: 1 << 28,
    timeout: 180_000,
  });
  const report = JSON.parse(stdout) as { categories: Record<string, { score: number }> };
  return Object.fromEntries(Object.entries(report.categories).map(([k, v]) => [k, Math.round(v.score * 100)]));
}
