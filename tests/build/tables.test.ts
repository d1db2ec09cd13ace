/**
 * The open-data tables in dist/data/*.csv, read back by two readers nobody here wrote (Python's csv
 * module and d3-dsv): the same rows, the documented header, unique keys, ids that join, and
 * evidence spans that reproduce their quotes from the source files.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParseRows } from 'd3';
import { beforeAll, describe, expect, it } from 'vitest';
import { fold } from '../../src/lib/content/excerpt.ts';
import { contentDir, loadCorpus } from '../../src/lib/content/load.ts';
import { codebookAnchor } from '../../src/lib/output/codebook.ts';
import { TABLES } from '../../src/lib/output/tables/all.ts';
import { DIST, readPage, requireDist } from '../../tools/lib/dist.ts';

const corpus = loadCorpus();
beforeAll(requireDist);

const read = (file: string) => readFileSync(join(DIST, 'data', file), 'utf8');
/** Rows as objects by column name, read with d3-dsv. */
const records = (file: string) => {
  const [header = [], ...rows] = csvParseRows(read(file));
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
};
const ids = (cell: string | undefined) => (cell ?? '').split('; ').filter((x) => x !== '');

/** Every table parsed by Python's csv module (utf-8, the default dialect), as JSON. */
function pythonRows(): Record<string, string[][]> {
  const script = [
    'import csv, json, sys',
    'out = {}',
    'for path in sys.argv[1:]:',
    "    with open(path, newline='', encoding='utf-8') as f:",
    '        out[path] = list(csv.reader(f))',
    'print(json.dumps(out))',
  ].join('\n');
  const files = TABLES.map((t) => join(DIST, 'data', t.file));
  const res = spawnSync('python3', ['-c', script, ...files], { encoding: 'utf8', maxBuffer: 1 << 28 });
  expect(res.status, res.stderr).toBe(0);
  const parsed = JSON.parse(res.stdout) as Record<string, string[][]>;
  return Object.fromEntries(TABLES.map((t) => [t.file, parsed[join(DIST, 'data', t.file)] ?? []]));
}

describe('open-data tables', () => {
  it.each(TABLES.map((t) => [t.file, t] as const))(
    '%s: Python csv and d3-dsv read the same rows, headed by the documented columns',
    (file, table) => {
      const text = read(file);
      expect(text.charCodeAt(0), 'no byte-order mark').not.toBe(0xfeff);
      const d3 = csvParseRows(text);
      expect(pythonRows()[file]).toEqual(d3);
      expect(d3[0]).toEqual(table.columns.map((c) => c.name));
      expect(d3.length).toBeGreaterThan(1);
      for (const row of d3) expect(row).toHaveLength(table.columns.length);
    },
  );

  it.each(TABLES.map((t) => [t.file, t] as const))(
    '%s: rows are unique by the key the codebook names',
    (file, table) => {
      const keys = records(file).map((r) => table.key.map((k) => r[k]).join('\u0000'));
      expect(new Set(keys).size).toBe(keys.length);
    },
  );

  it('joins: every id in one table names a row of another', () => {
    const cases = new Set(corpus.cases.map((c) => c.slug));
    const keyed = (file: string) => new Set(records(file).map((r) => r['id']));
    const [findings, pairings, cities] = [keyed('findings.csv'), keyed('pairings.csv'), keyed('cities.csv')];
    for (const f of records('findings.csv')) {
      expect(cases.has(f['case'] ?? ''), f['id']).toBe(true);
      for (const c of ids(f['cities'])) expect(cities.has(c), `${f['id'] ?? ''} → ${c}`).toBe(true);
      for (const p of ids(f['pairings'])) expect(pairings.has(p), `${f['id'] ?? ''} → ${p}`).toBe(true);
    }
    for (const p of records('pairings.csv')) {
      for (const c of [p['city_a'], p['city_b'], ...ids(p['inferred'])]) expect(cities.has(c), p['id']).toBe(true);
      for (const c of ids(p['cases'])) expect(cases.has(c), p['id']).toBe(true);
    }
    for (const e of records('events.csv')) expect(pairings.has(e['pairing']), e['pairing']).toBe(true);
    for (const e of records('evidence.csv')) {
      const owner = e['owner_id'] ?? '';
      if (e['owner_type'] === 'finding') expect(findings.has(owner), owner).toBe(true);
      if (e['owner_type'] === 'pairing' || e['owner_type'] === 'event') expect(pairings.has(owner), owner).toBe(true);
    }
  });

  it("reproduces every quote from its source file's span (code point offsets)", () => {
    const rows = records('evidence.csv');
    const quotes = corpus.findings.reduce((n, f) => n + (f.evidence?.length ?? 0), 0);
    expect(rows.filter((r) => r['owner_type'] === 'finding')).toHaveLength(quotes);
    const files = new Map<string, string[]>();
    for (const r of rows) {
      const source = r['source'] ?? '';
      if (!files.has(source))
        files.set(source, Array.from(readFileSync(join(contentDir(), 'sources', `${source}.txt`), 'utf8')));
      const span = (files.get(source) ?? []).slice(Number(r['start']), Number(r['end'])).join('');
      expect(fold(span).folded, `${r['owner_id'] ?? ''} #${r['n'] ?? ''}`).toBe(fold(r['quote'] ?? '').folded);
      expect(r['quote']).not.toMatch(/[*_]/);
    }
  });

  it('documents every column of every table on /data/, in both languages', () => {
    for (const [prefix, lang] of [
      ['', 'id'],
      ['en/', 'en'],
    ] as const) {
      const html = readPage(`/${prefix}data/`);
      for (const table of TABLES) {
        const section = html.split(`id="${codebookAnchor(table.file)}"`)[1]?.split('</section>')[0] ?? '';
        for (const c of table.columns) {
          expect(section, `${lang} ${table.file} ${c.name}`).toContain(`<code>${c.name}</code>`);
          expect(c.about[lang].length).toBeGreaterThan(5);
        }
        expect(html).toContain(`href="/data/${table.file}" download`);
      }
    }
  });
});
