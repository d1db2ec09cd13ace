import { describe, expect, it } from 'vitest';
import {
  isEmptyPack,
  PACK_NOTE_MAX,
  PACK_TITLE_MAX,
  packQuery,
  parsePack,
  parseTeachingItem,
  teachingItemId,
} from '../../../src/lib/shared/pack-state.ts';

describe('reading-pack state', () => {
  it('parses and serialises the pack URL, dropping malformed ids', () => {
    const s = parsePack(
      '?findings=a-1,b-2,a-1,<script>&cases=c&title=Week%203&note=Read%20by%20Friday%0Athen%20discuss',
    );
    expect(s).toEqual({
      findings: ['a-1', 'b-2'],
      cases: ['c'],
      teaching: [],
      title: 'Week 3',
      note: 'Read by Friday\nthen discuss',
    });
    expect(packQuery(s)).toBe('?findings=a-1,b-2&cases=c&title=Week%203&note=Read%20by%20Friday%0Athen%20discuss');
    expect(parsePack(`?note=${'x'.repeat(5000)}&title=${'y'.repeat(5000)}`)).toMatchObject({
      note: 'x'.repeat(PACK_NOTE_MAX),
      title: 'y'.repeat(PACK_TITLE_MAX),
    });
    expect(isEmptyPack(parsePack(''))).toBe(true);
  });

  it('keeps teaching items by a language-neutral id, and drops any that is not one', () => {
    const id = teachingItemId({ case: 'kota-uji', kind: 'q', n: 2 });
    expect(id).toBe('kota-uji--q2');
    expect(parseTeachingItem(id)).toEqual({ case: 'kota-uji', kind: 'q', n: 2 });
    for (const bad of ['kota-uji--x2', 'kota-uji--q0', 'kota-uji-q2', '--o1', 'kota-uji--o1000'])
      expect(parseTeachingItem(bad), bad).toBeUndefined();
    const s = parsePack('?teaching=kota-uji--o1,kota-uji--q9,nope,kota-uji--o1');
    expect(s.teaching).toEqual(['kota-uji--o1', 'kota-uji--q9']);
    expect(packQuery(s)).toBe('?teaching=kota-uji--o1,kota-uji--q9');
    expect(isEmptyPack(s)).toBe(false);
  });
});
