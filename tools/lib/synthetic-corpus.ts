/**
 * A deterministic synthetic corpus of N cases (findings, cities, pairings, sources, both languages),
 * written outside content/ for benchmarks. Same N, same bytes. Not research content: every text says so.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NARRATIVE_SECTIONS as SECTIONS, TEACHING_SECTIONS as TEACHING } from '../../src/lib/content/sections.ts';
import { CATEGORIES, KINDS, PARTNERS, prng, SECTORS, VOCABULARY, WORDS } from './synthetic-vocabulary.ts';

const q = (s: string) => JSON.stringify(s);
type Lang = 'id' | 'en';
interface Place {
  id: string;
  country: string;
}

/** Writes files under one folder, drawing every random choice from one seeded generator, in a fixed order. */
class Writer {
  files = 0;
  readonly rand: () => number;
  readonly #dir: string;
  constructor(dir: string, seed: number) {
    this.#dir = dir;
    this.rand = prng(seed);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.rand() * xs.length)] as T;
  }
  /** A narrative word, drawn from the calibrated vocabulary (binary search in its CDF). */
  word(lang: Lang): string {
    const { words, cdf } = VOCABULARY[lang];
    const x = this.rand();
    let lo = 0;
    let hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cdf[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return words[lo] as string;
  }
  write(path: string, text: string): void {
    writeFileSync(join(this.#dir, path), text);
    this.files++;
  }
  mkdir(path: string): void {
    mkdirSync(join(this.#dir, path), { recursive: true });
  }
}

function writeCities(w: Writer, count: number): Place[] {
  const cities: Place[] = [];
  const yaml: string[] = [];
  for (let i = 0; i < count; i++) {
    const indonesian = i % 2 === 0;
    const [country, x0, x1, y0, y1] = indonesian ? (['ID', 95, 140, -10, 5] as const) : w.pick(PARTNERS);
    const id = `kota-${String(i + 1).padStart(5, '0')}`;
    cities.push({ id, country });
    yaml.push(`  - id: ${id}
    name: { id: Kota Sintetis ${String(i + 1)}, en: Synthetic City ${String(i + 1)} }
    country: ${country}
    adminType: city
    parent: { id: Wilayah Sintetis, en: Synthetic Region }
    lon: ${(x0 + w.rand() * (x1 - x0)).toFixed(4)}
    lat: ${(y0 + w.rand() * (y1 - y0)).toFixed(4)}
    gazetteer: { name: Synthetic, ref: '${String(i + 1)}', entry: ${id} }`);
  }
  w.write('cities.yaml', `cities:\n${yaml.join('\n')}\n`);
  return cities;
}

/** The case's excerpt: ten synthetic sentences, the first dating its MoU. */
function writeSyntheticSource(w: Writer, i: number, slug: string, sourceId: string) {
  const year = 2005 + Math.floor(w.rand() * 18);
  const sentences = Array.from({ length: 10 }, (_, k) => {
    const words = Array.from({ length: 12 + Math.floor(w.rand() * 10) }, () => w.pick(WORDS));
    return `Kalimat sintetis ${String(k + 1)} kasus ${String(i + 1)}: ${words.join(' ')}.`;
  });
  sentences[0] = `Nota kesepahaman kasus ${String(i + 1)} ditandatangani pada tahun ${String(year)}.`;
  const text = `BAB V\n\nKESIMPULAN\n\n${sentences.slice(0, 5).join(' ')}\n\n${sentences.slice(5).join(' ')}\n`;
  w.write(`sources/${sourceId}.txt`, text);
  const sha = createHash('sha256').update(text).digest('hex');
  const yaml = `  - id: ${sourceId}\n    case: ${slug}\n    parts: [conclusions]\n    languages: [id]\n    sha256: ${sha}`;
  return { year, sentences, yaml };
}

function pairingYaml(
  pid: string,
  a: Place,
  b: Place,
  sectors: string[],
  slug: string,
  sourceId: string,
  first: string,
  year: number,
) {
  return `  - id: ${pid}
    cities: [${a.id}, ${b.id}]
    kind: sister-city
    sectorsAgreed: [${sectors.join(', ')}]
    cases: [${slug}]
    evidence:
      - source: ${sourceId}
        quote: ${q(first)}
    events:
      - type: mou
        date: '${String(year)}'
        provenance: thesis
        evidence:
          - source: ${sourceId}
            quote: ${q(`ditandatangani pada tahun ${String(year)}`)}
        note: { id: MoU ditandatangani (sintetis)., en: The MoU is signed (synthetic). }`;
}

function findingsYaml(
  w: Writer,
  i: number,
  slug: string,
  c: { sentences: string[]; sectors: string[]; a: Place; b: Place; pid: string; sourceId: string },
) {
  return KINDS.map((kind, k) => {
    const sentence = c.sentences[k + 1] as string;
    const verdict = () => w.pick(['met', 'not-met', 'partial']);
    const element = () =>
      `\n    element: { framework: synthetic-framework, element: element-${String(1 + (k % 3))}, verdict: ${verdict()} }`;
    const extra =
      kind === 'obstacle' ? `\n    categories: [${w.pick(CATEGORIES)}]` : kind === 'evaluation' ? element() : '';
    return `  - id: ${slug}-f${String(k + 1)}
    kind: ${kind}
    sectors: [${w.pick(c.sectors)}]
    cities: [${c.a.id}, ${c.b.id}]
    pairings: [${c.pid}]${extra}
    text: { id: ${q(`Temuan sintetis ${String(k + 1)} dari kasus ${String(i + 1)}.`)}, en: ${q(`Synthetic finding ${String(k + 1)} of case ${String(i + 1)}.`)} }
    evidence:
      - source: ${c.sourceId}
        quote: ${q(sentence.slice(0, 60))}`;
  });
}

/**
 * Narratives the size and shape of the real ones (~6 kB: seven sections, a list, a concept link,
 * every finding cited); a teaching note (~4 kB) for one case in four.
 */
function writeNarratives(w: Writer, i: number, slug: string): void {
  let cite = 0;
  const sentence = (lang: Lang) => {
    const words = Array.from({ length: 10 + Math.floor(w.rand() * 12) }, () => w.word(lang));
    return `${words.join(' ')}.<Cite f="${slug}-f${String(1 + (cite++ % KINDS.length))}" />`;
  };
  const paragraph = (lang: Lang, k: number) => Array.from({ length: k }, () => sentence(lang)).join(' ');
  for (const lang of ['id', 'en'] as const) {
    const concept = `<Concept c="paradiplomacy">${lang === 'id' ? 'paradiplomasi' : 'paradiplomacy'}</Concept>`;
    const marker =
      lang === 'id'
        ? `Narasi sintetis untuk uji skala, tentang ${concept}.`
        : `A synthetic narrative for the scale benchmark, about ${concept}.`;
    const sections = SECTIONS[lang].map((h, k) =>
      k === 2
        ? `## ${h}\n\n${Array.from({ length: 4 }, () => `- **${w.pick(SECTORS)}.** ${paragraph(lang, 2)}`).join('\n')}\n`
        : `## ${h}\n\n${k === 0 ? `${marker} ` : ''}${paragraph(lang, 3)}\n\n${paragraph(lang, 2)}\n`,
    );
    w.write(`cases/${slug}/${lang}.mdx`, sections.join('\n'));
    if (i % 4 === 0) {
      w.mkdir(`cases/${slug}/teaching`);
      const teaching = TEACHING[lang].map(
        (h) => `## ${h}\n\n${Array.from({ length: 5 }, () => `1. ${paragraph(lang, 2)}`).join('\n')}\n`,
      );
      w.write(`cases/${slug}/teaching/${lang}.mdx`, teaching.join('\n'));
    }
  }
}

/** One case: its excerpt, case file, findings and narratives; returns its sources.yaml and pairings.yaml entries. */
function writeCase(w: Writer, i: number, idCities: Place[], partnerCities: Place[]) {
  const slug = `kasus-${String(i + 1).padStart(5, '0')}`;
  const sourceId = `${String(i % 1000).padStart(3, '0')}_${(i + 1).toString(16).padStart(16, '0')}`;
  const a = idCities[i % idCities.length] as Place;
  const b = partnerCities[(i * 7) % partnerCities.length] as Place;
  const source = writeSyntheticSource(w, i, slug, sourceId);
  const sectors = [w.pick(SECTORS), w.pick(SECTORS)].filter((s, k, xs) => xs.indexOf(s) === k);
  const pid = `pasangan-${String(i + 1).padStart(5, '0')}`;
  const pairing = pairingYaml(pid, a, b, sectors, slug, sourceId, source.sentences[0] ?? '', source.year);
  w.mkdir(`cases/${slug}`);
  w.write(
    `cases/${slug}/case.yaml`,
    `title: { id: Kasus sintetis ${String(i + 1)}, en: Synthetic case ${String(i + 1)} }
summary: { id: Ringkasan kasus sintetis ${String(i + 1)} untuk uji skala., en: Summary of synthetic case ${String(i + 1)} for the scale benchmark. }
thesis: { title: unknown, author: unknown, university: unknown, year: unknown, degree: unknown, field: unknown }
pairings: [${pid}]
sectors: [${sectors.join(', ')}]
framework: synthetic-framework
sources: [${sourceId}]
`,
  );
  const findings = findingsYaml(w, i, slug, { sentences: source.sentences, sectors, a, b, pid, sourceId });
  w.write(`cases/${slug}/findings.yaml`, `findings:\n${findings.join('\n')}\n`);
  writeNarratives(w, i, slug);
  return { sourceId, source: source.yaml, pairing };
}

function writeShared(w: Writer, firstSource: string): void {
  w.write(
    'frameworks.yaml',
    `frameworks:
  - id: synthetic-framework
    name: { id: Kerangka sintetis, en: Synthetic framework }
    author: unknown
    year: unknown
    elementCount: 3
    elements:
      - { id: element-1, label: { id: Elemen 1, en: Element 1 } }
      - { id: element-2, label: { id: Elemen 2, en: Element 2 } }
      - { id: element-3, label: unknown }
    evidence:
      - source: ${firstSource}
        quote: "Nota kesepahaman kasus 1"
`,
  );
  w.mkdir('concepts/paradiplomacy');
  w.write(
    'concepts/paradiplomacy/concept.yaml',
    'term: { id: Paradiplomasi, en: Paradiplomacy }\nshort: { id: Konsep sintetis., en: A synthetic concept. }\n',
  );
  w.write('concepts/paradiplomacy/id.mdx', 'Konsep sintetis.\n');
  w.write('concepts/paradiplomacy/en.mdx', 'A synthetic concept.\n');
}

export function writeSyntheticCorpus(dir: string, n: number, seed = 20261122): { files: number } {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'sources'), { recursive: true });
  mkdirSync(join(dir, 'cases'), { recursive: true });
  const w = new Writer(dir, seed + n);
  cpSync('content/sectors.yaml', join(dir, 'sectors.yaml'));
  cpSync('content/releases.yaml', join(dir, 'releases.yaml'));
  w.files += 2;
  const cities = writeCities(w, Math.max(12, Math.ceil(n / 2)));
  const idCities = cities.filter((c) => c.country === 'ID');
  const partnerCities = cities.filter((c) => c.country !== 'ID');
  w.write(
    'citations.yaml',
    `citations:\n  - id: synthetic-report\n    type: webpage\n    author: unknown\n    title: unknown\n    container: Synthetic benchmark source\n    issued: unknown\n    note: A synthetic citation used only by the benchmark corpus.\n`,
  );
  const written = Array.from({ length: n }, (_, i) => writeCase(w, i, idCities, partnerCities));
  w.write('sources/sources.yaml', `sources:\n${written.map((c) => c.source).join('\n')}\n`);
  w.write('pairings.yaml', `pairings:\n${written.map((c) => c.pairing).join('\n')}\n`);
  writeShared(w, written[0]?.sourceId ?? '');
  return { files: w.files };
}
