/**
 * The site at a scale the real corpus does not reach: a 300-case synthetic corpus (the bench's
 * generator) built for real. Long lists must be paged or cut with a link to the rest, so no page
 * grows with the corpus, and every link, paged routes included, must resolve. Its search index is
 * built twice, in one bundle and in shards (src/lib/shared/search-shards.ts), and the search page must find
 * in the merged shards exactly what the single index finds.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticCorpus } from '../../tools/lib/synthetic-corpus.ts';
import { ENTITY_CASES, ROWS_PER_PAGE } from '../../src/lib/model/limits.ts';
import { buildEnv, crawl, htmlPages, readPage, scratchBuild } from '../../tools/lib/dist.ts';
import { HAS_CHROMIUM, launch, watch } from '../../tools/lib/browser.ts';
import { serveDist } from '../../tools/lib/server.ts';
import { SHARD_CHUNK_POSITIONS } from '../../src/lib/shared/search-shards.ts';

const CASES = 300;
/** Pages a search shard holds here: small enough to give this build several shards. */
const SHARD_PAGES = 250;
const root = process.cwd();
const { work, out, remove } = scratchBuild();
afterAll(remove);

beforeAll(() => {
  writeSyntheticCorpus(join(work, 'content'), CASES);
  const env = buildEnv({ ATLAS_CONTENT_DIR: join(work, 'content') });
  const build = spawnSync(join(root, 'node_modules/.bin', 'astro'), ['build', '--outDir', out], {
    cwd: root,
    env,
    encoding: 'utf8',
  });
  expect(build.status, build.stderr).toBe(0);
  const index = (extra: Record<string, string>) => {
    const run = spawnSync(join(root, 'node_modules/.bin', 'node'), ['tools/index-search.ts', out], {
      cwd: root,
      env: { ...env, ...extra },
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    return run.stdout;
  };
  // The reference: one index, as a small site has it (but with the shards' chunk size, so that a query's
  // prefix matches stop at the same chunk boundaries), kept aside in /pagefind-single/.
  expect(index({ PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: String(SHARD_CHUNK_POSITIONS) })).not.toMatch(/shards/);
  renameSync(join(out, 'pagefind'), join(out, 'pagefind-single'));
  const sharded = / in (\d+) shards of ≤ (\d+) /.exec(index({ ATLAS_SEARCH_SHARD_PAGES: String(SHARD_PAGES) }));
  expect(Number(sharded?.[1])).toBeGreaterThan(1);
  expect(Number(sharded?.[2])).toBeLessThanOrEqual(SHARD_PAGES);
}, 300_000);

it('keeps every page small: lists are paged or capped, not proportional to the corpus', () => {
  const sizes = htmlPages(out).map((p) => ({
    p,
    kb: statSync(join(out, p.endsWith('/') ? `${p}index.html` : p)).size / 1024,
  }));
  expect(sizes.length).toBeGreaterThan(CASES * 2);
  const largest = sizes.sort((a, b) => b.kb - a.kb).slice(0, 3);
  // The map pages draw every pairing up to MAP_PAIRINGS; every other page stays well below.
  expect(
    largest.filter((x) => !/^\/(en\/)?(map\/)?$/.test(x.p)).every((x) => x.kb < 160),
    JSON.stringify(largest),
  ).toBe(true);
});

it('pages the cities and sources tables, with a pager that links a few pages, not all', () => {
  const sources = readPage('/sources/', out);
  expect(sources.match(/<tr[ >]/g)?.length).toBe(ROWS_PER_PAGE + 1);
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

describe('search in shards', () => {
  type Entry = { languages: Record<string, { page_count: number }> };
  const entry = (dir: string) => JSON.parse(readFileSync(join(out, dir, 'pagefind-entry.json'), 'utf8')) as Entry;

  it('writes the primary bundle and the merged ones, listed with the total page counts', () => {
    const manifest = JSON.parse(readFileSync(join(out, 'pagefind', 'atlas-shards.json'), 'utf8')) as {
      shards: string[];
      pages: Record<string, number>;
    };
    const single = entry('pagefind-single');
    const total = Object.values(single.languages).reduce((n, l) => n + l.page_count, 0);
    expect(total).toBeGreaterThan(CASES * 2);
    expect(manifest.shards).toEqual(
      Array.from({ length: Math.ceil(total / SHARD_PAGES) - 1 }, (_, i) => `shard-${i + 1}/`),
    );
    expect(manifest.pages).toEqual(
      Object.fromEntries(Object.entries(single.languages).map(([lang, l]) => [lang, l.page_count])),
    );
    const perShard = ['', ...manifest.shards].map((s) => entry(`pagefind/${s}`).languages['id']?.page_count ?? 0);
    expect(perShard.reduce((a, b) => a + b, 0)).toBe(manifest.pages['id']);
    expect(Math.max(...perShard)).toBeLessThanOrEqual(SHARD_PAGES);
    // Merged bundles run on the primary's WebAssembly and scripts: they hold only data.
    expect(existsSync(join(out, 'pagefind', 'wasm.id.pagefind'))).toBe(true);
    for (const s of manifest.shards)
      expect(readdirSync(join(out, 'pagefind', s)).filter((f) => /^wasm\.|\.(js|css)$/.test(f))).toEqual([]);
  });

  it('writes the finding index in buckets once a language has many findings, and every bucket', () => {
    const manifest = JSON.parse(readFileSync(join(out, 'pagefind', 'atlas-shards.json'), 'utf8')) as {
      findingDepth: number;
    };
    // 300 cases of 8 findings: 2,400 a language, over one file's 2,000.
    expect(manifest.findingDepth).toBe(1);
    expect(readdirSync(join(out, 'pagefind', 'atlas-findings')).filter((f) => f.startsWith('id-'))).toHaveLength(16);
  });

  it.skipIf(!HAS_CHROMIUM)('lists and counts in the merged shards exactly the findings one index does', async () => {
    const server = await serveDist(out);
    const browser = await launch();
    // Single words: for the last word of a query Pagefind also matches longer words starting with it, looked
    // up in the index chunk the word falls in, so where shards' chunk boundaries differ from one index's a
    // few such positions differ (not the pages: 'perikanan kota' gives 693 findings merged, 698 single).
    const states = [
      '?q=kesehatan',
      '?q=pelatihan&sector=education',
      '?q=sintetis&kind=obstacle',
      '?sector=health&kind=outcome',
    ];
    /** What the search page shows for each state: status, listed findings, every facet count. */
    const look = async () => {
      const page = await browser.newPage();
      const seen = watch(page);
      const shown: unknown[] = [];
      for (const st of states) {
        await page.goto(`${server.url}search/${st}`, { waitUntil: 'networkidle' });
        await page.waitForFunction(
          () =>
            /\d/.test(document.querySelector('.status')?.textContent ?? '') &&
            document.querySelector('fieldset[data-facet=sector] li[data-count]') !== null,
        );
        shown.push(
          await page.evaluate(() => ({
            status: document.querySelector('.status')?.textContent ?? '',
            counts: [...document.querySelectorAll<HTMLElement>('fieldset[data-facet] li[data-value]')]
              .map(
                (li) =>
                  `${li.closest('fieldset')?.dataset['facet'] ?? ''}:${li.dataset['value'] ?? ''}=${li.dataset['count'] ?? ''}`,
              )
              .sort(),
          })),
        );
      }
      expect(seen.errors).toEqual([]);
      expect(seen.external).toEqual([]);
      await page.close();
      return shown;
    };
    try {
      const merged = await look();
      // The same page on the single index: swap the bundles.
      renameSync(join(out, 'pagefind'), join(out, 'pagefind-sharded'));
      renameSync(join(out, 'pagefind-single'), join(out, 'pagefind'));
      const single = await look();
      renameSync(join(out, 'pagefind'), join(out, 'pagefind-single'));
      renameSync(join(out, 'pagefind-sharded'), join(out, 'pagefind'));
      expect(merged).toEqual(single);
      for (const [i, m] of merged.entries())
        expect((m as { status: string }).status, states[i]).toMatch(/^\d+ temuan dalam/);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
