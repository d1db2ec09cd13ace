import { describe, expect, it } from 'vitest';
import {
  bucketDepth,
  bucketFile,
  bucketOf,
  countBy,
  hasFilters,
  packPage,
  pageHits,
  parseBucket,
  parseTotals,
  queryHits,
  without,
  type IndexedPage,
} from '../../../src/lib/shared/finding-index.ts';

const finding = (id: string, kind: string, sector: string[], start: number, end: number) => ({
  id,
  kind,
  sector,
  city: ['alfa'],
  country: ['id'],
  case: 'kasus',
  start,
  end,
});

const page: IndexedPage = {
  page: 'en_a1b2c3d',
  case: 'kasus',
  head: 5,
  findings: [
    finding('f1', 'obstacle', ['health'], 100, 140),
    finding('f2', 'outcome', ['health', 'education'], 140, 200),
  ],
};

describe('the finding index', () => {
  it('picks one file for a small index and buckets by page id for a large one', () => {
    expect([0, 2_000, 2_001, 32_000, 32_001, 80_000, 10_000_000].map(bucketDepth)).toEqual([0, 0, 1, 1, 2, 2, 3]);
    expect(bucketOf('en_a1b2c3d', 0)).toBe('');
    expect(bucketOf('en_a1b2c3d', 2)).toBe('a1');
    expect(bucketOf('pt-br_f00', 1)).toBe('f');
    expect(bucketFile('en', '')).toBe('atlas-findings/en.json');
    expect(bucketFile('en', 'a1')).toBe('atlas-findings/en-a1.json');
  });

  it('round-trips a page through its packed form, and refuses a file of the wrong shape, naming it', () => {
    expect(parseBucket(JSON.parse(JSON.stringify([packPage(page)])), 'x.json')).toEqual([page]);
    expect(parseBucket([], 'x.json')).toEqual([]);
    for (const bad of [
      {},
      [[1]],
      [['p', 'c', -1, []]],
      [['p', 'c', 0, [['f', 'k', [], [], [], 1.5, 2]]]],
      [['p', '/u', 'c', 0, []]],
    ])
      expect(() => parseBucket(bad, 'b.json'), JSON.stringify(bad)).toThrow('search: b.json is not a finding index');
  });

  it('lists the findings a matched word falls in, all of them for a match in the head, and all without a query', () => {
    expect(queryHits(page, [120, 121]).map((h) => `${h.finding.id}:${h.reason}`)).toEqual(['f1:section']);
    expect(queryHits(page, [140]).map((h) => h.finding.id)).toEqual(['f2']);
    expect(queryHits(page, [50, 250])).toEqual([]);
    expect(queryHits(page, [2]).map((h) => `${h.finding.id}:${h.reason}`)).toEqual(['f1:head', 'f2:head']);
    expect(queryHits(page, null).map((h) => h.reason)).toEqual(['browse', 'browse']);
    expect(pageHits(page, null, { kind: ['outcome'] }).map((h) => h.finding.id)).toEqual(['f2']);
    expect(pageHits(page, [120], { kind: ['outcome'] })).toEqual([]);
  });

  it('counts findings by value, and drops one facet from the filters', () => {
    const hits = [queryHits(page, null), queryHits(page, [150])];
    expect(Object.fromEntries(countBy(hits, 'sector'))).toEqual({ health: 3, education: 2 });
    expect(Object.fromEntries(countBy(hits, 'case'))).toEqual({ kasus: 3 });
    expect(without({ kind: ['a'], sector: ['b'] }, 'kind')).toEqual({ sector: ['b'] });
    expect(hasFilters({ kind: [] })).toBe(false);
    expect(hasFilters({ city: ['alfa'] })).toBe(true);
  });

  it('reads the page totals, keeping only whole counts of known facets', () => {
    expect(parseTotals({ sector: { health: 3, bad: -1, odd: 'x' }, nope: { a: 1 } })).toEqual({
      sector: { health: 3 },
    });
    expect(parseTotals(null)).toEqual({});
  });
});
