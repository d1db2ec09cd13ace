/** schema.org JSON-LD for a case page. Pure: URLs are passed in by the page. */
import type { CslData } from '@citation-js/core';
import type { Lang } from '../../i18n/lang.ts';
import type { City } from '../../schemas/index.ts';
import type { CaseEntry } from '../content/validate.ts';
import { ATLAS_AUTHOR, ATLAS_NAME } from './publisher.ts';

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
}: CaseJsonLdInput): Record<string, unknown> {
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
      name: thesis.title,
      inLanguage: 'id',
      ...(thesis.author ? { author: thesis.author.map((a) => ({ '@type': 'Person', name: a.literal })) } : {}),
    },
    about: cities.map((city) => ({ '@type': 'City', name: city.name.en })),
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the element. */
export const jsonLdScript = (data: unknown): string => JSON.stringify(data).replace(/</g, '\\u003c');
