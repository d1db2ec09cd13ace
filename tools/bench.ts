/**
 * `npm run bench`: builds the real site and reports page weights (HTML/CSS/JS/SVG, gzipped) against
 * the budgets, build and index time, Lighthouse scores (when Chromium exists), and the search cost of
 * queries in both languages on the real site and on a 1,000-case synthetic site. Writes
 * bench/results.json and bench/summary.md. It reports; it does not fail on a missed budget.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import {
  allPageWeights,
  buildSite,
  dirBytes,
  HAS_CHROMIUM,
  lighthouse,
  round,
  type PageWeight,
} from './lib/measure.ts';
import { QUERIES, searchBench, summariseQueries } from './lib/search-bench.ts';
import { SCALE_HEADER, scaleLine, scaleRun } from './bench-scale.ts';
import { serveDist } from './lib/server.ts';

const DIST = 'dist';
const started = new Date().toISOString();
console.error('bench: building the site…');
const { build, index } = buildSite(DIST);
const weights = allPageWeights(DIST);
const byPage = new Map(weights.map((w) => [w.page, w]));
const get = (p: string) => byPage.get(p) as PageWeight;

/**
 * Tool pages: the search, the map and the reading pack (and their embeddable views) are built in the
 * browser from the address and the index, so they are held to the interaction-JS budget; every other
 * page is read as built, and held to the reading budgets.
 */
const TOOL_PAGE = /\/(search|map|pack)\/$/;
const reading = weights.filter((w) => !TOOL_PAGE.test(w.page));
const budgets = [
  { budget: 'reading pages ≤ 10 kB gz JS (max over pages)', limit: 10, value: Math.max(...reading.map((w) => w.js)) },
  {
    budget: 'reading pages ≤ 8.5 kB gz CSS + JS (max over pages)',
    limit: 8.5,
    value: round(Math.max(...reading.map((w) => w.css + w.js))),
  },
  {
    budget: 'case page ≤ 60 kB gz in total (largest case page)',
    limit: 60,
    value: Math.max(...weights.filter((w) => /^\/(en\/)?cases\/[^/]+\/$/.test(w.page)).map((w) => w.total)),
  },
  { budget: 'map page ≤ 120 kB gz in total', limit: 120, value: Math.max(get('/map/').total, get('/en/map/').total) },
  {
    budget: 'interaction JS ≤ 10 kB gz per page (max, incl. search, map and pack)',
    limit: 10,
    value: Math.max(...weights.map((w) => w.js)),
  },
].map((b) => ({ ...b, met: b.value <= b.limit }));

const lighthouseScores: Record<string, Record<string, number>> = {};
if (HAS_CHROMIUM) {
  console.error('bench: Lighthouse…');
  const server = await serveDist(`${process.cwd()}/${DIST}`);
  try {
    for (const [name, path] of [
      ['home', ''],
      ['case', 'en/cases/semarang-jung-gu/'],
      ['map', 'en/map/'],
      ['search', 'en/search/?q=budget'],
    ] as const) {
      lighthouseScores[name] = await lighthouse(`${server.url}${path}`);
    }
  } finally {
    await server.close();
  }
}
const lighthouseMin = Object.values(lighthouseScores).flatMap((s) => Object.values(s));
if (lighthouseMin.length > 0)
  budgets.push({
    budget: 'Lighthouse ≥ 98 in all four categories (min)',
    limit: 98,
    value: Math.min(...lighthouseMin),
    met: Math.min(...lighthouseMin) >= 98,
  });

console.error('bench: search on the real site…');
const realSearch = HAS_CHROMIUM
  ? { id: await searchBench(DIST, 'id', QUERIES.id), en: await searchBench(DIST, 'en', QUERIES.en) }
  : { id: [], en: [] };
console.error('bench: 1,000-case synthetic site…');
const synthetic = await scaleRun(1000);

const key = [
  '/',
  '/en/cases/semarang-jung-gu/',
  '/en/map/',
  '/en/search/',
  '/en/sources/002_87117bbd3f64466d/',
  '/en/cases/',
];
const results = {
  started,
  node: process.version,
  build: {
    astroSeconds: build.seconds,
    indexSeconds: index.seconds,
    peakMb: build.maxRssMb,
    indexPeakMb: index.maxRssMb,
    pages: weights.length,
    distMb: round(dirBytes(DIST).bytes / 1048576, 1),
    indexKb: round(dirBytes(`${DIST}/pagefind`).bytes / 1024, 0),
  },
  budgets,
  lighthouse: lighthouseScores,
  pages: { key: key.map(get), all: weights },
  search: {
    real: { id: summariseQueries(realSearch.id), en: summariseQueries(realSearch.en), queries: realSearch },
    synthetic1000: synthetic,
  },
};
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);

const row = (w: PageWeight) => `| ${w.page} | ${w.html} | ${w.svg} | ${w.css} | ${w.js} | ${w.total} |`;
const q = (s: ReturnType<typeof summariseQueries>) =>
  `${s.coldKbMedian} kB / ${s.coldMsMedian} ms cold to first results (${s.countsKbMedian} kB with every facet count), ${s.warmKbMedian} kB / ${s.warmMsMedian} ms warm (median of ${s.queries})`;
const summary = [
  '# Benchmark summary',
  '',
  `Run ${started} on Node ${process.version}. Figures, not tests.`,
  '',
  `Build: astro ${build.seconds} s + index ${index.seconds} s, ${weights.length} pages, peak ${build.maxRssMb ?? '–'} MB (index ${index.maxRssMb ?? '–'} MB), dist ${results.build.distMb} MB, search index ${results.build.indexKb} kB.`,
  '',
  '## Budgets',
  '',
  '| budget | value | met |',
  '|---|---|---|',
  ...budgets.map((b) => `| ${b.budget} | ${b.value} | ${b.met ? 'yes' : '**no**'} |`),
  '',
  '## Page weight (kB gzipped; HTML includes its inline SVG)',
  '',
  '| page | HTML | of which SVG | CSS | JS | total |',
  '|---|---|---|---|---|---|',
  ...key.map((p) => row(get(p))),
  '',
  `All ${weights.length} pages: JS max ${Math.max(...weights.map((w) => w.js))} kB, total max ${Math.max(...weights.map((w) => w.total))} kB (${weights.reduce((a, b) => (b.total > a.total ? b : a)).page}).`,
  '',
  '## Lighthouse',
  '',
  ...(Object.keys(lighthouseScores).length > 0
    ? [
        '| page | performance | accessibility | best practices | SEO |',
        '|---|---|---|---|---|',
        ...Object.entries(lighthouseScores).map(
          ([p, s]) => `| ${p} | ${s['performance']} | ${s['accessibility']} | ${s['best-practices']} | ${s['seo']} |`,
        ),
      ]
    : ['No Chromium: skipped (apt-get install chromium).']),
  '',
  '## Search (bytes fetched from the index and time to first results)',
  '',
  `- Real site, Indonesian: ${q(results.search.real.id)}`,
  `- Real site, English: ${q(results.search.real.en)}`,
  '',
  SCALE_HEADER,
  scaleLine(synthetic),
  '',
].join('\n');
writeFileSync('bench/summary.md', summary);
console.log(summary);
