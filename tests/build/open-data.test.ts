/** The open data files in dist/data/: valid against their JSON Schemas, complete, readable by spreadsheets. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { fold } from '../../src/lib/content/excerpt.ts';
import { contentDir, loadCorpus } from '../../src/lib/content/load.ts';
import { DIST, readPage, requireDist } from '../../tools/lib/dist.ts';

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

  it('gives each quotation as plain text with the span it covers in its source file', () => {
    const findings = JSON.parse(read('findings.json')) as {
      findings: { id: string; evidence: { source: string; quote: string; start: number; end: number }[] }[];
    };
    let checked = 0;
    for (const f of findings.findings) {
      for (const ev of f.evidence) {
        const text = Array.from(readFileSync(join(contentDir(), 'sources', `${ev.source}.txt`), 'utf8'));
        expect(ev.quote, f.id).not.toMatch(/[*_]|\s{2}/);
        expect(fold(text.slice(ev.start, ev.end).join('')).folded, f.id).toBe(fold(ev.quote).folded);
        checked++;
      }
    }
    expect(checked).toBe(corpus.findings.reduce((n, f) => n + (f.evidence?.length ?? 0), 0));
  });

  it('describes the data as a schema.org Dataset on /data/, each file a DataDownload that exists', () => {
    for (const prefix of ['', 'en/']) {
      const html = readPage(`/${prefix}data/`);
      const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)?.[1] ?? '{}') as {
        '@type': string;
        license: string;
        version: string;
        datePublished: string;
        temporalCoverage?: string;
        distribution: { '@type': string; contentUrl: string; encodingFormat: string }[];
      };
      expect(ld['@type']).toBe('Dataset');
      expect(ld.license).toBe('https://creativecommons.org/licenses/by/4.0/');
      expect(ld.version).toBe(corpus.releases[0]?.version);
      expect(ld.datePublished).toBe(corpus.releases[0]?.date);
      if (ld.temporalCoverage !== undefined) expect(ld.temporalCoverage).toMatch(/^\d{4}\/\d{4}$/);
      expect(ld.distribution.length).toBeGreaterThanOrEqual(9);
      for (const d of ld.distribution) {
        const file = new URL(d.contentUrl).pathname.replace(/^\//, '');
        expect(readFileSync(join(DIST, file), 'utf8').length, file).toBeGreaterThan(0);
        const ext = file.split('.').pop();
        expect(d.encodingFormat, file).toBe(
          { csv: 'text/csv', geojson: 'application/geo+json', json: 'application/json' }[ext ?? ''],
        );
      }
    }
  });

  it('publishes a GeoJSON point for every city', () => {
    const geo = JSON.parse(read('cities.geojson')) as {
      features: { id: string; geometry: { coordinates: number[] } }[];
    };
    expect(geo.features.map((f) => f.id).sort()).toEqual(corpus.cities.map((c) => c.id).sort());
  });
});
