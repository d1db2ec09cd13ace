/** Atlas lookups (src/lib/model/atlas.ts). */
import { describe, expect, it } from 'vitest';

/** Normalise an SVG for snapshots: one element per line, numbers to one decimal. */

describe('pick', () => {
  it("looks items up by key, in the list's own order, without repeats or unknown keys", async () => {
    const { pick } = await import('../../../src/lib/model/atlas.ts');
    const all = [{ id: 'c' }, { id: 'a' }, { id: 'b' }];
    expect(pick(all, (x) => x.id, ['b', 'zz', 'c', 'b'])).toEqual([{ id: 'c' }, { id: 'b' }]);
    expect(pick(all, (x) => x.id, [])).toEqual([]);
  });
});
