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
import {
  EMBED_FRAME_ANCESTORS,
  FRAME_ANCESTORS,
  IMMUTABLE,
  metaCsp,
  securityHeaders,
} from '../../src/lib/output/headers.ts';

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

it('writes HTTP headers for the base path: one CSP per page (the embeds frameable by any site, the rest by the site), security headers, immutable assets, data types', () => {
  const rules = parseHeadersFile(readFileSync(join(out, '_headers'), 'utf8'));
  const matching = (path: string) =>
    rules.filter((r) => (r.path.endsWith('*') ? path.startsWith(r.path.slice(0, -1)) : path === r.path));
  const meta = metaCsp(readFileSync(join(out, 'index.html'), 'utf8')) ?? '';
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
  const page = securityHeaders(meta)[0]?.[1] ?? '';
  for (const p of pages) {
    const rel = relative(out, p).split('\\').join('/');
    expect(metaCsp(readFileSync(p, 'utf8')), rel).toBe(meta);
    const path = `/atlas/${rel.replace(/index\.html$/, '')}`;
    // Exactly one rule gives the page a policy (hosts that merge two would apply both).
    const csp = matching(path).flatMap((r) =>
      r.headers.filter(([k]) => k === 'Content-Security-Policy').map(([, v]) => v),
    );
    expect(csp, path).toEqual([
      /^\/atlas\/(en\/)?embed\//.test(path) ? page.replace(FRAME_ANCESTORS, EMBED_FRAME_ANCESTORS) : page,
    ]);
    const common = Object.fromEntries(matching(path).flatMap((r) => r.headers));
    expect(common['X-Content-Type-Options'], path).toBe('nosniff');
    expect(common['Referrer-Policy'], path).toBe('strict-origin-when-cross-origin');
  }
  expect(page).toMatch(new RegExp(`; ${FRAME_ANCESTORS}$`));
  expect(Object.fromEntries(matching('/atlas/_astro/x.js').flatMap((r) => r.headers))['Cache-Control']).toBe(IMMUTABLE);
  // Every open-data file, by its exact path, with its media type.
  const data = rules.filter((r) => r.path.startsWith('/atlas/data/') && !r.path.endsWith('*'));
  expect(data.length).toBeGreaterThan(10);
  for (const r of data) {
    expect(r.path).toMatch(/^\/atlas\/data\/.+\.(csv|json|geojson)$/);
    expect(statSync(join(out, r.path.slice('/atlas/'.length))).isFile(), r.path).toBe(true);
    expect(r.headers).toEqual([['Content-Type', expect.stringMatching(/^(text\/csv|application\/)/) as string]]);
  }
  // The nginx version says the same.
  const nginx = spawnSync(bin('node'), ['tools/nginx-headers.ts', out], {
    cwd: root,
    env: { ...buildEnv(), SITE_BASE: '/atlas/' },
    encoding: 'utf8',
  });
  expect(nginx.status, nginx.stderr).toBe(0);
  expect(nginx.stdout).toContain(`add_header Content-Security-Policy "${page}" always;`);
  expect(nginx.stdout).toContain('location ^~ /atlas/_astro/ {');
  expect(nginx.stdout).toContain('location ^~ /atlas/en/embed/ {');
});
