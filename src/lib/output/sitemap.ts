/**
 * Sitemaps (sitemaps.org) with hreflang alternates for the two languages. Pure and linear in the
 * number of pages: the pages are grouped by their path without the language prefix, so each page
 * finds its translation by lookup (@astrojs/sitemap scans every page for each page's alternates,
 * 20 s at 50,000 pages).
 */
import { DEFAULT_LANG, type Lang } from '../../i18n/lang.ts';
import { escapeXml } from '../shared/escape.ts';
import { EMBED_PATH } from '../shared/embed.ts';

export interface SitemapOptions {
  /** The site's public root, base path included, ending in `/` (e.g. `https://example.org/atlas/`). */
  root: string;
  /** hreflang value per language (the pages' own: `id`, `en`); the original's URL is also `x-default`. */
  hreflang: Record<Lang, string>;
  /** URLs per sitemap file (sitemaps.org allows 50,000). */
  limit?: number;
  /** A page's last change (YYYY-MM-DD), its sitemap `lastmod`; none when unknown. */
  lastmod?: (path: string) => string | undefined;
}

/** The last-updated date a built page's footer states (`<p class="updated">… <time datetime>`), if any. */
export function footerDate(html: string): string | undefined {
  return /<p class="updated">[^<]*<time datetime="(\d{4}-\d{2}-\d{2})">/.exec(html)?.[1];
}

/** The language of a page path relative to the base (`en/…` is English, the rest Indonesian) and its path without the prefix. */
export function pageLanguage(path: string): { lang: Lang; key: string } {
  return path === 'en' || path.startsWith('en/')
    ? { lang: 'en', key: path.slice(2).replace(/^\//, '') }
    : { lang: 'id', key: path };
}

/** The sitemap files for these page paths (relative to the base, e.g. `en/cases/x/`), and their index. */
export function sitemaps(paths: readonly string[], opts: SitemapOptions): { index: string; files: string[] } {
  const limit = opts.limit ?? 45_000;
  const pages = [...new Set(paths.map((p) => p.replace(/^\//, '')))]
    // Not their own address: the 404 pages, and the embeddable views (their canonical is the full page).
    .filter((p) => !/(^|\/)404(\.html|\/)?$/.test(p) && !EMBED_PATH.test(p))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const byKey = new Map<string, { lang: Lang; url: string }[]>();
  for (const p of pages) {
    const { lang, key } = pageLanguage(p);
    (byKey.get(key) ?? byKey.set(key, []).get(key))?.push({ lang, url: new URL(p, opts.root).href });
  }
  const entry = (p: string) => {
    const versions = byKey.get(pageLanguage(p).key) ?? [];
    const link = (hreflang: string, url: string) =>
      `<xhtml:link rel="alternate" hreflang="${hreflang}" href="${escapeXml(url)}"/>`;
    const original = versions.find((v) => v.lang === DEFAULT_LANG);
    const links =
      versions.length > 1
        ? versions.map((v) => link(opts.hreflang[v.lang], v.url)).join('') +
          (original ? link('x-default', original.url) : '')
        : '';
    const lastmod = opts.lastmod?.(p);
    return `<url><loc>${escapeXml(new URL(p, opts.root).href)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}${links}</url>`;
  };
  const files: string[] = [];
  for (let i = 0; i < pages.length || files.length === 0; i += limit) {
    files.push(
      `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${pages
        .slice(i, i + limit)
        .map(entry)
        .join('')}</urlset>\n`,
    );
  }
  const index = `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${files.map((_, i) => `<sitemap><loc>${escapeXml(new URL(`sitemap-${i}.xml`, opts.root).href)}</loc></sitemap>`).join('')}</sitemapindex>\n`;
  return { index, files };
}
