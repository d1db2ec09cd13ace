/**
 * The codebook of the open data files: every field explained in both languages. A test checks
 * that it documents exactly the fields the JSON Schemas define, so it cannot drift from the data.
 */
import type { Localized } from '../../schemas/index.ts';

export interface CodebookFile {
  file: string;
  schema: string;
  about: Localized;
  /** Dotted field paths (`[]` marks array items) with their meaning. */
  fields: [string, Localized][];
}

/** The data page's anchor for a file's codebook section (JSON file or table). */
export const codebookAnchor = (file: string): string => `codebook-${file.replace('.', '-')}`;

const L = (id: string, en: string): Localized => ({ id, en });
const urlPair = L(
  'URL halaman dalam bahasa Indonesia (id) dan Inggris (en).',
  'URL of the page in Indonesian (id) and English (en).',
);
const textPair = L(
  'Teks dalam bahasa Indonesia (id, asli) dan Inggris (en, terjemahan kami).',
  'Text in Indonesian (id, original) and English (en, our translation).',
);
const evidenceFields = (prefix: string): [string, Localized][] => [
  [prefix, L('Kutipan kata demi kata yang mendukung fakta.', 'Verbatim quotations supporting the fact.')],
  [`${prefix}[].source`, L('Id kutipan sumber (halaman /sources/<id>/).', 'Source excerpt id (page /sources/<id>/).')],
  [
    `${prefix}[].quote`,
    L(
      'Kutipan sebagai teks biasa: kata-katanya persis seperti dalam sumber, penekanan Markdown dihapus dan spasi dirapikan.',
      "The quotation as plain text: the source's exact words, with Markdown emphasis removed and whitespace collapsed.",
    ),
  ],
  [
    `${prefix}[].start`,
    L(
      'Awal rentang kutipan dalam teks sumbernya (halaman /sources/<id>/), sebagai indeks titik kode dari 0.',
      "Start of the quotation's span in its source's text (page /sources/<id>/), as a code point index from 0.",
    ),
  ],
  [
    `${prefix}[].end`,
    L(
      'Akhir rentang (eksklusif): teks berkas [start, end) adalah kutipan persis, dengan spasi dan penekanan aslinya.',
      "End of the span (exclusive): the file's text [start, end) is the exact quotation, with its original whitespace and emphasis.",
    ),
  ],
  [
    `${prefix}[].url`,
    L('URL kutipan yang disorot di halaman sumber.', 'URL of the quotation highlighted in the source page.'),
  ],
  [`${prefix}[].url.id`, L('Versi Indonesia.', 'Indonesian version.')],
  [`${prefix}[].url.en`, L('Versi Inggris.', 'English version.')],
];
const unknownNote = L(
  'Nilai atau "unknown" bila kutipan tidak menyebutkannya.',
  'The value, or "unknown" where the excerpts do not state it.',
);

export const CODEBOOK: CodebookFile[] = [
  {
    file: 'cases.json',
    schema: 'cases.schema.json',
    about: L('Satu rekaman per studi kasus (satu skripsi).', 'One record per case study (one thesis).'),
    fields: [
      ['licence', L('Lisensi data.', 'Data licence.')],
      ['cases', L('Daftar studi kasus.', 'The case studies.')],
      ['cases[].id', L('Id tetap studi kasus (sama dengan slug).', 'Stable case id (same as slug).')],
      ['cases[].slug', L('Slug URL studi kasus.', 'URL slug of the case.')],
      ['cases[].title', L('Judul yang kami tulis (bukan judul skripsi).', 'Title we wrote (not the thesis title).')],
      ['cases[].title.id', L('Judul dalam bahasa Indonesia.', 'Title in Indonesian.')],
      ['cases[].title.en', L('Judul dalam bahasa Inggris.', 'Title in English.')],
      ['cases[].summary', L('Ringkasan satu paragraf.', 'One-paragraph summary.')],
      ['cases[].summary.id', textPair],
      ['cases[].summary.en', textPair],
      ['cases[].thesis', L('Metadata skripsi.', 'Thesis metadata.')],
      ['cases[].thesis.title', unknownNote],
      ['cases[].thesis.author', unknownNote],
      ['cases[].thesis.university', unknownNote],
      ['cases[].thesis.year', unknownNote],
      ['cases[].thesis.degree', unknownNote],
      ['cases[].cities', L('Id kota (lihat cities.geojson).', 'City ids (see cities.geojson).')],
      ['cases[].sectors', L('Id bidang.', 'Sector ids.')],
      ['cases[].pairings', L('Id pasangan kota (lihat pairings.json).', 'Pairing ids (see pairings.json).')],
      ['cases[].framework', L('Id kerangka evaluasi, atau null.', 'Evaluation framework id, or null.')],
      ['cases[].sources', L('Id kutipan sumber.', 'Source excerpt ids.')],
      ['cases[].findings', L('Jumlah temuan.', 'Number of findings.')],
      [
        'cases[].reference',
        L(
          'Rujukan APA 7 skripsi; bagian yang tidak diketahui tidak dicantumkan.',
          'APA 7 reference of the thesis; unknown parts are left out.',
        ),
      ],
      ['cases[].reference.id', textPair],
      ['cases[].reference.en', textPair],
      ['cases[].url', urlPair],
      ['cases[].url.id', urlPair],
      ['cases[].url.en', urlPair],
    ],
  },
  {
    file: 'findings.json',
    schema: 'findings.schema.json',
    about: L('Satu rekaman per temuan, dengan buktinya.', 'One record per finding, with its evidence.'),
    fields: [
      ['licence', L('Lisensi data.', 'Data licence.')],
      ['findings', L('Daftar temuan.', 'The findings.')],
      [
        'findings[].id',
        L(
          'Id tetap temuan; juga jangkarnya di halaman studi kasus.',
          'Stable finding id; also its anchor on the case page.',
        ),
      ],
      ['findings[].case', L('Id studi kasus.', 'Case id.')],
      [
        'findings[].kind',
        L(
          'Jenis: outcome, obstacle, evaluation, reason, recommendation, context.',
          'Kind: outcome, obstacle, evaluation, reason, recommendation, context.',
        ),
      ],
      ['findings[].sectors', L('Id bidang.', 'Sector ids.')],
      ['findings[].cities', L('Id kota.', 'City ids.')],
      ['findings[].pairings', L('Id pasangan kota.', 'Pairing ids.')],
      ['findings[].categories', L('Kategori kendala (hanya untuk kendala).', 'Obstacle categories (obstacles only).')],
      [
        'findings[].element',
        L(
          'Elemen kerangka yang dinilai dan putusannya, atau null.',
          'Framework element judged and the verdict, or null.',
        ),
      ],
      ['findings[].element.framework', L('Id kerangka.', 'Framework id.')],
      ['findings[].element.element', L('Id elemen.', 'Element id.')],
      [
        'findings[].element.verdict',
        L('met, not-met, partial atau not-stated.', 'met, not-met, partial or not-stated.'),
      ],
      ['findings[].text', textPair],
      ['findings[].text.id', textPair],
      ['findings[].text.en', textPair],
      [
        'findings[].provenance',
        L(
          'thesis (dari kutipan skripsi) atau external (dari sumber eksternal yang dikutip).',
          'thesis (from the thesis excerpt) or external (from a cited external source).',
        ),
      ],
      ...evidenceFields('findings[].evidence'),
      [
        'findings[].citations',
        L('Rujukan sumber eksternal (temuan eksternal).', 'External source references (external findings).'),
      ],
      ['findings[].url', urlPair],
      ['findings[].url.id', urlPair],
      ['findings[].url.en', urlPair],
    ],
  },
  {
    file: 'pairings.json',
    schema: 'pairings.schema.json',
    about: L('Satu rekaman per pasangan kota, dengan lini masanya.', 'One record per city pairing, with its timeline.'),
    fields: [
      ['licence', L('Lisensi data.', 'Data licence.')],
      ['pairings', L('Daftar pasangan kota.', 'The pairings.')],
      ['pairings[].id', L('Id tetap pasangan.', 'Stable pairing id.')],
      ['pairings[].cities', L('Dua id kota; pihak Indonesia lebih dulu.', 'Two city ids; the Indonesian party first.')],
      ['pairings[].countries', L('Kode negara ISO 3166-1 kedua kota.', 'ISO 3166-1 country codes of the two cities.')],
      [
        'pairings[].kind',
        L('sister-city, sister-province atau other-cooperation.', 'sister-city, sister-province or other-cooperation.'),
      ],
      [
        'pairings[].sectorsAgreed',
        L('Bidang yang disepakati menurut sumber.', 'Sectors agreed, as the sources state.'),
      ],
      ['pairings[].cases', L('Id studi kasus.', 'Case ids.')],
      [
        'pairings[].inferred',
        L(
          'Kota yang diidentifikasi dari sumber eksternal, bukan dari skripsi.',
          'Cities identified from external sources, not from the thesis.',
        ),
      ],
      ['pairings[].events', L('Langkah-langkah kerja sama.', 'Steps of the cooperation.')],
      [
        'pairings[].events[].type',
        L(
          'exploration, friendship, loi, mou, action-plan, evaluation atau renewal.',
          'exploration, friendship, loi, mou, action-plan, evaluation or renewal.',
        ),
      ],
      [
        'pairings[].events[].date',
        L(
          'Tanggal ISO parsial (YYYY, YYYY-MM, YYYY-MM-DD) atau "unknown".',
          'Partial ISO date (YYYY, YYYY-MM, YYYY-MM-DD) or "unknown".',
        ),
      ],
      [
        'pairings[].events[].derived',
        L(
          'true bila tanggal kami turunkan dari kalimat sumber.',
          'true when we derived the date from the source wording.',
        ),
      ],
      ['pairings[].events[].provenance', L('thesis atau external.', 'thesis or external.')],
      ['pairings[].events[].note', textPair],
      ['pairings[].events[].note.id', textPair],
      ['pairings[].events[].note.en', textPair],
      ...evidenceFields('pairings[].events[].evidence'),
      ['pairings[].events[].citations', L('Rujukan sumber eksternal.', 'External source references.')],
      ['pairings[].url', urlPair],
      ['pairings[].url.id', urlPair],
      ['pairings[].url.en', urlPair],
    ],
  },
  {
    file: 'cities.geojson',
    schema: 'cities.schema.json',
    about: L('GeoJSON FeatureCollection: satu titik per tempat.', 'GeoJSON FeatureCollection: one point per place.'),
    fields: [
      ['licence', L('Lisensi data.', 'Data licence.')],
      [
        'attribution',
        L(
          'Sumber koordinat dan lisensinya (GeoNames, CC BY 4.0): sebutkan bila memakai berkas ini.',
          "The coordinates' source and licence (GeoNames, CC BY 4.0): credit it when you use this file.",
        ),
      ],
      ['type', L('Selalu "FeatureCollection".', 'Always "FeatureCollection".')],
      ['features', L('Daftar tempat.', 'The places.')],
      ['features[].type', L('Selalu "Feature".', 'Always "Feature".')],
      ['features[].id', L('Id kota.', 'City id.')],
      [
        'features[].geometry',
        L('Titik [bujur, lintang] dalam derajat (WGS 84).', 'Point [longitude, latitude] in degrees (WGS 84).'),
      ],
      ['features[].geometry.type', L('Selalu "Point".', 'Always "Point".')],
      ['features[].geometry.coordinates', L('[bujur, lintang].', '[longitude, latitude].')],
      ['features[].properties', L('Atribut tempat.', 'Attributes of the place.')],
      ['features[].properties.name', textPair],
      ['features[].properties.name.id', textPair],
      ['features[].properties.name.en', textPair],
      ['features[].properties.country', L('Kode negara ISO 3166-1 alpha-2.', 'ISO 3166-1 alpha-2 country code.')],
      ['features[].properties.adminType', L('Jenis wilayah administratif.', 'Administrative type.')],
      ['features[].properties.parent', L('Wilayah induk.', 'Parent region.')],
      ['features[].properties.parent.id', textPair],
      ['features[].properties.parent.en', textPair],
      ['features[].properties.indonesian', L('true untuk tempat di Indonesia.', 'true for places in Indonesia.')],
      [
        'features[].properties.gazetteer',
        L('Gazetir dan id titik (GeoNames).', 'Gazetteer and id of the point (GeoNames).'),
      ],
      [
        'features[].properties.pointNote',
        L(
          'Catatan bila titik mewakili tempat lain (mis. provinsi di ibu kotanya), atau null.',
          'Note when the point stands for another place (e.g. a province at its capital), or null.',
        ),
      ],
      ['features[].properties.pointNote.id', textPair],
      ['features[].properties.pointNote.en', textPair],
      [
        'features[].properties.cases',
        L('Studi kasus yang mengkaji tempat ini.', 'Case studies that study this place.'),
      ],
    ],
  },
];
