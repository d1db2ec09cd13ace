/**
 * The site at a scale the real corpus does not reach: a 300-case synthetic corpus (the bench's
 * generator) built for real. Long lists must be paged or cut with a link to the rest, so no page
 * grows with the corpus, and every link, paged routes included, must resolve.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { writeSyntheticCorpus } from '../../scripts/synthetic-corpus.ts';
import { ENTITY_CASES, ROWS_PER_PAGE } from '../../src/lib/limits.ts';
import { buildEnv, crawl, htmlPages, readPage } from '../helpers/dist.ts';

const CASES = 300;
const root = process.cwd();
const work = mkdtempSync(join(root, '.bench-fixture-'));
const out = join(work, 'dist');
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(() => {
  writeSyntheticCorpus(join(work, 'content'), CASES);
  const env = buildEnv({ ATLAS_CONTENT_DIR: join(work, 'content') });
  const build = spawnSync(join(root, 'node_modules/.bin', 'astro'), ['build', '--outDir', out], { cwd: root, env, encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
}, 300_000);

it('keeps every page small: lists are paged or capped, not proportional to the corpus', () => {
  const sizes = htmlPages(out).map((p) => ({ p, kb: statSync(join(out, p.endsWith('/') ? `${p}index.html` : p)).size / 1024 }));
  expect(sizes.length).toBeGreaterThan(CASES * 2);
  const largest = sizes.sort((a, b) => b.kb - a.kb).slice(0, 3);
  // The map pages draw every pairing up to MAP_PAIRINGS; every other page stays well below.
  expect(largest.filter((x) => !/^\/(en\/)?(map\/)?$/.test(x.p)).every((x) => x.kb < 160), JSON.stringify(largest)).toBe(true);
});

it('pages the cities and sources tables, with a pager that links a few pages, not all', () => {
  const sources = readPage('/sources/', out);
  expect(sources.match(/<tr>/g)?.length).toBe(ROWS_PER_PAGE + 1);
  expect(sources).toContain('href="/sources/page/2/"');
  expect(readPage('/en/sources/page/2/', out)).toContain('aria-current="page">2<');
  expect(readPage('/cities/', out)).toMatch(/<nav class="pager"|<tr>/);
});

it('cuts long case lists on sector pages, linking to the rest in search', () => {
  const page = readPage('/en/sectors/health/', out);
  expect(page.match(/<li><a href="\/en\/cases\/kasus-\d+\/">/g)?.length).toBe(ENTITY_CASES);
  expect(page).toMatch(/<a href="\/en\/search\/\?sector=health">\d+ more case studies: see them all in search<\/a>/);
});

it('resolves every link and fragment, paged routes included', () => {
  const { broken, links } = crawl(out, '/');
  expect(broken).toEqual([]);
  expect(links).toBeGreaterThan(10_000);
});
