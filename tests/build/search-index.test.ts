/** The Pagefind index in dist/pagefind/: what is indexed, and how (one entry per page, findings as sub-results). */
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/content/load.ts';
import { unpackCities } from '../../src/lib/shared/search-state.ts';
import { FINDINGS_DIR, parseBucket } from '../../src/lib/shared/finding-index.ts';
import { parseManifest, SHARDS_FILE } from '../../src/lib/shared/search-shards.ts';
import { DIST, htmlPages, readPage, requireDist, textOf } from '../../tools/lib/dist.ts';

// The content the site was built from: content/, or ATLAS_CONTENT_DIR (a test's copy).
const corpus = loadCorpus();
beforeAll(requireDist);

describe('search index', () => {
  it('indexes both languages', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'id']);
    expect(entry.languages['id']?.page_count).toBeGreaterThanOrEqual(corpus.cases.length);
    expect(entry.languages['en']?.page_count).toBe(entry.languages['id']?.page_count);
    // Only what the search page loads is published: no Pagefind UI, no worker (it runs without one).
    expect(readdirSync(join(DIST, 'pagefind')).filter((f) => /\.(js|css)$/.test(f))).toEqual(['pagefind.js']);
    // A site this small is one shard: the manifest the search page reads lists no other bundle.
    const manifest = JSON.parse(readFileSync(join(DIST, 'pagefind', 'atlas-shards.json'), 'utf8')) as unknown;
    expect(manifest).toEqual({
      shards: [],
      pages: { id: entry.languages['id']?.page_count, en: entry.languages['en']?.page_count },
      findingDepth: 0,
    });
  });

  it('indexes what a case page says, not its chrome: no citation block, no data tables under charts, no "not stated"', () => {
    const dir = join(DIST, 'pagefind', 'fragment');
    const fragments = readdirSync(dir).map(
      (f) =>
        JSON.parse(
          gunzipSync(readFileSync(join(dir, f)))
            .toString('utf8')
            .replace(/^pagefind_dcd/, ''),
        ) as { url: string; content: string },
    );
    const en = JSON.parse(readFileSync('src/i18n/en.json', 'utf8')) as Record<string, string>;
    const id = JSON.parse(readFileSync('src/i18n/id.json', 'utf8')) as Record<string, string>;
    for (const c of corpus.cases) {
      for (const [prefix, ui, lang] of [
        ['', id, 'id'],
        ['/en', en, 'en'],
      ] as const) {
        const page = fragments.find((f) => f.url === `${prefix}/cases/${c.slug}/`);
        expect(page, `${prefix}/cases/${c.slug}/`).toBeDefined();
        const text = page?.content ?? '';
        expect(text).toContain(c.summary[lang]);
        const finding = corpus.findings.find((f) => f.case === c.slug)?.text[lang] ?? '';
        expect(finding.length).toBeGreaterThan(0);
        expect(text).toContain(finding.slice(0, 40));
        for (const key of ['cite.title', 'unknown', 'map.table', 'chart.table']) {
          const label = (ui[key] ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          expect(label.length).toBeGreaterThan(0);
          expect(text, `${prefix}/cases/${c.slug}/ ${key}`).not.toMatch(
            new RegExp(`(^|[^\\p{L}])${label}($|[^\\p{L}])`, 'u'),
          );
        }
      }
    }
  });

  it('indexes words as the page shows them: none glued to its neighbour across elements (a label to its value, one table header to the next)', () => {
    const dir = join(DIST, 'pagefind', 'fragment');
    const words = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
    const glued: Record<string, string[]> = {};
    let checked = 0;
    for (const f of readdirSync(dir)) {
      const { url, content } = JSON.parse(
        gunzipSync(readFileSync(join(dir, f)))
          .toString('utf8')
          .replace(/^pagefind_dcd/, ''),
      ) as { url: string; content: string };
      // textOf breaks the text at every tag: a word Pagefind read that is not a word there was glued.
      const shown = new Set(words(textOf(readPage(url))));
      const bad = words(content).filter((w) => !shown.has(w));
      if (bad.length > 0) glued[url] = [...new Set(bad)];
      checked += 1;
    }
    expect(glued).toEqual({});
    expect(checked).toBeGreaterThan(2 * corpus.cases.length);
  });

  it('indexes each finding inside its case page, with its own facets in the page meta', () => {
    for (const c of corpus.cases) {
      for (const prefix of ['', '/en']) {
        const html = readPage(`${prefix}/cases/${c.slug}/`);
        const own = corpus.findings.filter((f) => f.case === c.slug);
        const meta =
          html.match(/<meta name="atlas-findings" data-pagefind-meta="findings\[content\]" content="([^"]*)"/)?.[1] ??
          '';
        const packed = JSON.parse(meta.replace(/&quot;/g, '"').replace(/&amp;/g, '&')) as [
          string,
          string,
          string[],
          string[],
          string[],
        ][];
        expect(packed.map((r) => r[0]).sort(), c.slug).toEqual(own.map((f) => f.id).sort());
        for (const [id, kind, sectors] of packed) {
          const f = own.find((x) => x.id === id);
          expect([kind, sectors]).toEqual([f?.kind, f?.sectors]);
          // The finding's article is indexed (not ignored) and its heading carries the anchor.
          expect(html).toMatch(
            new RegExp(
              `<article class="finding" data-kind="${kind}" data-finding="${id}"> <p class="meta" data-pagefind-ignore>`,
            ),
          );
          expect(html).toContain(` id="${id}">`);
        }
        // Page-level filters: the union of the findings' sectors and kinds.
        const filters = (name: string) =>
          [...html.matchAll(new RegExp(`data-pagefind-filter="${name}\\[content\\]" content="([^"]+)"`, 'g'))].map(
            (m) => m[1],
          );
        expect(new Set(filters('kind'))).toEqual(new Set(own.map((f) => f.kind)));
        for (const f of own) for (const sct of f.sectors) expect(filters('sector')).toContain(sct);
        expect(filters('case')).toEqual([c.slug]);
      }
    }
  });

  it('indexes pages with content of their own (cases, sectors, countries, concepts, about, data), not views that repeat them', () => {
    const indexed = htmlPages().filter((path) => readPage(path).includes('data-pagefind-body'));
    const own = /^(\/en)?\/((cases|sectors|countries|concepts)\/[^/]+\/|about\/|data\/)$/;
    expect(indexed.filter((path) => !own.test(path))).toEqual([]);
    // Every case, sector, country and concept page is indexed, in both languages.
    const expected = [
      ...corpus.cases.map((c) => `/cases/${c.slug}/`),
      ...corpus.sectors.map((x) => `/sectors/${x.id}/`),
      ...[...new Set(corpus.cities.map((c) => c.country.toLowerCase()))].map((cc) => `/countries/${cc}/`),
      ...corpus.concepts.map((k) => `/concepts/${k.slug}/`),
      '/about/',
      '/data/',
    ];
    expect(indexed.sort()).toEqual([...expected, ...expected.map((p) => `/en${p}`)].sort());
    // Listings, the home page, the map and compare views repeat those pages; a city is found through
    // its cases, whose results link to it (src/lib/model/facets.ts); a source text's quoted passages are
    // indexed with their findings.
    for (const path of [
      '/',
      '/cases/',
      '/cities/',
      '/en/sectors/',
      '/compare/',
      '/en/map/',
      '/cities/semarang/',
      `/sources/${corpus.sources[0]?.id}/`,
      '/search/',
      '/findings/',
    ]) {
      expect(indexed, path).not.toContain(path);
    }
  });

  it("lists each case's cities, with their names in the page's language, in its search meta", () => {
    for (const c of corpus.cases) {
      for (const [prefix, lang] of [
        ['', 'id'],
        ['/en', 'en'],
      ] as const) {
        const html = readPage(`${prefix}/cases/${c.slug}/`);
        const meta =
          html.match(/<meta name="atlas-cities" data-pagefind-meta="cities\[content\]" content="([^"]*)"/)?.[1] ?? '';
        const cities = unpackCities(meta.replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
        const ids = new Set(corpus.pairings.filter((p) => c.pairings.includes(p.id)).flatMap((p) => p.cities));
        expect(cities.map((x) => x.id).sort(), c.slug).toEqual([...ids].sort());
        for (const x of cities) expect(x.name).toBe(corpus.cities.find((y) => y.id === x.id)?.name[lang]);
      }
    }
  });

  it('does not index findings a second time on city, sector and country pages', () => {
    for (const path of ['/cities/semarang/', '/en/sectors/health/', '/countries/kr/']) {
      const html = readPage(path);
      expect(html).toContain('<article class="finding"');
      expect(html).not.toMatch(/<article class="finding" data-kind="[a-z]+" data-finding="[^"]+">/);
    }
  });
  it('has every finding in the finding index once per language, its section inside its page and after the head', () => {
    const manifest = parseManifest(JSON.parse(readFileSync(join(DIST, 'pagefind', SHARDS_FILE), 'utf8')));
    const dir = join(DIST, 'pagefind', FINDINGS_DIR);
    for (const lang of ['id', 'en']) {
      const files = readdirSync(dir).filter((f) => f === `${lang}.json` || f.startsWith(`${lang}-`));
      expect(files.length, lang).toBe(16 ** manifest.findingDepth);
      const pages = files.flatMap((f) => parseBucket(JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown, f));
      const ids = pages.flatMap((p) => p.findings.map((f) => f.id));
      expect(ids.sort(), lang).toEqual(corpus.findings.map((f) => f.id).sort());
      expect(new Set(pages.map((p) => p.case))).toEqual(new Set(corpus.cases.map((c) => c.slug)));
      for (const p of pages) {
        expect(p.page.startsWith(`${lang}_`), p.page).toBe(true);
        let last = p.head;
        for (const f of [...p.findings].sort((a, b) => a.start - b.start)) {
          expect(f.start, f.id).toBeGreaterThanOrEqual(last);
          expect(f.end, f.id).toBeGreaterThan(f.start);
          last = f.end;
        }
      }
    }
  });
});
