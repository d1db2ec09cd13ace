import { describe, expect, it } from 'vitest';
import { footerDate, pageLanguage, sitemaps } from '../../../src/lib/output/sitemap.ts';

const opts = { root: 'https://example.org/atlas/', hreflang: { id: 'id', en: 'en' } };

describe('sitemaps', () => {
  it('pairs each page with its translation, under the base path, and leaves out the 404 pages and the embeds', () => {
    const { index, files } = sitemaps(
      [
        '',
        'en/',
        'cases/a/',
        'en/cases/a/',
        'cases/only-id/',
        '404.html',
        'en/404/',
        'embed/map/',
        'en/embed/cases/a/',
      ],
      opts,
    );
    expect(files).toHaveLength(1);
    const xml = files[0] ?? '';
    expect(xml.match(/<url>/g)).toHaveLength(5);
    expect(xml).toContain(
      '<url><loc>https://example.org/atlas/cases/a/</loc><xhtml:link rel="alternate" hreflang="id" href="https://example.org/atlas/cases/a/"/><xhtml:link rel="alternate" hreflang="en" href="https://example.org/atlas/en/cases/a/"/><xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/atlas/cases/a/"/></url>',
    );
    expect(xml).toContain(
      '<url><loc>https://example.org/atlas/en/</loc><xhtml:link rel="alternate" hreflang="id" href="https://example.org/atlas/"/>',
    );
    // A page without a translation gets no alternates.
    expect(xml).toContain('<url><loc>https://example.org/atlas/cases/only-id/</loc></url>');
    expect(xml).not.toContain('404');
    expect(index).toContain('<sitemap><loc>https://example.org/atlas/sitemap-0.xml</loc></sitemap>');
  });

  it('splits into files of at most `limit` URLs, listed in the index', () => {
    const paths = Array.from({ length: 25 }, (_, i) => `cases/k${i}/`);
    const { index, files } = sitemaps(paths, { ...opts, limit: 10 });
    expect(files.map((f) => f.match(/<url>/g)?.length)).toEqual([10, 10, 5]);
    expect(index.match(/<sitemap>/g)).toHaveLength(3);
    // Numeric order: k2 before k10, so k0–k9 fill the first file.
    expect(files[0]).toContain('/k9/');
    expect(files[1]).toContain('/k10/');
  });

  it('dates each URL by its lastmod when known, and reads the date from a page footer', () => {
    const { files } = sitemaps(['cases/a/', 'cases/b/'], {
      ...opts,
      lastmod: (p) => (p === 'cases/a/' ? '2026-11-22' : undefined),
    });
    expect(files[0]).toContain('<loc>https://example.org/atlas/cases/a/</loc><lastmod>2026-11-22</lastmod>');
    expect(files[0]).toContain('<loc>https://example.org/atlas/cases/b/</loc></url>');
    expect(footerDate('<p class="updated"> Last updated: <time datetime="2026-11-22">22 November</time></p>')).toBe(
      '2026-11-22',
    );
    expect(footerDate('<p class="updated">Last updated: <span class="unknown">not stated</span></p>')).toBeUndefined();
  });

  it('reads the language from the path prefix only', () => {
    expect(pageLanguage('en/cases/x/')).toEqual({ lang: 'en', key: 'cases/x/' });
    expect(pageLanguage('en/')).toEqual({ lang: 'en', key: '' });
    expect(pageLanguage('english/')).toEqual({ lang: 'id', key: 'english/' });
  });
});
