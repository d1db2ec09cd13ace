/**
 * The Data Package and the releases in dist/data/: datapackage.json valid against the Frictionless
 * Data Package 2.0 profile (vendored from its authors), every table's rows as its Table Schema says
 * (header, types, required, allowed values, keys that resolve), every file described, the current
 * release's folder equal to /data/, each earlier release served byte for byte from its archive.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { csvParseRows } from 'd3';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/content/load.ts';
import { codebookAnchor } from '../../src/lib/output/codebook.ts';
import { DIST, readPage, requireDist } from '../../tools/lib/dist.ts';
import { tableProblems, type TableResource } from '../support/table-schema.ts';

const corpus = loadCorpus();
beforeAll(requireDist);

const data = join(DIST, 'data');
const read = (file: string) => readFileSync(join(data, file), 'utf8');
interface Resource extends Partial<TableResource> {
  name: string;
  path: string;
  type?: string;
  mediatype: string;
  jsonSchema?: string;
}
interface Package {
  $schema: string;
  version: string;
  created: string;
  licenses: { name: string }[];
  resources: Resource[];
}
const pkg = () => JSON.parse(read('datapackage.json')) as Package;
const tables = () => pkg().resources.filter((r): r is Resource & TableResource => r.type === 'table');
/** The files of a folder below dist/data/, by name (sub-folders and the /data/ page aside). */
const filesOf = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && d.name !== 'index.html')
    .map((d) => d.name)
    .sort();

describe('data package', () => {
  it('validates against the Data Package 2.0 profile', () => {
    const profile = JSON.parse(readFileSync('tests/support/vendor/datapackage-2.0.json', 'utf8')) as object;
    const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
    const validate = ajv.compile(profile);
    const ok = validate(pkg());
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(pkg().$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
    expect(pkg().licenses.map((l) => l.name)).toContain('CC-BY-4.0');
  });

  it('is the version of the current release, dated by it', () => {
    const [current] = corpus.releases;
    expect(pkg().version).toBe(current?.version);
    expect(pkg().created.slice(0, 10)).toBe(current?.date);
  });

  it('describes every file at /data/, and every resource exists', () => {
    const described = pkg().resources.flatMap((r) => [r.path, ...(r.jsonSchema ? [r.jsonSchema] : [])]);
    expect([...new Set([...described, 'datapackage.json'])].sort()).toEqual(filesOf(data));
    for (const r of pkg().resources) expect(r.mediatype, r.path).toMatch(/^(text\/csv|application\/(geo\+)?json)$/);
  });

  it("each table's rows are what its Table Schema says: header, types, required cells, allowed values, keys", () => {
    const rows = new Map(tables().map((t) => [t.name, csvParseRows(read(t.path))]));
    expect(rows.size).toBeGreaterThanOrEqual(5);
    for (const t of tables()) {
      expect(tableProblems(t, rows.get(t.name) ?? [], rows)).toEqual([]);
      expect(t.schema.primaryKey?.length, t.path).toBeGreaterThan(0);
    }
    expect(tables().some((t) => (t.schema.foreignKeys?.length ?? 0) > 0)).toBe(true);
  });

  it('the codebook on /data/ documents every field of every table, in both languages', () => {
    for (const prefix of ['', 'en/']) {
      const html = readPage(`/${prefix}data/`);
      for (const t of tables()) {
        const section = html.split(`id="${codebookAnchor(t.path)}"`)[1]?.split('</section>')[0] ?? '';
        for (const f of t.schema.fields)
          expect(section, `${prefix}${t.path} ${f.name}`).toContain(`<code>${f.name}</code>`);
      }
    }
  });
});

describe('releases', () => {
  it("serves the current release's files at /data/v<version>/, the same bytes as /data/", () => {
    const folder = join(data, `v${corpus.releases[0]?.version ?? ''}`);
    expect(filesOf(folder)).toEqual(filesOf(data));
    for (const f of filesOf(data)) expect(readFileSync(join(folder, f), 'utf8') === read(f), f).toBe(true);
  });

  it('serves each earlier release byte for byte from its archive', () => {
    expect(corpus.archives.size).toBe(corpus.releases.length - 1);
    for (const [version, files] of corpus.archives) {
      const folder = join(data, `v${version}`);
      expect(filesOf(folder)).toEqual([...files.keys()].sort());
      for (const [name, text] of files) expect(readFileSync(join(folder, name), 'utf8') === text, name).toBe(true);
    }
  });

  it('lists every release on the changelog in both languages, and the version in every footer', () => {
    for (const prefix of ['', 'en/']) {
      const html = readPage(`/${prefix}changelog/`);
      for (const r of corpus.releases) {
        expect(html).toContain(`datetime="${r.date}"`);
        expect(html).toContain(`/data/v${r.version}/datapackage.json`);
      }
      expect(readPage(`/${prefix}`)).toMatch(
        new RegExp(`href="/${prefix}changelog/"[^>]*>\\s*Versi?o?n? ${corpus.releases[0]?.version ?? 'x'}`),
      );
    }
  });
});
