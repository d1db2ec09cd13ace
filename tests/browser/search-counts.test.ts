/**
 * Facet counts are finding counts: in Chromium, over queries drawn from the content and facet
 * combinations in both languages, the number beside each value is the number of listed findings
 * with that value once it is chosen; values that would list none are disabled. The facet values of
 * each listed finding are read from the published findings.csv, not from the search's own index.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM } from '../../tools/lib/browser.ts';
import { DIST } from '../../tools/lib/dist.ts';
import { facetValues, searchStateToQuery, type Facet } from '../../src/lib/shared/search-state.ts';
import { loadCorpus } from '../../src/lib/content/load.ts';
import { useSite } from '../support/site.ts';

type Filters = Partial<Record<Facet, string[]>>;

const split = (cell: string | undefined) => (cell ? cell.split('; ').filter((x) => x !== '') : []);
const published = new Map(
  csvParse(readFileSync(join(DIST, 'data', 'findings.csv'), 'utf8')).map((r) => [
    r['id'] ?? '',
    {
      id: r['id'] ?? '',
      kind: r['kind'] ?? '',
      case: r['case'] ?? '',
      sector: split(r['sectors']),
      city: split(r['cities']),
      country: split(r['countries']).map((c) => c.toLowerCase()),
    },
  ]),
);

/** Queries from the content: a long word of the first finding of each case, in each language. */
function queriesFrom(lang: 'id' | 'en'): string[] {
  const corpus = loadCorpus();
  const words = corpus.cases.flatMap((c) => {
    const text = corpus.findings.find((f) => f.case === c.slug)?.text[lang] ?? '';
    return text
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length >= 7)
      .slice(0, 1);
  });
  return [...new Set(words.map((w) => w.toLowerCase()))].slice(0, 3);
}

/** Opens a search state and waits until its listing and counts are complete (every batch shown). */
async function settle(p: Page): Promise<void> {
  await p.waitForFunction(() => {
    const s = document.querySelector('.status')?.textContent ?? '';
    return s !== '' && !s.endsWith('…') && document.querySelector('fieldset[data-facet] li[data-count]') !== null;
  });
  while ((await p.locator('button.more').count()) > 0) {
    const n = await p.locator('.results > li').count();
    await p.click('button.more');
    await p.waitForFunction((k) => document.querySelectorAll('.results > li').length > k, n);
  }
}

const listed = (p: Page) =>
  p
    .locator('.results li[data-finding]')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['finding'] ?? ''));

const shownCounts = (p: Page) =>
  p.locator('fieldset[data-facet] li[data-value]').evaluateAll((lis) =>
    lis.map((li) => ({
      facet: li.closest<HTMLElement>('fieldset')?.dataset['facet'] ?? '',
      value: (li as HTMLElement).dataset['value'] ?? '',
      count: Number((li as HTMLElement).dataset['count']),
      disabled: li.querySelector('input')?.disabled ?? false,
      checked: li.querySelector('input')?.checked ?? false,
    })),
  );

describe.skipIf(!HAS_CHROMIUM)('search counts findings', () => {
  const harness = useSite();

  /** Every value shown with a count: chosen, it lists exactly that many findings carrying it. */
  async function checkState(lang: 'id' | 'en', q: string, filters: Filters): Promise<number> {
    const prefix = lang === 'en' ? '/en' : '';
    const path = `${prefix}/search/${searchStateToQuery({ q, filters })}`;
    const p = await harness.open(path);
    await settle(p);
    const counts = await shownCounts(p);
    let checked = 0;
    for (const c of counts) {
      expect(c.disabled, `${path}: ${c.facet}=${c.value} (${c.count})`).toBe(c.count === 0 && !c.checked);
      if (c.count === 0 || c.checked) continue;
      const facet = c.facet as Facet;
      const chosen: Filters = { ...filters, [facet]: [...(filters[facet] ?? []), c.value] };
      const next = `${prefix}/search/${searchStateToQuery({ q, filters: chosen })}`;
      await p.goto(harness.site.url(next));
      await settle(p);
      const ids = await listed(p);
      const withValue = ids.filter((id) => {
        const f = published.get(id);
        return f !== undefined && facetValues(f, facet).includes(c.value);
      });
      expect(withValue.length, `${path}: ${facet}=${c.value} shows (${c.count}); ${next} lists`).toBe(c.count);
      // A facet not in use before: everything listed carries the value.
      if ((filters[facet] ?? []).length === 0) expect(ids.length, next).toBe(c.count);
      checked++;
    }
    expect(harness.seen.errors).toEqual([]);
    await p.close();
    return checked;
  }

  it('holds for queries from the content, in both languages', { timeout: 600_000 }, async () => {
    let checked = 0;
    for (const lang of ['id', 'en'] as const) {
      const queries = queriesFrom(lang);
      expect(queries.length).toBeGreaterThan(0);
      for (const q of queries) checked += await checkState(lang, q, {});
    }
    expect(checked).toBeGreaterThan(0);
  });

  it(
    'holds with facets in use, with and without a query (a second value of a facet in use too)',
    { timeout: 600_000 },
    async () => {
      const first = [...published.values()][0];
      expect(first).toBeDefined();
      if (!first) return;
      const sector = first.sector[0];
      const states: Filters[] = [
        { kind: [first.kind] },
        sector ? { sector: [sector], kind: [first.kind] } : { case: [first.case] },
      ];
      let checked = 0;
      for (const filters of states) {
        checked += await checkState('id', '', filters);
        checked += await checkState('en', queriesFrom('en')[0] ?? '', filters);
      }
      expect(checked).toBeGreaterThan(0);
    },
  );

  it('lists no case without a finding once a filter is chosen, and every listed finding matches every filter', async () => {
    const kind = [...published.values()][0]?.kind ?? '';
    const p = await harness.open(`/en/search/?kind=${kind}`);
    await settle(p);
    const groups = await p
      .locator('.results > li')
      .evaluateAll((lis) => lis.map((li) => li.querySelectorAll('[data-finding]').length));
    expect(groups.length).toBeGreaterThan(0);
    expect(groups.every((n) => n > 0)).toBe(true);
    const ids = await listed(p);
    expect(ids.map((id) => published.get(id)?.kind)).toEqual(ids.map(() => kind));
    // Browsing lists every finding of that kind in the atlas.
    expect(ids.sort()).toEqual(
      [...published.values()]
        .filter((f) => f.kind === kind)
        .map((f) => f.id)
        .sort(),
    );
    await p.close();
  });

  it('browses from the findings listing into search: each sector, kind and city link lists as many findings as it says', async () => {
    const p = await harness.open('/en/findings/');
    const links = await p.locator('.browse-findings li').evaluateAll((lis) =>
      lis.map((li) => ({
        href: li.querySelector('a')?.getAttribute('href') ?? '',
        count: Number(/\((\d+)\)/.exec(li.textContent)?.[1]),
      })),
    );
    expect(links.length).toBeGreaterThan(0);
    const kinds = links.filter((l) => l.href.includes('?kind='));
    expect(kinds.length).toBeGreaterThan(0);
    // Kinds partition the findings: their counts add up to all of them.
    expect(kinds.reduce((n, l) => n + l.count, 0)).toBe(published.size);
    for (const l of [links[0], kinds[0], links[links.length - 1]]) {
      if (!l) continue;
      await p.goto(harness.site.url(l.href));
      await settle(p);
      expect((await listed(p)).length, l.href).toBe(l.count);
    }
    expect(harness.seen.errors).toEqual([]);
    await p.close();
  });

  it("downloads exactly the listed findings as CSV, with the published table's columns", async () => {
    const kind = [...published.values()][0]?.kind ?? '';
    for (const path of [`/en/search/?kind=${kind}`, `/search/?q=${queriesFrom('id')[0] ?? ''}`]) {
      const p = await harness.open(path);
      await settle(p);
      const ids = await listed(p);
      expect(ids.length, path).toBeGreaterThan(0);
      const [download] = await Promise.all([p.waitForEvent('download'), p.click('button.download-csv')]);
      expect(download.suggestedFilename()).toMatch(/^atlas-findings-[\p{L}\p{N}-]+\.csv$/u);
      const text = readFileSync(await download.path(), 'utf8');
      const rows = csvParse(text);
      expect(
        rows.map((r) => r['id']),
        path,
      ).toEqual(ids);
      expect(rows.columns).toEqual(csvParse(readFileSync(join(DIST, 'data', 'findings.csv'), 'utf8')).columns);
      expect(harness.seen.errors).toEqual([]);
      await p.close();
    }
  });
});
