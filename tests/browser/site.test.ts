/** The built site in real Chromium: navigation, evidence links, search and accessibility. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, htmlPages, requireDist } from '../../tools/lib/dist.ts';
import { HAS_CHROMIUM, launch, watch } from '../../tools/lib/browser.ts';
import { serveDist, type StaticServer } from '../../tools/lib/server.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe.skipIf(!HAS_CHROMIUM)('in Chromium', () => {
  let browser: Browser;
  let server: StaticServer;
  let page: Page;
  let seen: { errors: string[]; external: string[] };

  beforeAll(async () => {
    requireDist();
    server = await serveDist(DIST);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const open = async (path: string) => {
    page = await browser.newPage();
    seen = watch(page);
    await page.goto(new URL(path.replace(/^\//, ''), server.url).href, { waitUntil: 'networkidle' });
    return page;
  };

  it('opens the home page in both languages without errors', async () => {
    for (const [path, lang, heading] of [
      ['/', 'id', 'Atlas Kota Kembar'],
      ['/en/', 'en', 'Sister City Atlas'],
    ] as const) {
      const p = await open(path);
      expect(await p.getAttribute('html', 'lang')).toBe(lang);
      expect(await p.textContent('h1')).toBe(heading);
      expect(seen.errors).toEqual([]);
      expect(seen.external).toEqual([]);
      await p.close();
    }
  });

  it('switches language on a case page and stays on the same case', async () => {
    const p = await open('/cases/semarang-jung-gu/');
    await p.click('a.lang-switch');
    await p.waitForURL(/\/en\/cases\/semarang-jung-gu\/$/);
    expect(await p.getAttribute('html', 'lang')).toBe('en');
    expect(await p.textContent('h1')).toContain('Semarang');
    await p.close();
  });

  it('follows "see in source" from a finding to its highlighted quotation', async () => {
    const p = await open('/en/cases/semarang-jung-gu/');
    const finding = p.locator('article.finding', { has: p.locator('#semarang-staff-exchange-budget') });
    const quote = (await finding.locator('blockquote p').first().textContent())?.replace(/[“”]/g, '') ?? '';
    await finding.locator('a', { hasText: 'See in source' }).first().click();
    await p.waitForURL(/\/en\/sources\/002_87117bbd3f64466d\/#q-semarang-staff-exchange-budget-1$/);
    const highlighted = await p.locator('mark.current').allTextContents();
    expect(highlighted.join('').replace(/\s+/g, ' ')).toBe(quote.replace(/\s+/g, ' '));
    const bg = await p.locator('mark.current').first().evaluate((el) => getComputedStyle(el).backgroundColor);
    const plain = await p.locator('mark:not(.current)').first().evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).not.toBe(plain);
    await p.close();
  });

  it('lands a finding permalink on its anchor', async () => {
    const p = await open('/en/cases/bandung-kawasaki/#bandung-only-solid-waste-realised');
    const target = await p.evaluate(() => document.querySelector(':target')?.id);
    expect(target).toBe('bandung-only-solid-waste-realised');
    await p.close();
  });

  it('searches the Indonesian index from the header form and lands on a finding', async () => {
    const p = await open('/');
    await p.fill('#site-q', 'anggaran');
    await p.press('#site-q', 'Enter');
    await p.waitForURL(/\/search\/\?q=anggaran$/);
    await p.waitForSelector('.results li');
    const links = await p.locator('.results a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.some((h) => h.includes('/cases/semarang-jung-gu/#semarang-staff-exchange-budget'))).toBe(true);
    expect(await p.textContent('.status')).toMatch(/^\d+ hasil$/);
    await p.locator('.results a[href$="#semarang-staff-exchange-budget"]').click();
    await p.waitForURL(/\/cases\/semarang-jung-gu\/#semarang-staff-exchange-budget$/);
    expect(await p.evaluate(() => document.querySelector(':target')?.id)).toBe('semarang-staff-exchange-budget');
    expect(seen.errors).toEqual([]);
    await p.close();
  });

  it('searches the English index in English', async () => {
    const p = await open('/en/search/?q=fisheries');
    await p.waitForSelector('.results li');
    const links = await p.locator('.results a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.some((h) => h.includes('/en/cases/ba-ria-vung-tau/'))).toBe(true);
    expect(links.every((h) => new URL(h).pathname.startsWith('/en/'))).toBe(true);
    await p.close();
  });

  it("finds a city's cases by the city's name, each result linking to the city's page", async () => {
    const p = await open('/en/search/?q=kawasaki');
    await p.waitForSelector('.results > li');
    const result = p.locator('.results > li', { has: p.locator('h2 a[href$="/en/cases/bandung-kawasaki/"]') });
    expect(await result.count()).toBe(1);
    // City pages are not search results; the case's own result names its cities and links them.
    const pages = await p.locator('.results > li > h2 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(pages.filter((u) => /\/cities\/[^/]+\/$/.test(u))).toEqual([]);
    expect(await result.locator('.result-cities').textContent()).toBe('Cities: Bandung · Kawasaki · Suwon · Seoul · Petaling Jaya');
    await result.locator('.result-cities a', { hasText: 'Kawasaki' }).click();
    await p.waitForURL(/\/en\/cities\/kawasaki\/$/);
    expect(await p.textContent('h1')).toBe('Kawasaki');
    expect(seen.errors).toEqual([]);
    await p.close();
  });

  it('narrows results with a facet, keeps it in the URL, and restores it from the URL', async () => {
    const p = await open('/en/search/?q=budget');
    await p.waitForSelector('.results li');
    const before = await p.locator('.results > li').count();
    await p.locator('fieldset[data-facet=kind] input[value=obstacle]').check();
    await p.waitForURL(/\?q=budget&kind=obstacle$/);
    await p.waitForFunction((n) => document.querySelectorAll('.results > li').length < n, before);
    const kinds = await p.locator('.results > li .badge.kind').allTextContents();
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['Obstacle']));
    const shown = await p.locator('.results > li').count();
    const count = await p.locator('fieldset[data-facet=kind] li[data-value=obstacle] .count').textContent();
    expect(count).toBe(`(${shown})`);
    // A shared link restores the query and the facet; back restores the previous state.
    const q = await open('/en/search/?q=budget&kind=obstacle');
    await q.waitForSelector('.results li');
    expect(await q.inputValue('#q')).toBe('budget');
    expect(await q.isChecked('fieldset[data-facet=kind] input[value=obstacle]')).toBe(true);
    expect(await q.locator('.results > li').count()).toBe(shown);
    await p.goBack();
    await p.waitForFunction(() => !(document.querySelector('fieldset[data-facet=kind] input[value=obstacle]') as HTMLInputElement).checked);
    await p.waitForFunction((n) => document.querySelectorAll('.results > li').length === n, before);
    await q.close();
    await p.close();
  });

  it('lists exactly the findings that match the facets, without a query (all health recommendations)', async () => {
    const open_data = JSON.parse(readFileSync(`${DIST}/data/findings.json`, 'utf8')) as { findings: { id: string; kind: string; sectors: string[] }[] };
    const expected = open_data.findings.filter((f) => f.kind === 'recommendation' && f.sectors.includes('health')).map((f) => f.id);
    expect(expected.length).toBeGreaterThan(0);
    const p = await open('/search/?sector=health&kind=recommendation');
    await p.waitForSelector('.results li[data-finding]');
    const ids = await p.locator('.results li[data-finding]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['finding']));
    expect(ids.sort()).toEqual([...expected].sort());
    // Each listed finding links to its anchor on its case page, with its kind badge.
    const first = p.locator('.results li[data-finding]').first();
    expect(await first.locator('.badge.kind').textContent()).toBe('Rekomendasi');
    expect(await first.locator('a').getAttribute('href')).toMatch(/\/cases\/[a-z-]+\/#[a-z0-9-]+$/);
    await p.close();
  });

  it('counts every facet for a plain query once the results show (a small index)', async () => {
    const p = await open('/en/search/?q=fisheries');
    await p.waitForSelector('.results > li');
    await p.waitForFunction(() => [...document.querySelectorAll('fieldset[data-facet] li .count')].every((c) => /^\(\d+\)$/.test(c.textContent ?? '')));
    // Counts are results, not guesses: the Ba Ria-Vung Tau case is the fisheries case.
    expect(await p.textContent('fieldset[data-facet=case] li[data-value=ba-ria-vung-tau] .count')).not.toBe('(0)');
    expect(await p.textContent('fieldset[data-facet=sector] li[data-value=fisheries] .count')).not.toBe('(0)');
    await p.close();
  });

  it('loads results ten at a time, and the rest on request', async () => {
    const p = await open('/search/?q=kota');
    await p.waitForSelector('.results > li');
    const total = Number((await p.textContent('.status'))?.match(/^(\d+)/)?.[1]);
    expect(total).toBeGreaterThan(10);
    expect(await p.locator('.results > li').count()).toBe(10);
    await p.click('button.more');
    await p.waitForFunction(() => document.querySelectorAll('.results > li').length > 10);
    expect(await p.locator('.results > li').count()).toBe(Math.min(total, 20));
    // Focus moves to the first new result, so keyboard users continue where they were.
    expect(await p.evaluate(() => document.activeElement === document.querySelectorAll('.results > li')[10]?.querySelector('a'))).toBe(true);
    await p.close();
  });

  it('renders hostile queries as text, without errors', async () => {
    for (const q of ['<img src=x onerror=alert(1)>', '"\'; --', '   ', 'x'.repeat(2000), 'مدينة 🌏']) {
      const p = await open(`/search/?q=${encodeURIComponent(q)}`);
      await p.waitForTimeout(300);
      expect(await p.locator('.results img').count()).toBe(0);
      expect(seen.errors).toEqual([]);
      await p.close();
    }
  });

  it('prints without navigation, keeping evidence and showing link URLs', async () => {
    const p = await open('/en/cases/semarang-jung-gu/');
    await p.emulateMedia({ media: 'print' });
    expect(await p.locator('header.site').isVisible()).toBe(false);
    expect(await p.locator('footer.site').isVisible()).toBe(false);
    expect(await p.locator('article.finding blockquote').first().isVisible()).toBe(true);
    const doi = p.locator('main a[href^="https://doi.org"]').first();
    expect(await doi.evaluate((a) => getComputedStyle(a, '::after').content)).toContain('https://doi.org/10.18196/jpcn.v2i1.22');
    await p.close();
  });

  it('toggles dark mode and keeps the choice on the next page, without a flash', async () => {
    const p = await open('/en/');
    const bg = () => p.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await bg();
    await p.click('theme-toggle button');
    expect(await p.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await p.getAttribute('theme-toggle button', 'aria-pressed')).toBe('true');
    const dark = await bg();
    expect(dark).not.toBe(light);
    await p.goto(new URL('en/cases/', server.url).href, { waitUntil: 'commit' });
    await p.waitForSelector('body');
    expect(await p.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await bg()).toBe(dark);
    await p.close();
  });

  it('offers a copy-link control that copies the finding permalink', async () => {
    const p = await open('/en/cases/bandung-kawasaki/');
    await p.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
    const control = p.locator('copy-link', { has: p.locator('a[href$="#bandung-only-solid-waste-realised"]') });
    await control.locator('button').click();
    const copied = await p.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(new URL('en/cases/bandung-kawasaki/#bandung-only-solid-waste-realised', server.url).href);
    expect(await control.locator('[role=status]').textContent()).toBe('Link copied');
    await p.close();
  });

  it('filters the map by sector, keeping the state in the URL', async () => {
    const p = await open('/en/map/');
    const visible = () => p.locator('.map-frame.wide a[data-pairing]:not(.off)').evaluateAll((as) => as.map((a) => (a as SVGAElement).dataset['pairing']).sort());
    expect(await visible()).toHaveLength(8);
    await p.selectOption('atlas-map select[name=sector]', 'health');
    await p.waitForURL(/\/en\/map\/\?sector=health$/);
    expect(await visible()).toEqual(['ambon-darwin', 'ambon-vlissingen', 'semarang-jung-gu-ulsan']);
    expect(await p.textContent('.map-status')).toBe('3 pairings shown');
    expect(await p.locator('a[data-city=kawasaki]').first().getAttribute('class')).toBe('off');
    const q = await open('/en/map/?country=jp');
    expect(await q.inputValue('atlas-map select[name=country]')).toBe('jp');
    expect(await q.locator('.map-frame.wide a[data-pairing]:not(.off)').count()).toBe(1);
    await q.close();
    await p.close();
  });

  it('reaches a city point with the keyboard, shows its tooltip and partners, and opens its page', async () => {
    const p = await open('/en/map/');
    await p.focus('atlas-map select[name=country]');
    let focused = '';
    for (let i = 0; i < 40 && focused !== 'ambon'; i++) {
      await p.keyboard.press('Tab');
      focused = await p.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.['city'] ?? '');
    }
    expect(focused).toBe('ambon');
    expect(await p.isVisible('.map-tip')).toBe(true);
    expect(await p.textContent('.map-tip')).toBe('Ambon (Indonesia)');
    const partners = await p.locator('.map-frame.wide a[data-city].hl').evaluateAll((as) => as.map((a) => (a as SVGAElement).dataset['city']).sort());
    expect(partners).toEqual(['ambon', 'darwin', 'vlissingen']);
    await p.keyboard.press('Enter');
    await p.waitForURL(/\/en\/cities\/ambon\/$/);
    await p.close();
  });

  it('renders the map and every chart without JavaScript, in both languages', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    for (const path of ['map/', 'en/map/', 'cases/', 'en/cases/', 'en/cases/semarang-jung-gu/']) {
      const p = await context.newPage();
      await p.goto(new URL(path, server.url).href);
      const figures = await p.locator('figure svg[aria-labelledby]').evaluateAll((svgs) =>
        svgs.filter((s) => (s as SVGSVGElement).getBoundingClientRect().width > 0).map((s) => ({ title: s.querySelector('title')?.textContent ?? '', marks: s.querySelectorAll('path, rect, circle, text').length })),
      );
      expect(figures.length, path).toBeGreaterThan(0);
      for (const f of figures) {
        expect(f.title).not.toBe('');
        expect(f.marks).toBeGreaterThan(3);
      }
      await p.close();
    }
    await context.close();
  });

  it('keeps AA contrast in dark mode on the chart and map pages', async () => {
    const p = await browser.newPage({ colorScheme: 'dark' });
    const violations: string[] = [];
    for (const path of ['', 'en/', 'cases/', 'en/cases/', 'map/', 'en/cases/semarang-jung-gu/', 'en/search/?q=budget']) {
      await p.goto(new URL(path, server.url).href, { waitUntil: 'networkidle' });
      expect(await p.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      await p.evaluate(AXE);
      const result = (await p.evaluate(() =>
        // @ts-expect-error axe is injected above
        window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2aa'] } }),
      )) as { violations: { id: string; nodes: { target: string[] }[] }[] };
      for (const v of result.violations) violations.push(`${path}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
    }
    await p.close();
    expect(violations).toEqual([]);
  });

  it('enforces the CSP: an injected inline script is refused, while the site\'s own scripts and search run', async () => {
    const p = await open('/en/search/?q=health');
    await p.waitForSelector('.results li');
    const violations = await p.evaluate(async () => {
      const seen: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => seen.push(e.violatedDirective));
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true;';
      document.body.append(s);
      await new Promise((r) => setTimeout(r, 100));
      return { seen, injected: (window as unknown as { __injected?: boolean }).__injected === true };
    });
    expect(violations.injected).toBe(false);
    expect(violations.seen[0]).toMatch(/^script-src/);
    await p.close();
  });

  it('has no axe violations (WCAG 2.2 A/AA), console errors or outside requests on any page, in both languages', async () => {
    const violations: string[] = [];
    const p = await browser.newPage();
    const seenAll = watch(p);
    const pages = htmlPages();
    for (const path of pages) {
      await p.goto(new URL(path.replace(/^\//, ''), server.url).href, { waitUntil: 'load' });
      await p.evaluate(AXE);
      const result = (await p.evaluate(() =>
        // @ts-expect-error axe is injected above
        window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }),
      )) as { violations: { id: string; nodes: { target: string[] }[] }[] };
      for (const v of result.violations) violations.push(`${path}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
    }
    await p.close();
    expect(pages.length).toBeGreaterThan(100);
    expect(violations).toEqual([]);
    expect(seenAll.errors).toEqual([]);
    expect(seenAll.external).toEqual([]);
  }, 600_000);

  it('has no axe violations once search results show (excerpts, finding links, city links, facet counts), light and dark', async () => {
    const violations: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      const p = await browser.newPage({ colorScheme: scheme });
      for (const path of ['/search/?q=anggaran', '/en/search/?q=kawasaki', '/search/?sector=health&kind=recommendation']) {
        await p.goto(new URL(path.replace(/^\//, ''), server.url).href);
        await p.waitForSelector('.results > li .result-cities a');
        await p.waitForFunction(() => document.querySelector('fieldset[data-facet=sector] li .count')?.textContent !== '');
        await p.evaluate(AXE);
        const result = (await p.evaluate(() =>
          // @ts-expect-error axe is injected above
          window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }),
        )) as { violations: { id: string; nodes: { target: string[] }[] }[] };
        for (const v of result.violations) violations.push(`${scheme} ${path}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
      }
      await p.close();
    }
    expect(violations).toEqual([]);
  });
});
