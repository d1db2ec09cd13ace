/**
 * Across languages: a query that finds few findings in this language's index, and more in the other
 * language's, says so and links the same search there. Words are drawn from the English findings.
 */
import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM } from '../../tools/lib/browser.ts';
import { loadCorpus } from '../../src/lib/content/load.ts';
import { useSite } from '../support/site.ts';

const findingsIn = (status: string | null) => Number(/^(\d+) (temuan|findings?) /.exec(status ?? '')?.[1] ?? 0);

describe.skipIf(!HAS_CHROMIUM)('search across languages', () => {
  const harness = useSite();

  it('offers the other language when it lists more findings for the same search', { timeout: 300_000 }, async () => {
    const corpus = loadCorpus();
    const words = [
      ...new Set(
        corpus.findings.flatMap((f) => f.text.en.toLowerCase().split(/[^\p{L}]+/u)).filter((w) => w.length >= 6),
      ),
    ].slice(0, 40);
    let offered = 0;
    for (const w of words) {
      if (offered >= 2) break;
      const p = await harness.open(`/search/?q=${encodeURIComponent(w)}`);
      await p.waitForFunction(() => /\d|Tidak ada/.test(document.querySelector('.status')?.textContent ?? ''));
      const here = findingsIn(await p.textContent('.status'));
      // The other index is asked only after the listing: give it the time a first query takes.
      const note = p.locator('.other-lang:not([hidden])');
      await note.waitFor({ timeout: 3000 }).catch(() => undefined);
      if ((await note.count()) === 0) {
        await p.close();
        continue;
      }
      offered++;
      const link = await note.locator('a').getAttribute('href');
      expect(link).toBe(`/en/search/?q=${encodeURIComponent(w).replace(/%20/g, '+')}`);
      expect(await p.evaluate(() => document.documentElement.lang)).toBe('id');
      const there = Number(/(\d+) temuan/.exec((await note.textContent()) ?? '')?.[1]);
      expect(there, w).toBeGreaterThan(here);
      // The number is what the other language's search page lists.
      await note.locator('a').click();
      await p.waitForURL(/\/en\/search\//);
      await p.waitForFunction(() => /\d|No results/.test(document.querySelector('.status')?.textContent ?? ''));
      expect(findingsIn(await p.textContent('.status')), w).toBe(there);
      expect(harness.seen.errors).toEqual([]);
      await p.close();
    }
    expect(offered).toBeGreaterThan(0);
  });
});
