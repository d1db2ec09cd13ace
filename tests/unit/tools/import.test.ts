/** Importing an excerpt (tools/lib/import/): text from .txt, .md, .docx and .pdf files made for the test. */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractText } from '../../../tools/lib/import/extract.ts';
import { joinLines, pagesToText } from '../../../tools/lib/import/pdf-layout.ts';
import { readSource, writeSource } from '../../../tools/lib/import/source.ts';
import { makeDocx, makePdf } from '../../support/make-files.ts';

const work = mkdtempSync(join(tmpdir(), 'atlas-import-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

const BODY = [
  'Kerja sama sister city antara kedua kota telah berjalan dengan baik di bidang pendi-',
  'dikan dan kebudayaan, meskipun kota-',
  'kota mitra menghadapi kendala anggaran.',
];

describe('PDF layout repair', () => {
  it('joins words hyphenated at a line break, but keeps reduplication and capitals', () => {
    expect(joinLines(['bidang pendi-', 'dikan dan'])).toBe('bidang pendidikan dan');
    expect(joinLines(['kota-', 'kota mitra'])).toBe('kota-\nkota mitra');
    expect(joinLines(['kawasan Asia-', 'Pasifik'])).toBe('kawasan Asia-\nPasifik');
    expect(joinLines(['anggaran.', 'Kemudian'])).toBe('anggaran.\nKemudian');
  });

  it('drops running headers, footers and page numbers, and runs a sentence on across pages', () => {
    const page = (n: number, lines: string[]) => [
      { text: 'Universitas Contoh – Skripsi' },
      ...lines.map((text) => ({ text })),
      { text: `- ${String(n)} -` },
    ];
    const text = pagesToText([page(41, ['BAB V', 'Kerja sama berjalan']), page(42, ['dengan baik.', 'Akhir.'])]);
    expect(text).toBe('BAB V\nKerja sama berjalan\ndengan baik.\nAkhir.\n');
  });
});

describe('extractText', () => {
  it('reads a PDF through pdf.js without its furniture or line-break hyphens', async () => {
    const pdf = makePdf({
      pages: [
        ['Skripsi Hubungan Internasional', 'BAB V KESIMPULAN', ...BODY, '12'],
        ['Skripsi Hubungan Internasional', 'Rekomendasi: memperkuat komitmen kedua pihak.', '13'],
      ],
    });
    const { text, format } = await extractText('bab-v.pdf', pdf);
    expect(format).toBe('pdf');
    expect(text).toContain('di bidang pendidikan dan kebudayaan');
    expect(text).toContain('kota-\nkota mitra');
    expect(text).not.toMatch(/Skripsi Hubungan|^1[23]$/m);
    expect(text).toContain('Rekomendasi: memperkuat komitmen kedua pihak.');
  });

  it('reads a Word document paragraph by paragraph', async () => {
    const { text, format } = await extractText('bab-v.docx', makeDocx(['BAB V', BODY.join(' ')]));
    expect(format).toBe('docx');
    expect(text).toBe(`BAB V\n\n${BODY.join(' ')}\n`);
  });

  it('takes .txt and .md as they are', async () => {
    const md = '# BAB V\n\nKerja sama *sister city* berjalan dengan baik di bidang pendidikan dan kebudayaan.\n';
    expect((await extractText('a.md', Buffer.from(md))).text).toBe(md);
    expect((await extractText('a.txt', Buffer.from(md))).text).toBe(md);
  });

  it.each([
    ['a scanned PDF (no text layer)', 'scan.pdf', makePdf({ scanned: true }), /scan\.pdf: has no text layer/],
    [
      'an encrypted PDF',
      'locked.pdf',
      makePdf({ pages: [BODY], encrypted: true }),
      /locked\.pdf: is encrypted \(password-protected\)/,
    ],
    ['a broken PDF', 'broken.pdf', makePdf({ pages: [BODY] }).slice(0, 120), /broken\.pdf: is not a readable PDF/],
    ['a broken .docx', 'broken.docx', Buffer.from('PK not a zip'), /broken\.docx: is not a readable \.docx/],
    [
      'text that is not UTF-8',
      'latin.txt',
      Buffer.from([0x4b, 0x6f, 0x74, 0x61, 0xe9, 0x20]),
      /latin\.txt: is not UTF-8/,
    ],
    ['another kind of file', 'thesis.odt', Buffer.from('x'), /thesis\.odt: cannot import a \.odt file/],
  ])('refuses %s, saying why', async (_name, file, bytes, message) => {
    await expect(extractText(file, bytes)).rejects.toThrow(message);
  });
});

describe('writing the source', () => {
  it('writes the text and its entry (text and original hashes), keeping the comments of sources.yaml', async () => {
    const dir = join(work, 'sources');
    cpSync(join(process.cwd(), 'content/sources'), dir, { recursive: true });
    const before = readFileSync(join(dir, 'sources.yaml'), 'utf8');
    const source = await readSource(dir, 'bab-v.pdf', makePdf({ pages: [BODY] }));
    writeSource(dir, source, 'kota-uji');
    expect(source.id).toMatch(/^\d{3}_[0-9a-f]{16}$/);
    expect(readFileSync(join(dir, `${source.id}.txt`), 'utf8')).toBe(source.text);
    const after = readFileSync(join(dir, 'sources.yaml'), 'utf8');
    expect(after.startsWith(before.trimEnd())).toBe(true);
    expect(after).toContain(`sha256: ${source.sha256}`);
    expect(after).toMatch(
      new RegExp(`original:\\s+file: bab-v\\.pdf\\s+format: pdf\\s+sha256: ${source.original.sha256}`),
    );
    // Writing it again refuses, and leaves no temporary file behind.
    expect(() => {
      writeSource(dir, source, 'kota-uji');
    }).toThrow(/already exists/);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
