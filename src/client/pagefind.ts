/**
 * The search index in the browser: Pagefind's API as this site uses it, and loading it with the
 * shards the index was built in (src/lib/shared/search-shards.ts) merged into one.
 */
import { parseManifest, SHARDS_FILE, type ShardManifest } from '../lib/shared/search-shards.ts';

export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  /** The word position the element starts at. */
  location: number;
}
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: PagefindAnchor;
}
export interface PagefindData {
  url: string;
  excerpt: string;
  word_count: number;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  anchors: PagefindAnchor[];
  sub_results: PagefindSubResult[];
}
export interface PagefindResult {
  /** The page's id (its fragment's name), which the finding index is keyed by. */
  id: string;
  /** Word positions on the page that the query matched. */
  words: number[];
  data: () => Promise<PagefindData>;
}
export type FacetCounts = Record<string, Record<string, number>>;
interface PagefindSearch {
  results: PagefindResult[];
  filters: FacetCounts;
}
export interface Pagefind {
  options: (o: { baseUrl: string; noWorker?: boolean }) => Promise<void>;
  init: () => Promise<void>;
  mergeIndex: (path: string, o: { baseUrl: string; language: string }) => Promise<void>;
  search: (q: string | null, opts?: { filters?: Record<string, { any: string[] }> }) => Promise<PagefindSearch | null>;
}

/** The index's shards and page counts, written next to Pagefind's bundle by tools/index-search.ts. */
export async function loadManifest(bundle: string): Promise<ShardManifest> {
  const url = `${bundle}${SHARDS_FILE}`;
  const r = await fetch(url);
  if (!r.ok) throw new Error(`search: ${url}: HTTP ${String(r.status)}`);
  return parseManifest(await r.json());
}

/** Pagefind from `bundle`, with every shard merged in; fails (rejects) if any part cannot be loaded. */
export async function loadPagefind(
  bundle: string,
  baseUrl: string,
  language: string,
  manifest: Promise<ShardManifest>,
): Promise<Pagefind> {
  const [pf, { shards }] = await Promise.all([
    import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<Pagefind>,
    manifest,
  ]);
  // No worker: the worker script repeats Pagefind's 42 kB search code; our searches are short.
  await pf.options({ baseUrl, noWorker: true });
  await pf.init();
  await Promise.all(shards.map((s) => pf.mergeIndex(`${bundle}${s}`, { baseUrl, language })));
  return pf;
}
