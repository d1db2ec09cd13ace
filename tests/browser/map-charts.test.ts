/** The map and charts in Chromium: filters in the URL, keyboard and tooltips, readable without JavaScript. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM } from '../../tools/lib/browser.ts';
import { useSite } from '../support/site.ts';

/** Ambon's tooltip is shown, and Ambon and its partners are highlighted in that rendering of the map. */
async function expectAmbonTip(p: Page, frame: 'wide' | 'narrow') {
  expect(await p.isVisible('.map-tip')).toBe(true);
  expect(await p.textContent('.map-tip')).toBe('Ambon (Indonesia)');
  const partners = await p
    .locator(`.map-frame.${frame} a[data-city].hl`)
    .evaluateAll((as) => as.map((a) => (a as SVGAElement).dataset['city']).sort());
  expect(partners).toEqual(['ambon', 'darwin', 'vlissingen']);
}

describe.skipIf(!HAS_CHROMIUM)('map-charts in Chromium', () => {
  const harness = useSite();
  const open = (path: string) => harness.open(path);

  it('filters the map by sector, keeping the state in the URL', async () => {
    const p = await open('/en/map/');
    const visible = () =>
      p
        .locator('.map-frame.wide a[data-pairing]:not(.off)')
        .evaluateAll((as) => as.map((a) => (a as SVGAElement).dataset['pairing']).sort());
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

  it('reaches a city point with the keyboard, shows its tooltip and partners, dismisses it with Escape, and opens its page', async () => {
    const p = await open('/en/map/');
    await p.focus('atlas-map select[name=country]');
    let focused = '';
    for (let i = 0; i < 40 && focused !== 'ambon'; i++) {
      await p.keyboard.press('Tab');
      focused = await p.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['city'] ?? '');
    }
    expect(focused).toBe('ambon');
    await expectAmbonTip(p, 'wide');
    // Escape dismisses the tooltip without moving the focus (WCAG 1.4.13).
    await p.keyboard.press('Escape');
    expect(await p.isVisible('.map-tip')).toBe(false);
    expect(await p.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['city'])).toBe('ambon');
    await p.keyboard.press('Enter');
    await p.waitForURL(/\/en\/cities\/ambon\/$/);
    await p.close();
  });

  it('gives the phone map the same tooltip and partner highlighting', async () => {
    const p = await harness.site.browser.newPage({ viewport: { width: 390, height: 844 } });
    await p.goto(harness.site.url('/en/map/'), { waitUntil: 'networkidle' });
    expect(await p.isVisible('.map-frame.narrow svg')).toBe(true);
    expect(await p.isVisible('.map-frame.wide svg')).toBe(false);
    await p.locator('.map-frame.narrow a[data-city=ambon]').focus();
    await expectAmbonTip(p, 'narrow');
    await p.close();
  });

  it('renders the map and every chart without JavaScript, in both languages', async () => {
    const context = await harness.site.browser.newContext({ javaScriptEnabled: false });
    for (const path of ['map/', 'en/map/', 'cases/', 'en/cases/', 'en/cases/semarang-jung-gu/']) {
      const p = await context.newPage();
      await p.goto(new URL(path, harness.site.server.url).href);
      const figures = await p.locator('figure svg[aria-labelledby]').evaluateAll((svgs) =>
        svgs
          .filter((s) => (s as SVGSVGElement).getBoundingClientRect().width > 0)
          .map((s) => ({
            title: s.querySelector('title')?.textContent ?? '',
            marks: s.querySelectorAll('path, rect, circle, text').length,
          })),
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
});
