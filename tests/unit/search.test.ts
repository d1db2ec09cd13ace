import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../../src/lib/atlas.ts';
import { loadCorpus } from '../../src/lib/content/load.ts';
import { facetLabels, findingRecords, parseSearchState, searchStateToQuery } from '../../src/lib/search.ts';

describe('search state in the URL', () => {
  it('parses the query and facets, repeated or comma-separated, ignoring unknown keys', () => {
    expect(parseSearchState('?q=%20anggaran%20&sector=health&kind=obstacle,outcome&kind=obstacle&foo=1')).toEqual({
      q: 'anggaran',
      filters: { sector: ['health'], kind: ['obstacle', 'outcome'] },
    });
    expect(parseSearchState('')).toEqual({ q: '', filters: {} });
    expect(parseSearchState(`?q=${'x'.repeat(2000)}`).q).toHaveLength(200);
  });
  it('round-trips through a query string in a stable order', () => {
    const state = { q: 'budget "quoted" <b>', filters: { kind: ['obstacle'], sector: ['health', 'education'] } };
    const qs = searchStateToQuery(state);
    expect(qs).toBe('?q=budget+%22quoted%22+%3Cb%3E&sector=health&sector=education&kind=obstacle');
    expect(parseSearchState(qs)).toEqual(state);
    expect(searchStateToQuery({ q: '', filters: {} })).toBe('');
  });
});

describe('finding search records', () => {
  const atlas = buildAtlas(loadCorpus(process.cwd(), 'tests/fixtures/valid'));
  it('makes one record per finding and language, linking to the anchor, with id-valued filters', () => {
    const [id] = findingRecords(atlas, 'id');
    const [en] = findingRecords(atlas, 'en');
    expect(id?.url).toBe('/cases/kota-uji/#uji-budget');
    expect(en?.url).toBe('/en/cases/kota-uji/#uji-budget');
    expect(en?.language).toBe('en');
    expect(en?.meta['title']).toBe('The cooperation is held back by budget.');
    expect(en?.content).toContain('belum berjalan dengan baik karena kurangnya   anggaran');
    expect(en?.filters).toEqual({ sector: ['health'], kind: ['obstacle'], city: ['alfa', 'beta'], country: ['id', 'nl'], case: ['kota-uji'] });
  });
  it('labels every facet value in the page language', () => {
    const labels = facetLabels(atlas, 'en', (k) => k.toUpperCase());
    expect(labels.country).toEqual([['id', 'Indonesia'], ['nl', 'Netherlands']]);
    expect(labels.sector).toEqual([['health', 'Health']]);
    expect(labels.kind[0]).toEqual(['outcome', 'OUTCOME']);
  });
});
