import { describe, expect, it } from 'vitest';
import { isEmptyPack, packQuery, parsePack } from '../../../src/lib/shared/pack-state.ts';

describe('reading-pack state', () => {
  it('parses and serialises the pack URL, dropping malformed ids', () => {
    const s = parsePack('?findings=a-1,b-2,a-1,<script>&cases=c&title=Week%203');
    expect(s).toEqual({ findings: ['a-1', 'b-2'], cases: ['c'], title: 'Week 3' });
    expect(packQuery(s)).toBe('?findings=a-1,b-2&cases=c&title=Week%203');
    expect(isEmptyPack(parsePack(''))).toBe(true);
  });
});
