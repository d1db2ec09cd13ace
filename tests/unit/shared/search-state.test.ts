import { describe, expect, it } from 'vitest';
import { findingMatches, parseSearchState, searchStateToQuery } from '../../../src/lib/shared/search-state.ts';

describe('search state in the URL', () => {
  it('parses the query and facets, repeated or comma-separated, ignoring unknown keys', () => {
    expect(parseSearchState('?q=%20anggaran%20&sector=health&kind=obstacle,outcome&kind=obstacle&foo=1')).toEqual({
      q: 'anggaran',
      filters: { sector: ['health'], kind: ['obstacle', 'outcome'] },
      page: 1,
      ignored: [],
      cut: false,
    });
    expect(parseSearchState('')).toEqual({ q: '', filters: {}, page: 1, ignored: [], cut: false });
    const long = parseSearchState(`?q=${'x'.repeat(10_000)}`);
    expect(long.q).toHaveLength(200);
    expect(long.cut).toBe(true);
  });
  it('reads the page shown (1 to 999), and names a page that cannot be one', () => {
    expect(parseSearchState('?q=a&page=3').page).toBe(3);
    for (const bad of ['0', '-1', '2.5', 'x', '1000', '1e3']) {
      const s = parseSearchState(`?q=a&page=${bad}`);
      expect([s.page, s.ignored], bad).toEqual([1, [`page=${bad}`]]);
    }
    expect(parseSearchState('?page=1').ignored).toEqual([]);
  });
  it('leaves out facet values that cannot be ids, and names them', () => {
    const s = parseSearchState(`?sector=health,%3Cscript%3E&city=${'a'.repeat(121)}&kind=.*%2B%3F`);
    expect(s.filters).toEqual({ sector: ['health'] });
    expect(s.ignored).toEqual(['sector=<script>', 'kind=.*+?', `city=${'a'.repeat(40)}`]);
  });
  it('round-trips through a query string in a stable order', () => {
    const state = { q: 'budget "quoted" <b>', filters: { kind: ['obstacle'], sector: ['health', 'education'] } };
    const qs = searchStateToQuery(state);
    expect(qs).toBe('?q=budget+%22quoted%22+%3Cb%3E&sector=health&sector=education&kind=obstacle');
    expect(parseSearchState(qs)).toEqual({ ...state, page: 1, ignored: [], cut: false });
    expect(searchStateToQuery({ ...state, page: 3 })).toBe(`${qs}&page=3`);
    expect(searchStateToQuery({ ...state, page: 1 })).toBe(qs);
    expect(searchStateToQuery({ q: '', filters: {} })).toBe('');
  });
  it('matches a finding when every chosen facet has one of its values', () => {
    const f = {
      id: 'f',
      kind: 'obstacle',
      sector: ['health', 'education'],
      city: ['alfa'],
      country: ['id'],
      case: 'c',
    };
    expect(findingMatches(f, {})).toBe(true);
    expect(findingMatches(f, { sector: ['health'] })).toBe(true);
    expect(findingMatches(f, { sector: ['fisheries', 'education'], kind: ['obstacle'] })).toBe(true);
    expect(findingMatches(f, { sector: ['health'], kind: ['outcome'] })).toBe(false);
    expect(findingMatches(f, { case: ['c'], country: ['nl'] })).toBe(false);
    expect(findingMatches(f, { case: ['c'], city: [] })).toBe(true);
  });
});
