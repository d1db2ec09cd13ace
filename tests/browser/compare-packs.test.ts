/** Compare and reading packs in Chromium: the URL state, unknown ids, handout printing. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../../tools/lib/dist.ts';
import { HAS_CHROMIUM, watch } from '../../tools/lib/browser.ts';
import { useSite } from '../support/site.ts';
import { readPdf } from '../support/pdf.ts';
import { loadCorpus } from '../../src/lib/content/load.ts';

/** Pages in a PDF (each page object carries /Type /Page). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

describe.skipIf(!HAS_CHROMIUM)('teaching tools in Chromium', () => {
  const harness = useSite();
  const url = (path: string) => harness.site.url(path);

  it('compares two cases side by side in each language, keeping the choice in the URL', async () => {
    for (const [prefix, heading] of [
      ['', 'Mitra dan negara'],
      ['en/', 'Partners and countries'],
    ] as const) {
      const p = await harness.site.browser.newPage();
      const seen = watch(p);
      await p.goto(url(`${prefix}compare/?cases=semarang-jung-gu,ambon-vlissingen-darwin`), {
        waitUntil: 'networkidle',
      });
      const cols = await p
        .locator('table.compare thead th[data-case]:visible')
        .evaluateAll((ths) => ths.map((th) => (th as HTMLElement).dataset['case']));
      expect(cols).toEqual(['semarang-jung-gu', 'ambon-vlissingen-darwin']);
      expect(await p.locator('table.compare tbody th').first().textContent()).toBe(heading);
      // Cells link to their evidence.
      const link = p.locator('table.compare td[data-case=semarang-jung-gu]:visible a[href*="#semarang-"]').first();
      expect(await link.getAttribute('href')).toMatch(/\/cases\/semarang-jung-gu\/#semarang-/);
      // Choosing another set updates the URL.
      await p.locator('input[name=cases][value=ambon-vlissingen-darwin]').uncheck();
      await p.locator('input[name=cases][value=bandung-kawasaki]').check();
      await p.locator('input[name=cases][value=ba-ria-vung-tau]').check();
      await p.click('.compare-pick button[type=submit]');
      await p.waitForURL(/\?cases=ba-ria-vung-tau,bandung-kawasaki,semarang-jung-gu$/);
      expect(await p.locator('table.compare thead th[data-case]:visible').count()).toBe(3);
      expect(seen.errors).toEqual([]);
      await p.close();
    }
  });

  it('shows all cases without JavaScript, and reports unknown ids with it', async () => {
    const ctx = await harness.site.browser.newContext({ javaScriptEnabled: false });
    const p = await ctx.newPage();
    await p.goto(url('en/compare/?cases=semarang-jung-gu,nope'));
    expect(await p.locator('table.compare thead th[data-case]').count()).toBe(4);
    await ctx.close();
    const q = await harness.site.browser.newPage();
    await q.goto(url('en/compare/?cases=semarang-jung-gu,bandung-kawasaki,nope,also-nope'), {
      waitUntil: 'networkidle',
    });
    expect(await q.textContent('.compare-status')).toContain('2 items could not be found: nope, also-nope');
    expect(await q.locator('table.compare thead th[data-case]:visible').count()).toBe(2);
    await q.close();
  });

  it('renders a pack with findings from two cases, their quotes and the bibliography; reports an unknown id', async () => {
    const p = await harness.site.browser.newPage();
    const seen = watch(p);
    await p.goto(
      url(
        'en/pack/?findings=semarang-staff-exchange-budget,brvt-covid-largest-obstacle,no-such-finding&cases=bandung-kawasaki&title=Week%203%3A%20budgets',
      ),
      { waitUntil: 'networkidle' },
    );
    await p.waitForSelector('.pack-finding');
    expect(await p.textContent('h1')).toBe('Week 3: budgets');
    expect(await p.locator('.pack-finding').count()).toBe(2);
    expect(await p.locator('.pack-finding blockquote').count()).toBeGreaterThanOrEqual(2);
    expect(await p.locator('.pack-finding blockquote a').first().getAttribute('href')).toMatch(
      /\/en\/sources\/[0-9a-f_]+\/#q-semarang-staff-exchange-budget-1$/,
    );
    expect(await p.locator('.pack-case').count()).toBe(1);
    const bib = await p.locator('.pack-bib li').allTextContents();
    expect(bib).toHaveLength(3);
    expect(bib.every((r) => r.includes('(n.d.)'))).toBe(true);
    expect(await p.textContent('.pack-status')).toBe('1 item could not be found: no-such-finding');
    // The title is editable and kept in the URL.
    await p.fill('#pack-title', 'Week 4');
    await p.waitForURL(/title=Week%204$/);
    expect(seen.errors).toEqual([]);
    await p.close();
  });

  it("removes an item with the keyboard and moves the focus to the next item's Remove button", async () => {
    const p = await harness.site.browser.newPage();
    const open_data = JSON.parse(readFileSync(`${DIST}/data/findings.json`, 'utf8')) as { findings: { id: string }[] };
    const ids = open_data.findings.slice(0, 3).map((f) => f.id);
    await p.goto(url(`en/pack/?findings=${ids.join(',')}`), { waitUntil: 'networkidle' });
    await p.waitForSelector('.pack-finding');
    const removes = p.locator('.pack-findings').getByRole('button', { name: 'Remove' });
    expect(await removes.count()).toBe(3);
    await removes.nth(1).focus();
    await p.keyboard.press('Enter');
    await p.waitForFunction(() => document.querySelectorAll('.pack-finding').length === 2);
    const focused = await p.evaluate(() => {
      const el = document.activeElement;
      return { tag: el?.tagName, finding: el?.closest('.pack-finding')?.querySelector('h3 a')?.getAttribute('href') };
    });
    expect(focused.tag).toBe('BUTTON');
    expect(focused.finding).toMatch(new RegExp(`#${ids[2] ?? ''}$`));
    await p.close();
  });

  it('adds findings to a pack from a case page and opens it from the header link', async () => {
    const ctx = await harness.site.browser.newContext();
    const p = await ctx.newPage();
    await p.goto(url('en/cases/bandung-kawasaki/'), { waitUntil: 'networkidle' });
    expect(await p.isVisible('pack-link')).toBe(false);
    await p.locator('pack-add[data-id=bandung-only-solid-waste-realised] button').click();
    await p.locator('pack-add[data-id=bandung-reason-role-model] button').click();
    expect(await p.getAttribute('pack-add[data-id=bandung-reason-role-model] button', 'aria-pressed')).toBe('true');
    expect(await p.textContent('pack-link a')).toBe('Pack (2)');
    await p.click('pack-link a');
    await p.waitForURL(/\/en\/pack\/\?findings=bandung-only-solid-waste-realised,bandung-reason-role-model$/);
    await p.waitForSelector('.pack-finding');
    expect(await p.locator('.pack-finding').count()).toBe(2);
    await ctx.close();
  });

  it('prints a pack of six findings on at most two A4 pages, without navigation', async () => {
    const ids = [
      'semarang-staff-exchange-budget',
      'semarang-sister-school-budget',
      'brvt-covid-largest-obstacle',
      'brvt-lack-of-budget',
      'bandung-only-solid-waste-realised',
      'ambon-indicators-met',
    ];
    const p = await harness.site.browser.newPage();
    await p.goto(url(`en/pack/?findings=${ids.join(',')}`), { waitUntil: 'networkidle' });
    await p.waitForSelector('.pack-finding');
    expect(await p.locator('.pack-finding').count()).toBe(6);
    await p.emulateMedia({ media: 'print' });
    expect(await p.locator('header.site').isVisible()).toBe(false);
    expect(await p.locator('.pack-finding blockquote').first().isVisible()).toBe(true);
    expect(await p.locator('.pack-bib').isVisible()).toBe(true);
    const pdf = await p.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdfPages(pdf)).toBeLessThanOrEqual(2);
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(1);
    await p.close();
  });

  it('prints the comparison cleanly: no navigation, evidence links kept with their URLs', async () => {
    const p = await harness.site.browser.newPage();
    await p.goto(url('en/compare/?cases=semarang-jung-gu,ba-ria-vung-tau'), { waitUntil: 'networkidle' });
    await p.emulateMedia({ media: 'print' });
    expect(await p.locator('header.site').isVisible()).toBe(false);
    expect(await p.locator('.compare-pick').isVisible()).toBe(false);
    const after = await p
      .locator('table.compare td:visible a')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('/en/cases/');
    await p.close();
  });

  it('prints a pack of five findings and a case with its note: no mostly blank page, one link (and its QR code) instead of every URL spelled out', async () => {
    const corpus = loadCorpus();
    const five = corpus.findings.filter((f) => (f.evidence?.length ?? 0) > 0).slice(0, 5);
    // A case with teaching notes (its teaching.json), which the pack brings with it.
    const taught = corpus.cases.filter((x) => existsSync(join(DIST, 'en/cases', x.slug, 'teaching.json')));
    const c = taught.find((x) => !five.some((f) => f.case === x.slug)) ?? taught[0];
    const teaching = JSON.parse(readFileSync(join(DIST, 'en/cases', c?.slug ?? '', 'teaching.json'), 'utf8')) as {
      sections: { title: string; items: string[] }[];
    };
    const note = 'Read before the seminar.';
    const p = await harness.open(
      `/en/pack/?findings=${five.map((f) => f.id).join(',')}&cases=${c?.slug ?? ''}&note=${encodeURIComponent(note)}`,
    );
    await p.waitForSelector('.pack-findings:not([hidden]) .finding');
    await p.waitForSelector('.pack-qr svg');
    await p.waitForSelector('.pack-case .pack-teaching');
    await p.emulateMedia({ media: 'print' });
    const pages = await readPdf(await p.pdf({ format: 'A4', preferCSSPageSize: true }));
    const all = pages.map((pg) => pg.text).join(' ');
    // Every page but the last is filled to its lower quarter; the last holds more than the link.
    for (const pg of pages.slice(0, -1)) expect(pg.filled, pg.text.slice(0, 80)).toBeGreaterThan(0.75);
    expect(
      pages
        .at(-1)
        ?.text.replace(/Pack link:[\s\S]*$/, '')
        .trim().length,
    ).toBeGreaterThan(40);
    expect(all.match(/https?:\/\//g)).toHaveLength(1);
    // Compared without spaces: pdf.js splits lines and runs of text where it likes.
    const bare = (s: string) => s.replace(/\s+/g, '');
    expect(bare(all)).toContain(bare(note));
    expect(bare(all)).toContain(bare(c?.title.en ?? 'x'));
    for (const f of five) expect(bare(all)).toContain(bare(f.text.en.slice(0, 40)));
    // The case's learning objectives and discussion questions come with it.
    expect(teaching.sections.length).toBeGreaterThan(0);
    for (const sec of teaching.sections) {
      expect(bare(all)).toContain(bare(sec.title));
      for (const item of sec.items) expect(bare(all)).toContain(bare(item.slice(0, 40)));
    }
    await p.close();
  });

  it('downloads the pack as one self-contained HTML handout for Moodle: no script, every link absolute', async () => {
    const corpus = loadCorpus();
    const ids = corpus.findings.slice(0, 3).map((f) => f.id);
    const p = await harness.open(`/pack/?findings=${ids.join(',')}&title=Minggu%203`);
    await p.waitForSelector('.pack-findings:not([hidden]) .finding');
    const [download] = await Promise.all([p.waitForEvent('download'), p.click('button.pack-handout')]);
    const html = readFileSync(await download.path(), 'utf8');
    expect(download.suggestedFilename()).toMatch(/\.html$/);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<title>Minggu 3</title>');
    expect(html).not.toMatch(/<script|<button|<input|<textarea/);
    for (const f of corpus.findings.slice(0, 3)) expect(html).toContain(f.text.id.slice(0, 30).replace(/&/g, '&amp;'));
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1] ?? '');
    expect(hrefs.length).toBeGreaterThan(3);
    for (const h of hrefs) expect(h, h).toMatch(/^https?:\/\//);
    await p.close();
  });

  it('adds a discussion question from the teaching page to a pack, which shows it under its case, in either language', async () => {
    const p = await harness.open('/en/teaching/');
    const adder = p.locator('pack-add[data-type="teaching"][data-id*="--q"]').first();
    const id = (await adder.getAttribute('data-id')) ?? '';
    const question = await adder.locator('xpath=ancestor::li[1]').innerText();
    await adder.locator('button').click();
    await p.click('pack-link a');
    await p.waitForSelector('.pack-teaching-items:not([hidden]) .pack-teaching-item');
    expect(new URL(p.url()).searchParams.get('teaching')).toBe(id);
    const shown = await p.locator('.pack-teaching-item > p:not(.meta)').first().innerText();
    expect(shown.length).toBeGreaterThan(20);
    expect(question.replace(/\s+/g, ' ')).toContain(shown.replace(/\s+/g, ' ').slice(0, 60));
    await p.close();
    // The same link in Indonesian brings the Indonesian question (the id names no language).
    const q = await harness.open(`/pack/?teaching=${id}`);
    await q.waitForSelector('.pack-teaching-item');
    const indonesian = await q.locator('.pack-teaching-item > p:not(.meta)').first().innerText();
    expect(indonesian.length).toBeGreaterThan(20);
    expect(indonesian).not.toBe(shown);
    expect(harness.seen.errors).toEqual([]);
    await q.close();
  });
});
