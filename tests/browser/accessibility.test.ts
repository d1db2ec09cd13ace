/** Accessibility in Chromium: axe (WCAG 2.2 A/AA) on every page, with search results, and in dark mode. */
import { describe, expect, it } from 'vitest';
import { htmlPages } from '../../tools/lib/dist.ts';
import { HAS_CHROMIUM, axeLines, watch } from '../../tools/lib/browser.ts';
import { useSite } from '../support/site.ts';

describe.skipIf(!HAS_CHROMIUM)('accessibility in Chromium', () => {
  const harness = useSite();

  it('keeps AA contrast in dark mode on the chart and map pages', async () => {
    const p = await harness.site.browser.newPage({ colorScheme: 'dark' });
    const violations: string[] = [];
    for (const path of [
      '',
      'en/',
      'cases/',
      'en/cases/',
      'map/',
      'en/cases/semarang-jung-gu/',
      'en/search/?q=budget',
    ]) {
      await p.goto(new URL(path, harness.site.server.url).href, { waitUntil: 'networkidle' });
      expect(await p.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      violations.push(...(await axeLines(p, path, ['wcag2aa'])));
    }
    await p.close();
    expect(violations).toEqual([]);
  });

  it('has no axe violations (WCAG 2.2 A/AA), console errors or outside requests on any page, in both languages', async () => {
    const violations: string[] = [];
    const p = await harness.site.browser.newPage();
    const seenAll = watch(p);
    const pages = htmlPages();
    for (const path of pages) {
      await p.goto(new URL(path.replace(/^\//, ''), harness.site.server.url).href, { waitUntil: 'load' });
      violations.push(...(await axeLines(p, path)));
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
      const p = await harness.site.browser.newPage({ colorScheme: scheme });
      for (const path of [
        '/search/?q=anggaran',
        '/en/search/?q=kawasaki',
        '/search/?sector=health&kind=recommendation',
      ]) {
        await p.goto(new URL(path.replace(/^\//, ''), harness.site.server.url).href);
        await p.waitForSelector('.results > li .result-cities a');
        await p.waitForFunction(
          () => document.querySelector('fieldset[data-facet=sector] li .count')?.textContent !== '',
        );
        violations.push(...(await axeLines(p, `${scheme} ${path}`)));
      }
      await p.close();
    }
    expect(violations).toEqual([]);
  });
});
