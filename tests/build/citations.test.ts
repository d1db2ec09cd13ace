/** Citation downloads, COinS and JSON-LD in the built site, read back by a real client (citation-js). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/content/load.ts';
// The page's last-updated date as its footer shows it (from git; unknown outside a checkout).
import { footerDate } from '../../src/lib/output/sitemap.ts';
import { DIST, readPage, requireDist } from '../../tools/lib/dist.ts';

// The content the site was built from: content/, or ATLAS_CONTENT_DIR (a test's copy).
const corpus = loadCorpus();
beforeAll(requireDist);

describe.each(corpus.cases.map((c) => [c.slug, c] as const))('%s', (slug, c) => {
  it.each(['cite.bib', 'cite.ris', 'cite.json'])(
    '%s reads back with the right titles, types and year',
    async (file) => {
      for (const [prefix, lang] of [
        ['', 'id'],
        ['en/', 'en'],
      ] as const) {
        const text = readFileSync(join(DIST, `${prefix}cases/${slug}/${file}`), 'utf8');
        const [page, thesis] = (await Cite.async(text)).data;
        expect(page?.type).toBe('webpage');
        expect(page?.title).toBe(c.title[lang]);
        // The page is dated by its content's last change, as its footer says; undated when unknown.
        const updated = footerDate(readPage(`/${prefix}cases/${slug}/`));
        const issued = page?.issued?.['date-parts'][0]?.map((n) => String(n).padStart(2, '0')).join('-');
        expect(issued).toBe(updated);
        expect(thesis?.type).toBe('thesis');
        // The thesis's author and year as the case states them; none invented when unknown.
        const th = c.thesis;
        expect(thesis?.author?.map((a) => a.literal ?? `${a.given ?? ''} ${a.family ?? ''}`.trim())).toEqual(
          th.author === 'unknown' ? undefined : th.author,
        );
        expect(thesis?.issued?.['date-parts'][0]?.[0]).toBe(th.year === 'unknown' ? undefined : th.year);
      }
    },
  );

  it('has one COinS for reference managers matching the record (a web page by a corporate author), no Highwire tags, and JSON-LD', async () => {
    const html = readPage(`/en/cases/${slug}/`);
    expect(html).not.toMatch(/<meta name="citation_/);
    const spans = [...html.matchAll(/<span class="Z3988" title="([^"]*)"/g)].map((m) => m[1] ?? '');
    expect(spans).toHaveLength(1);
    const co = new URLSearchParams((spans[0] ?? '').replace(/&amp;/g, '&'));
    const [page] = (await Cite.async(readFileSync(join(DIST, `en/cases/${slug}/cite.json`), 'utf8'))).data;
    expect(co.get('rft_val_fmt')).toBe('info:ofi/fmt:kev:mtx:dc');
    expect(co.get('rft.type')).toBe('webpage');
    expect(co.get('rft.title')).toBe(page?.title);
    expect(co.getAll('rft.aucorp')).toEqual(['Sister City Atlas']);
    expect(co.get('rft.au')).toBeNull();
    expect(co.get('rft.identifier')).toBe(page?.URL);
    expect(co.get('rft.date') ?? undefined).toBe(
      page?.issued?.['date-parts'][0]?.map((n) => String(n).padStart(2, '0')).join('-'),
    );
    expect(co.get('rft.description')).toBe(c.summary.en);
    const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)?.[1] ?? '{}') as {
      '@type': string;
      isBasedOn: { '@type': string; author?: unknown };
    };
    expect(ld['@type']).toBe('Article');
    expect(ld.isBasedOn['@type']).toBe('Thesis');
    expect(ld.isBasedOn.author).toEqual(
      c.thesis.author === 'unknown' ? undefined : c.thesis.author.map((name) => ({ '@type': 'Person', name })),
    );
  });

  it('shows APA 7 references for the page and the thesis', () => {
    const html = readPage(`/en/cases/${slug}/`);
    expect(html).toContain('Cite this');
    // The page is dated by its last content change (from git), or "n.d." where that is unknown.
    if (footerDate(html) === undefined) expect(html).toContain('Sister City Atlas. (n.d.).');
    else expect(html).toMatch(/Sister City Atlas\. \(\d{4}, [A-Z][a-z]+ \d{1,2}\)\./);
    if (c.thesis.year === 'unknown') expect(html).toContain('(n.d.)');
    else expect(html).toContain(`(${String(c.thesis.year)})`);
  });
});

describe('feeds and sitemap', () => {
  it('publishes an RSS feed per language listing every case', () => {
    for (const [prefix, lang] of [
      ['', 'id'],
      ['en/', 'en'],
    ] as const) {
      const xml = readFileSync(join(DIST, `${prefix}rss.xml`), 'utf8');
      expect(xml).toContain(`<language>${lang}</language>`);
      for (const c of corpus.cases) expect(xml).toContain(`/${prefix}cases/${c.slug}/</link>`);
    }
  });
  it('lists both languages of every case in the sitemap, with alternates', () => {
    const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    for (const c of corpus.cases) {
      expect(xml).toContain(`/cases/${c.slug}/</loc>`);
      expect(xml).toContain(`/en/cases/${c.slug}/</loc>`);
    }
  });
  it("gives each page in the sitemap the same hreflang alternates as the page's own <link>s (id, en, x-default)", () => {
    const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    const alternates = (fragment: string, re: RegExp) =>
      Object.fromEntries([...fragment.matchAll(re)].map((m) => [m[1] ?? '', m[2] ?? '']));
    for (const c of corpus.cases) {
      for (const path of [`/cases/${c.slug}/`, `/en/cases/${c.slug}/`]) {
        const page = alternates(readPage(path), /<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g);
        const canonical = /<link rel="canonical" href="([^"]+)">/.exec(readPage(path))?.[1] ?? '';
        const entry = xml.split(`<url><loc>${canonical}</loc>`)[1]?.split('</url>')[0] ?? '';
        const listed = alternates(entry, /<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g);
        expect(Object.keys(page).sort()).toEqual(['en', 'id', 'x-default']);
        expect(listed, path).toEqual(page);
      }
    }
  });
  it("dates every page in the sitemap by its footer's last-updated date, and only then", () => {
    const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    const entries = [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?/g)];
    expect(entries.length).toBeGreaterThan(50);
    const root = new URL(/<loc>([^<]+)<\/loc>/.exec(xml)?.[1] ?? '');
    for (const [, loc = '', lastmod] of entries) {
      const path = `/${new URL(loc).pathname.slice(root.pathname.length)}`;
      expect(lastmod, loc).toBe(footerDate(readPage(path)));
    }
  });
});
