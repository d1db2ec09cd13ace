/** The synthetic corpus's vocabulary and tables (tools/lib/synthetic-corpus.ts), calibrated on the real narratives. */
import { FINDING_KIND_ORDER } from '../../src/lib/shared/vocabulary.ts';
import { OBSTACLE_CATEGORIES } from '../../src/schemas/finding.ts';

export function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const SECTORS = [
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
/** Finding kinds in reading order, outcomes and obstacles twice (as in the real cases). */
export const KINDS = [...FINDING_KIND_ORDER, 'outcome', 'obstacle'] as const;
/** Obstacle categories drawn by the synthetic findings: the first eight of the schema's. */
export const CATEGORIES = OBSTACLE_CATEGORIES.slice(0, 8);
export const PARTNERS: [string, number, number, number, number][] = [
  ['NL', 3.3, 7.0, 50.8, 53.4],
  ['AU', 115, 153, -38, -12],
  ['KR', 126.5, 129.5, 34.8, 37.8],
  ['JP', 130, 141, 31.5, 43],
  ['MY', 100.5, 104, 1.5, 6.5],
  ['VN', 105, 109, 9, 21.5],
];
export const WORDS = [
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
export const VOCABULARY = {
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
