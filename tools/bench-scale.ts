/**
 * `npm run bench:scale -- <N> [<N>…]`: generates a deterministic synthetic corpus of N cases in
 * .bench/scale-N/content (outside content/), builds and indexes it, and reports build + index time,
 * pages per second, peak memory, dist and index size, and the search cost of 20 queries.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, dirBytes, HAS_CHROMIUM, round } from './lib/measure.ts';
import { searchBench, summariseQueries, SYNTHETIC_QUERIES } from './lib/search-bench.ts';
import { writeSyntheticCorpus } from './lib/synthetic-corpus.ts';
import { htmlPages } from './lib/dist.ts';

export async function scaleRun(n: number, queries = true) {
  const dir = join('.bench', `scale-${n}`);
  const content = join(dir, 'content');
  const dist = join(dir, 'dist');
  const gen = writeSyntheticCorpus(content, n);
  const { build, index } = buildSite(dist, { ATLAS_CONTENT_DIR: content });
  const pages = htmlPages(dist).length;
  const distSize = dirBytes(dist);
  const indexSize = dirBytes(join(dist, 'pagefind'));
  mkdirSync('.bench', { recursive: true });
  writeFileSync(
    join('.bench', `scale-${n}.json`),
    `${JSON.stringify({ cases: n, pages, build, index, distBytes: distSize.bytes, indexBytes: indexSize.bytes, search: 'pending' }, null, 2)}\n`,
  );
  const search = queries && HAS_CHROMIUM ? await searchBench(dist, 'id', SYNTHETIC_QUERIES) : [];
  const result = {
    cases: n,
    contentFiles: gen.files,
    pages,
    buildSeconds: build.seconds,
    indexSeconds: index.seconds,
    totalSeconds: round(build.seconds + index.seconds, 2),
    pagesPerSecond: round(pages / build.seconds, 0),
    buildPeakMb: build.maxRssMb,
    indexPeakMb: index.maxRssMb,
    distMb: round(distSize.bytes / 1048576, 1),
    indexMb: round(indexSize.bytes / 1048576, 1),
    indexFiles: indexSize.files,
    search: summariseQueries(search),
    queries: search,
  };
  mkdirSync('.bench', { recursive: true });
  writeFileSync(join('.bench', `scale-${n}.json`), `${JSON.stringify(result, null, 2)}\n`);
  return result;
}

export function scaleLine(r: Awaited<ReturnType<typeof scaleRun>>): string {
  const s = r.search;
  return `| ${r.cases} | ${r.pages} | ${r.buildSeconds} | ${r.indexSeconds} | ${r.totalSeconds} | ${r.pagesPerSecond} | ${r.buildPeakMb ?? '–'} | ${r.indexPeakMb ?? '–'} | ${r.distMb} | ${r.indexMb} | ${s.queries ? `${s.coldKbMedian} / ${s.coldKbMax}` : '–'} | ${s.queries ? s.coldMsMedian : '–'} | ${s.queries ? `${s.countsKbMedian} / ${s.countsKbMax}` : '–'} | ${s.queries ? `${s.warmKbMedian} kB, ${s.warmMsMedian} ms` : '–'} |`;
}

export const SCALE_HEADER =
  '| cases | pages | build s | index s | total s | pages/s | build peak MB | index peak MB (Pagefind) | dist MB | index MB | 1st query kB to results (median / max) | 1st query ms (median) | 1st query kB with all facet counts (median / max) | warm query |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|---|';

if (import.meta.url === `file://${process.argv[1]}`) {
  const ns = process.argv
    .slice(2)
    .map(Number)
    .filter((x) => Number.isInteger(x) && x > 0);
  if (ns.length === 0) {
    console.error('usage: npm run bench:scale -- <cases> [<cases>…]   e.g. npm run bench:scale -- 100 1000');
    process.exit(2);
  }
  const lines = [SCALE_HEADER];
  for (const n of ns) {
    console.error(`bench:scale: ${n} cases…`);
    const r = await scaleRun(n);
    lines.push(scaleLine(r));
    console.log(lines.join('\n'));
  }
  console.log(
    `\nTargets (2 cores): 1,000 cases built and indexed in ≤ 60 s; memory < 4 GiB (build and index); first query on 10,000 cases ≤ 300 kB. Details: .bench/scale-<N>.json`,
  );
}
