/**
 * Builds the Pagefind index for a built site: the HTML pages (main content only, `data-pagefind-body`).
 * Findings are indexed inside their case pages, as sub-results with their own anchors; facet filters
 * and each finding's facet values are in the pages' markup (see src/lib/model/facets.ts).
 *
 * A large site is indexed in shards of at most SHARD_PAGES pages (src/lib/shared/search-shards.ts), one
 * Pagefind index at a time, each cleared from memory before the next: the primary bundle in
 * <dist>/pagefind/, the others in <dist>/pagefind/shard-N/, listed in <dist>/pagefind/atlas-shards.json
 * for the search page to merge. ATLAS_SEARCH_SHARD_PAGES overrides SHARD_PAGES (tests use it to
 * shard a small site).
 * Usage: node tools/index-search.ts [dist]
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import {
  globFor,
  planShards,
  SHARD_CHUNK_POSITIONS,
  SHARD_PAGES,
  SHARDS_FILE,
  shardDir,
  type ShardManifest,
} from '../src/lib/shared/search-shards.ts';
import { indexBundles, writeFindingIndex } from './lib/finding-index.ts';

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

/** The site's HTML files that Pagefind indexes (those with a `data-pagefind-body` element), relative to `site`. */
function indexedFiles(site: string): string[] {
  return readdirSync(site, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split('\\').join('/'))
    .filter(
      (f) =>
        f.endsWith('.html') &&
        !f.startsWith('pagefind/') &&
        /<[a-z][^<>]*\sdata-pagefind-body[\s>=]/i.test(readFileSync(join(site, f), 'utf8')),
    );
}

function fail(what: string, errors: string[]): never {
  throw new Error(`pagefind: ${what}: ${errors.join('; ')}`);
}

const site = process.argv[2] ?? 'dist';
const env = process.env['ATLAS_SEARCH_SHARD_PAGES'];
const maxPages = env === undefined ? SHARD_PAGES : Number(env);
if (!Number.isInteger(maxPages) || maxPages < 1)
  throw new Error(`ATLAS_SEARCH_SHARD_PAGES=${env}: expected a whole number of pages, at least 1`);
const started = performance.now();
const files = indexedFiles(site);
if (files.length === 0)
  throw new Error(`pagefind: no page in ${site} has a data-pagefind-body element; nothing to index`);
const shards = planShards(files, maxPages);
const bundle = join(site, 'pagefind');
// Read by the Pagefind binary, which the first createIndex starts; an explicit setting wins.
if (shards.length > 1) process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= String(SHARD_CHUNK_POSITIONS);
rmSync(bundle, { recursive: true, force: true });
const pages: Record<string, number> = {};
for (const [i, shard] of shards.entries()) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) fail('createIndex', errors);
  // One shard: Pagefind walks the site itself, as it would without shards.
  const added = await index.addDirectory(shards.length === 1 ? { path: site } : { path: site, glob: globFor(shard) });
  if (added.errors.length > 0) fail(`shard ${i}`, added.errors);
  const out = join(bundle, shardDir(i));
  const written = await index.writeFiles({ outputPath: out });
  if (written.errors.length > 0) fail(`shard ${i}`, written.errors);
  const entry = JSON.parse(readFileSync(join(out, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  for (const [lang, l] of Object.entries(entry.languages)) pages[lang] = (pages[lang] ?? 0) + l.page_count;
  // The site runs Pagefind's search API without its worker, and none of its UIs; a merged bundle runs
  // on the primary's WebAssembly and scripts, so only its data is fetched.
  const unused = i === 0 ? /^pagefind-(ui|component-ui|modular-ui|highlight|worker)\.(js|css)$/ : /^wasm\.|\.(js|css)$/;
  for (const name of readdirSync(out)) if (unused.test(name)) rmSync(join(out, name));
  await index.deleteIndex();
}
// Pagefind decides what it indexes; the shards were planned from our reading of the same markup.
// If the two ever disagree, a page would be missing from (or doubled in) the search: fail instead.
const indexed = Object.values(pages).reduce((a, b) => a + b, 0);
if (indexed !== files.length)
  throw new Error(
    `pagefind: indexed ${indexed} pages, but ${files.length} pages in ${site} have a data-pagefind-body element`,
  );
const findingDepth = writeFindingIndex(bundle, indexBundles(shards.map((_, i) => join(bundle, shardDir(i)))));
const manifest: ShardManifest = { shards: shards.slice(1).map((_, i) => shardDir(i + 1)), pages, findingDepth };
writeFileSync(join(bundle, SHARDS_FILE), `${JSON.stringify(manifest)}\n`);
const peak = childrenPeakMb();
await pagefind.close();
const perShard =
  shards.length === 1 ? '' : ` in ${shards.length} shards of ≤ ${Math.max(...shards.map((s) => s.length))}`;
console.log(
  `Search index: ${files.length} pages${perShard} in ${Math.round(performance.now() - started)} ms → ${bundle}${peak === undefined ? '' : `; indexer peak memory ${peak} MB`}`,
);
