/** tools/lib/finding-index.ts on a hand-written Pagefind bundle: fragments in, buckets out. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { indexBundles, readFragments, writeFindingIndex } from '../../../tools/lib/finding-index.ts';
import { indexedPage, parseBucket } from '../../../src/lib/shared/finding-index.ts';

const work = mkdtempSync(join(tmpdir(), 'atlas-findex-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

const anchor = (element: string, id: string, location: number) => ({ element, id, text: id, location });
type Row = [string, string, string[], string[], string[]];
const fragment = (url: string, slug: string, findings: Row[]) => ({
  url,
  word_count: 300,
  meta: { title: 'T', findings: JSON.stringify(findings) },
  filters: { case: [slug] },
  anchors: [
    anchor('p', 'summary', 8),
    anchor('h2', 'thesis', 20),
    anchor('h2', 'findings', 100),
    anchor('h4', 'f1', 110),
    anchor('li', 'q-f1-1', 120),
    anchor('h4', 'f2', 150),
  ],
});

function bundle(name: string, files: Record<string, unknown>): string {
  const dir = join(work, name);
  mkdirSync(join(dir, 'fragment'), { recursive: true });
  for (const [id, json] of Object.entries(files))
    writeFileSync(join(dir, 'fragment', `${id}.pf_fragment`), gzipSync(`pagefind_dcd${JSON.stringify(json)}`));
  return dir;
}

const rows: Row[] = [
  ['f1', 'obstacle', ['health'], ['alfa'], ['id']],
  ['f2', 'outcome', [], [], []],
];

describe('building the finding index', () => {
  it("gives each finding its section's words: from its heading to the next heading, and the head up to the first anchor", () => {
    const p = indexedPage('en_abc', fragment('/en/cases/k/', 'k', rows));
    expect(p).toEqual({
      page: 'en_abc',
      case: 'k',
      head: 8,
      findings: [
        {
          id: 'f1',
          kind: 'obstacle',
          sector: ['health'],
          city: ['alfa'],
          country: ['id'],
          case: 'k',
          start: 110,
          end: 150,
        },
        { id: 'f2', kind: 'outcome', sector: [], city: [], country: [], case: 'k', start: 150, end: 300 },
      ],
    });
    // Not a case page (no findings meta): not in the index.
    expect(indexedPage('en_abd', { ...fragment('/en/about/', 'k', []), meta: {} })).toBeUndefined();
  });

  it('fails, naming the page and the finding, when a finding has no heading on its page', () => {
    const f = fragment('/en/cases/k/', 'k', [...rows, ['f3', 'context', [], [], []]]);
    expect(() => indexedPage('en_abc', f)).toThrow('finding index: /en/cases/k/ › f3: the finding has no heading');
  });

  it('reads single fragments and fragment groups, refuses other files, and writes every bucket', () => {
    const one = bundle('one', {
      en_a00: fragment('/en/cases/k/', 'k', rows),
      id_b00: fragment('/cases/k/', 'k', rows),
    });
    const two = bundle('two', { group1: { en_c00: fragment('/en/cases/m/', 'm', rows) } });
    expect([...readFragments(two).keys()]).toEqual(['en_c00']);
    const byLang = indexBundles([one, two]);
    expect(byLang.get('en')?.map((p) => p.case)).toEqual(['k', 'm']);
    expect(writeFindingIndex(one, byLang)).toBe(0);
    expect(readdirSync(join(one, 'atlas-findings')).sort()).toEqual(['en.json', 'id.json']);
    const en = parseBucket(JSON.parse(readFileSync(join(one, 'atlas-findings', 'en.json'), 'utf8')), 'en.json');
    expect(en.map((p) => `${p.page} ${p.case}`)).toEqual(['en_a00 k', 'en_c00 m']);
    const bad = bundle('bad', { en_d00: { nope: true } });
    expect(() => readFragments(bad)).toThrow(/bad\/fragment\/en_d00\.pf_fragment: neither a page fragment/);
  });
});
