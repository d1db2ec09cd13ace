/**
 * Feeds, robots and discovery in the built site, the feeds read back by feedparser (Debian's
 * python3-feedparser, run with Debian's /usr/bin/python3). Without it the feedparser check is
 * skipped with a hint, except under CI=true.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/content/load.ts';
import { EMBED_PATH } from '../../src/lib/shared/embed.ts';
import { DIST, htmlPages, readPage, requireDist } from '../../tools/lib/dist.ts';
import { optionalTool } from '../../tools/lib/requirements.ts';

const corpus = loadCorpus();
const PYTHON = '/usr/bin/python3';
const HAS_FEEDPARSER = optionalTool(
  spawnSync(PYTHON, ['-c', 'import feedparser'], { encoding: 'utf8' }).status === 0,
  `feedparser not found for ${PYTHON}`,
  'install it with apt-get install python3-feedparser',
);
beforeAll(requireDist);

interface Parsed {
  bozo: boolean;
  language: string;
  links: Record<string, string>;
  updated: string | null;
  entries: { link: string; published: string | null }[];
}

function parseFeed(file: string): Parsed {
  const script = [
    'import feedparser, json, sys',
    'd = feedparser.parse(sys.argv[1])',
    'print(json.dumps({"bozo": bool(d.bozo), "language": d.feed.get("language"),',
    '  "links": {l.get("rel"): l.get("href") for l in d.feed.get("links", [])}, "updated": d.feed.get("updated"),',
    '  "entries": [{"link": e.get("link"), "published": e.get("published")} for e in d.entries]}))',
  ].join('\n');
  const res = spawnSync(PYTHON, ['-c', script, file], { encoding: 'utf8' });
  expect(res.status, res.stderr).toBe(0);
  return JSON.parse(res.stdout) as Parsed;
}

describe('feeds and discovery', () => {
  it.skipIf(!HAS_FEEDPARSER).each([
    ['', 'id'],
    ['en/', 'en'],
  ] as const)('/%srss.xml reads cleanly in feedparser: language, self link, dates, every case', (prefix, lang) => {
    const feed = parseFeed(join(DIST, `${prefix}rss.xml`));
    expect(feed.bozo).toBe(false);
    expect(feed.language).toBe(lang);
    expect(new URL(feed.links['self'] ?? '').pathname).toBe(`/${prefix}rss.xml`);
    expect(feed.entries).toHaveLength(corpus.cases.length);
    for (const c of corpus.cases)
      expect(feed.entries.some((e) => e.link.endsWith(`/${prefix}cases/${c.slug}/`))).toBe(true);
    // The channel is dated by its latest item, not by the build.
    const dates = feed.entries.flatMap((e) => (e.published ? [Date.parse(e.published)] : []));
    if (dates.length > 0) expect(Date.parse(feed.updated ?? '')).toBe(Math.max(...dates));
  });

  it("links every page to its language's feed (the embeddable views are views of pages, not pages)", () => {
    for (const path of htmlPages().filter((p) => !EMBED_PATH.test(p))) {
      const html = readPage(path);
      const feed = /<link rel="alternate" type="application\/rss\+xml" title="[^"]*" href="([^"]+)">/.exec(html)?.[1];
      const lang = /<html lang="(\w+)"/.exec(html)?.[1];
      expect(feed, path).toBeDefined();
      expect(new URL(feed ?? '').pathname, path).toBe(lang === 'en' ? '/en/rss.xml' : '/rss.xml');
    }
  });

  it('names the sitemap at the public address in robots.txt', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1] ?? '';
    expect(new URL(sitemap).pathname).toBe('/sitemap-index.xml');
    expect(readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8')).toContain('<sitemapindex');
    expect(robots).toMatch(/^User-agent: \*$/m);
  });
});
