import { describe, expect, it } from 'vitest';
import { fold, locateQuote, parseSource, segmentBlock } from '../../../src/lib/content/excerpt.ts';

const SAMPLE =
  '## **BAB V**\n\nKerja sama *Sister City* Ambon-Darwin\nsedang   berlangsung.\n\nKalimat kedua dengan **tebal** dan_garis_bawah.';

describe('parseSource', () => {
  it('splits blocks, strips heading and emphasis markers, records emphasis ranges', () => {
    const p = parseSource(SAMPLE);
    expect(p.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'paragraph']);
    expect(p.plain.slice(p.blocks[0]!.start, p.blocks[0]!.end)).toBe('BAB V');
    expect(p.plain).toContain('Kerja sama Sister City Ambon-Darwin\nsedang   berlangsung.');
    expect(p.emphasis.map((r) => p.plain.slice(r.start, r.end))).toEqual(['BAB V', 'Sister City', 'tebal']);
    // An underscore inside a word is text, not emphasis.
    expect(p.plain).toContain('dan_garis_bawah');
  });
});

describe('fold and locateQuote', () => {
  it('folds whitespace and emphasis markers and maps back to original offsets', () => {
    const { folded, map } = fold('  a *b*\n\n c ');
    expect(folded).toBe('a b c');
    expect(map).toHaveLength(folded.length);
  });

  it('finds a quote across line breaks, extra spaces and emphasis', () => {
    const p = parseSource(SAMPLE);
    const r = locateQuote(p.plain, 'Kerja sama *Sister City* Ambon-Darwin sedang berlangsung');
    expect(r).not.toBeNull();
    expect(p.plain.slice(r!.start, r!.end)).toBe('Kerja sama Sister City Ambon-Darwin\nsedang   berlangsung');
  });

  it('rejects a quote that differs in a word or a letter', () => {
    const p = parseSource(SAMPLE);
    expect(locateQuote(p.plain, 'Kerja sama Sister City Ambon-Darwin sudah berlangsung')).toBeNull();
    expect(locateQuote(p.plain, 'kerja sama Sister City')).toBeNull();
    expect(locateQuote(p.plain, '   ')).toBeNull();
  });
});

describe('segmentBlock', () => {
  it('cuts a block at emphasis and mark boundaries, with anchors where marks start', () => {
    const p = parseSource(SAMPLE);
    const block = p.blocks[1]!;
    const r = locateQuote(p.plain, 'Sister City Ambon')!;
    const segs = segmentBlock(p, block, [{ ...r, id: 'q1' }]);
    expect(segs.map((s) => s.text).join('')).toBe(p.plain.slice(block.start, block.end));
    const marked = segs.filter((s) => s.marks.includes('q1'));
    expect(marked.map((s) => s.text).join('')).toBe('Sister City Ambon');
    expect(marked[0]!.anchors).toEqual(['q1']);
    expect(marked[0]!.em).toBe(true);
    expect(marked[1]!.em).toBe(false);
  });

  it('handles overlapping marks', () => {
    const p = parseSource('Satu dua tiga empat.');
    const b = p.blocks[0]!;
    const a = { ...locateQuote(p.plain, 'Satu dua tiga')!, id: 'a' };
    const c = { ...locateQuote(p.plain, 'dua tiga empat')!, id: 'c' };
    const segs = segmentBlock(p, b, [a, c]);
    expect(segs.map((s) => [s.text, s.marks])).toEqual([
      ['Satu ', ['a']],
      ['dua tiga', ['a', 'c']],
      [' empat', ['c']],
      ['.', []],
    ]);
  });
});
