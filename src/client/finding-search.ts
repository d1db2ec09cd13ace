/**
 * Findings as the search's results: Pagefind finds the pages a query matches (and the word positions
 * it matched on each); the finding index (src/lib/shared/finding-index.ts) says which findings those
 * positions fall in and what facet values each carries. The listing and every facet count come from
 * the same hits, so the number beside a value is the number of findings with that value listed once
 * it is chosen.
 */
import {
  bucketFile,
  bucketOf,
  countBy,
  hasFilters,
  indexedPage,
  isFragment,
  pageHits,
  parseBucket,
  without,
  type FacetTotals,
  type FindingHit,
  type Filters,
  type IndexedPage,
} from '../lib/shared/finding-index.ts';
import { FACETS, type Facet } from '../lib/shared/search-state.ts';
import type { Pagefind, PagefindResult } from './pagefind.ts';

/** One listed result: a case page with the findings that match, or (with no filter) another page. */
export interface Group {
  result: PagefindResult;
  page: IndexedPage | undefined;
  hits: FindingHit[];
}

export type Counts = Partial<Record<Facet, ReadonlyMap<string, number>>>;

type Run = PagefindResult[] | 'totals';

/** Groups shown first (the page shows results in batches of this many). */
export const BATCH = 10;

/** Results read (their page data, which showing them needs anyway) for the first groups, at most. */
const FIRST_LOOKUP = 30;

/** A result as listed: a case page with the findings that match, another page only when nothing is filtered. */
function groupOf(result: PagefindResult, page: IndexedPage | undefined, q: string | null, filters: Filters): Group[] {
  // Pagefind also matches a page's metadata; ours is machine-readable (finding ids, facet values:
  // `semarang-staff-exchange-budget`, `health`), so a page that matched no word of its text is no hit.
  if (q !== null && result.words.length === 0) return [];
  const filtered = hasFilters(filters);
  if (!page) return filtered ? [] : [{ result, page, hits: [] }];
  const hits = pageHits(page, q === null ? null : result.words, filters);
  return hits.length > 0 || !filtered ? [{ result, page, hits }] : [];
}

const toPagefind = (f: Filters) =>
  Object.fromEntries(Object.entries(f).flatMap(([k, v]) => (v.length > 0 ? [[k, { any: [...v] }]] : [])));

export class FindingSearch {
  readonly #pf: Pagefind;
  readonly #bundle: string;
  readonly #depth: number;
  readonly #totals: FacetTotals;
  readonly #buckets = new Map<string, Promise<IndexedPage[]>>();

  constructor(pf: Pagefind, o: { bundle: string; depth: number; totals: FacetTotals }) {
    this.#pf = pf;
    this.#bundle = o.bundle;
    this.#depth = o.depth;
    this.#totals = o.totals;
  }

  async #bucket(id: string): Promise<IndexedPage[]> {
    const file = bucketFile(id.slice(0, Math.max(0, id.lastIndexOf('_'))), bucketOf(id, this.#depth));
    let b = this.#buckets.get(file);
    if (!b) {
      const url = `${this.#bundle}${file}`;
      b = fetch(url).then(async (r) => {
        if (!r.ok) throw new Error(`search: ${url}: HTTP ${String(r.status)}`);
        return parseBucket(await r.json(), url);
      });
      b.catch(() => this.#buckets.delete(file));
      this.#buckets.set(file, b);
    }
    return b;
  }

  /** A result's case page in the index, if it is one (ids of different shards may collide: the page's case decides). */
  async #page(r: PagefindResult): Promise<IndexedPage | undefined> {
    const same = (await this.#bucket(r.id)).filter((p) => p.page === r.id);
    if (same.length <= 1) return same[0];
    const slug = (await r.data()).filters['case']?.[0];
    return same.find((p) => p.case === slug);
  }

  /** Pagefind's pages for the query and filters; `totals` when there is neither (the page has the counts). */
  async #run(q: string | null, filters: Filters): Promise<Run> {
    if (q === null && !hasFilters(filters)) return 'totals';
    const found = await this.#pf.search(q, { filters: toPagefind(filters) });
    return found?.results ?? [];
  }

  async #groups(results: readonly PagefindResult[], q: string | null, filters: Filters): Promise<Group[]> {
    const pages = await Promise.all(results.map((r) => this.#page(r)));
    return results.flatMap((result, i) => groupOf(result, pages[i], q, filters));
  }

  /**
   * The first groups, from the results' own page data (the same data the index was built from, read
   * by the same function), so the first results cost no index bucket: batch by batch, until BATCH
   * groups or FIRST_LOOKUP results.
   */
  async #first(results: readonly PagefindResult[], q: string | null, filters: Filters): Promise<Group[]> {
    const groups: Group[] = [];
    for (let i = 0; i < Math.min(results.length, FIRST_LOOKUP) && groups.length < BATCH; i += BATCH) {
      const batch = results.slice(i, i + BATCH);
      const data = await Promise.all(batch.map((r) => r.data()));
      batch.forEach((r, k) => {
        const d = data[k];
        groups.push(...groupOf(r, d && isFragment(d) ? indexedPage(r.id, d) : undefined, q, filters));
      });
    }
    return groups.slice(0, BATCH);
  }

  /**
   * The listing for a query and filters: `first` with the first groups (looked up from the first
   * pages only, to show them soon), then `all` with every group and every facet's counts.
   */
  search(state: { q: string; filters: Filters }): {
    first: Promise<Group[]>;
    all: Promise<{ groups: Group[]; counts: Counts }>;
  } {
    const q = state.q === '' ? null : state.q;
    const full = this.#run(q, state.filters);
    const first = full.then((r) => (r === 'totals' ? [] : this.#first(r, q, state.filters)));
    const all = first.then(async () => {
      const results = await full;
      const groups = results === 'totals' ? [] : await this.#groups(results, q, state.filters);
      return { groups, counts: await this.#counts(q, state.filters, groups) };
    });
    return { first, all };
  }

  /**
   * Each facet's counts. A value of a facet not in use, or one that is ticked, is counted over the
   * listing; an unticked value of a facet in use, over the listing without that facet's filter.
   */
  async #counts(q: string | null, filters: Filters, groups: readonly Group[]): Promise<Counts> {
    const counts: Counts = {};
    for (const facet of FACETS) {
      const listed = countBy(
        groups.map((g) => g.hits),
        facet,
      );
      const ticked = filters[facet] ?? [];
      if (ticked.length === 0) {
        counts[facet] = listed;
        continue;
      }
      const rest = without(filters, facet);
      const run = await this.#run(q, rest);
      const others =
        run === 'totals'
          ? new Map(Object.entries(this.#totals[facet] ?? {}))
          : countBy(
              (await this.#groups(run, q, rest)).map((g) => g.hits),
              facet,
            );
      for (const v of ticked) others.set(v, listed.get(v) ?? 0);
      counts[facet] = others;
    }
    return counts;
  }
}
