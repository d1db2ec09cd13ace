/** Caps and paging (src/lib/model/limits.ts). */
import { describe, expect, it } from 'vitest';

/** Normalise an SVG for snapshots: one element per line, numbers to one decimal. */

describe('limits', () => {
  it('caps and pages lists', async () => {
    const { cap, pages } = await import('../../../src/lib/model/limits.ts');
    expect(cap([1, 2, 3], 2)).toEqual({ shown: [1, 2], hidden: 1 });
    expect(cap([1], 2)).toEqual({ shown: [1], hidden: 0 });
    expect(pages([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages([], 2)).toEqual([[]]);
  });
  it('links a few pages around the current one, not all of them', async () => {
    const { pagerItems } = await import('../../../src/lib/model/limits.ts');
    expect(pagerItems(1, 1)).toEqual([1]);
    expect(pagerItems(2, 4)).toEqual([1, 2, 3, 4]);
    expect(pagerItems(1, 1000)).toEqual([1, 2, 3, 'gap', 1000]);
    expect(pagerItems(500, 1000)).toEqual([1, 'gap', 498, 499, 500, 501, 502, 'gap', 1000]);
    expect(pagerItems(4, 1000)).toEqual([1, 2, 3, 4, 5, 6, 'gap', 1000]);
    expect(pagerItems(1000, 1000)).toEqual([1, 'gap', 998, 999, 1000]);
  });
});
