/** The findings and evidence tables: one row per finding, one row per quotation with its span in the source file. */
import { forEachQuote, type Atlas } from '../../model/atlas.ts';
import { QUOTE_OWNER_TYPES, quoteAnchor, type QuoteOwner } from '../../shared/anchors.ts';
import { FINDING_KINDS } from '../../shared/vocabulary.ts';
import { provenance, VERDICTS, type Evidence, type Finding, type Localized } from '../../../schemas/index.ts';
import { both, type Linker } from '../opendata.ts';
import { plainQuote, quoteSpan } from '../quotes.ts';
import { col, INTEGER, L, listCol, oneOf, REQUIRED, table, urls } from './table.ts';

interface FindingRow {
  f: Finding;
  countries: string[];
  url: Localized;
}

export const findingsTable = table<FindingRow>({
  file: 'findings.csv',
  about: L('Satu baris per temuan.', 'One row per finding.'),
  key: ['id'],
  foreignKeys: [{ field: 'case', table: 'cases.csv', key: 'id' }],
  columns: [
    col(
      'id',
      L('Id tetap temuan (jangkar di halaman studi kasus).', 'Stable finding id (its anchor on the case page).'),
      (r) => r.f.id,
      REQUIRED,
    ),
    col('case', L('Id studi kasus (cases.json).', 'Case id (cases.json).'), (r) => r.f.case, REQUIRED),
    col(
      'kind',
      L(
        'Jenis: outcome, obstacle, evaluation, reason, recommendation, context.',
        'Kind: outcome, obstacle, evaluation, reason, recommendation, context.',
      ),
      (r) => r.f.kind,
      oneOf(FINDING_KINDS),
    ),
    listCol('sectors', L('Id bidang, dipisah "; ".', 'Sector ids, separated by "; ".'), (r) => r.f.sectors),
    listCol(
      'cities',
      L('Id kota (cities.csv), dipisah "; ".', 'City ids (cities.csv), separated by "; ".'),
      (r) => r.f.cities,
    ),
    listCol(
      'countries',
      L(
        'Kode negara kota-kota itu (ISO 3166-1 alpha-2), dipisah "; ".',
        'Those cities\' country codes (ISO 3166-1 alpha-2), separated by "; ".',
      ),
      (r) => r.countries,
    ),
    listCol(
      'pairings',
      L('Id pasangan kota (pairings.csv), dipisah "; ".', 'Pairing ids (pairings.csv), separated by "; ".'),
      (r) => r.f.pairings,
    ),
    listCol(
      'categories',
      L('Kategori kendala, dipisah "; " (kendala saja).', 'Obstacle categories, separated by "; " (obstacles only).'),
      (r) => r.f.categories,
    ),
    col(
      'framework',
      L('Kerangka evaluasi yang dinilai (evaluasi saja).', 'Evaluation framework judged (evaluations only).'),
      (r) => r.f.element?.framework ?? '',
    ),
    col('element', L('Elemen kerangka yang dinilai.', 'Framework element judged.'), (r) => r.f.element?.element ?? ''),
    col(
      'verdict',
      L(
        'Penilaian skripsi: met, not-met, partial, not-stated.',
        "The thesis's verdict: met, not-met, partial, not-stated.",
      ),
      (r) => r.f.element?.verdict ?? '',
      oneOf(VERDICTS, false),
    ),
    col(
      'statement_id',
      L('Temuan dalam bahasa Indonesia (asli).', 'The finding in Indonesian (original).'),
      (r) => r.f.text.id,
      REQUIRED,
    ),
    col(
      'statement_en',
      L('Temuan dalam bahasa Inggris (terjemahan kami).', 'The finding in English (our translation).'),
      (r) => r.f.text.en,
      REQUIRED,
    ),
    col(
      'provenance',
      L(
        'thesis (didukung kutipan) atau external (didukung rujukan).',
        'thesis (supported by quotations) or external (supported by citations).',
      ),
      (r) => r.f.provenance,
      oneOf(provenance.options),
    ),
    col(
      'quotes',
      L(
        'Kutipan sebagai teks biasa, dipisah " | " (rentangnya di evidence.csv).',
        'The quotations as plain text, separated by " | " (their spans are in evidence.csv).',
      ),
      (r) => (r.f.evidence ?? []).map((e) => plainQuote(e.quote)).join(' | '),
    ),
    listCol('sources', L('Id kutipan sumber, dipisah "; ".', 'Source excerpt ids, separated by "; ".'), (r) => [
      ...new Set((r.f.evidence ?? []).map((e) => e.source)),
    ]),
    listCol(
      'citations',
      L(
        'Id rujukan eksternal, dipisah "; " (fakta eksternal).',
        'External citation ids, separated by "; " (external facts).',
      ),
      (r) => r.f.citations,
    ),
    ...urls<FindingRow>((r) => r.url),
  ],
  rows: (atlas, link) =>
    atlas.cases.flatMap((c) =>
      (atlas.findingsByCase.get(c.slug) ?? []).map((f) => ({
        f,
        countries: [...new Set(f.cities.flatMap((id) => atlas.city.get(id)?.country ?? []))],
        url: both(link, (r) => r.finding(f)),
      })),
    ),
});

interface EvidenceRow {
  owner: QuoteOwner;
  n: number;
  ev: Evidence;
  start: number;
  end: number;
  url: Localized;
}

/** Every quotation of every record, with its exact span in the source file. */
function evidenceRows(atlas: Atlas, link: Linker): EvidenceRow[] {
  const out: EvidenceRow[] = [];
  const add = (owner: QuoteOwner, evidence: readonly Evidence[] | undefined) => {
    (evidence ?? []).forEach((ev, i) => {
      const span = quoteSpan(atlas, ev);
      const anchor = quoteAnchor(owner, i + 1);
      out.push({ owner, n: i + 1, ev, ...span, url: both(link, (r) => r.source(ev.source, anchor)) });
    });
  };
  const findings = atlas.cases.flatMap((c) => atlas.findingsByCase.get(c.slug) ?? []);
  forEachQuote(atlas, findings, add);
  return out;
}

export const evidenceTable = table<EvidenceRow>({
  file: 'evidence.csv',
  about: L(
    'Satu baris per kutipan, dengan rentangnya yang tepat di berkas sumber.',
    'One row per quotation, with its exact span in the source file.',
  ),
  key: ['owner_type', 'owner_id', 'event', 'n'],
  columns: [
    col(
      'owner_type',
      L(
        'Siapa yang mengutip: finding, pairing, event, framework, concept.',
        'What quotes it: finding, pairing, event, framework, concept.',
      ),
      (r) => r.owner.type,
      oneOf(QUOTE_OWNER_TYPES),
    ),
    col(
      'owner_id',
      L(
        'Id temuan, pasangan (juga untuk event), kerangka atau konsep.',
        'Id of the finding, pairing (also for an event), framework or concept.',
      ),
      (r) => r.owner.id,
      REQUIRED,
    ),
    col(
      'event',
      L(
        'Nomor langkah pasangan (events.csv), untuk owner_type event.',
        "The pairing's step number (events.csv), for owner_type event.",
      ),
      (r) => (r.owner.type === 'event' ? r.owner.index + 1 : ''),
      { type: 'integer' },
    ),
    col(
      'n',
      L('Nomor kutipan milik rekaman itu (1, 2, …).', "The quotation's number within its record (1, 2, …)."),
      (r) => r.n,
      INTEGER,
    ),
    col(
      'source',
      L('Id kutipan sumber: berkas content/sources/<id>.txt.', 'Source excerpt id: the file content/sources/<id>.txt.'),
      (r) => r.ev.source,
      REQUIRED,
    ),
    col(
      'quote',
      L(
        'Kutipan sebagai teks biasa: penekanan Markdown dihapus, spasi dirapikan.',
        'The quotation as plain text: Markdown emphasis removed, whitespace collapsed.',
      ),
      (r) => plainQuote(r.ev.quote),
      REQUIRED,
    ),
    col(
      'start',
      L(
        'Awal rentang kutipan di berkas sumber (indeks titik kode, dari 0).',
        "Start of the quotation's span in the source file (code point index, from 0).",
      ),
      (r) => r.start,
      INTEGER,
    ),
    col(
      'end',
      L(
        'Akhir rentang (eksklusif). Teks berkas [start, end) sama dengan quote, kecuali spasi dan penekanan.',
        'End of the span (exclusive). The file text [start, end, INTEGER) equals quote but for whitespace and emphasis.',
      ),
      (r) => r.end,
    ),
    ...urls<EvidenceRow>((r) => r.url),
  ],
  rows: evidenceRows,
});
