/**
 * The site deployed under a sub-path: build with SITE_BASE=/open/data/ and crawl it, fragments included.
 * The base contains "en/" (op-en/), which a path rewrite that looks for the locale by pattern gets wrong.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildEnv, crawl, readPage, scratchBuild } from '../../tools/lib/dist.ts';
import { HAS_CHROMIUM, launch, watch } from '../../tools/lib/browser.ts';
import { serveDist } from '../../tools/lib/server.ts';

const root = process.cwd();
const { out, remove } = scratchBuild();
afterAll(remove);

beforeAll(() => {
  const bin = (name: string) => join(root, 'node_modules/.bin', name);
  const env = buildEnv({ SITE_BASE: '/open/data/', SITE_URL: 'https://example.org' });
  const build = spawnSync(bin('astro'), ['build', '--outDir', out], { cwd: root, env, encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
  // In shards, so that results from merged bundles must link inside the sub-path too.
  const index = spawnSync(bin('node'), ['tools/index-search.ts', out], {
    cwd: root,
    env: { ...env, ATLAS_SEARCH_SHARD_PAGES: '10' },
    encoding: 'utf8',
  });
  expect(index.status, index.stderr).toBe(0);
  expect(index.stdout).toMatch(/ in \d+ shards of ≤ 10 /);
}, 300_000);

it('links every page, asset, data file and fragment under /open/data/', () => {
  const { broken, links } = crawl(out, '/open/data/');
  expect(broken).toEqual([]);
  expect(links).toBeGreaterThan(1000);
});

it('points search, data and citations at the sub-path', () => {
  const search = readPage('/search/', out);
  expect(search).toContain('data-bundle="/open/data/pagefind/"');
  expect(search).toContain('data-base="/open/data/"');
  expect(readPage('/data/', out)).toContain('href="/open/data/data/findings.json"');
  expect(readPage('/en/cases/bandung-kawasaki/', out)).toContain(
    '<link rel="canonical" href="https://example.org/open/data/en/cases/bandung-kawasaki/">',
  );
  expect(existsSync(join(out, 'pagefind', 'pagefind.js'))).toBe(true);
  // The English page's JSON-LD names the Indonesian original at its real address.
  const ld =
    /<script type="application\/ld\+json">(.*?)<\/script>/.exec(readPage('/en/cases/bandung-kawasaki/', out))?.[1] ??
    '{}';
  expect(JSON.parse(ld)).toMatchObject({
    translationOfWork: { '@id': 'https://example.org/open/data/cases/bandung-kawasaki/' },
  });
  expect(readPage('/sitemap-index.xml', out)).toContain('<loc>https://example.org/open/data/sitemap-0.xml</loc>');
  expect(readPage('/sitemap-0.xml', out)).toMatch(
    /<loc>https:\/\/example\.org\/open\/data\/en\/cases\/bandung-kawasaki\/<\/loc>(<lastmod>[\d-]+<\/lastmod>)?<xhtml:link rel="alternate" hreflang="id" href="https:\/\/example\.org\/open\/data\/cases\/bandung-kawasaki\/"\/>/,
  );
});

it.skipIf(!HAS_CHROMIUM)('searches under the sub-path and links results inside it', async () => {
  const server = await serveDist(out, '/open/data/');
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const seen = watch(page);
    await page.goto(`${server.url}en/search/?q=waste`, { waitUntil: 'networkidle' });
    await page.waitForSelector('.results li');
    const links = await page
      .locator('.results a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links.length).toBeGreaterThan(1);
    expect(links.filter((p) => !p.startsWith('/open/data/en/'))).toEqual([]);
    expect(
      await page.evaluate(
        () =>
          performance
            .getEntriesByType('resource')
            .filter((r) => /\/open\/data\/pagefind\/shard-\d+\/pagefind-entry\.json/.test(r.name)).length,
      ),
    ).toBeGreaterThan(0);
    expect(seen.errors).toEqual([]);
  } finally {
    await browser.close();
    await server.close();
  }
});
