/** The cases table: one row per case study, with what is known of its thesis. */
import { caseCities, type Atlas } from '../../model/atlas.ts';
import { UNKNOWN, type Localized } from '../../../schemas/index.ts';
import { both } from '../opendata.ts';
import { col, INTEGER, L, listCol, REQUIRED, table, urls, type FieldSpec } from './table.ts';

type CaseRow = Atlas['cases'][number] & { cities: string[]; findings: number; url: Localized };

/** A thesis field: its value, or "unknown" where the excerpts do not state it (read as missing). */
const THESIS: FieldSpec = { type: 'string', missing: [UNKNOWN] };
const unknownText = L(
  '"unknown" bila kutipan skripsi tidak menyebutkannya (tidak pernah ditebak).',
  '"unknown" where the thesis excerpts do not state it (never guessed).',
);
const withUnknown = (about: Localized): Localized =>
  L(`${about.id} ${unknownText.id}`, `${about.en} ${unknownText.en}`);

export const casesTable = table<CaseRow>({
  file: 'cases.csv',
  about: L('Satu baris per studi kasus (satu skripsi).', 'One row per case study (one thesis).'),
  key: ['id'],
  columns: [
    col('id', L('Id studi kasus (slug halamannya).', "Case id (its page's slug)."), (c) => c.slug, REQUIRED),
    col(
      'title_id',
      L('Judul studi kasus dalam bahasa Indonesia.', 'Case title in Indonesian.'),
      (c) => c.title.id,
      REQUIRED,
    ),
    col(
      'title_en',
      L('Judul dalam bahasa Inggris (terjemahan kami).', 'Title in English (our translation).'),
      (c) => c.title.en,
      REQUIRED,
    ),
    col('summary_id', L('Ringkasan dalam bahasa Indonesia.', 'Summary in Indonesian.'), (c) => c.summary.id, REQUIRED),
    col(
      'summary_en',
      L('Ringkasan dalam bahasa Inggris (terjemahan kami).', 'Summary in English (our translation).'),
      (c) => c.summary.en,
      REQUIRED,
    ),
    col('thesis_title', withUnknown(L('Judul skripsi.', "The thesis's title.")), (c) => c.thesis.title, THESIS),
    col(
      'thesis_authors',
      withUnknown(L('Penulis skripsi, dipisah "; ".', 'The thesis\'s authors, separated by "; ".')),
      (c) => (c.thesis.author === UNKNOWN ? UNKNOWN : c.thesis.author.join('; ')),
      { ...THESIS, type: 'list' },
    ),
    col('thesis_year', withUnknown(L('Tahun skripsi.', "The thesis's year.")), (c) => c.thesis.year, {
      ...THESIS,
      type: 'integer',
    }),
    col(
      'thesis_degree',
      withUnknown(L('Jenjang, mis. S1 (skripsi).', 'Degree, e.g. S1 (skripsi).')),
      (c) => c.thesis.degree,
      THESIS,
    ),
    col('thesis_university', withUnknown(L('Universitas.', 'University.')), (c) => c.thesis.university, THESIS),
    listCol('sectors', L('Id bidang, dipisah "; ".', 'Sector ids, separated by "; ".'), (c) => c.sectors),
    listCol(
      'pairings',
      L('Id pasangan kota (pairings.csv), dipisah "; ".', 'Pairing ids (pairings.csv), separated by "; ".'),
      (c) => c.pairings,
    ),
    listCol(
      'cities',
      L('Id kota (cities.csv), dipisah "; ".', 'City ids (cities.csv), separated by "; ".'),
      (c) => c.cities,
    ),
    col(
      'framework',
      L('Id kerangka evaluasi yang dipakai skripsi.', 'Id of the evaluation framework the thesis uses.'),
      (c) => c.framework ?? '',
    ),
    listCol(
      'sources',
      L('Id kutipan sumber, dipisah "; ".', 'Source excerpt ids, separated by "; ".'),
      (c) => c.sources,
    ),
    col(
      'findings',
      L('Jumlah temuan (findings.csv).', 'Number of findings (findings.csv).'),
      (c) => c.findings,
      INTEGER,
    ),
    ...urls<CaseRow>((c) => c.url),
  ],
  rows: (atlas, link) =>
    atlas.cases.map((c) => ({
      ...c,
      cities: caseCities(atlas, c.slug).map((x) => x.id),
      findings: atlas.findingsByCase.get(c.slug)?.length ?? 0,
      url: both(link, (r) => r.case(c.slug)),
    })),
});
