/** The events, pairings and cities tables: each agreement step, each pairing, each place. */
import { casesByCity, type Atlas } from '../../model/atlas.ts';
import { both } from '../opendata.ts';
import { citySchema, EVENT_TYPES, pairingSchema, provenance, type Localized } from '../../../schemas/index.ts';
import { col, INTEGER, L, listCol, oneOf, REQUIRED, table, urls } from './table.ts';

interface EventRow {
  pairing: string;
  n: number;
  e: Atlas['pairings'][number]['events'][number];
}

const precision = (date: string) =>
  date === 'unknown' ? 'unknown' : (['year', 'month', 'day'][date.split('-').length - 1] ?? '');

export const eventsTable = table<EventRow>({
  file: 'events.csv',
  about: L('Satu baris per langkah bertanggal sebuah pasangan kota.', 'One row per dated step of a city pairing.'),
  key: ['pairing', 'n'],
  foreignKeys: [{ field: 'pairing', table: 'pairings.csv', key: 'id' }],
  columns: [
    col('pairing', L('Id pasangan kota (pairings.csv).', 'Pairing id (pairings.csv).'), (r) => r.pairing, REQUIRED),
    col(
      'n',
      L('Nomor langkah dalam pasangan itu (1, 2, …).', "The step's number within the pairing (1, 2, …)."),
      (r) => r.n,
      INTEGER,
    ),
    col(
      'type',
      L(
        'Jenis: exploration, friendship, loi, mou, action-plan, evaluation, renewal.',
        'Kind: exploration, friendship, loi, mou, action-plan, evaluation, renewal.',
      ),
      (r) => r.e.type,
      oneOf(EVENT_TYPES),
    ),
    col(
      'date',
      L(
        'Tanggal ISO sebagian (YYYY, YYYY-MM, YYYY-MM-DD) atau "unknown".',
        'Partial ISO date (YYYY, YYYY-MM, YYYY-MM-DD), or "unknown".',
      ),
      (r) => r.e.date,
      REQUIRED,
    ),
    col(
      'date_precision',
      L('year, month, day, atau unknown.', 'year, month, day, or unknown.'),
      (r) => precision(r.e.date),
      oneOf(['year', 'month', 'day', 'unknown']),
    ),
    col(
      'derived',
      L(
        'true bila tanggal kami turunkan dari kata-kata sumber.',
        "true where we derived the date from the source's wording.",
      ),
      (r) => r.e.derived ?? false,
      { type: 'boolean', required: true },
    ),
    col(
      'provenance',
      L('thesis atau external.', 'thesis or external.'),
      (r) => r.e.provenance,
      oneOf(provenance.options),
    ),
    listCol(
      'sources',
      L(
        'Id kutipan sumber, dipisah "; " (rentangnya di evidence.csv).',
        'Source excerpt ids, separated by "; " (spans in evidence.csv).',
      ),
      (r) => [...new Set((r.e.evidence ?? []).map((x) => x.source))],
    ),
    listCol(
      'citations',
      L('Id rujukan eksternal, dipisah "; ".', 'External citation ids, separated by "; ".'),
      (r) => r.e.citations,
    ),
    col(
      'note_id',
      L('Keterangan langkah dalam bahasa Indonesia.', 'Description of the step in Indonesian.'),
      (r) => r.e.note.id,
      REQUIRED,
    ),
    col(
      'note_en',
      L('Keterangan dalam bahasa Inggris (terjemahan kami).', 'Description in English (our translation).'),
      (r) => r.e.note.en,
      REQUIRED,
    ),
  ],
  rows: (atlas) => atlas.pairings.flatMap((p) => p.events.map((e, i) => ({ pairing: p.id, n: i + 1, e }))),
});

type PairingRow = Atlas['pairings'][number] & { url: Localized };
export const pairingsTable = table<PairingRow>({
  file: 'pairings.csv',
  about: L(
    'Satu baris per pasangan kota; langkahnya di events.csv.',
    'One row per city pairing; its steps are in events.csv.',
  ),
  key: ['id'],
  foreignKeys: [
    { field: 'city_a', table: 'cities.csv', key: 'id' },
    { field: 'city_b', table: 'cities.csv', key: 'id' },
  ],
  columns: [
    col('id', L('Id pasangan.', 'Pairing id.'), (p) => p.id, REQUIRED),
    col(
      'city_a',
      L('Id pihak Indonesia (cities.csv).', 'Id of the Indonesian party (cities.csv).'),
      (p) => p.cities[0],
      REQUIRED,
    ),
    col('city_b', L('Id mitra (cities.csv).', 'Id of the partner (cities.csv).'), (p) => p.cities[1], REQUIRED),
    col(
      'kind',
      L(
        'Jenis hubungan: sister-city, sister-province, other-cooperation.',
        'Kind of relationship: sister-city, sister-province, other-cooperation.',
      ),
      (p) => p.kind,
      oneOf(pairingSchema.shape.kind.options),
    ),
    listCol(
      'sectors_agreed',
      L('Id bidang yang disepakati, dipisah "; ".', 'Ids of the sectors agreed, separated by "; ".'),
      (p) => p.sectorsAgreed,
    ),
    listCol(
      'cases',
      L('Id studi kasus yang mengkajinya, dipisah "; ".', 'Ids of the cases that study it, separated by "; ".'),
      (p) => p.cases,
    ),
    listCol(
      'inferred',
      L(
        'Id kota yang disimpulkan dari sumber eksternal, dipisah "; ".',
        'Ids of cities inferred from external sources, separated by "; ".',
      ),
      (p) => (p.inferred ?? []).map((i) => i.city),
    ),
    ...urls<PairingRow>((p) => p.url),
  ],
  rows: (atlas, link) =>
    atlas.pairings.map((p) => {
      return { ...p, url: both(link, (r) => r.pairing(p) ?? r.section('cases')) };
    }),
});

type CityRow = Atlas['cities'][number] & { cases: string[]; url: Localized };
export const citiesTable = table<CityRow>({
  file: 'cities.csv',
  about: L(
    'Satu baris per tempat; koordinat dari GeoNames (CC BY 4.0).',
    'One row per place; coordinates from GeoNames (CC BY 4.0).',
  ),
  key: ['id'],
  columns: [
    col('id', L('Id tempat.', 'Place id.'), (c) => c.id, REQUIRED),
    col('name_id', L('Nama dalam bahasa Indonesia.', 'Name in Indonesian.'), (c) => c.name.id, REQUIRED),
    col('name_en', L('Nama dalam bahasa Inggris.', 'Name in English.'), (c) => c.name.en, REQUIRED),
    col(
      'country',
      L('Kode negara ISO 3166-1 alpha-2.', 'ISO 3166-1 alpha-2 country code.'),
      (c) => c.country,
      REQUIRED,
    ),
    col(
      'admin_type',
      L(
        'Jenis wilayah: city, regency, district, province, metropolitan-city, special-city.',
        'Kind of place: city, regency, district, province, metropolitan-city, special-city.',
      ),
      (c) => c.adminType,
      oneOf(citySchema.shape.adminType.options),
    ),
    col(
      'parent_id',
      L('Wilayah induknya, dalam bahasa Indonesia.', 'The region it belongs to, in Indonesian.'),
      (c) => c.parent.id,
      REQUIRED,
    ),
    col(
      'parent_en',
      L('Wilayah induknya, dalam bahasa Inggris.', 'The region it belongs to, in English.'),
      (c) => c.parent.en,
      REQUIRED,
    ),
    col('lon', L('Bujur titik di peta (derajat).', 'Longitude of the point on the map (degrees).'), (c) => c.lon, {
      type: 'number',
      required: true,
    }),
    col('lat', L('Lintang titik di peta (derajat).', 'Latitude of the point on the map (degrees).'), (c) => c.lat, {
      type: 'number',
      required: true,
    }),
    col(
      'gazetteer',
      L('Gazetir asal koordinat.', 'Gazetteer the coordinates come from.'),
      (c) => c.gazetteer.name,
      REQUIRED,
    ),
    col(
      'gazetteer_ref',
      L('Id entri gazetir (geonameid untuk GeoNames).', "The gazetteer entry's id (geonameid for GeoNames)."),
      (c) => c.gazetteer.ref,
      REQUIRED,
    ),
    listCol(
      'cases',
      L('Id studi kasus tentang tempat ini, dipisah "; ".', 'Ids of the cases about this place, separated by "; ".'),
      (c) => c.cases,
    ),
    ...urls<CityRow>((c) => c.url),
  ],
  rows: (atlas, link) => {
    const casesOf = casesByCity(atlas);
    return atlas.cities.map((c) => ({
      ...c,
      cases: casesOf.get(c.id) ?? [],
      url: both(link, (r) => r.city(c.id)),
    }));
  },
});
