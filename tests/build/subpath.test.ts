/** The site deployed under a sub-path: build with SITE_BASE=/atlas/ and crawl it, fragments included. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildEnv, crawl, readPage } from '../helpers/dist.ts';

const root = process.cwd();
const work = mkdtempSync(join(root, '.bench-fixture-'));
const out = join(work, 'dist');
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(() => {
  const bin = (name: string) => join(root, 'node_modules/.bin', name);
  const env = buildEnv({ SITE_BASE: '/atlas/', SITE_URL: 'https://example.org' });
  const build = spawnSync(bin('astro'), ['build', '--outDir', out], { cwd: root, env, encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
  const index = spawnSync(bin('pagefind'), ['--site', out], { cwd: root, encoding: 'utf8' });
  expect(index.status, index.stderr).toBe(0);
}, 300_000);

it('links every page, asset, data file and fragment under /atlas/', () => {
  const { broken, links } = crawl(out, '/atlas/');
  expect(broken).toEqual([]);
  expect(links).toBeGreaterThan(1000);
});

it('points search, data and citations at the sub-path', () => {
  const search = readPage('/search/', out);
  expect(search).toContain('data-bundle="/atlas/pagefind/"');
  expect(search).toContain('data-base="/atlas/"');
  expect(readPage('/data/', out)).toContain('href="/atlas/data/findings.json"');
  expect(readPage('/en/cases/bandung-kawasaki/', out)).toContain('<link rel="canonical" href="https://example.org/atlas/en/cases/bandung-kawasaki/">');
  expect(existsSync(join(out, 'pagefind', 'pagefind.js'))).toBe(true);
});
