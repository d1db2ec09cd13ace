/**
 * Validation fixtures: tests/fixtures/valid is a small, correct content tree; each folder under
 * tests/fixtures/invalid overlays it with one mistake and lists the errors it must produce.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { FIXTURES } from '../../support/fixtures.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { formatError } from '../../../src/lib/content/errors.ts';
import { readCorpus } from '../../../src/lib/content/read.ts';
import { validateCorpus } from '../../../src/lib/content/validate.ts';

const work = mkdtempSync(join(tmpdir(), 'atlas-fixtures-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

interface Expected {
  file: string;
  entry: string;
  field: string;
  message: string;
}

function materialise(name: string): { dir: string; expect: Expected[] } {
  const dir = join(work, name);
  cpSync(join(FIXTURES, 'valid'), dir, { recursive: true });
  const spec = JSON.parse(readFileSync(join(FIXTURES, 'invalid', name, 'fixture.json'), 'utf8')) as {
    delete: string[];
    expect: Expected[];
  };
  cpSync(join(FIXTURES, 'invalid', name), dir, { recursive: true, filter: (src) => !src.endsWith('fixture.json') });
  for (const f of spec.delete) rmSync(join(dir, f));
  return { dir, expect: spec.expect };
}

describe('the valid fixture', () => {
  it('validates with no errors and yields typed data', () => {
    const { corpus, errors } = validateCorpus(readCorpus(FIXTURES, 'valid'));
    expect(errors).toEqual([]);
    expect(corpus.findings.map((f) => f.id)).toEqual(['uji-budget', 'uji-external']);
    expect(corpus.findings[0]?.case).toBe('kota-uji');
    expect(corpus.cases[0]?.slug).toBe('kota-uji');
  });
});

describe('each invalid fixture is rejected for its stated reason', () => {
  const names = readdirSync(join(FIXTURES, 'invalid')).sort();
  it('covers every mistake the contributor guide lists', () => {
    expect(names.length).toBeGreaterThanOrEqual(15);
  });
  it.each(names)('%s', (name) => {
    const { dir, expect: wanted } = materialise(name);
    const root = relative(process.cwd(), dir);
    const { errors } = validateCorpus(readCorpus(process.cwd(), root));
    expect(errors.length).toBeGreaterThan(0);
    for (const w of wanted) {
      const match = errors.find(
        (e) =>
          e.file === `${root}/${w.file}` && e.entry === w.entry && e.field === w.field && e.message.includes(w.message),
      );
      expect(match, `expected ${JSON.stringify(w)} among:\n${errors.map(formatError).join('\n')}`).toBeDefined();
    }
    // The formatted message names the file, the entry and the field.
    const first = formatError(errors.find((e) => e.file.endsWith(wanted[0]!.file))!);
    expect(first).toContain(wanted[0]!.file);
    if (wanted[0]!.field !== '') expect(first).toContain(wanted[0]!.field);
  });
});
