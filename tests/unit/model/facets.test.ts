import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/lib/content/load.ts';
import { buildAtlas, caseCities } from '../../../src/lib/model/atlas.ts';
import {
  caseFilters,
  citiesMeta,
  facetLabels,
  facetTotals,
  findingFacets,
  findingsMeta,
} from '../../../src/lib/model/facets.ts';
import { unpackCities, unpackFacets } from '../../../src/lib/shared/search-state.ts';

describe('finding facets on case pages', () => {
  const atlas = buildAtlas(loadCorpus(process.cwd(), 'tests/fixtures/valid'));
  it('gives each finding its own id-valued facets, and the case page their union', () => {
    expect(findingFacets(atlas, 'kota-uji')).toEqual([
      { id: 'uji-external', kind: 'context', sector: [], city: ['beta'], country: ['nl'], case: 'kota-uji' },
      {
        id: 'uji-budget',
        kind: 'obstacle',
        sector: ['health'],
        city: ['alfa', 'beta'],
        country: ['id', 'nl'],
        case: 'kota-uji',
      },
    ]);
    expect(caseFilters(atlas, 'kota-uji', ['alfa'])).toEqual({
      sector: ['health'],
      kind: ['context', 'obstacle'],
      city: ['alfa', 'beta'],
      country: ['id', 'nl'],
      case: ['kota-uji'],
    });
    expect(findingFacets(atlas, 'no-such-case')).toEqual([]);
  });
  it('round-trips through the page meta, and reads malformed meta as no findings', () => {
    expect(unpackFacets(findingsMeta(atlas, 'kota-uji'), 'kota-uji')).toEqual(findingFacets(atlas, 'kota-uji'));
    expect(unpackFacets('not json', 'x')).toEqual([]);
    expect(unpackFacets('{"a":1}', 'x')).toEqual([]);
    expect(unpackFacets('[[1,2],["ok","outcome"]]', 'x')).toEqual([
      { id: 'ok', kind: 'outcome', sector: [], city: [], country: [], case: 'x' },
    ]);
    expect(unpackFacets(undefined, 'x')).toEqual([]);
  });
  it("carries a case's cities, named in the page's language, for its search result to link", () => {
    const cities = caseCities(atlas, 'kota-uji');
    expect(cities.length).toBeGreaterThan(0);
    for (const lang of ['id', 'en'] as const) {
      expect(unpackCities(citiesMeta(cities, lang))).toEqual(cities.map((c) => ({ id: c.id, name: c.name[lang] })));
    }
    expect(unpackCities('[["alfa","Alfa"],["",""],[1,"x"],"beta"]')).toEqual([{ id: 'alfa', name: 'Alfa' }]);
    expect(unpackCities('{"alfa":"Alfa"}')).toEqual([]);
    expect(unpackCities('not json')).toEqual([]);
    expect(unpackCities(undefined)).toEqual([]);
  });
  it('labels every facet value in the page language', () => {
    const labels = facetLabels(atlas, 'en', (k) => k.toUpperCase());
    expect(labels.country).toEqual([
      ['id', 'Indonesia'],
      ['nl', 'Netherlands'],
    ]);
    expect(labels.sector).toEqual([['health', 'Health']]);
    expect(labels.kind[0]).toEqual(['outcome', 'OUTCOME']);
  });
  it('counts the findings of each listed facet value: the counts of the empty search', () => {
    const totals = facetTotals(
      atlas,
      facetLabels(atlas, 'en', (k) => k),
    );
    expect(totals.kind).toEqual({ context: 1, obstacle: 1 });
    expect(totals.sector).toEqual({ health: 1 });
    expect(totals.city).toEqual({ alfa: 1, beta: 2 });
    expect(totals.case).toEqual({ 'kota-uji': 2 });
  });
});
