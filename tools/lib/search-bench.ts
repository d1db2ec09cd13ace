/** Search cost for `npm run bench` and `npm run bench:scale`: bytes and time of first and later queries. Figures, not tests. */
import type { Browser, Page } from 'playwright-core';
import { launch } from './browser.ts';
import { round } from './measure.ts';
import { serveDist } from './server.ts';

export interface QueryFigure {
  query: string;
  /** Search bytes fetched by the time the first results show, in a new browser profile. */
  coldKb: number;
  coldMs: number;
  /** The same, once the page has also fetched every facet's counts (after the results show). */
  countsKb: number;
  warmKb: number;
  warmMs: number;
  results: number;
}

/** Bytes of search files fetched by a page: those that finished before its first results, or all. */
function searchBytes(page: Page, beforeResults: boolean): Promise<number> {
  return page.evaluate((only) => {
    const mark = performance.getEntriesByName('atlas:search-results')[0]?.startTime ?? Number.POSITIVE_INFINITY;
    return (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((r) => r.name.includes('/pagefind/') && (!only || r.responseEnd <= mark))
      .reduce((sum, r) => sum + r.encodedBodySize, 0);
  }, beforeResults);
}

const TIMEOUT = { timeout: 120_000 };

/** A first search in a new browser profile: time to first results, bytes then and once idle. */
async function coldQuery(browser: Browser, searchUrl: string, query: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const t0 = performance.now();
  await page.goto(`${searchUrl}?q=${encodeURIComponent(query)}`, TIMEOUT);
  await page.waitForFunction(() => performance.getEntriesByName('atlas:search-results').length > 0, null, TIMEOUT);
  const coldMs = performance.now() - t0;
  // From the browser's resource timing: search files that finished loading before the search page
  // marked its first results, then every search file once the page is idle.
  const firstBytes = await searchBytes(page, true);
  await page.waitForLoadState('networkidle');
  const bytes = await searchBytes(page, false);
  const results = await page.locator('.results > li').count();
  await context.close();
  return { coldMs, firstBytes, bytes, results };
}

/** A page that has searched once, as a reader's would be: later queries count what they add. */
async function warmPage(browser: Browser, searchUrl: string, first: string) {
  const page = await browser.newPage();
  let bytes = 0;
  page.on('response', (r) => {
    if (r.url().includes('/pagefind/')) bytes += Number(r.headers()['content-length'] ?? 0);
  });
  // The warm page starts from a query, as a reader would (the empty page also loads every facet total).
  await page.goto(`${searchUrl}?q=${encodeURIComponent(first)}`, { waitUntil: 'networkidle', ...TIMEOUT });
  const done = () => {
    const s = document.querySelector('.status')?.textContent ?? '';
    return s !== '' && !s.endsWith('…');
  };
  await page.waitForFunction(done, null, TIMEOUT);
  const query = async (q: string) => {
    bytes = 0;
    const marks = await page.evaluate(() => performance.getEntriesByName('atlas:search-results').length);
    const t1 = performance.now();
    await page.fill('#q', q);
    await page.press('#q', 'Enter');
    const more = (n: number) => performance.getEntriesByName('atlas:search-results').length > n;
    await page.waitForFunction(more, marks, TIMEOUT);
    const ms = performance.now() - t1;
    await page.waitForLoadState('networkidle');
    return { ms, bytes };
  };
  return { query };
}

/** For each query: bytes fetched from the search index and time to first results, cold (new browser profile) and warm (same page). */
export async function searchBench(
  dist: string,
  lang: 'id' | 'en',
  queries: readonly string[],
  base = '/',
): Promise<QueryFigure[]> {
  const server = await serveDist(dist, base);
  const browser = await launch();
  const searchUrl = `${server.url}${lang === 'en' ? 'en/' : ''}search/`;
  const out: QueryFigure[] = [];
  try {
    const warm = await warmPage(browser, searchUrl, queries[0] ?? 'a');
    for (const query of queries) {
      const cold = await coldQuery(browser, searchUrl, query);
      const w = await warm.query(query);
      out.push({
        query,
        coldKb: round(cold.firstBytes / 1024),
        coldMs: round(cold.coldMs, 0),
        countsKb: round(cold.bytes / 1024),
        warmKb: round(w.bytes / 1024),
        warmMs: round(w.ms, 0),
        results: cold.results,
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}

export function summariseQueries(q: readonly QueryFigure[]) {
  const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length === 0 ? 0 : (s[Math.floor((s.length - 1) / 2)] as number);
  };
  return {
    queries: q.length,
    coldKbMedian: median(q.map((x) => x.coldKb)),
    coldKbMax: Math.max(0, ...q.map((x) => x.coldKb)),
    coldMsMedian: median(q.map((x) => x.coldMs)),
    countsKbMedian: median(q.map((x) => x.countsKb)),
    countsKbMax: Math.max(0, ...q.map((x) => x.countsKb)),
    warmKbMedian: median(q.map((x) => x.warmKb)),
    warmMsMedian: median(q.map((x) => x.warmMs)),
  };
}

export const QUERIES: Record<'id' | 'en', string[]> = {
  id: [
    'anggaran',
    'kesehatan',
    'perikanan',
    'sampah',
    'Ambon',
    'birokrasi',
    'masyarakat',
    'MoU',
    'pandemi',
    'pendidikan',
  ],
  en: [
    'budget',
    'health',
    'fisheries',
    'waste',
    'Darwin',
    'bureaucracy',
    'community',
    'reciprocity',
    'pandemic',
    'technology',
  ],
};

/** Twenty queries for a synthetic corpus (its text is built from these words). */
export const SYNTHETIC_QUERIES = [
  'kerja',
  'anggaran',
  'pelatihan',
  'masyarakat',
  'teknologi',
  'kesehatan',
  'perikanan',
  'pariwisata',
  'kendala',
  'manfaat',
  'program',
  'pertukaran',
  'rencana',
  'lingkungan',
  'pendidikan',
  'pemerintah',
  'bidang',
  'daerah',
  'kota',
  'sintetis',
];
