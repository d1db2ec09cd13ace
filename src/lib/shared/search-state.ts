/**
 * Search state in the URL (`?q=…&sector=…&kind=…`), pure and dependency-free: the search page's
 * script imports it, so it must not pull in the content schemas.
 */
import { listParam, URL_ID } from './patterns.ts';

/** Characters of the search words kept (the input's maxlength); a longer `q` is cut, and the page says so. */
export const QUERY_MAX = 200;

export const FACETS = ['sector', 'kind', 'city', 'country', 'case'] as const;
export type Facet = (typeof FACETS)[number];

/**
 * Parse search state from a query string: `q`, repeated or comma-separated facet values, and `page`
 * (how many batches of results are shown, 1–999). A value that cannot be an id or a page is left out
 * and listed in `ignored` (`sector=<b>`), and a `q` longer than QUERY_MAX is cut (`cut`), so the
 * page can say what it did not use.
 */
export function parseSearchState(search: string): {
  q: string;
  filters: Partial<Record<Facet, string[]>>;
  page: number;
  ignored: string[];
  cut: boolean;
} {
  const params = new URLSearchParams(search);
  const filters: Partial<Record<Facet, string[]>> = {};
  const ignored: string[] = [];
  for (const f of FACETS) {
    const all = listParam(params.getAll(f));
    const values = all.filter((v) => URL_ID.test(v));
    ignored.push(...all.filter((v) => !URL_ID.test(v)).map((v) => `${f}=${v.slice(0, 40)}`));
    if (values.length > 0) filters[f] = values;
  }
  const q = (params.get('q') ?? '').trim();
  const pageParam = params.get('page');
  const page = pageParam !== null && /^[1-9]\d{0,2}$/.test(pageParam) ? Number(pageParam) : 1;
  if (pageParam !== null && page === 1 && pageParam !== '1') ignored.push(`page=${pageParam.slice(0, 40)}`);
  return { q: q.slice(0, QUERY_MAX).trim(), filters, page, ignored, cut: q.length > QUERY_MAX };
}

/** Serialise search state to a query string (stable order; empty parts and page 1 left out). */
export function searchStateToQuery(state: {
  q: string;
  filters: Partial<Record<Facet, string[]>>;
  page?: number;
}): string {
  const params = new URLSearchParams();
  if (state.q !== '') params.set('q', state.q);
  for (const f of FACETS) for (const v of state.filters[f] ?? []) params.append(f, v);
  if (state.page !== undefined && state.page > 1) params.set('page', String(state.page));
  const s = params.toString();
  return s === '' ? '' : `?${s}`;
}

/** A finding's facet values, as carried in its case page's `findings` search meta. */
export interface FindingFacets {
  id: string;
  kind: string;
  sector: string[];
  city: string[];
  country: string[];
  case: string;
}

/** Compact form for the page meta: `[id, kind, sectors, cities, countries]` (the case is the page's). */
export type PackedFacets = [string, string, string[], string[], string[]];

export const packFacets = (f: FindingFacets): PackedFacets => [f.id, f.kind, f.sector, f.city, f.country];

/** Reads a case page's `findings` meta; anything malformed yields no findings rather than an error. */
export function unpackFacets(meta: string | undefined, caseSlug: string): FindingFacets[] {
  const strings = (v: unknown): string[] =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  return metaRows(meta).flatMap((r) =>
    typeof r[0] === 'string' && typeof r[1] === 'string'
      ? [{ id: r[0], kind: r[1], sector: strings(r[2]), city: strings(r[3]), country: strings(r[4]), case: caseSlug }]
      : [],
  );
}

/** The rows of a page meta packed as a JSON array of arrays; anything else reads as no rows. */
function metaRows(meta: string | undefined): unknown[][] {
  if (!meta) return [];
  try {
    const rows = JSON.parse(meta) as unknown;
    return Array.isArray(rows) ? rows.filter((r): r is unknown[] => Array.isArray(r)) : [];
  } catch {
    return [];
  }
}

/** A finding's values of one facet. */
export const facetValues = (f: FindingFacets, facet: Facet): readonly string[] =>
  facet === 'kind' ? [f.kind] : facet === 'case' ? [f.case] : f[facet];

/**
 * Whether a finding matches the chosen facets: any chosen value within a facet, every facet chosen.
 * Pagefind filters whole pages (a case page carries the union of its findings' values); this narrows
 * the findings listed under a case page to those that match on their own.
 */
export function findingMatches(f: FindingFacets, filters: Partial<Record<Facet, readonly string[]>>): boolean {
  return FACETS.every((facet) => {
    const chosen = filters[facet];
    if (!chosen || chosen.length === 0) return true;
    return facetValues(f, facet).some((v) => chosen.includes(v));
  });
}

/** A case's city as its search result lists it: the city page's id and its name in the page's language. */
export interface ResultCity {
  id: string;
  name: string;
}

/**
 * Reads a case page's `cities` meta (`[[id, name], …]`); malformed rows are left out. City pages are
 * not in the search index: a case result links to its cities instead (src/lib/model/facets.ts).
 */
export function unpackCities(meta: string | undefined): ResultCity[] {
  return metaRows(meta).flatMap((r) =>
    typeof r[0] === 'string' && typeof r[1] === 'string' && r[0] !== '' ? [{ id: r[0], name: r[1] }] : [],
  );
}
