import { describe, expect, it } from 'vitest';
import {
  isEmptyPack,
  PACK_NOTE_MAX,
  PACK_TITLE_MAX,
  packQuery,
  parsePack,
} from '../../../src/lib/shared/pack-state.ts';

describe('reading-pack state', () => {
  it('parses and serialises the pack URL, dropping malformed ids', () => {
    const s = parsePack(
      '?findings=a-1,b-2,a-1,<script>&cases=c&title=Week%203&note=Read%20by%20Friday%0Athen%20discuss',
    );
    expect(s).toEqual({
      findings: ['a-1', 'b-2'],
      cases: ['c'],
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
});
