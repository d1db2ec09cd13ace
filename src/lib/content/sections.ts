/**
 * The sections a case narrative and a teaching note have, in order, in both languages
 * (CONTRIBUTING.md, step 5 and 6): `npm run new-case` scaffolds them, the benchmarks' synthetic
 * narratives use them. Pure.
 */
import type { Lang } from '../../i18n/lang.ts';

export const NARRATIVE_SECTIONS: Record<Lang, readonly string[]> = {
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

export const TEACHING_SECTIONS: Record<Lang, readonly string[]> = {
  id: ['Tujuan pembelajaran', 'Pertanyaan diskusi', 'Konsep kunci'],
  en: ['Learning objectives', 'Discussion questions', 'Key concepts'],
};
