/** The open data files in dist/data/: valid against their JSON Schemas, complete, readable by spreadsheets. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/content/load.ts';
import { DIST, requireDist } from '../../tools/lib/dist.ts';

// The content the site was built from: content/, or ATLAS_CONTENT_DIR (a test's copy).
const corpus = loadCorpus();
beforeAll(requireDist);

describe('open data', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const read = (f: string) => readFileSync(join(DIST, 'data', f), 'utf8');
  it.each([
    ['cases.json', 'cases.schema.json'],
    ['findings.json', 'findings.schema.json'],
    ['pairings.json', 'pairings.schema.json'],
    ['cities.geojson', 'cities.schema.json'],
  ])('%s validates against %s', (file, schema) => {
    const validate = ajv.compile(JSON.parse(read(schema)) as object);
    const ok = validate(JSON.parse(read(file)));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('exports every case and finding with the documented fields', () => {
    const cases = JSON.parse(read('cases.json')) as { cases: Record<string, unknown>[] };
    const findings = JSON.parse(read('findings.json')) as { findings: Record<string, unknown>[] };
    expect(cases.cases).toHaveLength(corpus.cases.length);
    expect(findings.findings).toHaveLength(corpus.findings.length);
    for (const k of ['id', 'slug', 'title', 'cities', 'sectors', 'pairings', 'url'])
      expect(cases.cases[0]).toHaveProperty(k);
    for (const k of ['id', 'case', 'kind', 'sectors', 'cities', 'text', 'evidence', 'provenance', 'url'])
      expect(findings.findings[0]).toHaveProperty(k);
  });

  it('publishes a GeoJSON point for every city', () => {
    const geo = JSON.parse(read('cities.geojson')) as {
      features: { id: string; geometry: { coordinates: number[] } }[];
    };
    expect(geo.features.map((f) => f.id).sort()).toEqual(corpus.cities.map((c) => c.id).sort());
  });
});
