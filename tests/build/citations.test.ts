/** Citation downloads and meta tags in the built site, read back by a real client (citation-js). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/content/load.ts';
import { DIST, readPage, requireDist } from '../../tools/lib/dist.ts';

const corpus = loadCorpus(process.cwd(), 'content');
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
        expect(page?.issued?.['date-parts'][0]?.[0]).toBeGreaterThanOrEqual(2026);
        expect(thesis?.type).toBe('thesis');
        expect(thesis?.author).toBeUndefined();
        expect(thesis?.issued).toBeUndefined();
      }
    },
  );

  it('has citation_* meta tags matching the record, and JSON-LD', async () => {
    const html = readPage(`/en/cases/${slug}/`);
    const meta = (name: string) =>
      [...html.matchAll(new RegExp(`<meta name="${name}" content="([^"]*)"`, 'g'))].map((m) => m[1]);
    const [page] = (await Cite.async(readFileSync(join(DIST, `en/cases/${slug}/cite.json`), 'utf8'))).data;
    expect(meta('citation_title')).toEqual([page?.title?.replace(/&/g, '&amp;')]);
    expect(meta('citation_author')).toEqual(['Sister City Atlas']);
    expect(meta('citation_date')[0]).toBe(
      page?.issued?.['date-parts'][0]?.map((n) => String(n).padStart(2, '0')).join('/'),
    );
    const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)?.[1] ?? '{}') as {
      '@type': string;
      isBasedOn: { '@type': string; author?: unknown };
    };
    expect(ld['@type']).toBe('Article');
    expect(ld.isBasedOn['@type']).toBe('Thesis');
    expect(ld.isBasedOn.author).toBeUndefined();
  });

  it('shows APA 7 references for the page and the thesis', () => {
    const html = readPage(`/en/cases/${slug}/`);
    expect(html).toContain('Cite this');
    expect(html).toMatch(/Sister City Atlas\. \(\d{4}, [A-Z][a-z]+ \d{1,2}\)\./);
    expect(html).toContain('(n.d.)');
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
    expect(xml).toContain('hreflang="en-GB"');
  });
});
