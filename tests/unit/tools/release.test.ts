/** Starting the next release (tools/lib/release.ts) on a copy of the valid fixture. */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../../../src/lib/content/read.ts';
import { validateCorpus } from '../../../src/lib/content/validate.ts';
import { currentVersion, prependRelease, setField, startRelease } from '../../../tools/lib/release.ts';
import { validFixtureCopy } from '../../support/fixtures.ts';

const work = mkdtempSync(join(tmpdir(), 'atlas-release-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** A fixture copy, a built current release (datapackage.json + a table) and a project root with package.json and CITATION.cff. */
function setup(name: string) {
  const dir = join(work, name);
  const content = validFixtureCopy(dir);
  const current = currentVersion(readFileSync(join(content, 'releases.yaml'), 'utf8'));
  const distData = join(dir, 'dist', 'data');
  mkdirSync(join(distData, `v${current}`), { recursive: true });
  writeFileSync(join(distData, `v${current}`, 'datapackage.json'), JSON.stringify({ version: current }));
  writeFileSync(join(distData, `v${current}`, 'findings.csv'), 'id\nx\n');
  cpSync('CITATION.cff', join(dir, 'CITATION.cff'));
  writeFileSync(join(dir, 'package.json'), `{\n  "name": "x",\n  "version": "${current}",\n  "private": true\n}\n`);
  return { dir, content, current, distData };
}
const errorsOf = (content: string) =>
  validateCorpus(readCorpus(process.cwd(), relative(process.cwd(), content))).errors;

describe('starting a release', () => {
  it('archives the current release, adds the next at the top, and moves package.json and CITATION.cff to it', () => {
    const { dir, content, current, distData } = setup('ok');
    const written = startRelease({ content, distData, next: '9.0.0', date: '2027-01-02', root: dir });
    expect(written).toHaveLength(4);
    expect(readFileSync(join(content, 'releases', current, 'findings.csv'), 'utf8')).toBe('id\nx\n');
    expect(currentVersion(readFileSync(join(content, 'releases.yaml'), 'utf8'))).toBe('9.0.0');
    expect(readFileSync(join(dir, 'package.json'), 'utf8')).toContain('"version": "9.0.0"');
    const cff = readFileSync(join(dir, 'CITATION.cff'), 'utf8');
    expect(cff).toMatch(/^version: 9\.0\.0$/m);
    expect(cff).toMatch(/^date-released: 2027-01-02$/m);
    expect(cff).toContain('# How to cite the atlas');
    // The only thing left to do is to describe the changes: the validator names exactly those fields.
    const errors = errorsOf(content);
    expect(errors.map((e) => `${e.entry} ${e.field}`)).toEqual([
      'release "9.0.0" changes[0].text.id',
      'release "9.0.0" changes[0].text.en',
    ]);
  });

  it('refuses a version that is not after the current one, or a current release not built, writing nothing', () => {
    const { content, current, distData } = setup('refused');
    const before = readFileSync(join(content, 'releases.yaml'), 'utf8');
    expect(() => startRelease({ content, distData, next: current, date: '2027-01-02' })).toThrow(/is not after/);
    expect(() => startRelease({ content, distData, next: '9.0', date: '2027-01-02' })).toThrow(/MAJOR\.MINOR\.PATCH/);
    rmSync(join(distData, `v${current}`, 'datapackage.json'));
    expect(() => startRelease({ content, distData, next: '9.0.0', date: '2027-01-02' })).toThrow(
      /build the current release/,
    );
    expect(readFileSync(join(content, 'releases.yaml'), 'utf8')).toBe(before);
    expect(existsSync(join(content, 'releases', current))).toBe(false);
  });

  it('keeps comments and order when adding an entry, and edits only the named field', () => {
    const yaml = '# a comment\nreleases:\n  - version: 1.0.0\n    date: 2026-01-01\n';
    const out = prependRelease(yaml, '1.1.0', '2026-02-01');
    expect(out.startsWith('# a comment\nreleases:\n  - version: 1.1.0\n    date: 2026-02-01\n')).toBe(true);
    expect(out.endsWith('  - version: 1.0.0\n    date: 2026-01-01\n')).toBe(true);
    expect(setField('a: 1\nversion: 0.1.0 # x\n', 'version', '0.2.0', 'f')).toBe('a: 1\nversion: 0.2.0\n');
    expect(() => setField('a: 1\n', 'version', '0.2.0', 'CITATION.cff')).toThrow(
      /CITATION\.cff has no top-level "version"/,
    );
  });
});
