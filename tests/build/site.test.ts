/** Checks over the built site in dist/ (npm test builds it first). */
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/content/load.ts';
import { unpackCities } from '../../src/lib/shared/search-state.ts';
import { crawl, DIST, hrefsOf, htmlPages, idsOf, readPage, requireDist, textOf } from '../../tools/lib/dist.ts';

const corpus = loadCorpus(process.cwd(), 'content');
beforeAll(requireDist);

describe('routes', () => {
  it('has every case, source and concept page in both languages', () => {
    const pages = new Set(htmlPages());
    const expected = [
      '/',
      '/cases/',
      '/findings/',
      '/sources/',
      '/concepts/',
      '/data/',
      '/search/',
      ...corpus.cases.map((c) => `/cases/${c.slug}/`),
      ...corpus.sources.map((s) => `/sources/${s.id}/`),
      ...corpus.concepts.map((c) => `/concepts/${c.slug}/`),
      '/cities/',
      '/countries/',
      '/sectors/',
      '/about/',
      ...corpus.cities.map((c) => `/cities/${c.id}/`),
      ...[...new Set(corpus.cities.map((c) => c.country.toLowerCase()))].map((cc) => `/countries/${cc}/`),
      ...corpus.sectors.map((s) => `/sectors/${s.id}/`),
    ];
    for (const p of expected) {
      expect(pages.has(p), p).toBe(true);
      expect(pages.has(`/en${p}`), `/en${p}`).toBe(true);
    }
  });

  it('declares the language, alternates and translation notice', () => {
    const id = readPage('/cases/semarang-jung-gu/');
    const en = readPage('/en/cases/semarang-jung-gu/');
    expect(id).toMatch(/<html lang="id"/);
    expect(en).toMatch(/<html lang="en"/);
    expect(en).toContain('hreflang="id" href="http://localhost:4321/cases/semarang-jung-gu/"');
    expect(en).toContain('translation of the Indonesian original');
    expect(id).not.toContain('translation of the Indonesian original');
  });

  it('does not glue words across tags (compressHTML keeps the spaces search needs)', () => {
    const html = readPage('/en/cases/semarang-jung-gu/');
    expect(textOf(html)).toContain('not stated in the source');
    expect(html).not.toMatch(/Semarang<\/a><a/);
    // Nor do adjacent inline elements run together (badges, links): a screen reader would read one word.
    const glued =
      /[\p{L}\p{N})\]]<\/(?:span|a|code|strong|em|abbr|mark)><(?:span|a|code|strong|em|abbr|mark)\b[^>]*>[\p{L}\p{N}(]/u;
    expect(htmlPages().filter((path) => glued.test(readPage(path)))).toEqual([]);
  });
});

describe('cases', () => {
  it('renders every finding of a case with an anchor, its text and verbatim evidence', () => {
    for (const c of corpus.cases) {
      for (const lang of ['id', 'en'] as const) {
        const html = readPage(`${lang === 'en' ? '/en' : ''}/cases/${c.slug}/`);
        const ids = idsOf(html);
        const text = textOf(html);
        for (const f of corpus.findings.filter((x) => x.case === c.slug)) {
          expect(ids.has(f.id), `${c.slug} ${lang} #${f.id}`).toBe(true);
          expect(text).toContain(f.text[lang].replace(/\s+/g, ' '));
          for (const ev of f.evidence ?? []) expect(text).toContain(ev.quote.replace(/[*_]/g, '').replace(/\s+/g, ' '));
        }
      }
    }
  });

  it('shows unknown thesis metadata as unknown', () => {
    const html = readPage('/en/cases/bandung-kawasaki/');
    expect(html.match(/not stated in the source/g)?.length ?? 0).toBeGreaterThanOrEqual(4);
  });

  it('marks external facts and the inferred Padang partner visibly', () => {
    const html = readPage('/en/cases/ba-ria-vung-tau/');
    expect(html).toContain('Probable partner (inferred from external sources)');
    expect(html).toContain('External source');
    expect(html).toContain('Padang-Ba Ria Vung Tau Sepakati Sister City');
  });
});

describe('narratives', () => {
  const mdx = (path: string) => {
    try {
      return readFileSync(join('content', path), 'utf8');
    } catch {
      return '';
    }
  };
  const count = (text: string, re: RegExp) => [...text.matchAll(re)].length;

  it.each(corpus.cases.flatMap((c) => (['id', 'en'] as const).map((lang) => [c.slug, lang] as const)))(
    '%s (%s): every <Cite> and <Concept> of the story and teaching note is a working link',
    (slug, lang) => {
      const source = mdx(`cases/${slug}/${lang}.mdx`) + mdx(`cases/${slug}/teaching/${lang}.mdx`);
      const html = readPage(`${lang === 'en' ? '/en' : ''}/cases/${slug}/`);
      const ids = idsOf(html);
      const cites = [...html.matchAll(/<sup class="cite"><a href="([^"]*)"/g)].map((m) => m[1] as string);
      expect(cites.length).toBe(count(source, /<Cite\s/g));
      for (const href of cites) {
        // A finding of this case is a fragment on the page; another case's is a link to that page.
        if (href.startsWith('#')) expect(ids.has(href.slice(1)), href).toBe(true);
        else expect(href).toMatch(/\/cases\/[a-z0-9-]+\/#[a-z0-9-]+$/);
      }
      const concepts = [...html.matchAll(/<a class="concept" href="([^"]*)"/g)].map((m) => m[1] as string);
      expect(concepts.length).toBe(count(source, /<Concept\s/g));
      for (const href of concepts)
        expect(
          corpus.concepts.some((k) => href.endsWith(`/concepts/${k.slug}/`)),
          href,
        ).toBe(true);
      // Every "## heading" of the MDX is a heading with an id.
      expect(count(html, /<h2 id="[^"]+">/g)).toBeGreaterThanOrEqual(count(source, /^## /gm));
    },
  );

  it('leaves no component placeholder or raw MDX on any page', () => {
    for (const path of htmlPages()) {
      const html = readPage(path);
      expect(html, path).not.toMatch(/<atlas-(cite|concept)\b|&#x3C;(Cite|Concept)\b|<(Cite|Concept)\b/);
    }
  });
});

describe('evidence links', () => {
  it('every "see in source" link lands on an existing highlighted anchor', () => {
    let checked = 0;
    for (const page of htmlPages()) {
      for (const href of hrefsOf(readPage(page))) {
        const m = /^(\/(?:en\/)?sources\/[^/]+\/)#(q-.+)$/.exec(href);
        if (!m) continue;
        const target = readPage(m[1] as string);
        expect(target, `${page} → ${href}`).toMatch(new RegExp(`<(mark|span) id="${m[2]}"`));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(corpus.findings.length);
  });

  it('has no broken internal link or fragment on any page', () => {
    const { broken, links } = crawl(DIST);
    expect(broken).toEqual([]);
    expect(links).toBeGreaterThan(1000);
  });
});

describe('open data', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const read = (f: string) => readFileSync(join(DIST, 'data', f), 'utf8');
  it.each([
    ['cases.json', 'cases.schema.json'],
    ['findings.json', 'findings.schema.json'],
    ['pairings.json', 'pairings.schema.json'],
    ['cities.geojson', 'cities.schema.json'],
  ])('%s validates against %s', (file, schema) => {
    const validate = ajv.compile(JSON.parse(read(schema)) as object);
    const ok = validate(JSON.parse(read(file)));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('exports every case and finding with the documented fields', () => {
    const cases = JSON.parse(read('cases.json')) as { cases: Record<string, unknown>[] };
    const findings = JSON.parse(read('findings.json')) as { findings: Record<string, unknown>[] };
    expect(cases.cases).toHaveLength(corpus.cases.length);
    expect(findings.findings).toHaveLength(corpus.findings.length);
    for (const k of ['id', 'slug', 'title', 'cities', 'sectors', 'pairings', 'url'])
      expect(cases.cases[0]).toHaveProperty(k);
    for (const k of ['id', 'case', 'kind', 'sectors', 'cities', 'text', 'evidence', 'provenance', 'url'])
      expect(findings.findings[0]).toHaveProperty(k);
  });

  it('writes a CSV a spreadsheet opens cleanly: UTF-8 BOM, quoted fields, one row per pairing', () => {
    const csv = read('pairings.csv');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(corpus.pairings.length + 1);
    for (const line of lines) expect(line).toMatch(/^"(?:[^"]|"")*"(?:,"(?:[^"]|"")*")*$/);
    expect(lines[0]!.split(',').length).toBe(12);
  });

  it('publishes a GeoJSON point for every city', () => {
    const geo = JSON.parse(read('cities.geojson')) as {
      features: { id: string; geometry: { coordinates: number[] } }[];
    };
    expect(geo.features.map((f) => f.id).sort()).toEqual(corpus.cities.map((c) => c.id).sort());
  });
});

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
});
