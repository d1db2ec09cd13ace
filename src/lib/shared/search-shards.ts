/**
 * Splitting the search index into shards. Pagefind 1.6 holds every page it indexes in memory until
 * it writes the index, about 300–450 kB a case page (Pagefind/pagefind#842), so one index of
 * 10,000 cases' 20,000 case pages needs ~8 GB. tools/index-search.ts therefore indexes at most
 * `maxPages` pages at a time, each set into its own Pagefind bundle, and the search page merges the
 * bundles in the browser with Pagefind's `mergeIndex`. Merged bundles share the primary bundle's
 * WebAssembly; each adds its entry file, its metadata and the index chunks a query needs.
 *
 * A small site has one shard: the bundle in /pagefind/, exactly as Pagefind writes it.
 */

/**
 * Pages one Pagefind run indexes by default. Memory goes with the words indexed: a case page takes
 * ~0.4 MB. Nearly every indexed page of a large site is a case page (city pages are not indexed,
 * src/lib/model/facets.ts), so a shard of 7,000 pages peaks near 3 GB, under the 4 GiB budget.
 */
import { isRecord, isStringArray } from './guards.ts';

export const SHARD_PAGES = 7_000;

/**
 * Index chunk size (in word positions) for a sharded index, passed to Pagefind as
 * PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE (its default is about 20,000). A query fetches the chunk holding
 * its word from every shard, so smaller chunks keep a rare word's cost near one index's; each chunk
 * adds an entry to the metadata every query fetches. At 10,000 cases (three shards), 3,000, 5,000
 * and 8,000 gave medians of 297–309 kB over the bench's 20 queries (where chunk boundaries fall
 * matters as much); 5,000 had the lowest mean, 339 kB.
 */
export const SHARD_CHUNK_POSITIONS = 5_000;

/** The file, in the primary bundle, that lists the other shards; the search page reads it. */
export const SHARDS_FILE = 'atlas-shards.json';

/** What the search page needs to know about the index as a whole. */
export interface ShardManifest {
  /** The other bundles to merge, relative to the primary bundle (e.g. `shard-1/`). Empty for one shard. */
  shards: string[];
  /** Pages indexed per language, all shards together. */
  pages: Record<string, number>;
  /** Hex digits of a page id that pick its finding-index bucket (src/lib/shared/finding-index.ts). */
  findingDepth: number;
}

/** How many shards `pages` pages need, at most `maxPages` each. */
export function shardCount(pages: number, maxPages = SHARD_PAGES): number {
  if (!Number.isInteger(maxPages) || maxPages < 1)
    throw new Error(`search shards: at most ${maxPages} pages a shard is not a positive whole number`);
  return Math.max(1, Math.ceil(pages / maxPages));
}

/**
 * Deal `files` (paths of the pages to index) into `shardCount` shards, in sorted order, one to each
 * shard in turn: shards differ in size by one page at most, and every shard holds a share of each
 * language and each kind of page, so each shard's ranking statistics stay close to the whole's.
 */
export function planShards(files: readonly string[], maxPages = SHARD_PAGES): string[][] {
  const n = shardCount(files.length, maxPages);
  const shards: string[][] = Array.from({ length: n }, () => []);
  [...files].sort().forEach((f, i) => shards[i % n]?.push(f));
  return shards;
}

/** A shard's bundle directory, relative to the primary bundle: '' for the primary itself. */
export const shardDir = (i: number): string => (i === 0 ? '' : `shard-${i}/`);

/**
 * A Pagefind glob matching exactly `files`. Pagefind's globs have no escape we can rely on, so a path
 * with a glob character is refused, naming it, rather than matching other pages or none.
 */
export function globFor(files: readonly string[]): string {
  const bad = files.find((f) => /[{}[\]*?,!\\]/.test(f));
  if (bad !== undefined)
    throw new Error(`search shards: ${bad}: a page path with a glob character ({ } [ ] * ? , ! \\) cannot be sharded`);
  return files.length === 1 ? (files[0] ?? '') : `{${files.join(',')}}`;
}

/** Reads the manifest the search page fetches; a wrong shape is an error, not an empty index. */
export function parseManifest(json: unknown): ShardManifest {
  const fail = () => new Error(`search shards: ${SHARDS_FILE} is not a shard manifest`);
  if (!isRecord(json) || !isStringArray(json['shards']) || !isRecord(json['pages'])) throw fail();
  const depth = json['findingDepth'];
  if (typeof depth !== 'number' || !Number.isInteger(depth) || depth < 0 || depth > 3) throw fail();
  const shards = json['shards'];
  if (!shards.every((s) => /^shard-\d+\/$/.test(s))) throw fail();
  const pages: Record<string, number> = {};
  for (const [lang, n] of Object.entries(json['pages'])) {
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) throw fail();
    pages[lang] = n;
  }
  return { shards, pages, findingDepth: depth };
}
