/**
 * A deterministic synthetic corpus of N cases (findings, cities, pairings, sources, both languages),
 * written outside content/ for benchmarks. Same N, same bytes. Not research content: every text says so.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SECTORS = [
  'health',
  'education',
  'culture',
  'environment',
  'fisheries',
  'urban-infrastructure',
  'tourism',
  'economy',
  'transportation',
];
const KINDS = [
  'context',
  'outcome',
  'evaluation',
  'obstacle',
  'reason',
  'recommendation',
  'outcome',
  'obstacle',
] as const;
const CATEGORIES = [
  'budget',
  'human-resources',
  'language-culture',
  'bureaucracy',
  'pandemic',
  'coordination',
  'community-participation',
  'media-information',
];
const PARTNERS: [string, number, number, number, number][] = [
  ['NL', 3.3, 7.0, 50.8, 53.4],
  ['AU', 115, 153, -38, -12],
  ['KR', 126.5, 129.5, 34.8, 37.8],
  ['JP', 130, 141, 31.5, 43],
  ['MY', 100.5, 104, 1.5, 6.5],
  ['VN', 105, 109, 9, 21.5],
];
const WORDS = [
  'kerja',
  'sama',
  'kota',
  'daerah',
  'program',
  'pertukaran',
  'anggaran',
  'pelatihan',
  'masyarakat',
  'pemerintah',
  'bidang',
  'manfaat',
  'kendala',
  'rencana',
  'teknologi',
  'pendidikan',
  'kesehatan',
  'lingkungan',
  'perikanan',
  'pariwisata',
];

/**
 * Narrative vocabulary, calibrated on the four real case narratives (about 700 words, 290 of them
 * distinct; "kerja" ~20 times each, "kota" ~14, "bidang" ~7, most sector words 0-7 times and absent
 * from some cases). Words are drawn with P(rank r) ∝ 1/(r + 6) from the query words, placed at
 * ranks like theirs, among 3,000 meaningless filler words: a 20-word vocabulary would put every
 * query word ~40 times on every page, which no real corpus does.
 */
const SYLLABLES = [
  'ba',
  'ka',
  'la',
  'ma',
  'na',
  'pa',
  'ra',
  'sa',
  'ta',
  'ga',
  'be',
  'ke',
  'le',
  'me',
  'ne',
  'pe',
  're',
  'se',
  'te',
  'ge',
  'bi',
  'ki',
  'li',
  'mi',
  'ni',
  'pi',
  'ri',
  'si',
  'ti',
  'gi',
  'bu',
  'ku',
  'lu',
  'mu',
  'nu',
  'pu',
  'ru',
  'su',
  'tu',
  'gu',
];
const FILLER = Array.from(
  { length: 3000 },
  (_, i) => `${SYLLABLES[i % 40]}${SYLLABLES[Math.floor(i / 40) % 40]}${SYLLABLES[Math.floor(i / 1600) % 40]}n`,
);
function vocabulary(common: readonly string[], spread: readonly string[]): { words: string[]; cdf: number[] } {
  const words = [...FILLER];
  words.splice(0, 0, ...common);
  spread.forEach((w, k) => words.splice(20 + 25 * k, 0, w));
  let total = 0;
  const cdf = words.map((_, r) => (total += 1 / (r + 6)));
  return { words, cdf: cdf.map((c) => c / total) };
}
const VOCABULARY = {
  id: vocabulary(
    ['kerja', 'sama', 'kota', 'bidang', 'daerah', 'pemerintah'],
    [
      'kendala',
      'masyarakat',
      'pendidikan',
      'manfaat',
      'program',
      'kesehatan',
      'teknologi',
      'pertukaran',
      'lingkungan',
      'anggaran',
      'pelatihan',
      'pariwisata',
      'perikanan',
      'rencana',
    ],
  ),
  en: vocabulary(
    ['cooperation', 'city', 'sector', 'region', 'government', 'partner'],
    [
      'obstacle',
      'community',
      'education',
      'benefit',
      'programme',
      'health',
      'technology',
      'exchange',
      'environment',
      'budget',
      'training',
      'tourism',
      'fisheries',
      'plan',
    ],
  ),
};

const SECTIONS = {
  id: [
    'Konteks',
    'Perjanjian dan lini masa',
    'Apa yang dilakukan, per bidang',
    'Evaluasi',
    'Kendala',
    'Rekomendasi skripsi',
    'Yang tidak dikatakan kutipan',
  ],
  en: [
    'Context',
    'The agreement and its timeline',
    'What was done, sector by sector',
    'Evaluation',
    'Obstacles',
    "The thesis's recommendations",
    'What the excerpt does not say',
  ],
};
const TEACHING = {
  id: ['Tujuan pembelajaran', 'Pertanyaan diskusi', 'Konsep kunci'],
  en: ['Learning objectives', 'Discussion questions', 'Key concepts'],
};

const q = (s: string) => JSON.stringify(s);

export function writeSyntheticCorpus(dir: string, n: number, seed = 20261122): { files: number } {
  const rand = prng(seed + n);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)] as T;
  /** A narrative word, drawn from the calibrated vocabulary (binary search in its CDF). */
  const word = (lang: 'id' | 'en') => {
    const { words, cdf } = VOCABULARY[lang];
    const x = rand();
    let lo = 0;
    let hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cdf[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return words[lo] as string;
  };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'sources'), { recursive: true });
  mkdirSync(join(dir, 'cases'), { recursive: true });
  let files = 0;
  const write = (path: string, text: string) => {
    writeFileSync(join(dir, path), text);
    files++;
  };
  cpSync('content/sectors.yaml', join(dir, 'sectors.yaml'));
  files++;

  const nCities = Math.max(12, Math.ceil(n / 2));
  const cities: { id: string; country: string }[] = [];
  const cityYaml: string[] = [];
  for (let i = 0; i < nCities; i++) {
    const indonesian = i % 2 === 0;
    const [country, x0, x1, y0, y1] = indonesian ? (['ID', 95, 140, -10, 5] as const) : pick(PARTNERS);
    const id = `kota-${String(i + 1).padStart(5, '0')}`;
    cities.push({ id, country });
    cityYaml.push(`  - id: ${id}
    name: { id: Kota Sintetis ${i + 1}, en: Synthetic City ${i + 1} }
    country: ${country}
    adminType: city
    parent: { id: Wilayah Sintetis, en: Synthetic Region }
    lon: ${(x0 + rand() * (x1 - x0)).toFixed(4)}
    lat: ${(y0 + rand() * (y1 - y0)).toFixed(4)}
    gazetteer: { name: Synthetic, ref: '${i + 1}', entry: ${id} }`);
  }
  write('cities.yaml', `cities:\n${cityYaml.join('\n')}\n`);
  const idCities = cities.filter((c) => c.country === 'ID');
  const partnerCities = cities.filter((c) => c.country !== 'ID');

  write(
    'citations.yaml',
    `citations:\n  - id: synthetic-report\n    type: webpage\n    author: unknown\n    title: unknown\n    container: Synthetic benchmark source\n    issued: unknown\n    note: A synthetic citation used only by the benchmark corpus.\n`,
  );

  const sourcesYaml: string[] = [];
  const pairingsYaml: string[] = [];
  let firstSource = '';
  for (let i = 0; i < n; i++) {
    const slug = `kasus-${String(i + 1).padStart(5, '0')}`;
    const sourceId = `${String(i % 1000).padStart(3, '0')}_${(i + 1).toString(16).padStart(16, '0')}`;
    if (i === 0) firstSource = sourceId;
    const a = idCities[i % idCities.length] as { id: string };
    const b = partnerCities[(i * 7) % partnerCities.length] as { id: string };
    const year = 2005 + Math.floor(rand() * 18);
    const sentences = Array.from({ length: 10 }, (_, k) => {
      const words = Array.from({ length: 12 + Math.floor(rand() * 10) }, () => pick(WORDS));
      return `Kalimat sintetis ${k + 1} kasus ${i + 1}: ${words.join(' ')}.`;
    });
    sentences[0] = `Nota kesepahaman kasus ${i + 1} ditandatangani pada tahun ${year}.`;
    const text = `BAB V\n\nKESIMPULAN\n\n${sentences.slice(0, 5).join(' ')}\n\n${sentences.slice(5).join(' ')}\n`;
    write(`sources/${sourceId}.txt`, text);
    const sha = createHash('sha256').update(text).digest('hex');
    sourcesYaml.push(
      `  - id: ${sourceId}\n    case: ${slug}\n    parts: [conclusions]\n    languages: [id]\n    sha256: ${sha}`,
    );
    const sectors = [pick(SECTORS), pick(SECTORS)].filter((s, k, xs) => xs.indexOf(s) === k);
    const pid = `pasangan-${String(i + 1).padStart(5, '0')}`;
    pairingsYaml.push(`  - id: ${pid}
    cities: [${a.id}, ${b.id}]
    kind: sister-city
    sectorsAgreed: [${sectors.join(', ')}]
    cases: [${slug}]
    evidence:
      - source: ${sourceId}
        quote: ${q(sentences[0])}
    events:
      - type: mou
        date: '${year}'
        provenance: thesis
        evidence:
          - source: ${sourceId}
            quote: ${q(`ditandatangani pada tahun ${year}`)}
        note: { id: MoU ditandatangani (sintetis)., en: The MoU is signed (synthetic). }`);
    mkdirSync(join(dir, 'cases', slug), { recursive: true });
    write(
      `cases/${slug}/case.yaml`,
      `title: { id: Kasus sintetis ${i + 1}, en: Synthetic case ${i + 1} }
summary: { id: Ringkasan kasus sintetis ${i + 1} untuk uji skala., en: Summary of synthetic case ${i + 1} for the scale benchmark. }
thesis: { title: unknown, author: unknown, university: unknown, year: unknown, degree: unknown, field: unknown }
pairings: [${pid}]
sectors: [${sectors.join(', ')}]
framework: synthetic-framework
sources: [${sourceId}]
`,
    );
    const findings = KINDS.map((kind, k) => {
      const sentence = sentences[k + 1] as string;
      const extra =
        kind === 'obstacle'
          ? `\n    categories: [${pick(CATEGORIES)}]`
          : kind === 'evaluation'
            ? `\n    element: { framework: synthetic-framework, element: element-${1 + (k % 3)}, verdict: ${pick(['met', 'not-met', 'partial'])} }`
            : '';
      return `  - id: ${slug}-f${k + 1}
    kind: ${kind}
    sectors: [${pick(sectors)}]
    cities: [${a.id}, ${b.id}]
    pairings: [${pid}]${extra}
    text: { id: ${q(`Temuan sintetis ${k + 1} dari kasus ${i + 1}.`)}, en: ${q(`Synthetic finding ${k + 1} of case ${i + 1}.`)} }
    evidence:
      - source: ${sourceId}
        quote: ${q(sentence.slice(0, 60))}`;
    });
    write(`cases/${slug}/findings.yaml`, `findings:\n${findings.join('\n')}\n`);
    // Narratives the size and shape of the real ones (~6 kB: seven sections, a list, a concept
    // link, every finding cited); a teaching note (~4 kB) for one case in four.
    let cite = 0;
    const sentence = (lang: 'id' | 'en') => {
      const words = Array.from({ length: 10 + Math.floor(rand() * 12) }, () => word(lang));
      return `${words.join(' ')}.<Cite f="${slug}-f${1 + (cite++ % KINDS.length)}" />`;
    };
    const paragraph = (lang: 'id' | 'en', k: number) => Array.from({ length: k }, () => sentence(lang)).join(' ');
    for (const lang of ['id', 'en'] as const) {
      const concept = `<Concept c="paradiplomacy">${lang === 'id' ? 'paradiplomasi' : 'paradiplomacy'}</Concept>`;
      const marker =
        lang === 'id'
          ? `Narasi sintetis untuk uji skala, tentang ${concept}.`
          : `A synthetic narrative for the scale benchmark, about ${concept}.`;
      const sections = SECTIONS[lang].map((h, k) =>
        k === 2
          ? `## ${h}\n\n${Array.from({ length: 4 }, () => `- **${pick(SECTORS)}.** ${paragraph(lang, 2)}`).join('\n')}\n`
          : `## ${h}\n\n${k === 0 ? `${marker} ` : ''}${paragraph(lang, 3)}\n\n${paragraph(lang, 2)}\n`,
      );
      write(`cases/${slug}/${lang}.mdx`, sections.join('\n'));
      if (i % 4 === 0) {
        mkdirSync(join(dir, 'cases', slug, 'teaching'), { recursive: true });
        const teaching = TEACHING[lang].map(
          (h) => `## ${h}\n\n${Array.from({ length: 5 }, () => `1. ${paragraph(lang, 2)}`).join('\n')}\n`,
        );
        write(`cases/${slug}/teaching/${lang}.mdx`, teaching.join('\n'));
      }
    }
  }
  write('sources/sources.yaml', `sources:\n${sourcesYaml.join('\n')}\n`);
  write('pairings.yaml', `pairings:\n${pairingsYaml.join('\n')}\n`);
  write(
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
  mkdirSync(join(dir, 'concepts', 'paradiplomacy'), { recursive: true });
  write(
    'concepts/paradiplomacy/concept.yaml',
    'term: { id: Paradiplomasi, en: Paradiplomacy }\nshort: { id: Konsep sintetis., en: A synthetic concept. }\n',
  );
  write('concepts/paradiplomacy/id.mdx', 'Konsep sintetis.\n');
  write('concepts/paradiplomacy/en.mdx', 'A synthetic concept.\n');
  return { files };
}
