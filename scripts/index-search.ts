/**
 * Builds the Pagefind index for a built site: the HTML pages (main content only), plus one record
 * per finding and language with facet filters. Usage: node scripts/index-search.ts [dist]
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { buildAtlas } from '../src/lib/atlas.ts';
import { loadCorpus } from '../src/lib/content/load.ts';
import { findingRecords } from '../src/lib/search.ts';

const site = process.argv[2] ?? 'dist';
const started = performance.now();
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
const pages = await index.addDirectory({ path: site });
if (pages.errors.length > 0) throw new Error(`pagefind: ${pages.errors.join('; ')}`);
const atlas = buildAtlas(loadCorpus());
let records = 0;
for (const lang of ['id', 'en'] as const) {
  for (const record of findingRecords(atlas, lang)) {
    const res = await index.addCustomRecord(record);
    if (res.errors.length > 0) throw new Error(`pagefind: ${res.errors.join('; ')}`);
    records++;
  }
}
const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(`Search index: ${pages.page_count} pages and ${records} finding records in ${Math.round(performance.now() - started)} ms → ${join(site, 'pagefind')}`);
