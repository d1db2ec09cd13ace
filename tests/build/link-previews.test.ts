/**
 * Link previews (Open Graph, read by WhatsApp, Telegram, Facebook, Google Classroom and Moodle):
 * every page names its title, description, address, language and an image that exists, is a PNG
 * of the size it states, and sits at the public address.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/content/load.ts';
import { EMBED_PATH } from '../../src/lib/shared/embed.ts';
import { DIST, htmlPages, readPage, requireDist } from '../../tools/lib/dist.ts';

const corpus = loadCorpus();
beforeAll(requireDist);

const decode = (s: string) =>
  s
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const og = (html: string, property: string) =>
  [...html.matchAll(new RegExp(`<meta property="${property}" content="([^"]*)"`, 'g'))].map((m) => decode(m[1] ?? ''));
const metaName = (html: string, name: string) =>
  decode(new RegExp(`<meta name="${name}" content="([^"]*)"`).exec(html)?.[1] ?? '');

describe('link previews', () => {
  // The embeddable views are views of pages (their canonical is the full page), not pages to share.
  const pages = htmlPages().filter((p) => !p.includes('404') && !EMBED_PATH.test(p));

  it('every page has its title, description, canonical address, locale and the card image', () => {
    expect(pages.length).toBeGreaterThan(50);
    for (const path of pages) {
      const html = readPage(path);
      const title = decode(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '');
      expect(og(html, 'og:title'), path).toHaveLength(1);
      expect(title.startsWith(og(html, 'og:title')[0] ?? '\u0000'), path).toBe(true);
      expect(og(html, 'og:description'), path).toEqual([metaName(html, 'description')]);
      expect(og(html, 'og:url'), path).toEqual([decode(/<link rel="canonical" href="([^"]*)"/.exec(html)?.[1] ?? '')]);
      const lang = /<html lang="([a-z]+)"/.exec(html)?.[1];
      expect(og(html, 'og:locale'), path).toEqual([lang === 'en' ? 'en_GB' : 'id_ID']);
      expect(og(html, 'og:image'), path).toHaveLength(1);
      expect(og(html, 'og:image:alt')[0]?.length, path).toBeGreaterThan(20);
    }
  });

  it('the card is a PNG of the size the pages state, at the public address', () => {
    const html = readPage('/');
    const url = new URL(og(html, 'og:image')[0] ?? '');
    const canonical = new URL(og(html, 'og:url')[0] ?? '');
    expect(url.origin).toBe(canonical.origin);
    const png = readFileSync(join(DIST, url.pathname.slice(canonical.pathname.length)));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    // IHDR: width and height, big-endian, at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([
      Number(og(html, 'og:image:width')[0]),
      Number(og(html, 'og:image:height')[0]),
    ]);
    expect(png.length).toBeLessThan(300_000);
  });

  it('a case page is an article with its own title and summary', () => {
    for (const c of corpus.cases) {
      const html = readPage(`/en/cases/${c.slug}/`);
      expect(og(html, 'og:type')).toEqual(['article']);
      expect(og(html, 'og:title')).toEqual([c.title.en]);
      expect(og(html, 'og:description')).toEqual([c.summary.en]);
    }
    expect(og(readPage('/en/'), 'og:type')).toEqual(['website']);
  });

  it('the 404 pages have no address of their own: no canonical link or og:url, not indexed; the English one at en/404.html', () => {
    for (const [file, lang] of [
      ['/404.html', 'id'],
      ['/en/404.html', 'en'],
    ] as const) {
      const html = readPage(file);
      expect(html, file).toContain(`<html lang="${lang}"`);
      expect(html, file).not.toMatch(/rel="canonical"|property="og:url"/);
      expect(html, file).toContain('<meta name="robots" content="noindex">');
    }
  });
});
