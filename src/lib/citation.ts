/**
 * Citation records. One CSL-JSON record per work (the atlas's case page, and the thesis behind it);
 * every format (APA text, BibTeX, RIS, CSL-JSON) and the Highwire meta tags are derived from those
 * records. Unknown authors, titles and years stay out of the record: never invented.
 */
import { Cite, plugins, type CslData } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { UNKNOWN, type Case } from '../schemas/index.ts';
import type { Lang } from './content/validate.ts';

export const ATLAS_NAME = 'Sister City Atlas (Atlas Kota Kembar)';

const dateParts = (date: string): { 'date-parts': number[][] } => ({ 'date-parts': [date.split('-').map(Number)] });

/** The thesis behind a case. Its title, when unknown, is an APA bracketed description, not a title. */
export function thesisRecord(c: Case & { slug: string }): CslData {
  const th = c.thesis;
  const record: CslData = {
    id: `thesis-${c.slug}`,
    'citation-key': `thesis-${c.slug}`,
    type: 'thesis',
    title: th.title === UNKNOWN ? `[${th.degree === UNKNOWN ? 'Thesis' : 'Undergraduate thesis'} on ${c.title.en}; title not stated in the excerpt]` : th.title,
    language: 'id',
  };
  if (th.degree !== UNKNOWN) record.genre = th.degree;
  if (th.author !== UNKNOWN) record.author = th.author.map((a) => ({ literal: a }));
  if (th.year !== UNKNOWN) record.issued = dateParts(String(th.year));
  if (th.university !== UNKNOWN) record.publisher = th.university;
  return record;
}

/** The atlas's own page for a case, in one language, dated by its last content update. */
export function pageRecord(c: Case & { slug: string }, lang: Lang, url: string, updated: string | undefined): CslData {
  const record: CslData = {
    id: `atlas-${c.slug}-${lang}`,
    'citation-key': `atlas-${c.slug}-${lang}`,
    type: 'webpage',
    title: c.title[lang],
    author: [{ literal: 'Sister City Atlas' }],
    'container-title': ATLAS_NAME,
    language: lang,
    URL: url,
  };
  if (updated !== undefined) record.issued = dateParts(updated);
  return record;
}

/** APA 7 reference as plain text. */
export function apa(record: CslData, lang: Lang): string {
  return apaMany([record], lang).get(record.id) ?? '';
}

/** APA 7 references for many records, by record id, each a standalone reference (no "2026a"/"2026b"). */
export function apaMany(records: readonly CslData[], _lang: Lang): Map<string, string> {
  if (records.length === 0) return new Map();
  const entries = new Cite([...records]).format('bibliography', { format: 'text', template: APA_STANDALONE, lang: 'en-US', asEntryArray: true }) as unknown as [string, string][];
  return new Map(entries.map(([id, text]) => [id, text.trim()]));
}

/**
 * APA 7 as shipped with citation-js, minus year-suffix disambiguation, so that many standalone
 * references can be formatted in one pass (APA's own rule applies within one reference list only).
 * citation-js ships no Indonesian locale: references use APA's English conventions in both languages.
 */
const APA_STANDALONE = 'apa-standalone';
{
  const styles = (plugins.config.get('@csl') as unknown as { styles: { get(n: string): string; add(n: string, xml: string): void; has(n: string): boolean } }).styles;
  if (!styles.has(APA_STANDALONE)) styles.add(APA_STANDALONE, styles.get('apa').replace(/ disambiguate-add-year-suffix="true"/g, ''));
}

/** BibLaTeX (`@online`, `@thesis`), which Zotero, JabRef and biber read. */
export function toBibtex(records: CslData[]): string {
  return `${new Cite(records).format('biblatex').trim()}\n`;
}

/** RIS. citation-js wraps values at 70 characters, which readers take as a break inside the title: unwrap. */
export function toRis(records: CslData[]): string {
  return `${unwrapRis(new Cite(records).format('ris')).trim()}\n`;
}

export function unwrapRis(ris: string): string {
  const out: string[] = [];
  for (const line of ris.split(/\r?\n/)) {
    if (/^[A-Z][A-Z0-9]  - /.test(line) || line.trim() === '' || out.length === 0) out.push(line);
    else out[out.length - 1] += line;
  }
  return out.join('\n');
}

export function toCslJson(records: CslData[]): string {
  return `${JSON.stringify(records, null, 2)}\n`;
}

/** Highwire Press `citation_*` meta tags (read by Zotero and Google Scholar) for a record. */
export function highwireTags(record: CslData): [string, string][] {
  const tags: [string, string][] = [['citation_title', record.title ?? '']];
  for (const a of record.author ?? []) tags.push(['citation_author', a.literal ?? [a.family, a.given].filter(Boolean).join(', ')]);
  const issued = record.issued?.['date-parts'][0];
  if (issued) tags.push(['citation_date', issued.map((n) => String(n).padStart(2, '0')).join('/')]);
  if (record.publisher) tags.push(['citation_publisher', record.publisher]);
  if (record.language) tags.push(['citation_language', record.language]);
  if (record.URL) tags.push(['citation_public_url', record.URL]);
  return tags;
}
