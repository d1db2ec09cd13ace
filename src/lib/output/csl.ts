/**
 * Citation records. One CSL-JSON record per work (the atlas's case page, and the thesis behind it);
 * every format (APA text, BibTeX, RIS, CSL-JSON) and the COinS for reference managers are derived from those
 * records. Unknown authors, titles and years stay out of the record: never invented.
 */
import type { CslData } from '@citation-js/core';
import { UNKNOWN, type Case, type Release } from '../../schemas/index.ts';
import type { Lang } from '../../i18n/lang.ts';
import { ATLAS_AUTHOR, ATLAS_NAME } from './publisher.ts';

/** A record's BibTeX/RIS key: its citation key, else its id. */
const citationKey = (r: CslData): string => {
  const key: unknown = r['citation-key'];
  return typeof key === 'string' ? key : r.id;
};

const dateParts = (date: string): { 'date-parts': number[][] } => ({ 'date-parts': [date.split('-').map(Number)] });

/** APA's bracketed description of a thesis whose title the excerpts do not state, in the citing page's language. */
function untitledThesis(c: Case, lang: Lang): string {
  const known = c.thesis.degree !== UNKNOWN;
  return lang === 'id'
    ? `[${known ? 'Skripsi' : 'Karya tulis'} tentang ${c.title.id}; judul tidak disebut dalam kutipan]`
    : `[${known ? 'Undergraduate thesis' : 'Thesis'} on ${c.title.en}; title not stated in the excerpt]`;
}

/** The thesis behind a case. Its title, when unknown, is an APA bracketed description (in `lang`), not a title. */
export function thesisRecord(c: Case & { slug: string }, lang: Lang): CslData {
  const th = c.thesis;
  const record: CslData = {
    id: `thesis-${c.slug}`,
    'citation-key': `thesis-${c.slug}`,
    type: 'thesis',
    title: th.title === UNKNOWN ? untitledThesis(c, lang) : th.title,
    language: 'id',
  };
  if (th.degree !== UNKNOWN) record.genre = th.degree;
  if (th.author !== UNKNOWN) record.author = th.author.map((a) => ({ literal: a }));
  if (th.year !== UNKNOWN) record.issued = dateParts(String(th.year));
  if (th.university !== UNKNOWN) record.publisher = th.university;
  return record;
}

/** The atlas's own page for a case, in one language, dated by its last content update, of the atlas's `version`. */
export function pageRecord(
  c: Case & { slug: string },
  lang: Lang,
  url: string,
  updated: string | undefined,
  version: string,
): CslData {
  const record: CslData = {
    id: `atlas-${c.slug}-${lang}`,
    'citation-key': `atlas-${c.slug}-${lang}`,
    type: 'webpage',
    title: c.title[lang],
    author: [{ literal: ATLAS_AUTHOR }],
    'container-title': ATLAS_NAME,
    language: lang,
    URL: url,
    version,
  };
  if (updated !== undefined) record.issued = dateParts(updated);
  return record;
}

/** The open data of a release as a data set: dated by its release's year (APA 7 dates data sets by year), with its version and genre ("Data set"). */
export function datasetRecord(release: Release, lang: Lang, title: string, genre: string, url: string): CslData {
  return {
    id: `atlas-data-${release.version}-${lang}`,
    'citation-key': `atlas-data-${release.version}`,
    type: 'dataset',
    title,
    genre,
    author: [{ literal: ATLAS_AUTHOR }],
    issued: dateParts(release.date.slice(0, 4)),
    version: release.version,
    language: lang,
    URL: url,
  };
}

/** APA 7 references for many records, by record id, each a standalone reference (no "2026a"/"2026b"). */
export function apaMany(records: readonly CslData[], lang: Lang): Map<string, string> {
  return new Map(records.map((r) => [r.id, apaReference(r, lang)]));
}

/** The words an APA reference is written with, per language (Indonesian as Indonesian style guides adapt APA 7). */
const APA_WORDS = {
  en: { noDate: 'n.d.', version: 'Version' },
  id: { noDate: 't.t.', version: 'Versi' },
} as const;

const BULAN = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "A", "A & B", "A, B, & C" (APA 7 lists up to 20 authors; the atlas's records use literal names). */
function apaAuthors(names: NonNullable<CslData['author']>): string {
  const list = names.map((n) => n.literal ?? [n.family, n.given].filter(Boolean).join(', '));
  if (list.length <= 1) return list[0] ?? '';
  if (list.length === 2) return `${list[0]} & ${list[1]}`;
  return `${list.slice(0, -1).join(', ')}, & ${list.at(-1)}`;
}

/** "(2019)", "(2026, November 2)" / "(2026, 2 November)", or "(n.d.)" / "(t.t.)" when the record has no date. */
function apaDate(record: CslData, lang: Lang): string {
  const [y, m, d] = record.issued?.['date-parts'][0] ?? [];
  if (y === undefined) return `(${APA_WORDS[lang].noDate})`;
  if (m === undefined) return `(${y})`;
  const day = d === undefined ? '' : String(d);
  const month =
    lang === 'id' ? [day, BULAN[m - 1]].filter(Boolean).join(' ') : [MONTHS[m - 1], day].filter(Boolean).join(' ');
  return `(${y}, ${month})`;
}

/** Closes an APA element with a period unless it already ends in terminal punctuation. */
const element = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);

/**
 * APA 7 reference (plain text) for the two record types the atlas cites: its own case pages
 * (`webpage`, group author, "Retrieved … from" omitted because the page is dated) and theses.
 * A work without author moves its title to the author position (APA 7, 9.12); a missing date is "n.d.".
 * A versioned page has "(Version 0.2.0)" after its title (APA 7, 10.10; citeproc's APA style omits
 * the version of web pages). Formatted directly rather than through citeproc, which cost a quarter of
 * the build at 1,000 cases; tests/unit/output/csl.test.ts checks the English output against
 * citation-js's APA style. citation-js ships no Indonesian locale: Indonesian references follow the
 * same order with Indonesian words ("t.t.", "Versi", "22 November").
 */
export function apaReference(record: CslData, lang: Lang = 'en'): string {
  const version = typeof record.version === 'string' ? ` (${APA_WORDS[lang].version} ${record.version})` : '';
  const title = `${record.title ?? ''}${version}`;
  const genre = record.genre ? `[${record.genre}]` : '';
  const parts: string[] = [];
  if (record.author?.length) {
    parts.push(element(apaAuthors(record.author)), `${apaDate(record, lang)}.`);
    parts.push(element(genre ? `${title} ${genre}` : title));
  } else {
    parts.push(element(title), `${apaDate(record, lang)}.`);
    if (genre) parts.push(`${genre}.`);
  }
  if (record.type === 'webpage' && record['container-title']) parts.push(element(record['container-title']));
  if (record.publisher) parts.push(element(record.publisher));
  if (record.URL) parts.push(record.URL);
  return parts.join(' ');
}

const LANGID: Record<string, string> = { id: 'indonesian', en: 'english' };

/** A BibLaTeX field value: LaTeX's special characters escaped. */
function bibValue(text: string): string {
  return text.replace(
    /[\\{}%&$#_^~]/g,
    (ch) => ({ '\\': '\\textbackslash{}', '^': '\\textasciicircum{}', '~': '\\textasciitilde{}' })[ch] ?? `\\${ch}`,
  );
}

/**
 * A title's capitalised words each in braces ("{Semarang} – {Jung-gu} ({Ulsan}), cooperation in five
 * fields"), so sentence-case styles keep the names' capitals and lower-case the rest. A title braced
 * whole keeps every letter as written, which Better BibTeX and sentence-case styles read as a title
 * that must not be touched at all (and Better BibTeX reports as over-protected).
 */
const protectCase = (title: string) => title.replace(/[\p{L}\p{N}'’-]*\p{Lu}[\p{L}\p{N}'’-]*/gu, (w) => `{${w}}`);

/**
 * BibLaTeX (`@online` for the atlas's pages, `@thesis`), which Zotero, JabRef and biber read. Keys are
 * the records' citation keys; capitalised words in titles are protected (protectCase); unknown fields
 * stay out. Written directly (citation-js took 2 ms a file: 40 s of a 10,000-case build); tests read
 * every file back with citation-js.
 */
export function toBibtex(records: CslData[]): string {
  return records
    .map((r) => {
      const fields: [string, string][] = [];
      if (r.author?.length)
        fields.push([
          'author',
          r.author
            .map((a) => `{${bibValue(a.literal ?? [a.family, a.given].filter(Boolean).join(', '))}}`)
            .join(' and '),
        ]);
      fields.push(['title', protectCase(bibValue(r.title ?? ''))]);
      if (r.type === 'thesis') fields.push(['type', bibValue(r.genre ?? 'Thesis')]);
      if (r.publisher) fields.push(['institution', bibValue(r.publisher)]);
      if (r['container-title']) fields.push(['organization', bibValue(r['container-title'])]);
      const date = r.issued?.['date-parts'][0];
      if (date) fields.push(['date', date.map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0'))).join('-')]);
      if (typeof r.version === 'string') fields.push(['version', bibValue(r.version)]);
      if (r.language) fields.push(['langid', LANGID[r.language] ?? r.language]);
      if (r.URL) fields.push(['url', r.URL]);
      const type = r.type === 'thesis' ? 'thesis' : 'online';
      return `@${type}{${citationKey(r)},\n${fields.map(([k, v]) => `  ${k} = {${v}},`).join('\n')}\n}\n`;
    })
    .join('\n');
}

/** RIS (`ELEC` for the atlas's pages, `THES`), one tag per line, values never wrapped. */
export function toRis(records: CslData[]): string {
  return records
    .map((r) => {
      const tags: [string, string][] = [['TY', r.type === 'thesis' ? 'THES' : 'ELEC']];
      for (const a of r.author ?? []) tags.push(['AU', a.literal ?? [a.family, a.given].filter(Boolean).join(', ')]);
      const date = r.issued?.['date-parts'][0];
      if (date?.[0] !== undefined) tags.push(['PY', String(date[0])]);
      if (date && date.length > 1)
        tags.push(['DA', `${[date[0], ...date.slice(1).map((n) => String(n).padStart(2, '0'))].join('/')}/`]);
      tags.push(['TI', r.title ?? '']);
      if (r['container-title']) tags.push(['T2', r['container-title']]);
      if (r.genre) tags.push(['M3', r.genre]);
      if (r.publisher) tags.push(['PB', r.publisher]);
      if (r.language) tags.push(['LA', r.language]);
      if (r.URL) tags.push(['UR', r.URL]);
      tags.push(['ID', citationKey(r)], ['ER', '']);
      return tags.map(([k, v]) => `${k}  - ${v.replace(/\s+/g, ' ')}`.trimEnd()).join('\n');
    })
    .join('\n')
    .concat('\n');
}

export function toCslJson(records: CslData[]): string {
  return `${JSON.stringify(records, null, 2)}\n`;
}

/**
 * A COinS ContextObject (OpenURL 1.0 KEV, the `title` of a `<span class="Z3988">`) for the atlas's
 * page record: a Dublin Core web page with its corporate author (`rft.aucorp`), so that Zotero,
 * Mendeley and other reference managers import a case page as a web page by "Sister City Atlas" (its
 * Highwire `citation_*` tags, made for journal articles, were read as a journal article by a
 * person named "Sister City Atlas"). Checked with Zotero's translation-server and its COinS translator.
 */
export function coins(record: CslData, description?: string): string {
  const date = record.issued?.['date-parts'][0];
  const fields: [string, string | undefined][] = [
    ['ctx_ver', 'Z39.88-2004'],
    ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:dc'],
    ['rft.type', record.type === 'webpage' ? 'webpage' : undefined],
    ['rft.title', record.title],
    ...(record.author ?? []).map((a): [string, string | undefined] =>
      a.literal !== undefined ? ['rft.aucorp', a.literal] : ['rft.au', [a.family, a.given].filter(Boolean).join(', ')],
    ),
    ['rft.date', date?.map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0'))).join('-')],
    ['rft.source', record['container-title']],
    ['rft.identifier', record.URL],
    ['rft.language', record.language],
    ['rft.description', description],
  ];
  return fields
    .filter((f): f is [string, string] => f[1] !== undefined && f[1] !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&');
}
