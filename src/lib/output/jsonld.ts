/**
 * schema.org JSON-LD: an Article per case page, a Dataset for the open data. Typed with schema-dts
 * (Google's typings of the schema.org vocabulary), so an unknown property or type fails `astro check`.
 * Pure: URLs are passed in by the page.
 */
import type { CslData } from '@citation-js/core';
import type { Article, DataDownload, Dataset, Person, Place, WithContext } from 'schema-dts';
import type { Lang } from '../../i18n/lang.ts';
import type { City } from '../../schemas/index.ts';
import type { CaseEntry } from '../content/validate.ts';
import { ATLAS_AUTHOR, ATLAS_KEYWORDS, ATLAS_NAME } from './publisher.ts';

export interface CaseJsonLdInput {
  entry: CaseEntry;
  lang: Lang;
  /** The page's absolute URL. */
  url: string;
  /** The absolute URL of the Indonesian original (English pages are its translation). */
  originalUrl: string;
  /** The page's and the thesis's CSL records (see ./csl.ts). */
  page: CslData;
  thesis: CslData;
  cities: readonly City[];
}

/** An Article based on the thesis, about the case's cities; the English page names its original. */
export function caseJsonLd({
  entry,
  lang,
  url,
  originalUrl,
  page,
  thesis,
  cities,
}: CaseJsonLdInput): WithContext<Article> {
  const modified = page.issued?.['date-parts'][0]?.map((n) => String(n).padStart(2, '0')).join('-');
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: entry.title[lang],
    name: entry.title[lang],
    description: entry.summary[lang],
    inLanguage: lang,
    url,
    ...(modified === undefined ? {} : { dateModified: modified }),
    author: { '@type': 'Organization', name: ATLAS_AUTHOR },
    isPartOf: { '@type': 'WebSite', name: ATLAS_NAME },
    ...(lang === 'id' ? {} : { translationOfWork: { '@id': originalUrl } }),
    isBasedOn: {
      '@type': 'Thesis',
      name: thesis.title ?? '',
      inLanguage: 'id',
      ...(thesis.author
        ? { author: thesis.author.map((a): Person => ({ '@type': 'Person', name: a.literal ?? '' })) }
        : {}),
    },
    about: cities.map((city) => ({ '@type': 'City', name: city.name.en })),
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the element. */
export const jsonLdScript = (data: unknown): string => JSON.stringify(data).replace(/</g, '\\u003c');

export interface DatasetJsonLdInput {
  name: string;
  description: string;
  /** The /data/ page's absolute URL. */
  url: string;
  version: string;
  /** The release date of that version (YYYY-MM-DD). */
  published: string;
  /** The last content change (YYYY-MM-DD), when known. */
  modified: string | undefined;
  /** First and last year of the dated agreement steps, when any. */
  years: [number, number] | undefined;
  /** Countries of the places, by name in English. */
  countries: readonly string[];
  files: readonly { name: string; url: string; format: string }[];
}

/** The open data as a schema.org Dataset (read by dataset search engines), one DataDownload per file. */
export function datasetJsonLd(d: DatasetJsonLdInput): WithContext<Dataset> {
  const distribution: DataDownload[] = d.files.map((f) => ({
    '@type': 'DataDownload',
    name: f.name,
    contentUrl: f.url,
    encodingFormat: f.format,
  }));
  const spatialCoverage: Place[] = d.countries.map((name) => ({ '@type': 'Country', name }));
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: d.name,
    description: d.description,
    url: d.url,
    version: d.version,
    datePublished: d.published,
    ...(d.modified === undefined ? {} : { dateModified: d.modified }),
    license: 'https://creativecommons.org/licenses/by/4.0/',
    isAccessibleForFree: true,
    inLanguage: ['id', 'en'],
    creator: { '@type': 'Organization', name: ATLAS_AUTHOR },
    publisher: { '@type': 'Organization', name: ATLAS_NAME },
    keywords: ATLAS_KEYWORDS,
    ...(d.years === undefined ? {} : { temporalCoverage: `${String(d.years[0])}/${String(d.years[1])}` }),
    spatialCoverage,
    distribution,
  };
}
