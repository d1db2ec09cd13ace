/**
 * "Share or embed" panels in the built pages: each case page, each of its findings, the map, the
 * charts and the pack offer the page's public link, share links that carry it (WhatsApp, Google
 * Classroom, e-mail) and an iframe snippet of an embeddable view that exists in the build.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/content/load.ts';
import { DIST, readPage, requireDist } from '../../tools/lib/dist.ts';

const corpus = loadCorpus();
beforeAll(requireDist);

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Every panel of a page: its link, share links and snippet. */
function panels(html: string) {
  // The full panels (a finding's carries only its embed link: see the last test).
  return [...html.matchAll(/<share-embed[\s\S]*?<\/share-embed>/g)]
    .flatMap(([p]) => (p.includes('class="share-url"') ? [p] : []))
    .map((p) => ({
      url: decode(/class="share-url" type="url" readonly value="([^"]*)"/.exec(p)?.[1] ?? ''),
      whatsapp: decode(/class="share-whatsapp" href="([^"]*)"/.exec(p)?.[1] ?? ''),
      classroom: decode(/class="share-classroom" href="([^"]*)"/.exec(p)?.[1] ?? ''),
      email: decode(/class="share-email" href="([^"]*)"/.exec(p)?.[1] ?? ''),
      snippet: decode(/<textarea class="share-snippet"[^>]*>([^<]*)<\/textarea>/.exec(p)?.[1] ?? ''),
    }));
}

/** The built file an absolute URL of this build names. */
const fileOf = (url: string, root: URL) => {
  const path = new URL(url).pathname.slice(root.pathname.length);
  return join(DIST, path, path.endsWith('/') || path === '' ? 'index.html' : '');
};

describe('share or embed', () => {
  it.each([['/'], ['/en/']])(
    'under %s: the link, share links that carry it, and a snippet of a view that exists',
    (prefix) => {
      const pages = [
        ...corpus.cases.map((c) => `${prefix}cases/${c.slug}/`),
        `${prefix}map/`,
        `${prefix}cases/`,
        `${prefix}pack/`,
      ];
      for (const path of pages) {
        const html = readPage(path);
        const canonical = new URL(decode(/<link rel="canonical" href="([^"]*)"/.exec(html)?.[1] ?? ''));
        const root = new URL(canonical.pathname.slice(0, canonical.pathname.length - path.length + 1), canonical);
        const found = panels(html);
        expect(found.length, path).toBeGreaterThan(0);
        for (const p of found) {
          expect(new URL(p.url).origin, path).toBe(canonical.origin);
          expect(new URL(p.whatsapp).hostname).toBe('wa.me');
          expect(new URL(p.whatsapp).searchParams.get('text')).toContain(p.url);
          expect(new URL(p.classroom).origin).toBe('https://classroom.google.com');
          expect(new URL(p.classroom).searchParams.get('url')).toBe(p.url);
          expect(p.email.startsWith('mailto:?')).toBe(true);
          expect(new URLSearchParams(p.email.slice('mailto:?'.length)).get('body')).toBe(p.url);
          const src =
            /^<iframe src="([^"]*)" title="[^"]+" width="100%" height="\d+" loading="lazy"/.exec(p.snippet)?.[1] ?? '';
          expect(src, `${path}: ${p.snippet}`).toMatch(/\/embed\//);
          expect(existsSync(fileOf(src.split('#')[0] ?? '', root)), src).toBe(true);
        }
      }
    },
  );

  it("gives each finding on its case page an Embed panel whose link is the case's view at the finding", () => {
    for (const c of corpus.cases) {
      const html = readPage(`/en/cases/${c.slug}/`);
      for (const f of corpus.findings.filter((x) => x.case === c.slug)) {
        const article = html.split(`data-finding="${f.id}"`)[1]?.split('</article>')[0] ?? '';
        // The snippet itself is made in the browser from this link (a case page has dozens of findings).
        const view = /<share-embed[\s\S]*?<a class="share-view" href="([^"]*)"/.exec(article)?.[1];
        expect(view, f.id).toBe(`/en/embed/cases/${c.slug}/#${f.id}`);
      }
    }
  });
});
