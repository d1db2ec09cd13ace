/**
 * Publishing with the real address: a deploy build without SITE_URL is refused, a local build says
 * it will write localhost, and a build with SITE_URL and SITE_BASE has no "localhost" in any file.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/content/load.ts';
import { buildEnv, scratchBuild } from '../../tools/lib/dist.ts';
import { parseHeadersFile } from '../../tools/lib/server.ts';
import { FRAME_ANCESTORS, IMMUTABLE, metaCsp, securityHeaders } from '../../src/lib/output/headers.ts';

const root = process.cwd();
const bin = (name: string) => join(root, 'node_modules/.bin', name);
const { out, remove } = scratchBuild();
afterAll(remove);

const astroBuild = (env: Record<string, string>, outDir: string) => {
  const vars = buildEnv(env);
  delete vars['SITE_URL'];
  return spawnSync(bin('astro'), ['build', '--outDir', outDir], {
    cwd: root,
    env: { ...vars, ...env },
    encoding: 'utf8',
  });
};

beforeAll(() => {
  const build = astroBuild({ SITE_URL: 'https://example.org', SITE_BASE: '/atlas/', ATLAS_DEPLOY: '1' }, out);
  expect(build.status, build.stderr).toBe(0);
  const index = spawnSync(bin('node'), ['tools/index-search.ts', out], {
    cwd: root,
    env: buildEnv(),
    encoding: 'utf8',
  });
  expect(index.status, index.stderr).toBe(0);
}, 300_000);

it('refuses a deploy build without SITE_URL, naming the variable', () => {
  const res = astroBuild({ ATLAS_DEPLOY: '1' }, join(out, '..', 'refused'));
  expect(res.status).not.toBe(0);
  expect(`${res.stdout}${res.stderr}`).toMatch(/Deploy build refused: SITE_URL is not set/);
});

it('warns a local build without SITE_URL that its absolute URLs say localhost', () => {
  const res = astroBuild({}, join(out, '..', 'local'));
  expect(res.status, res.stderr).toBe(0);
  expect(`${res.stdout}${res.stderr}`).toMatch(/\[atlas\] SITE_URL is not set: .*http:\/\/localhost:4321/);
}, 300_000);

it('writes no "localhost" into any file of a build with SITE_URL and SITE_BASE', () => {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (
        /\.(html|xml|json|csv|geojson|bib|ris|txt|js|css)$/.test(e.name) &&
        readFileSync(p, 'utf8').includes('localhost')
      )
        found.push(relative(out, p));
    }
  };
  walk(out);
  expect(found).toEqual([]);
  const slug = loadCorpus().cases[0]?.slug ?? '';
  expect(readFileSync(join(out, `cases/${slug}/cite.bib`), 'utf8')).toContain(
    `https://example.org/atlas/cases/${slug}/`,
  );
});

it('writes HTTP headers for the base path: the pages’ CSP with frame-ancestors, security headers, immutable assets', () => {
  const rules = parseHeadersFile(readFileSync(join(out, '_headers'), 'utf8'));
  expect(rules.slice(0, 2).map((r) => r.path)).toEqual(['/atlas/*', '/atlas/_astro/*']);
  // Then every open-data file, by its exact path, with its media type.
  const data = rules.slice(2);
  expect(data.length).toBeGreaterThan(10);
  for (const r of data) {
    expect(r.path).toMatch(/^\/atlas\/data\/.+\.(csv|json|geojson)$/);
    expect(statSync(join(out, r.path.slice('/atlas/'.length))).isFile(), r.path).toBe(true);
    expect(r.headers[0]?.[0]).toBe('Content-Type');
  }
  const page = Object.fromEntries(rules[0]?.headers ?? []);
  const meta = metaCsp(readFileSync(join(out, 'index.html'), 'utf8')) ?? '';
  expect(page['Content-Security-Policy']).toBe(securityHeaders(meta)[0]?.[1]);
  expect(page['Content-Security-Policy']).toMatch(new RegExp(`; ${FRAME_ANCESTORS}$`));
  expect(Object.keys(page)).toEqual(securityHeaders(meta).map(([k]) => k));
  expect(Object.fromEntries(rules[1]?.headers ?? [])['Cache-Control']).toBe(IMMUTABLE);
  // Every page carries the same policy in its <meta>, so the one header fits all of them.
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory() && e.name !== 'pagefind') walk(p);
      else if (e.name.endsWith('.html')) pages.push(p);
    }
  };
  walk(out);
  expect(pages.length).toBeGreaterThan(100);
  for (const p of pages) expect(metaCsp(readFileSync(p, 'utf8')), relative(out, p)).toBe(meta);
  // The nginx version says the same.
  const nginx = spawnSync(bin('node'), ['tools/nginx-headers.ts', out], {
    cwd: root,
    env: { ...buildEnv(), SITE_BASE: '/atlas/' },
    encoding: 'utf8',
  });
  expect(nginx.status, nginx.stderr).toBe(0);
  expect(nginx.stdout).toContain(
    `add_header Content-Security-Policy "${page['Content-Security-Policy'] ?? ''}" always;`,
  );
  expect(nginx.stdout).toContain('location ^~ /atlas/_astro/ {');
});
