import { describe, expect, it } from 'vitest';
import { findingMatches, parseSearchState, searchStateToQuery } from '../../../src/lib/shared/search-state.ts';

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
