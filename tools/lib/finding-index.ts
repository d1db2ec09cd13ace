/**
 * Builds the finding index (src/lib/shared/finding-index.ts) from written Pagefind bundles: each
 * fragment is the page data Pagefind's `result.data()` returns (url, meta, anchors with their word
 * positions), gzipped behind Pagefind's `pagefind_dcd` signature, named by the page id search results
 * carry; `indexedPage` (shared with the search page, which reads the same data for its first results)
 * makes a case page's entry. Anything that does not fit fails the build, naming the page and the
 * finding: a finding missing from the index would be missing from the counts.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import {
  bucketDepth,
  bucketFile,
  bucketOf,
  FINDINGS_DIR,
  indexedPage,
  isFragment,
  packPage,
  type IndexedPage,
  type PageFragment,
} from '../../src/lib/shared/finding-index.ts';
import { isRecord } from '../../src/lib/shared/guards.ts';

const SIGNATURE = 'pagefind_dcd';

/** The page fragments of one bundle, by page id (single fragments and Pagefind's fragment groups). */
export function readFragments(bundle: string): Map<string, PageFragment> {
  const dir = join(bundle, 'fragment');
  const out = new Map<string, PageFragment>();
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.pf_fragment'))) {
    const raw = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
    if (!raw.startsWith(SIGNATURE)) throw new Error(`finding index: ${join(dir, name)}: no Pagefind signature`);
    const json: unknown = JSON.parse(raw.slice(SIGNATURE.length));
    const id = name.slice(0, -'.pf_fragment'.length);
    if (isFragment(json)) out.set(id, json);
    else if (isRecord(json) && Object.values(json).every(isFragment))
      for (const [k, f] of Object.entries(json)) out.set(k, f as PageFragment);
    else throw new Error(`finding index: ${join(dir, name)}: neither a page fragment nor a group of them`);
  }
  return out;
}

/** Every case page of the bundles, by language (Pagefind's page ids start with the language: `en_…`). */
export function indexBundles(bundles: readonly string[]): Map<string, IndexedPage[]> {
  const byLang = new Map<string, IndexedPage[]>();
  for (const bundle of bundles)
    for (const [id, fragment] of readFragments(bundle)) {
      const page = indexedPage(id, fragment);
      if (!page) continue;
      const lang = id.slice(0, id.lastIndexOf('_'));
      const list = byLang.get(lang) ?? [];
      list.push(page);
      byLang.set(lang, list);
    }
  return byLang;
}

/** Writes the buckets into the primary bundle; returns the depth (the manifest records it). */
export function writeFindingIndex(primary: string, byLang: ReadonlyMap<string, IndexedPage[]>): number {
  const most = Math.max(0, ...[...byLang.values()].map((ps) => ps.reduce((n, p) => n + p.findings.length, 0)));
  const depth = bucketDepth(most);
  mkdirSync(join(primary, FINDINGS_DIR), { recursive: true });
  for (const [lang, pages] of byLang) {
    // Every bucket is written, empty or not: a query's other pages (concepts, sources) fall in them too.
    const names = Array.from({ length: 16 ** depth }, (_, i) =>
      depth === 0 ? '' : i.toString(16).padStart(depth, '0'),
    );
    const buckets = new Map<string, IndexedPage[]>(names.map((b) => [b, []]));
    for (const p of [...pages].sort((a, b) => a.case.localeCompare(b.case))) {
      const bucket = buckets.get(bucketOf(p.page, depth));
      if (!bucket) throw new Error(`finding index: case ${p.case}: Pagefind page id ${p.page} is not hexadecimal`);
      bucket.push(p);
    }
    for (const [b, ps] of buckets) writeFileSync(join(primary, bucketFile(lang, b)), JSON.stringify(ps.map(packPage)));
  }
  return depth;
}
