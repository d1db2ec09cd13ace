/** Reading the site in Chromium: languages, evidence links, permalinks, printing, themes, the CSP. */
import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, watch } from '../../tools/lib/browser.ts';
import { useSite } from '../support/site.ts';

describe.skipIf(!HAS_CHROMIUM)('navigation in Chromium', () => {
  const harness = useSite();
  const open = (path: string) => harness.open(path);

  it('opens the home page in both languages without errors', async () => {
    for (const [path, lang, heading] of [
      ['/', 'id', 'Atlas Kota Kembar'],
      ['/en/', 'en', 'Sister City Atlas'],
    ] as const) {
      const p = await open(path);
      expect(await p.getAttribute('html', 'lang')).toBe(lang);
      expect(await p.textContent('h1')).toBe(heading);
      expect(harness.seen.errors).toEqual([]);
      expect(harness.seen.external).toEqual([]);
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

  it('keeps the search, the facets, a finding anchor and the compare selection across the language switch', async () => {
    for (const [from, to] of [
      ['/search/?q=anggaran&sector=health', '/en/search/?q=anggaran&sector=health'],
      [
        '/en/cases/semarang-jung-gu/#semarang-staff-exchange-budget',
        '/cases/semarang-jung-gu/#semarang-staff-exchange-budget',
      ],
      ['/compare/?cases=semarang-jung-gu,bandung-kawasaki', '/en/compare/?cases=semarang-jung-gu,bandung-kawasaki'],
    ] as const) {
      const p = await open(from);
      await p.locator('a.lang-switch').click();
      await p.waitForURL((u) => `${u.pathname}${u.search}${u.hash}` === to);
      await p.close();
    }
    // On the search page the restored state is applied, not only carried in the URL.
    const p = await open('/search/?q=anggaran&kind=obstacle');
    await p.locator('a.lang-switch').click();
    await p.waitForSelector('.results > li');
    expect(await p.inputValue('#q')).toBe('anggaran');
    expect(await p.isChecked('fieldset[data-facet=kind] input[value=obstacle]')).toBe(true);
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
    const bg = await p
      .locator('mark.current')
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    const plain = await p
      .locator('mark:not(.current)')
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).not.toBe(plain);
    await p.close();
  });

  it('lands a finding permalink on its anchor', async () => {
    const p = await open('/en/cases/bandung-kawasaki/#bandung-only-solid-waste-realised');
    const target = await p.evaluate(() => document.querySelector(':target')?.id);
    expect(target).toBe('bandung-only-solid-waste-realised');
    await p.close();
  });

  it('prints without navigation, keeping evidence and showing link URLs', async () => {
    const p = await open('/en/cases/semarang-jung-gu/');
    await p.emulateMedia({ media: 'print' });
    expect(await p.locator('header.site').isVisible()).toBe(false);
    expect(await p.locator('footer.site').isVisible()).toBe(false);
    expect(await p.locator('article.finding blockquote').first().isVisible()).toBe(true);
    const doi = p.locator('main a[href^="https://doi.org"]').first();
    expect(await doi.evaluate((a) => getComputedStyle(a, '::after').content)).toContain(
      'https://doi.org/10.18196/jpcn.v2i1.22',
    );
    await p.close();
  });

  it('offers three themes (system, light, dark), shows the one in use, and keeps the choice on the next page', async () => {
    // At phone width, where the theme is in the menu.
    const p = await harness.site.browser.newPage({ colorScheme: 'dark', viewport: { width: 390, height: 844 } });
    await p.goto(new URL('en/', harness.site.server.url).href, { waitUntil: 'networkidle' });
    const bg = () => p.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const checked = () => p.locator('theme-picker input:checked').getAttribute('value');
    const pick = async (value: string) => {
      await p.locator('details.menu > summary').click();
      await p.locator(`theme-picker label:has(input[value=${value}])`).click();
    };
    expect(await checked()).toBe('system');
    const systemDark = await bg();
    await pick('light');
    expect(await p.getAttribute('html', 'data-theme')).toBe('light');
    const light = await bg();
    expect(light).not.toBe(systemDark);
    await p.goto(new URL('en/cases/', harness.site.server.url).href, { waitUntil: 'commit' });
    await p.waitForSelector('body');
    expect(await p.getAttribute('html', 'data-theme')).toBe('light');
    expect(await bg()).toBe(light);
    await p.waitForSelector('theme-picker:not([hidden])', { state: 'attached' });
    expect(await checked()).toBe('light');
    await pick('system');
    expect(await p.getAttribute('html', 'data-theme')).toBeNull();
    expect(await bg()).toBe(systemDark);
    expect(await p.evaluate(() => localStorage.getItem('atlas-theme'))).toBeNull();
    await p.close();
  });

  it('runs under the header CSP of dist/_headers as a host sends it: scripts, search and the theme still work', async () => {
    const p = await harness.site.browser.newPage();
    const seen = watch(p);
    const response = await p.goto(new URL('en/search/?q=budget', harness.site.server.url).href);
    expect(response?.headers()['content-security-policy']).toMatch(/frame-ancestors 'self'$/);
    expect(response?.headers()['x-content-type-options']).toBe('nosniff');
    await p.waitForSelector('.results > li');
    await p.waitForSelector('theme-picker:not([hidden])', { state: 'attached' });
    expect(seen.errors).toEqual([]);
    await p.close();
  });

  it('offers a copy-link control that copies the finding permalink', async () => {
    const p = await open('/en/cases/bandung-kawasaki/');
    await p
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(harness.site.server.url).origin });
    const control = p.locator('copy-link', { has: p.locator('a[href$="#bandung-only-solid-waste-realised"]') });
    await control.locator('button').click();
    const copied = await p.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(
      new URL('en/cases/bandung-kawasaki/#bandung-only-solid-waste-realised', harness.site.server.url).href,
    );
    expect(await control.locator('.copied').textContent()).toBe('Link copied');
    // One live region for the page, however many copy buttons it has.
    await p.waitForFunction(() => document.querySelector('[data-atlas-announcer]')?.textContent === 'Link copied');
    expect(await p.locator('copy-link').count()).toBeGreaterThan(5);
    expect(await p.locator('[role=status]').count()).toBeLessThanOrEqual(2);
    await p.close();
  });

  it("enforces the CSP: an injected inline script is refused, while the site's own scripts and search run", async () => {
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
});
