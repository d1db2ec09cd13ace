/** The built pages: every route in both languages, findings with evidence, narratives' links, no broken link. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentDir, loadCorpus } from '../../src/lib/content/load.ts';
import { crawl, DIST, hrefsOf, htmlPages, idsOf, readPage, requireDist, textOf } from '../../tools/lib/dist.ts';

// The content the site was built from: content/, or ATLAS_CONTENT_DIR (a test's copy).
const corpus = loadCorpus();
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
      '/teaching/',
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
    // One short line, linking the same page in the original language.
    const notice = /<p class="notice translation"[^>]*>([^<]*)<a href="([^"]*)" hreflang="id">/.exec(en);
    expect(notice?.[1]?.trim()).not.toBe('');
    expect(notice?.[2]).toBe('/cases/semarang-jung-gu/');
    expect(id).not.toContain('notice translation');
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

  it('shows thesis metadata as stated, and what the excerpt does not state as unknown', () => {
    for (const c of corpus.cases) {
      const html = readPage(`/en/cases/${c.slug}/`);
      const th = c.thesis;
      const unknown = [th.title, th.author, th.university, th.year, th.degree, th.field].filter((v) => v === 'unknown');
      expect(html.match(/not stated in the source/g)?.length ?? 0, c.slug).toBeGreaterThanOrEqual(unknown.length);
      const text = textOf(html);
      if (th.author !== 'unknown') expect(text, c.slug).toContain(th.author.join(', '));
      if (th.year !== 'unknown') expect(text, c.slug).toContain(String(th.year));
      if (th.university !== 'unknown') expect(text, c.slug).toContain(th.university);
    }
  });

  it('marks external facts and the inferred Padang partner visibly', () => {
    const html = readPage('/en/cases/ba-ria-vung-tau/');
    expect(html).toContain('Probable partner (inferred from external sources)');
    expect(html).toContain('External source');
    expect(html).toContain('Padang-Ba Ria Vung Tau Sepakati Sister City');
  });
});

describe('editorial', () => {
  it('keeps ids out of what readers see on case pages: sources by their titles, findings by their statements', () => {
    for (const c of corpus.cases) {
      for (const pre of ['', '/en']) {
        const text = textOf(readPage(`${pre}/cases/${c.slug}/`));
        for (const s of corpus.sources) expect(text, `${pre} ${c.slug}: ${s.id}`).not.toContain(s.id);
        for (const f of corpus.findings.filter((x) => x.case === c.slug))
          expect(text, `${pre} ${c.slug}: ${f.id}`).not.toMatch(new RegExp(`(^|\\s)${f.id}(\\s|$)`));
      }
    }
  });
});

describe('narratives', () => {
  const mdx = (path: string) => {
    try {
      return readFileSync(join(contentDir(), path), 'utf8');
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
      expect(count(html, /<h[23] id="[^"]+">/g)).toBeGreaterThanOrEqual(count(source, /^## /gm));
    },
  );

  it('leaves no component placeholder or raw MDX on any page', () => {
    for (const path of htmlPages()) {
      const html = readPage(path);
      expect(html, path).not.toMatch(/<atlas-(cite|concept|item)\b|&#x3C;(Cite|Concept)\b|<(Cite|Concept)\b/);
    }
  });
});

describe('teaching page', () => {
  const LANG_PREFIX = { id: '', en: '/en' } as const;
  const withNotes = (lang: 'id' | 'en') =>
    corpus.cases.filter((c) => existsSync(join(contentDir(), 'cases', c.slug, 'teaching', `${lang}.mdx`)));

  for (const lang of ['id', 'en'] as const) {
    it(`${lang}: lists every case with a teaching note, each item linked to the case page and its cited findings`, () => {
      const pre = LANG_PREFIX[lang];
      const page = readPage(`${pre}/teaching/`);
      const ids = idsOf(page);
      for (const c of withNotes(lang)) {
        expect(ids.has(c.slug), c.slug).toBe(true);
        const casePage = readPage(`${pre}/cases/${c.slug}/`);
        const caseIds = idsOf(casePage);
        // Every list item of the note has an id on the case page, and the teaching page links to it.
        const items = [...casePage.matchAll(/<li id="([^"]+)"/g)].map((m) => m[1] as string);
        expect(items.length, c.slug).toBeGreaterThan(0);
        for (const item of items) expect(hrefsOf(page)).toContain(`${pre}/cases/${c.slug}/#${item}`);
        // Evidence packs hold only findings of the corpus.
        const findings = new Set(corpus.findings.map((f) => f.id));
        for (const href of hrefsOf(page).filter((h) => h.startsWith(`${pre}/pack/?findings=`)))
          for (const f of new URL(href, 'http://x').searchParams.get('findings')?.split(',') ?? [])
            expect(findings.has(f), `${href}: ${f}`).toBe(true);
        // The case page's table of contents links the teaching page.
        expect(casePage).toMatch(new RegExp(`class="toc-more"><a href="${pre}/teaching/"`));
        expect(caseIds.has('teaching')).toBe(true);
      }
      expect(readPage(`${pre}/`)).toContain(`href="${pre}/teaching/"`);
      expect(page).toMatch(new RegExp(`<nav class="main"[\\s\\S]*?href="${pre}/teaching/" aria-current="page"`));
    });
  }
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
