/**
 * Search state in the URL (`?q=…&sector=…&kind=…`), pure and dependency-free: the search page's
 * script imports it, so it must not pull in the content schemas.
 */
export const FACETS = ['sector', 'kind', 'city', 'country', 'case'] as const;
export type Facet = (typeof FACETS)[number];

/** Parse search state from a query string: `q` and repeated or comma-separated facet values. */
export function parseSearchState(search: string): { q: string; filters: Partial<Record<Facet, string[]>> } {
  const params = new URLSearchParams(search);
  const filters: Partial<Record<Facet, string[]>> = {};
  for (const f of FACETS) {
    const values = params.getAll(f).flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
    if (values.length > 0) filters[f] = [...new Set(values)];
  }
  return { q: (params.get('q') ?? '').trim().slice(0, 200), filters };
}

/** Serialise search state to a query string (stable order; empty parts left out). */
export function searchStateToQuery(state: { q: string; filters: Partial<Record<Facet, string[]>> }): string {
  const params = new URLSearchParams();
  if (state.q !== '') params.set('q', state.q);
  for (const f of FACETS) for (const v of state.filters[f] ?? []) params.append(f, v);
  const s = params.toString();
  return s === '' ? '' : `?${s}`;
}
