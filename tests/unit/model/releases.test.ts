/** Releases: versions compared as versions; the repository's citation files follow the current release. */
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/lib/content/load.ts';
import { compareVersions, currentRelease, newestFirst } from '../../../src/lib/model/releases.ts';
import { ATLAS_KEYWORDS } from '../../../src/lib/output/publisher.ts';

const release = (version: string) => ({ version, date: '2026-01-01', changes: [] });

describe('releases', () => {
  it('compares versions by number, not as text', () => {
    expect(compareVersions('0.10.0', '0.9.1')).toBeGreaterThan(0);
    expect(compareVersions('1.0.0', '1.0.0')).toBe(0);
    expect(compareVersions('1.2.3', '1.10.0')).toBeLessThan(0);
    expect(newestFirst([release('0.9.0'), release('0.10.0')]).map((r) => r.version)).toEqual(['0.10.0', '0.9.0']);
    expect(currentRelease([release('0.2.0'), release('0.3.0')]).version).toBe('0.3.0');
    expect(() => currentRelease([])).toThrow(/no release/);
  });

  it('CITATION.cff is valid Citation File Format 1.2.0 and names the current release, as package.json does', () => {
    const cff = load(readFileSync('CITATION.cff', 'utf8')) as Record<string, unknown>;
    const schema = JSON.parse(readFileSync('tests/support/vendor/cff-1.2.0.schema.json', 'utf8')) as object;
    const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
    const validate = ajv.compile(schema);
    // js-yaml reads the unquoted date as a Date; CFF's schema wants the YAML text, a string.
    const asWritten: Record<string, unknown> = {
      ...cff,
      'date-released': (cff['date-released'] as Date).toISOString().slice(0, 10),
    };
    expect(validate(asWritten), JSON.stringify(validate.errors)).toBe(true);
    const current = currentRelease(loadCorpus(process.cwd(), 'content').releases);
    expect(asWritten['version']).toBe(current.version);
    expect(asWritten['date-released']).toBe(current.date);
    expect(asWritten['keywords']).toEqual(ATLAS_KEYWORDS);
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(pkg.version).toBe(current.version);
  });
});
