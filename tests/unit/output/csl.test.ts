import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import {
  apaMany,
  apaReference,
  coins,
  pageRecord,
  thesisRecord,
  toBibtex,
  toCslJson,
  toRis,
} from '../../../src/lib/output/csl.ts';
import type { CaseEntry } from '../../../src/lib/content/validate.ts';

const unknownCase = {
  slug: 'kota-uji',
  title: {
    id: 'Kota Alfa – Kota Beta',
    en: 'Alfa City – Beta City, a test case whose title is long enough to wrap in RIS output',
  },
  summary: { id: 'x', en: 'x' },
  thesis: {
    title: 'unknown',
    author: 'unknown',
    university: 'unknown',
    year: 'unknown',
    degree: 'S1 (skripsi)',
    field: 'unknown',
  },
  pairings: ['a'],
  sectors: ['health'],
  sources: ['s'],
} as CaseEntry;
const V = '1.2.3';
const knownCase = {
  ...unknownCase,
  thesis: {
    ...unknownCase.thesis,
    title: 'Kerja Sama Kota',
    author: ['Siti Contoh'],
    year: 2020,
    university: 'Universitas Uji',
  },
} as CaseEntry;

describe('CSL records', () => {
  it('never invents what the thesis excerpt does not state', () => {
    const r = thesisRecord(unknownCase, 'en');
    expect(r.author).toBeUndefined();
    expect(r.issued).toBeUndefined();
    expect(r.publisher).toBeUndefined();
    expect(r.title).toMatch(/^\[.*title not stated in the excerpt\]$/);
    expect(apaReference(r)).toContain('(n.d.)');
  });

  it('formats many records as standalone references (no 2026a/2026b disambiguation)', () => {
    const a = pageRecord(unknownCase, 'en', 'https://example.org/a/', '2026-11-22', V);
    const b = pageRecord({ ...unknownCase, slug: 'other' }, 'en', 'https://example.org/b/', '2026-11-22', V);
    const out = apaMany([a, b], 'en');
    expect(out.get(a.id)).toMatch(/^Sister City Atlas\. \(2026, November 22\)\./);
    expect(out.get(b.id)).toMatch(/^Sister City Atlas\. \(2026, November 22\)\./);
  });

  it('uses the thesis metadata when it is known', () => {
    const r = thesisRecord(knownCase, 'en');
    expect(apaReference(r)).toMatch(/^Siti Contoh\. \(2020\)\. Kerja Sama Kota/);
  });

  it("formats APA exactly as citation-js's APA 7 style does, for every record shape the atlas cites", () => {
    const variants: CaseEntry['thesis'][] = [
      unknownCase.thesis,
      { ...unknownCase.thesis, degree: 'unknown' },
      knownCase.thesis,
      { ...knownCase.thesis, author: ['Siti Contoh', 'Budi Uji'], university: 'unknown', degree: 'unknown' },
      { ...knownCase.thesis, author: ['A Satu', 'B Dua', 'C Tiga'] },
      { ...knownCase.thesis, title: 'Kota kembar?', author: 'unknown', degree: 'unknown' },
      { ...knownCase.thesis, title: 'Kota kembar', author: 'unknown' },
    ];
    const records = [
      ...variants.map((thesis, i) => thesisRecord({ ...unknownCase, slug: `v${i}`, thesis }, 'en')),
      pageRecord(unknownCase, 'en', 'https://example.org/en/cases/kota-uji/', '2026-11-02', V),
      pageRecord({ ...unknownCase, slug: 'b' }, 'id', 'https://example.org/cases/b/', '2026-01-15', V),
    ];
    // One record per call: a standalone reference, as on the site (no 2026a/2026b across records).
    const citeproc = (r: (typeof records)[number]) =>
      new Cite([r]).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }).trim();
    // citeproc's APA style omits a web page's version, which APA 7 (10.10) puts after the title.
    for (const r of records) expect(apaReference(r).replace(` (Version ${V})`, ''), r.id).toBe(citeproc(r));
    const idPage = pageRecord(unknownCase, 'id', 'https://example.org/cases/kota-uji/', '2026-01-15', V);
    expect(apaReference(idPage)).toContain(`Kota Alfa – Kota Beta (Version ${V}).`);
  });

  it('omits "Retrieved from" for an undated page (citeproc would print a bare "Retrieved <url>")', () => {
    const r = pageRecord(unknownCase, 'id', 'https://example.org/cases/kota-uji/', undefined, V);
    expect(apaReference(r)).toBe(
      `Sister City Atlas. (n.d.). Kota Alfa – Kota Beta (Version ${V}). Sister City Atlas (Atlas Kota Kembar). https://example.org/cases/kota-uji/`,
    );
  });

  it('writes Indonesian references with Indonesian words: t.t., Versi, day before month, skripsi', () => {
    const page = pageRecord(unknownCase, 'id', 'https://example.org/cases/kota-uji/', '2026-01-05', V);
    expect(apaReference(page, 'id')).toBe(
      `Sister City Atlas. (2026, 5 Januari). Kota Alfa – Kota Beta (Versi ${V}). Sister City Atlas (Atlas Kota Kembar). https://example.org/cases/kota-uji/`,
    );
    const thesis = thesisRecord(unknownCase, 'id');
    expect(thesis.title).toBe('[Skripsi tentang Kota Alfa – Kota Beta; judul tidak disebut dalam kutipan]');
    expect(apaReference(thesis, 'id')).toContain('(t.t.)');
    expect(apaReference(thesis, 'id')).not.toMatch(/n\.d\.|thesis|title/i);
  });

  it('round-trips through BibLaTeX, RIS and CSL-JSON with title, type, year, authors and institution', async () => {
    const records = [
      pageRecord(unknownCase, 'en', 'https://example.org/en/cases/kota-uji/', '2026-11-22', V),
      thesisRecord(knownCase, 'en'),
      thesisRecord(
        {
          ...knownCase,
          slug: 'two',
          thesis: {
            ...knownCase.thesis,
            title: 'Kerja sama 50% & {kota} #1_a ~ b^2',
            author: ['Siti Contoh', 'Budi Uji'],
          },
        },
        'en',
      ),
    ];
    for (const text of [toBibtex(records), toRis(records), toCslJson(records)]) {
      const back = (await Cite.async(text)).data;
      expect(back.map((d) => d.type)).toEqual(['webpage', 'thesis', 'thesis']);
      expect(back.map((d) => d.title)).toEqual(records.map((r) => r.title));
      expect(back.map((d) => d.issued?.['date-parts'][0]?.[0])).toEqual([2026, 2020, 2020]);
      expect(back[2]?.author?.map((a) => a.literal ?? a.family)).toEqual(['Siti Contoh', 'Budi Uji']);
      expect(back[1]?.publisher).toBe('Universitas Uji');
    }
  });

  it("writes BibLaTeX keyed by the records' citation keys, with LaTeX specials escaped", () => {
    const bib = toBibtex([
      thesisRecord({ ...knownCase, thesis: { ...knownCase.thesis, title: '50% & $x$ #1_a' } }, 'en'),
    ]);
    expect(bib).toMatch(/^@thesis\{thesis-kota-uji,\n/);
    expect(bib).toContain('title = {50\\% \\& \\$x\\$ \\#1\\_a},');
    // Capitalised words (the names) are protected one by one, so sentence-case styles keep them only.
    const page = {
      ...unknownCase,
      title: { ...unknownCase.title, en: 'Semarang – Jung-gu (Ulsan), cooperation in five fields' },
    };
    expect(toBibtex([pageRecord(page, 'en', 'https://example.org/', undefined, V)])).toContain(
      'title = {{Semarang} – {Jung-gu} ({Ulsan}), cooperation in five fields},',
    );
    expect(bib).toContain('institution = {Universitas Uji},');
    expect(bib).toContain('langid = {indonesian},');
    expect(toBibtex([pageRecord(unknownCase, 'en', 'https://example.org/', '2026-01-05', V)])).toContain(
      `version = {${V}},`,
    );
  });

  it('writes RIS one tag per line, never wrapping a long title, and leaves unknown fields out', () => {
    const ris = toRis([thesisRecord(unknownCase, 'en')]);
    const lines = ris.trimEnd().split('\n');
    expect(lines[0]).toBe('TY  - THES');
    expect(lines.at(-1)).toBe('ER  -');
    expect(lines.every((l) => /^[A-Z][A-Z0-9] {2}-( |$)/.test(l))).toBe(true);
    expect(lines.some((l) => /^(AU|PY|PB) {2}-/.test(l))).toBe(false);
    expect(lines).toContain(`TI  - ${thesisRecord(unknownCase, 'en').title}`);
  });

  it('derives the COinS from the same record: a Dublin Core web page with a corporate author', () => {
    const record = pageRecord(unknownCase, 'id', 'https://example.org/cases/kota-uji/', '2026-01-05', V);
    const co = new URLSearchParams(coins(record, 'Ringkasan & lain-lain'));
    expect([...co.keys()]).toEqual([
      'ctx_ver',
      'rft_val_fmt',
      'rft.type',
      'rft.title',
      'rft.aucorp',
      'rft.date',
      'rft.source',
      'rft.identifier',
      'rft.language',
      'rft.description',
    ]);
    expect(co.get('rft.title')).toBe('Kota Alfa – Kota Beta');
    expect(co.get('rft.aucorp')).toBe('Sister City Atlas');
    expect(co.get('rft.date')).toBe('2026-01-05');
    expect(co.get('rft.description')).toBe('Ringkasan & lain-lain');
    const undated = new URLSearchParams(coins(pageRecord(unknownCase, 'id', 'https://example.org/', undefined, V)));
    expect(undated.has('rft.date')).toBe(false);
    expect(undated.has('rft.description')).toBe(false);
  });
});
