import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../../src/lib/model/atlas.ts';
import { compareCase, COMPARE_ROWS, parseIds } from '../../src/lib/model/comparison.ts';
import { readCorpus } from '../../src/lib/content/read.ts';
import { loadCorpus } from '../../src/lib/content/load.ts';
import { isEmptyPack, packQuery, parsePack } from '../../src/lib/shared/pack-state.ts';

const labels = { event: (t: string) => t, verdict: (v: string) => v, unknown: 'no date', unnamed: 'unnamed' };

describe('compare', () => {
  const atlas = buildAtlas(loadCorpus(process.cwd(), 'content'));
  it('splits requested ids into known and unknown, in order, without repeats', () => {
    expect(parseIds(['b,a', 'a', ' x ', ''], new Set(['a', 'b']))).toEqual({ found: ['b', 'a'], missing: ['x'] });
  });
  it('gives every case the same rows, each item linking to evidence', () => {
    const semarang = compareCase(atlas, 'semarang-jung-gu', 'en', labels);
    expect(Object.keys(semarang)).toEqual([...COMPARE_ROWS]);
    expect(semarang.framework.filter((i) => i.tag === 'not-met')).toHaveLength(3);
    expect(semarang.framework.filter((i) => i.text === 'unnamed')).toHaveLength(2);
    expect(semarang.agreement.map((i) => i.tag)).toEqual(['2013', '25 November 2016', '2018']);
    expect(semarang.agreement[0]?.external).toBe(true);
    expect(semarang.sectorsAgreed.length).toBe(6);
    for (const row of COMPARE_ROWS) for (const item of semarang[row]) if (item.href) expect(item.href).toMatch(/^\/(cases|sources)\//);
    const bandung = compareCase(atlas, 'bandung-kawasaki', 'en', labels);
    expect(bandung.framework).toEqual([]);
    expect(bandung.sectorsRealised.map((i) => i.text)).toEqual(['Environment']);
  });
});

describe('reading packs', () => {
  it('parses and serialises the pack URL, dropping malformed ids', () => {
    const s = parsePack('?findings=a-1,b-2,a-1,<script>&cases=c&title=Week%203');
    expect(s).toEqual({ findings: ['a-1', 'b-2'], cases: ['c'], title: 'Week 3' });
    expect(packQuery(s)).toBe('?findings=a-1,b-2&cases=c&title=Week%203');
    expect(isEmptyPack(parsePack(''))).toBe(true);
  });
});

describe('teaching notes', () => {
  it('exist in both languages for every real case', () => {
    const raw = readCorpus(process.cwd(), 'content');
    for (const c of raw.cases) for (const lang of ['id', 'en']) expect(raw.narratives.has(`teaching/${c.folder}/${lang}`), `${c.folder} ${lang}`).toBe(true);
  });
});
