/**
 * Builds the Pagefind index for a built site: the HTML pages (main content only, `data-pagefind-body`).
 * Findings are indexed inside their case pages, as sub-results with their own anchors; facet filters
 * and each finding's facet values are in the pages' markup (see src/lib/search.ts).
 * Usage: node scripts/index-search.ts [dist]
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';

const site = process.argv[2] ?? 'dist';
const started = performance.now();
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
const pages = await index.addDirectory({ path: site });
if (pages.errors.length > 0) throw new Error(`pagefind: ${pages.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(`Search index: ${pages.page_count} pages in ${Math.round(performance.now() - started)} ms → ${join(site, 'pagefind')}`);
