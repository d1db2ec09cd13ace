import { describe, expect, it } from 'vitest';
import {
  globFor,
  parseManifest,
  planShards,
  shardCount,
  shardDir,
  SHARD_PAGES,
} from '../../../src/lib/shared/search-shards.ts';

const pages = (n: number, prefix = 'cases/kasus-') =>
  Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(5, '0')}/index.html`);

describe('search index shards', () => {
  it('needs one shard up to the limit, then one more per limit started', () => {
    expect(shardCount(0)).toBe(1);
    expect(shardCount(SHARD_PAGES)).toBe(1);
    expect(shardCount(SHARD_PAGES + 1)).toBe(2);
    expect(shardCount(30_056, 8_000)).toBe(4);
    expect(shardCount(20_050)).toBe(3);
    expect(() => shardCount(10, 0)).toThrow(/not a positive whole number/);
    expect(() => shardCount(10, Number.NaN)).toThrow(/not a positive whole number/);
  });

  it('keeps a small site in one shard, in sorted order', () => {
    const files = ['en/cases/b/index.html', 'cases/a/index.html', 'cities/x/index.html'];
    expect(planShards(files)).toEqual([['cases/a/index.html', 'cities/x/index.html', 'en/cases/b/index.html']]);
  });

  it('deals every page to exactly one shard, balanced, with each kind and language in every shard', () => {
    const files = [
      ...pages(600),
      ...pages(300, 'cities/kota-'),
      ...pages(600, 'en/cases/kasus-'),
      ...pages(300, 'en/cities/kota-'),
    ];
    const shards = planShards(files.reverse(), 500);
    expect(shards).toHaveLength(4);
    expect(shards.flat().sort()).toEqual([...files].sort());
    expect(new Set(shards.flat()).size).toBe(files.length);
    const sizes = shards.map((s) => s.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    for (const s of shards) {
      expect(s.filter((f) => f.startsWith('cases/'))).toHaveLength(150);
      expect(s.filter((f) => f.startsWith('en/cities/'))).toHaveLength(75);
    }
    expect(planShards(files, 500)).toEqual(shards);
  });

  it('names the primary bundle and the merged ones', () => {
    expect(shardDir(0)).toBe('');
    expect(shardDir(3)).toBe('shard-3/');
  });

  it('builds a glob matching exactly the listed pages, and refuses a path with a glob character', () => {
    expect(globFor(['cases/a/index.html'])).toBe('cases/a/index.html');
    expect(globFor(['cases/a/index.html', 'en/cases/a/index.html'])).toBe('{cases/a/index.html,en/cases/a/index.html}');
    expect(() => globFor(['cases/a/index.html', 'cases/a,b/index.html'])).toThrow(
      'cases/a,b/index.html: a page path with a glob character',
    );
    expect(() => globFor(['cities/[x]/index.html'])).toThrow(/cities\/\[x\]\/index\.html/);
  });

  it('reads the manifest, and refuses one of the wrong shape', () => {
    expect(parseManifest({ shards: ['shard-1/'], pages: { id: 3, en: 2 }, findingDepth: 1 })).toEqual({
      shards: ['shard-1/'],
      pages: { id: 3, en: 2 },
      findingDepth: 1,
    });
    expect(parseManifest({ shards: [], pages: {}, findingDepth: 0 })).toEqual({
      shards: [],
      pages: {},
      findingDepth: 0,
    });
    for (const bad of [
      null,
      [],
      { shards: ['../x/'], pages: {}, findingDepth: 0 },
      { shards: [], pages: { id: -1 }, findingDepth: 0 },
      { shards: [], pages: { id: '3' }, findingDepth: 0 },
      { pages: {}, findingDepth: 0 },
      { shards: [], pages: {} },
      { shards: [], pages: {}, findingDepth: 1.5 },
      { shards: [], pages: {}, findingDepth: 9 },
    ]) {
      expect(() => parseManifest(bad), JSON.stringify(bad)).toThrow('atlas-shards.json is not a shard manifest');
    }
  });
});
