/**
 * Builds the Pagefind index for a built site: the HTML pages (main content only, `data-pagefind-body`).
 * Findings are indexed inside their case pages, as sub-results with their own anchors; facet filters
 * and each finding's facet values are in the pages' markup (see src/lib/search.ts).
 * Usage: node scripts/index-search.ts [dist]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Peak memory (VmHWM, MB) of this process's children, i.e. the Pagefind binary the Node API runs,
 * read from /proc on Linux; undefined elsewhere. Timing this script alone measures only Node.
 */
function childrenPeakMb(): number | undefined {
  if (!existsSync('/proc/self/status')) return undefined;
  let peak: number | undefined;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (kb) peak = Math.max(peak ?? 0, Math.round(Number(kb[1]) / 1024));
    } catch {
      // The process ended while we looked.
    }
  }
  return peak;
}

const site = process.argv[2] ?? 'dist';
const started = performance.now();
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
const pages = await index.addDirectory({ path: site });
if (pages.errors.length > 0) throw new Error(`pagefind: ${pages.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
const peak = childrenPeakMb();
await pagefind.close();
console.log(`Search index: ${pages.page_count} pages in ${Math.round(performance.now() - started)} ms → ${join(site, 'pagefind')}${peak === undefined ? '' : `; indexer peak memory ${peak} MB`}`);
