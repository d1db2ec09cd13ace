/**
 * The site's tests must not lock in today's content: a copy of content/ with a fifth case whose
 * thesis has a known author, year and university (the test fixture's case, added as CONTRIBUTING.md
 * describes, in a new release: the current one archived from the main build) must validate, build,
 * and pass every check over the built pages, data, releases and citations.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readCorpus } from '../../src/lib/content/read.ts';
import { validateCorpus } from '../../src/lib/content/validate.ts';
import { buildEnv, DIST, readPage, scratchBuild } from '../../tools/lib/dist.ts';
import { currentVersion, startRelease } from '../../tools/lib/release.ts';
import { PLACEHOLDER } from '../../src/lib/content/cross-checks.ts';

const root = process.cwd();
const FIXTURE = join(root, 'tests/fixtures/valid');
const { work, out, remove } = scratchBuild();
const content = join(work, 'content');
const bin = (name: string) => join(root, 'node_modules/.bin', name);
const env = () => buildEnv({ ATLAS_CONTENT_DIR: content, ATLAS_DIST: out });
afterAll(remove);

/** Append the fixture's entries of a list file (everything after its `key:` line) to the copy's. */
function appendEntries(file: string): void {
  const lines = readFileSync(join(FIXTURE, file), 'utf8').split('\n');
  const start = lines.findIndex((l) => /^[a-z]+:\s*$/.test(l));
  appendFileSync(join(content, file), `${lines.slice(start + 1).join('\n')}\n`);
}

beforeAll(() => {
  cpSync(join(root, 'content'), content, { recursive: true });
  for (const file of ['cities.yaml', 'pairings.yaml', 'frameworks.yaml', 'citations.yaml', 'sources/sources.yaml'])
    appendEntries(file);
  cpSync(join(FIXTURE, 'sources/900_0000000000000000.txt'), join(content, 'sources/900_0000000000000000.txt'));
  cpSync(join(FIXTURE, 'cases/kota-uji'), join(content, 'cases/kota-uji'), { recursive: true });
  const caseFile = join(content, 'cases/kota-uji/case.yaml');
  const known = [
    'thesis:',
    '  title: Kerja Sama Kota Alfa dan Kota Beta di Bidang Kesehatan',
    '  author: [Siti Contoh]',
    '  university: Universitas Contoh',
    '  year: 2020',
    '  degree: S1 (skripsi)',
    '  field: { id: Hubungan Internasional, en: International Relations }',
  ].join('\n');
  writeFileSync(caseFile, readFileSync(caseFile, 'utf8').replace(/thesis:\n(?: {2}.*\n)+/, `${known}\n`));
  // A new thesis is a new release: the current one is archived from the main build (dist/).
  const releases = join(content, 'releases.yaml');
  const [major = 0, minor = 0] = currentVersion(readFileSync(releases, 'utf8')).split('.').map(Number);
  const date = /date: (\S+)/.exec(readFileSync(releases, 'utf8'))?.[1] ?? '';
  startRelease({ content, distData: join(DIST, 'data'), next: `${String(major)}.${String(minor + 1)}.0`, date });
  writeFileSync(releases, readFileSync(releases, 'utf8').replaceAll(PLACEHOLDER, 'Kota Alfa dan Kota Beta.'));
  const { corpus, errors } = validateCorpus(readCorpus(root, content));
  expect(errors).toEqual([]);
  expect(corpus.cases.length).toBeGreaterThanOrEqual(5);
  const build = spawnSync(bin('astro'), ['build', '--outDir', out], { cwd: root, env: env(), encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
  const index = spawnSync(bin('node'), ['tools/index-search.ts', out], { cwd: root, env: env(), encoding: 'utf8' });
  expect(index.status, index.stderr).toBe(0);
}, 300_000);

it('shows the known thesis metadata on the new case page and in its citation', () => {
  const html = readPage('/en/cases/kota-uji/', out);
  expect(html).toContain('Siti Contoh');
  expect(html).toContain('Universitas Contoh');
  expect(readFileSync(join(out, 'en/cases/kota-uji/cite.bib'), 'utf8')).toMatch(/author = \{\{?Siti Contoh\}?\}/);
});

it('serves the archived release at its folder and the new one at /data/ and its own', () => {
  const [newest, archived] = readCorpus(root, content).releases.map((r) => (r.data as { version: string }).version);
  const pkg = (dir: string) =>
    JSON.parse(readFileSync(join(out, 'data', dir, 'datapackage.json'), 'utf8')) as { version: string };
  expect(pkg(`v${archived ?? ''}`).version).toBe(archived);
  expect(pkg('').version).toBe(newest);
  expect(pkg(`v${newest ?? ''}`).version).toBe(newest);
  expect(readPage('/en/changelog/', out)).toContain('Kota Alfa dan Kota Beta.');
});

it('passes every check over the built pages, open data, search index and citations', () => {
  const files = ['pages', 'open-data', 'data-package', 'tables', 'search-index', 'citations'].map(
    (f) => `tests/build/${f}.test.ts`,
  );
  const run = spawnSync(bin('vitest'), ['run', '--project', 'site', ...files], {
    cwd: root,
    env: env(),
    encoding: 'utf8',
  });
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  // eslint-disable-next-line no-control-regex -- Vitest's colours
  expect(run.stdout.replace(/\x1b\[[0-9;]*m/g, '')).toMatch(/Tests\s+\d+ passed/);
}, 300_000);
