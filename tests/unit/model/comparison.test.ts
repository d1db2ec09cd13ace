import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/lib/content/load.ts';
import { buildAtlas } from '../../../src/lib/model/atlas.ts';
import { compareCase, COMPARE_ROWS } from '../../../src/lib/model/comparison.ts';
import { quoteAnchor } from '../../../src/lib/shared/anchors.ts';
import { routes } from '../../../src/lib/shared/routes.ts';

const labels = { event: (t: string) => t, verdict: (v: string) => v, unknown: 'no date', unnamed: 'unnamed' };
const atlas = buildAtlas(loadCorpus(process.cwd(), 'tests/fixtures/valid'));

describe('compareCase', () => {
  const en = routes('en', '/atlas/');
  const rows = compareCase(atlas, 'kota-uji', en, labels);

  it('gives a case every row, in the table order', () => {
    expect(Object.keys(rows)).toEqual([...COMPARE_ROWS]);
  });

  it('links each item to its evidence in the page language, under the base', () => {
    const hrefs = COMPARE_ROWS.flatMap((row) => rows[row].flatMap((i) => i.href ?? []));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^\/atlas\/en\/(cases|sources)\//);
  });

  it('links an agreement step to the anchor its first quote has on the source page', () => {
    const marks = new Set(atlas.sources.flatMap((s) => s.marks.map((m) => `${s.id}#${m.id}`)));
    const mou = rows.agreement[0];
    expect(mou?.tag).toBe('2019');
    expect(mou?.href).toBe(
      en.source('900_0000000000000000', quoteAnchor({ type: 'event', id: 'alfa-beta', index: 0 }, 1)),
    );
    expect(marks.has(`900_0000000000000000#${mou?.href?.split('#')[1] ?? ''}`)).toBe(true);
  });

  it('lists framework verdicts with unnamed elements labelled, and links a verdict to its finding', () => {
    expect(rows.framework.map((i) => [i.tag, i.text])).toEqual([
      ['not-met', 'Commitment'],
      ['not-stated', 'unnamed'],
    ]);
    expect(rows.framework[0]?.href).toBe(en.finding({ id: 'uji-budget', case: 'kota-uji' }));
  });

  it('marks obstacles and partners from external sources', () => {
    expect(rows.obstacles.map((i) => i.text)).toEqual(['The cooperation is held back by budget.']);
    expect(rows.partners.map((i) => i.text)).toEqual(['Alfa City (Indonesia) – Beta City (Netherlands)']);
  });
});
