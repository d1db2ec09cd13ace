/** Narratives rendered at load time: HTML, component placeholders, headings, and precise problems. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { narrativeFromFile, narrativeParts, renderNarrative } from '../../../src/lib/content/narrative.ts';

describe('renderNarrative', () => {
  it('renders Markdown with GFM and smart punctuation, and gives headings ids', () => {
    const r = renderNarrative(
      '## Konteks & "hasil"\n\nTeks *miring* -- ya.\n\n## Konteks & "hasil"\n\n| a | b |\n|---|---|\n| 1 | 2 |\n',
    );
    expect(r.problems).toEqual([]);
    expect(r.headings).toEqual([
      { depth: 2, slug: 'konteks--hasil', text: 'Konteks & “hasil”' },
      { depth: 2, slug: 'konteks--hasil-1', text: 'Konteks & “hasil”' },
    ]);
    expect(r.html).toContain('<h2 id="konteks--hasil">Konteks &#x26; “hasil”</h2>');
    expect(r.html).toContain('<em>miring</em> – ya.');
    expect(r.html).toContain('<td>2</td>');
  });

  it('turns <Cite> and <Concept> into placeholders and records where they are', () => {
    const r = renderNarrative(
      'Kerja sama <Concept c="sister-city">sister *city*</Concept> berjalan.<Cite f="a-b" />\n',
    );
    expect(r.problems).toEqual([]);
    expect(r.html).toBe(
      '<p>Kerja sama <atlas-concept c="sister-city">sister <em>city</em></atlas-concept> berjalan.<atlas-cite f="a-b"></atlas-cite></p>',
    );
    expect(r.cites).toEqual([{ id: 'a-b', line: 1, column: 70 }]);
    expect(r.concepts).toEqual([{ id: 'sister-city', line: 1, column: 12 }]);
  });

  it('checks without serialising when asked (the content check)', () => {
    const source = 'Teks <Cite f="a-b" /> <Foo />\n';
    const full = renderNarrative(source);
    const checked = renderNarrative(source, { html: false });
    expect(checked.html).toBe('');
    expect(full.html).toContain('<p>Teks');
    expect({ ...checked, html: full.html }).toEqual(full);
  });

  it('drops {/* comments */} but reports imports, expressions and other components by line and column', () => {
    const r = renderNarrative(
      'import X from \'./x.astro\'\n\nTeks {/* catatan */} <X /> dan {1 + 1}.\n\n<Cite f={id} />\n\n<Concept c="k"><Cite f="a" /></Concept>\n',
    );
    expect(r.html).not.toContain('catatan');
    const expected: [number, number, string][] = [
      [1, 1, 'cannot import or export'],
      [3, 22, 'unknown component <X>'],
      [3, 32, 'cannot contain {expressions}: "{1 + 1}"'],
      [5, 1, 'must be a non-empty quoted string'],
      [7, 16, '<Cite> cannot be used inside <Concept>'],
    ];
    expect(r.problems.map((p) => [p.line, p.column])).toEqual(expected.map(([line, column]) => [line, column]));
    r.problems.forEach((p, i) => {
      expect(p.message).toContain(expected[i]?.[2]);
    });
  });

  it('reports a component without its attribute, and <Concept> without a term', () => {
    const r = renderNarrative('A <Cite /> b <Concept c="k" /> c <Cite f="x" g="y" />\n');
    expect(r.problems.map((p) => p.message)).toEqual([
      '<Cite> needs f="…"',
      '<Concept> needs the term it links: <Concept c="concept-id">term</Concept>',
      '<Cite> takes only f="…" (found g)',
    ]);
  });
});

describe('narrativeParts', () => {
  it('splits rendered HTML at the placeholders, in order, keeping everything else', () => {
    const { html } = renderNarrative(
      'Satu <Concept c="para">paradiplomasi</Concept> dua.<Cite f="f-1" /> Tiga.<Cite f="f-2" />\n',
    );
    expect(narrativeParts(html)).toEqual([
      { kind: 'html', html: '<p>Satu ' },
      { kind: 'concept', concept: 'para', html: 'paradiplomasi' },
      { kind: 'html', html: ' dua.' },
      { kind: 'cite', finding: 'f-1' },
      { kind: 'html', html: ' Tiga.' },
      { kind: 'cite', finding: 'f-2' },
      { kind: 'html', html: '</p>' },
    ]);
  });

  it('gives the HTML back whole when there is nothing to replace', () => {
    expect(narrativeParts('<p>a</p>')).toEqual([{ kind: 'html', html: '<p>a</p>' }]);
  });
});

describe('narrativeFromFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-narrative-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  it('renders a file into parts and headings', () => {
    const file = join(dir, 'ok.mdx');
    writeFileSync(file, '## Hasil\n\nTeks.<Cite f="x" />\n');
    expect(narrativeFromFile(file)).toEqual({
      parts: [
        { kind: 'html', html: '<h2 id="hasil">Hasil</h2>\n<p>Teks.' },
        { kind: 'cite', finding: 'x' },
        { kind: 'html', html: '</p>' },
      ],
      headings: [{ depth: 2, slug: 'hasil', text: 'Hasil' }],
      items: [],
    });
  });
  it('with items, gives each list item under a ## section an id and lists the findings it cites', () => {
    const file = join(dir, 'items.mdx');
    writeFileSync(file, '## Pertanyaan\n\n1. Satu?<Cite f="a" /><Cite f="b" />\n2. Dua?\n\n## Konsep\n\n- Tiga<Cite f="c" />\n');
    const out = narrativeFromFile(file, { items: true, idPrefix: 'kasus-', shift: 1 });
    expect(out.items).toEqual([
      { id: 'kasus-pertanyaan-1', cites: ['a', 'b'], text: 'Satu?', section: 'Pertanyaan' },
      { id: 'kasus-pertanyaan-2', cites: [], text: 'Dua?', section: 'Pertanyaan' },
      { id: 'kasus-konsep-1', cites: ['c'], text: 'Tiga', section: 'Konsep' },
    ]);
    // Headings keep their written depth, are rendered one level lower, and carry the prefix.
    expect(out.headings).toEqual([
      { depth: 2, slug: 'kasus-pertanyaan', text: 'Pertanyaan' },
      { depth: 2, slug: 'kasus-konsep', text: 'Konsep' },
    ]);
    const html = out.parts.flatMap((p) => (p.kind === 'html' ? [p.html] : [])).join('');
    expect(html).toContain('<h3 id="kasus-pertanyaan">');
    expect(html).toContain('<li id="kasus-pertanyaan-2">');
    expect(out.parts.filter((p) => p.kind === 'item').map((p) => p.item)).toEqual([
      'kasus-pertanyaan-1',
      'kasus-pertanyaan-2',
      'kasus-konsep-1',
    ]);
  });
  it('refuses a file with a problem, naming the file, line and column', () => {
    const file = join(dir, 'bad.mdx');
    writeFileSync(file, 'Teks\n\n<Grafik />\n');
    expect(() => narrativeFromFile(file)).toThrow(`${file} line 3:1: unknown component <Grafik>`);
  });
});
