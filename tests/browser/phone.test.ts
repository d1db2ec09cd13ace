/**
 * Reading on a phone, in Chromium at 320, 360 and 390 px: every page fits the screen with all its
 * <details> open, keeps a compact header, legible text (SVG included) and 24 px targets
 * (tools/lib/phone-audit.ts measures); case titles start high; the table of contents, the search
 * filters and the compare view work at phone width.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { htmlPages } from '../../tools/lib/dist.ts';
import { HAS_CHROMIUM } from '../../tools/lib/browser.ts';
import { auditPhonePage, openAllDetails } from '../../tools/lib/phone-audit.ts';
import { useSite } from '../support/site.ts';

const PHONES = [320, 360, 390] as const;
const casePages = () => htmlPages().filter((p) => /^\/(en\/)?cases\/[^/]+\/$/.test(p) && !p.includes('/page/'));

describe.skipIf(!HAS_CHROMIUM)('reading on a phone', () => {
  const harness = useSite();
  const phone = async (width: number, path: string): Promise<Page> => {
    const p = await harness.site.browser.newPage({ viewport: { width, height: 844 } });
    await p.goto(harness.site.url(path), { waitUntil: 'networkidle' });
    return p;
  };

  it('fits every page at 320, 360 and 390 px with every <details> open: no sideways scroll, header ≤ 64 px, text ≥ 11 px, targets ≥ 24 px', async () => {
    const problems: string[] = [];
    const pages = htmlPages();
    for (const width of PHONES) {
      const p = await harness.site.browser.newPage({ viewport: { width, height: 844 } });
      for (const path of pages) {
        await p.goto(harness.site.url(path), { waitUntil: 'load' });
        await openAllDetails(p);
        for (const x of await auditPhonePage(p)) problems.push(`${width} px ${path}: ${x.kind}: ${x.detail}`);
      }
      await p.close();
    }
    expect(pages.length).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  }, 600_000);

  it('keeps text and targets legible at tablet and desktop widths too (768, 1024, 1280 px), with no sideways scroll', async () => {
    const problems: string[] = [];
    for (const width of [768, 1024, 1280]) {
      const p = await harness.site.browser.newPage({ viewport: { width, height: 900 } });
      for (const path of htmlPages()) {
        await p.goto(harness.site.url(path), { waitUntil: 'load' });
        await openAllDetails(p);
        // The 64 px header is a phone limit; wide screens have room for the navigation in full.
        for (const x of await auditPhonePage(p))
          if (x.kind !== 'header') problems.push(`${width} px ${path}: ${x.kind}: ${x.detail}`);
      }
      await p.close();
    }
    expect(problems).toEqual([]);
  }, 600_000);

  it('fits the search page with results, facet counts and active filters', async () => {
    const problems: string[] = [];
    for (const width of PHONES) {
      for (const path of ['/en/search/?q=budget&kind=obstacle', '/search/?q=anggaran']) {
        const p = await phone(width, path);
        await p.waitForSelector('.results > li');
        await openAllDetails(p);
        for (const x of await auditPhonePage(p)) problems.push(`${width} px ${path}: ${x.kind}: ${x.detail}`);
        await p.close();
      }
    }
    expect(problems).toEqual([]);
  });

  it('starts every case title within the first 200 px of a phone screen', async () => {
    const low: string[] = [];
    for (const path of casePages()) {
      const p = await phone(390, path);
      const top = await p.locator('h1').evaluate((h) => h.getBoundingClientRect().top);
      if (top > 200) low.push(`${path}: h1 at ${Math.round(top)} px`);
      await p.close();
    }
    expect(casePages().length).toBeGreaterThan(0);
    expect(low).toEqual([]);
  });

  it('opens the menu without JavaScript and reaches every section from it', async () => {
    const ctx = await harness.site.browser.newContext({
      viewport: { width: 390, height: 844 },
      javaScriptEnabled: false,
    });
    const p = await ctx.newPage();
    await p.goto(harness.site.url('/en/'), { waitUntil: 'load' });
    expect(await p.locator('nav.main').isVisible()).toBe(false);
    await p.locator('details.menu > summary').click();
    expect(await p.locator('nav.main').isVisible()).toBe(true);
    expect(await p.locator('header.site').evaluate((h) => h.getBoundingClientRect().height)).toBeLessThanOrEqual(64);
    await p.locator('nav.main a[href="/en/cases/"]').click();
    await p.waitForURL(/\/en\/cases\/$/);
    await ctx.close();
  });

  it('shows search results before the filters, the filters behind one disclosure, active ones as removable chips', async () => {
    const p = await phone(390, '/en/search/?q=budget&kind=obstacle');
    await p.waitForSelector('.results > li');
    expect(await p.locator('.facets fieldset').first().isVisible()).toBe(false);
    const first = await p
      .locator('.results > li')
      .first()
      .evaluate((li) => li.getBoundingClientRect().top);
    expect(first).toBeLessThan(844);
    const chip = p.locator('ul.chips button');
    expect(await chip.count()).toBe(1);
    expect(await p.locator('.facets > summary').textContent()).toContain('(1)');
    await chip.click();
    await p.waitForURL((u) => !u.search.includes('kind='));
    expect(await p.locator('ul.chips').isHidden()).toBe(true);
    expect(await p.locator('input[name=kind]:checked').count()).toBe(0);
    await p.close();
  });

  it('has a table of contents on case pages: collapsed on phones, open and sticky on wide screens, every entry a section', async () => {
    for (const path of casePages()) {
      const p = await phone(390, path);
      expect(await p.locator('.toc details').getAttribute('open')).toBeNull();
      expect(await p.locator('.toc ol').isVisible()).toBe(false);
      const ids = await p.locator('.toc ol a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(ids.length).toBeGreaterThan(3);
      for (const href of ids) expect(await p.locator(href).count(), `${path} ${href}`).toBe(1);
      await p.setViewportSize({ width: 1280, height: 900 });
      expect(await p.locator('.toc ol').isVisible()).toBe(true);
      expect(await p.locator('.toc').evaluate((n) => getComputedStyle(n).position)).toBe('sticky');
      await p.close();
    }
  });

  it('stacks compare on a phone: each row a section with its label in view, each cell named by its case', async () => {
    const first = await phone(390, '/en/compare/');
    const slugs = (
      await first.locator('input[name=cases]').evaluateAll((bs) => bs.map((b) => (b as HTMLInputElement).value))
    ).slice(0, 2);
    await first.close();
    expect(slugs).toHaveLength(2);
    const p = await phone(390, `/en/compare/?cases=${slugs.join(',')}`);
    const rows = p.locator('table.compare tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    for (const row of await rows.all()) {
      expect(await row.locator('th').evaluate((th) => getComputedStyle(th).position)).toBe('sticky');
      const cells = row.locator('td:visible');
      expect(await cells.count()).toBe(2);
      const names = await cells
        .locator('a.cell-case')
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
      expect(names).toEqual(slugs.map((s) => `/en/cases/${s}/`));
    }
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await p.close();
  });

  it('fits the phone map to Indonesia and its nearby partners, labels apart, the whole world one tap away', async () => {
    const p = await phone(390, '/en/map/');
    const frame = p.locator('.map-frame.narrow svg');
    const m = await frame.evaluate((svg) => {
      const box = svg.getBoundingClientRect();
      const home = [...svg.querySelectorAll('rect.pt.id')].map((r) => r.getBoundingClientRect());
      const labels = [...svg.querySelectorAll('a[data-city] text')].map((t) => t.getBoundingClientRect());
      const overlaps = labels.flatMap((a, i) =>
        labels
          .slice(i + 1)
          .filter((b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1),
      ).length;
      const xs = home.map((r) => r.left + r.width / 2);
      return { spread: (Math.max(...xs) - Math.min(...xs)) / box.width, overlaps, labels: labels.length };
    });
    // The Indonesian places span a quarter of the phone map or more (on a world view they took a sixth).
    expect(m.spread).toBeGreaterThan(0.25);
    expect(m.labels).toBeGreaterThan(0);
    expect(m.overlaps).toBe(0);
    const world = p.locator('details.map-world');
    expect(await world.locator('svg').isVisible()).toBe(false);
    await world.locator('summary').click();
    expect(await world.locator('svg').isVisible()).toBe(true);
    await p.close();
  });
});
