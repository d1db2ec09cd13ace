/** Search in Chromium: the header form, both indexes, facets in the URL, paging, hostile input. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIST } from '../../tools/lib/dist.ts';
import { HAS_CHROMIUM } from '../../tools/lib/browser.ts';
import { useSite } from '../support/site.ts';

describe.skipIf(!HAS_CHROMIUM)('search in Chromium', () => {
  const harness = useSite();
  const open = (path: string) => harness.open(path);

  it('searches the Indonesian index from the header form and lands on a finding', async () => {
    const p = await open('/');
    await p.fill('#site-q', 'anggaran');
    await p.press('#site-q', 'Enter');
    await p.waitForURL(/\/search\/\?q=anggaran$/);
    await p.waitForSelector('.results li');
    const links = await p.locator('.results a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.some((h) => h.includes('/cases/semarang-jung-gu/#semarang-staff-exchange-budget'))).toBe(true);
    expect(await p.textContent('.status')).toMatch(/^\d+ temuan dalam \d+ studi kasus( · \d+ halaman lain)?$/);
    await p.locator('.results a[href$="#semarang-staff-exchange-budget"]').click();
    await p.waitForURL(/\/cases\/semarang-jung-gu\/#semarang-staff-exchange-budget$/);
    expect(await p.evaluate(() => document.querySelector(':target')?.id)).toBe('semarang-staff-exchange-budget');
    expect(harness.seen.errors).toEqual([]);
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
    const pages = await p
      .locator('.results > li > h2 a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(pages.filter((u) => /\/cities\/[^/]+\/$/.test(u))).toEqual([]);
    expect(await result.locator('.result-cities').textContent()).toBe(
      'Cities: Bandung · Kawasaki · Suwon · Seoul · Petaling Jaya',
    );
    await result.locator('.result-cities a', { hasText: 'Kawasaki' }).click();
    await p.waitForURL(/\/en\/cities\/kawasaki\/$/);
    expect(await p.textContent('h1')).toBe('Kawasaki');
    expect(harness.seen.errors).toEqual([]);
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
    const shown = await p.locator('.results li[data-finding]').count();
    const count = await p.locator('fieldset[data-facet=kind] li[data-value=obstacle] .count').textContent();
    expect(count).toBe(`(${shown})`);
    // A shared link restores the query and the facet; back restores the previous state.
    const q = await open('/en/search/?q=budget&kind=obstacle');
    await q.waitForSelector('.results li');
    expect(await q.inputValue('#q')).toBe('budget');
    expect(await q.isChecked('fieldset[data-facet=kind] input[value=obstacle]')).toBe(true);
    expect(await q.locator('.results li[data-finding]').count()).toBe(shown);
    await p.goBack();
    await p.waitForFunction(
      () => !(document.querySelector('fieldset[data-facet=kind] input[value=obstacle]') as HTMLInputElement).checked,
    );
    await p.waitForFunction((n) => document.querySelectorAll('.results > li').length === n, before);
    await q.close();
    await p.close();
  });

  it('restores exactly the facets in the URL on Back from a hit, though counts re-sorted the facet lists', async () => {
    const p = await open('/search/?q=anggaran');
    await p.waitForSelector('.results > li');
    await p.waitForFunction(() => document.querySelector('fieldset[data-facet=sector] li .count')?.textContent !== '');
    const values = await p
      .locator('fieldset[data-facet=sector] input:enabled')
      .evaluateAll((bs) => bs.map((b) => (b as HTMLInputElement).value));
    const last = values[values.length - 1] ?? '';
    await p.locator(`fieldset[data-facet=sector] input[value=${last}]`).check();
    await p.waitForURL(new RegExp(`sector=${last}`));
    await p.waitForSelector('.results > li');
    const url = p.url();
    await p.locator('.results a').first().click();
    await p.waitForURL((u) => u.href !== url);
    await p.goBack();
    await p.waitForURL(url);
    await p.waitForSelector('.results > li');
    const ticked = await p
      .locator('fieldset[data-facet] input:checked')
      .evaluateAll((bs) => bs.map((b) => `${(b as HTMLInputElement).name}=${(b as HTMLInputElement).value}`));
    expect(ticked).toEqual([`sector=${last}`]);
    await p.close();
  });

  it('lists exactly the findings that match the facets, without a query (all health recommendations)', async () => {
    const open_data = JSON.parse(readFileSync(`${DIST}/data/findings.json`, 'utf8')) as {
      findings: { id: string; kind: string; sectors: string[] }[];
    };
    const expected = open_data.findings
      .filter((f) => f.kind === 'recommendation' && f.sectors.includes('health'))
      .map((f) => f.id);
    expect(expected.length).toBeGreaterThan(0);
    const p = await open('/search/?sector=health&kind=recommendation');
    await p.waitForSelector('.results li[data-finding]');
    const ids = await p
      .locator('.results li[data-finding]')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['finding']));
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
    await p.waitForFunction(() =>
      [...document.querySelectorAll('fieldset[data-facet] li .count')].every((c) => /^\(\d+\)$/.test(c.textContent)),
    );
    // Counts are results, not guesses: the Ba Ria-Vung Tau case is the fisheries case.
    expect(await p.textContent('fieldset[data-facet=case] li[data-value=ba-ria-vung-tau] .count')).not.toBe('(0)');
    expect(await p.textContent('fieldset[data-facet=sector] li[data-value=fisheries] .count')).not.toBe('(0)');
    await p.close();
  });

  it('loads results ten at a time, and the rest on request, keeping how many in the URL', async () => {
    const p = await open('/search/?q=kota');
    await p.waitForSelector('.results > li');
    await p.waitForFunction(() => /\d/.test(document.querySelector('.status')?.textContent ?? ''));
    // "44 temuan dalam 4 studi kasus · 16 halaman lain": a case study or another page is one result.
    const [, cases, others] =
      /dalam (\d+) studi kasus(?: · (\d+) halaman lain)?$/.exec((await p.textContent('.status')) ?? '') ?? [];
    const total = Number(cases) + Number(others ?? 0);
    expect(total).toBeGreaterThan(10);
    expect(await p.locator('.results > li').count()).toBe(10);
    await p.click('button.more');
    await p.waitForFunction(() => document.querySelectorAll('.results > li').length > 10);
    expect(await p.locator('.results > li').count()).toBe(Math.min(total, 20));
    // Focus moves to the first new result, so keyboard users continue where they were.
    expect(
      await p.evaluate(
        () => document.activeElement === document.querySelectorAll('.results > li')[10]?.querySelector('a'),
      ),
    ).toBe(true);
    expect(new URL(p.url()).search).toBe('?q=kota&page=2');
    // Reload, and Back from a hit, come back to the same results.
    await p.reload();
    await p.waitForFunction(() => document.querySelectorAll('.results > li').length > 10);
    expect(await p.locator('.results > li').count()).toBe(Math.min(total, 20));
    await p.locator('.results > li').nth(12).locator('a').first().click();
    await p.waitForURL((u) => !u.pathname.endsWith('/search/'));
    await p.goBack();
    await p.waitForFunction(() => document.querySelectorAll('.results > li').length > 10);
    expect(await p.locator('.results > li').count()).toBe(Math.min(total, 20));
    // A page past the last shows every result and says so; a page that is not a number is left out.
    await p.goto(harness.site.url('/en/search/?q=city&page=99'));
    await p.waitForFunction(() => /\d/.test(document.querySelector('.status')?.textContent ?? ''));
    expect(await p.textContent('.search-notice')).toContain('There is no page 99 of these results');
    expect(await p.locator('button.more').count()).toBe(0);
    await p.goto(harness.site.url('/en/search/?q=city&page=%3Cx%3E'));
    await p.waitForFunction(() => /\d/.test(document.querySelector('.status')?.textContent ?? ''));
    expect(await p.textContent('.search-notice')).toContain('page=<x>');
    expect(await p.locator('.results > li').count()).toBeLessThanOrEqual(10);
    expect(harness.seen.errors).toEqual([]);
    await p.close();
  });

  it('renders hostile queries as text, without errors', async () => {
    for (const q of [
      '<img src=x onerror=alert(1)>',
      '"\'; --',
      '   ',
      'x'.repeat(2000),
      'مدينة 🌏',
      '.*+?^${}()|[]\\/',
    ]) {
      const p = await open(`/search/?q=${encodeURIComponent(q)}`);
      await p.waitForFunction(() => !(document.querySelector('.status')?.textContent ?? '…').endsWith('…'));
      expect(await p.locator('.results img').count()).toBe(0);
      expect(await p.textContent('.status'), q).not.toBe('');
      expect(harness.seen.errors).toEqual([]);
      await p.close();
    }
  });

  it('says what it left out of a hostile URL: a 10,000-character query, filters that cannot be ids, unknown values', async () => {
    const p = await open(`/en/search/?q=${'health '.repeat(1500)}&sector=%3Cscript%3E&kind=.*&city=no-such-city`);
    await p.waitForFunction(() => /\d|No results/.test(document.querySelector('.status')?.textContent ?? ''));
    const notice = (await p.textContent('.search-notice')) ?? '';
    expect(notice).toContain('Only the first 200 characters');
    expect(notice).toContain('Left out, not a filter the atlas has: sector=<script>, kind=.*.');
    expect(await p.inputValue('#q')).toHaveLength(200);
    // An id-like value the atlas does not have is a filter that matches nothing, said as such.
    expect(await p.isChecked('fieldset[data-facet=city] input[value=no-such-city]')).toBe(true);
    expect(await p.textContent('.status')).toMatch(/^No results/);
    expect(await p.locator('.results > li').count()).toBe(0);
    expect(harness.seen.errors).toEqual([]);
    await p.close();
  });

  it('keeps the focus on a facet checkbox ticked with the keyboard while results and counts update', async () => {
    const p = await open('/en/search/?q=health');
    await p.waitForSelector('.results > li');
    await p.waitForFunction(() => document.querySelector('fieldset[data-facet=kind] li .count')?.textContent !== '');
    // The kind with the fewest findings (the last enabled one): ticking it re-sorts the others.
    const kind = await p
      .locator('fieldset[data-facet=kind] input:enabled')
      .evaluateAll((bs) => (bs[bs.length - 1] as HTMLInputElement | undefined)?.value ?? '');
    const box = p.locator(`fieldset[data-facet=kind] input[value=${kind}]`);
    await box.focus();
    await p.keyboard.press('Space');
    await p.waitForURL(new RegExp(`kind=${kind}`));
    await p.waitForFunction(() => document.querySelector('.status')?.textContent.match(/\d/) !== null);
    await p.waitForTimeout(300);
    expect(await box.isChecked()).toBe(true);
    expect(
      await p.evaluate(() => {
        const el = document.activeElement;
        return el instanceof HTMLInputElement ? `${el.name}=${el.value}` : el?.tagName;
      }),
    ).toBe(`kind=${kind}`);
    await p.close();
  });

  it('says why each hit matched: an excerpt with the words marked, or that the case title matched', async () => {
    // 'budget' is in no Indonesian page's text, only in finding ids of the page metadata: no hit.
    for (const path of ['/search/?q=anggaran', '/search/?q=budget', '/en/search/?q=health', '/en/search/?q=kawasaki']) {
      const p = await open(path);
      await p.waitForFunction(() =>
        /\d|Tidak ada|No results/.test(document.querySelector('.status')?.textContent ?? ''),
      );
      const unexplained = await p.locator('.results > li').evaluateAll((lis) =>
        lis.flatMap((li) => {
          const head = li.querySelector(':scope > p.matched-head') !== null;
          const findings = [...li.querySelectorAll('[data-finding]')];
          if (findings.length === 0)
            return li.querySelector('mark') ? [] : [li.querySelector('h2')?.textContent ?? '?'];
          return findings
            .filter((f) => !head && !f.querySelector('.hit-excerpt mark'))
            .map((f) => f.getAttribute('data-finding'));
        }),
      );
      expect(unexplained, path).toEqual([]);
      await p.close();
    }
  });

  it('says so when the search index cannot be loaded, instead of showing no results', async () => {
    const p = await harness.site.browser.newPage();
    await p.route('**/pagefind/pagefind.js', (route) => route.abort());
    await p.goto(harness.site.url('/en/search/?q=health'));
    await p.waitForFunction(() => /could not be loaded/.test(document.querySelector('.status')?.textContent ?? ''));
    expect(await p.locator('.results > li').count()).toBe(0);
    await p.close();
  });
});
