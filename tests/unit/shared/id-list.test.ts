import { describe, expect, it } from 'vitest';
import { parseIds } from '../../../src/lib/shared/id-list.ts';

describe('parseIds', () => {
  it('splits requested ids into known and unknown, in order, without repeats', () => {
    expect(parseIds(['b,a', 'a', ' x ', ''], new Set(['a', 'b']))).toEqual({ found: ['b', 'a'], missing: ['x'] });
  });
});
