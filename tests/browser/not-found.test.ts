/**
 * The 404 page: in the language of the address asked for, with "Did you mean" suggestions from the
 * search index. Mistyped addresses are made from the content (a letter dropped from a case's slug).
 */
import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM } from '../../tools/lib/browser.ts';
import { loadCorpus } from '../../src/lib/content/load.ts';
import { t } from '../../src/i18n/index.ts';
import { useSite } from '../support/site.ts';

/** Console errors other than the 404 response itself. */
const realErrors = (errors: readonly string[]) => errors.filter((e) => !/status of 404/.test(e));

describe.skipIf(!HAS_CHROMIUM)('not found', () => {
  const harness = useSite();
  const corpus = loadCorpus();

  it.each([
    ['en', '/en/'],
    ['id', '/'],
  ] as const)('a mistyped case address in %s suggests the case, in that language only', async (lang, prefix) => {
    for (const c of corpus.cases) {
      // "semarang-jung-gu" → "semarang-jungu": the last hyphen dropped, as a reader might type it.
      const typo = c.slug.includes('-') ? c.slug.replace(/-(?=[^-]*$)/, '') : `${c.slug}x`;
      const p = await harness.open(`${prefix}cases/${typo}/`);
      await p.waitForSelector('section:not([hidden]) .did-you-mean:not([hidden]) a', { timeout: 5000 });
      const seen = await p.evaluate(() => ({
        lang: document.documentElement.lang,
        h1: [...document.querySelectorAll('h1')].map((h) => h.textContent),
        shown: [...document.querySelectorAll<HTMLElement>('[data-not-found-lang]')]
          .filter((s) => !s.hidden)
          .map((s) => s.dataset['notFoundLang']),
        first: document.querySelector('section:not([hidden]) .did-you-mean a')?.getAttribute('href'),
      }));
      expect(seen, typo).toEqual({
        lang,
        h1: [t(lang, 'notFound.title')],
        shown: [lang],
        first: `${prefix}cases/${c.slug}/`,
      });
      expect(realErrors(harness.seen.errors)).toEqual([]);
      await p.close();
    }
  });

  it('answers hostile and meaningless addresses with the page and its links, never an error', async () => {
    for (const path of ['/en/%3Cscript%3Ealert(1)%3C/script%3E/', `/${'x'.repeat(3000)}/`, '/en/cases/%25%25/']) {
      const p = await harness.open(path);
      await p.waitForTimeout(300);
      expect(await p.locator('h1').count(), path).toBe(1);
      expect(await p.locator('section:not([hidden]) a[href]').count(), path).toBeGreaterThanOrEqual(3);
      expect(
        await p.evaluate(() => document.querySelector('script:not([src]):not([type])')?.textContent ?? ''),
        path,
      ).not.toContain('alert');
      expect(realErrors(harness.seen.errors), path).toEqual([]);
      await p.close();
    }
  });
});
