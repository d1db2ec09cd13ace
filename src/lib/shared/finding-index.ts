/**
 * The finding index: what the search page needs to count and list findings, not pages. Pagefind
 * indexes case pages (one entry a page keeps its metadata small at scale) and tells, for each page a
 * query matches, the word positions it matched (`result.words`), before any page data is fetched.
 * tools/lib/finding-index.ts reads the written bundle and records, per case page, each finding's
 * facet values and the word positions of its section; the browser then knows which findings a
 * query matched, and counts them by facet value, without fetching a page. Pure and browser-safe.
 *
 * Files: `<bundle>/atlas-findings/<lang>.json`, or `<lang>-<prefix>.json` in buckets by the first
 * `depth` hex digits of Pagefind's page id when a language has many findings (the manifest says
 * which depth), so a query fetches the buckets of the pages it matched.
 */
import { FACETS, facetValues, findingMatches, unpackFacets, type Facet, type FindingFacets } from './search-state.ts';
import { isRecord, isStringArray } from './guards.ts';

export const FINDINGS_DIR = 'atlas-findings/';

/** Findings in one bucket file, at most (about): decides the bucket depth. */
const BUCKET_FINDINGS = 2_000;

/** A finding with the word positions of its section on its case page: [start, end). */
interface IndexedFinding extends FindingFacets {
  start: number;
  end: number;
}

/** One case page of one language, by Pagefind's page id. */
export interface IndexedPage {
  /** Pagefind's page id (its fragment's name, `en_7a2fc12`), as search results give it. */
  page: string;
  case: string;
  /** Words before the page's first anchor (the case's title, naming its cities): a match there matches every finding. */
  head: number;
  findings: IndexedFinding[];
}

/** What the index reads of a page's Pagefind data (its fragment; what `result.data()` returns). */
export interface PageFragment {
  url: string;
  word_count: number;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: { element: string; id: string; location: number }[];
}

export function isFragment(v: unknown): v is PageFragment {
  return (
    isRecord(v) &&
    typeof v['url'] === 'string' &&
    typeof v['word_count'] === 'number' &&
    isRecord(v['meta']) &&
    isRecord(v['filters']) &&
    Array.isArray(v['anchors'])
  );
}

const HEADING = /^h[1-6]$/;

/**
 * A case page's entry (undefined for other pages): its findings' facets, from its `findings` meta,
 * each with the word span of its section, from its heading (which carries the finding's id) to the
 * next heading; the head is what comes before the page's first anchor, the case's title, which names
 * its cities. A finding without its heading is an error naming the page and the finding.
 */
export function indexedPage(page: string, f: PageFragment): IndexedPage | undefined {
  const slug = f.filters['case']?.[0];
  const meta = f.meta['findings'];
  if (slug === undefined || meta === undefined) return undefined;
  const headings = f.anchors.filter((a) => HEADING.test(a.element)).sort((a, b) => a.location - b.location);
  const head = Math.min(f.word_count, ...f.anchors.map((a) => a.location));
  const findings = unpackFacets(meta, slug).map((facets) => {
    const at = headings.findIndex((a) => a.id === facets.id);
    const anchor = headings[at];
    if (anchor === undefined)
      throw new Error(`finding index: ${f.url} › ${facets.id}: the finding has no heading with its id on the page`);
    return { ...facets, start: anchor.location, end: headings[at + 1]?.location ?? f.word_count };
  });
  return { page, case: slug, head, findings };
}

/** Hex digits of the page id that pick a bucket: none (one file) for a small index. */
export function bucketDepth(findings: number): number {
  let depth = 0;
  while (findings / 16 ** depth > BUCKET_FINDINGS && depth < 3) depth++;
  return depth;
}

/** The bucket a page id falls in (`''` at depth 0). */
export function bucketOf(page: string, depth: number): string {
  return depth === 0 ? '' : (page.slice(page.lastIndexOf('_') + 1) + '000').slice(0, depth);
}

/** A bucket's file name, relative to the bundle. */
export const bucketFile = (lang: string, bucket: string): string =>
  `${FINDINGS_DIR}${encodeURIComponent(lang)}${bucket === '' ? '' : `-${bucket}`}.json`;

type PackedFinding = [string, string, string[], string[], string[], number, number];
type PackedPage = [string, string, number, PackedFinding[]];

export const packPage = (p: IndexedPage): PackedPage => [
  p.page,
  p.case,
  p.head,
  p.findings.map((f) => [f.id, f.kind, f.sector, f.city, f.country, f.start, f.end]),
];

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function unpackFinding(r: unknown, caseSlug: string): IndexedFinding | undefined {
  if (!Array.isArray(r) || r.length !== 7) return undefined;
  const [id, kind, sector, city, country, start, end] = r as unknown[];
  if (typeof id !== 'string' || typeof kind !== 'string') return undefined;
  if (!isStringArray(sector) || !isStringArray(city) || !isStringArray(country)) return undefined;
  if (!isCount(start) || !isCount(end)) return undefined;
  return { id, kind, sector, city, country, case: caseSlug, start, end };
}

function unpackPage(r: unknown): IndexedPage | undefined {
  if (!Array.isArray(r) || r.length !== 4) return undefined;
  const [page, slug, head, rows] = r as unknown[];
  if (typeof page !== 'string' || typeof slug !== 'string') return undefined;
  if (!isCount(head) || !Array.isArray(rows)) return undefined;
  const findings = rows.map((f) => unpackFinding(f, slug));
  if (findings.some((f) => f === undefined)) return undefined;
  return { page, case: slug, head, findings: findings.filter((f) => f !== undefined) };
}

/** Reads a bucket file; a wrong shape is an error (the search says it failed), not fewer findings. */
export function parseBucket(json: unknown, file: string): IndexedPage[] {
  const pages = Array.isArray(json) ? json.map(unpackPage) : [undefined];
  if (pages.some((p) => p === undefined)) throw new Error(`search: ${file} is not a finding index`);
  return pages.filter((p) => p !== undefined);
}

/** Why a finding is listed: its own section matched, the case's head did, or there is no query. */
type MatchReason = 'section' | 'head' | 'browse';

export interface FindingHit {
  finding: IndexedFinding;
  reason: MatchReason;
}

/**
 * The findings of a page that a query matched, given the word positions Pagefind matched on it
 * (`null`: no query, every finding). A finding matches when a matched word is in its section, or in
 * the page's head (the case's title, which names its cities, is about all its findings).
 */
export function queryHits(page: IndexedPage, words: readonly number[] | null): FindingHit[] {
  if (words === null) return page.findings.map((finding) => ({ finding, reason: 'browse' }));
  if (words.some((w) => w < page.head)) return page.findings.map((finding) => ({ finding, reason: 'head' }));
  return page.findings.flatMap((finding) =>
    words.some((w) => w >= finding.start && w < finding.end) ? [{ finding, reason: 'section' as const }] : [],
  );
}

export type Filters = Partial<Record<Facet, readonly string[]>>;

/** The findings of a page that the query (its matched words) and every filter match. */
export function pageHits(page: IndexedPage, words: readonly number[] | null, filters: Filters): FindingHit[] {
  return queryHits(page, words).filter((h) => findingMatches(h.finding, filters));
}

/** Findings by value of one facet, over lists of hits. */
export function countBy(hits: readonly (readonly FindingHit[])[], facet: Facet): Map<string, number> {
  const counts = new Map<string, number>();
  for (const list of hits)
    for (const h of list) for (const v of facetValues(h.finding, facet)) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

/** The filters without one facet: the state a facet's unticked values are counted in. */
export function without(filters: Filters, facet: Facet): Filters {
  const { [facet]: _dropped, ...rest } = filters;
  return rest;
}

export const hasFilters = (filters: Filters): boolean => FACETS.some((f) => (filters[f]?.length ?? 0) > 0);

/** Findings of the whole atlas by facet value (the counts of the empty search, written into the page). */
export type FacetTotals = Partial<Record<Facet, Record<string, number>>>;

export function parseTotals(json: unknown): FacetTotals {
  const out: FacetTotals = {};
  if (!isRecord(json)) return out;
  for (const f of FACETS) {
    const v = json[f];
    if (!isRecord(v)) continue;
    out[f] = Object.fromEntries(Object.entries(v).filter((e): e is [string, number] => isCount(e[1])));
  }
  return out;
}
