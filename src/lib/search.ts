/**
 * Search records and facets. Pages are indexed from the built HTML; each finding is also indexed
 * as its own Pagefind record (text, quotes, case) with language-neutral filter values (ids), so a
 * result lands on the finding's anchor and facets (sector, city, country, kind, case) apply to
 * findings, not whole pages. Labels for those ids are rendered by the search page.
 */
import type { Atlas } from './atlas.ts';
import type { Lang } from './content/validate.ts';
import { countryName } from './format.ts';
import { FINDING_KINDS } from '../schemas/index.ts';

import type { Facet } from './search-state.ts';

export { FACETS, parseSearchState, searchStateToQuery, type Facet } from './search-state.ts';

export interface SearchRecord {
  url: string;
  content: string;
  language: Lang;
  meta: Record<string, string>;
  filters: Record<Facet, string[]>;
}

/** One search record per finding and language; `url` is a site path (Pagefind's baseUrl adds the base). */
export function findingRecords(atlas: Atlas, lang: Lang): SearchRecord[] {
  return atlas.findings.map((f) => {
    const c = atlas.case.get(f.case);
    const countries = [...new Set(f.cities.flatMap((id) => atlas.city.get(id)?.country ?? []))];
    const quotes = (f.evidence ?? []).map((e) => e.quote.replace(/[*_]/g, ''));
    return {
      url: `${lang === 'en' ? '/en' : ''}/cases/${f.case}/#${f.id}`,
      content: [f.text[lang], ...quotes].join('\n'),
      language: lang,
      meta: { title: f.text[lang], case: c?.title[lang] ?? f.case, kind: f.kind, id: f.id },
      filters: {
        sector: f.sectors,
        kind: [f.kind],
        city: f.cities,
        country: countries.map((cc) => cc.toLowerCase()),
        case: [f.case],
      },
    };
  });
}

/** How many values of a long facet (cities, cases) the search page lists; the rest are reachable from the URL. */
export const FACET_VALUES = 30;

/**
 * Labels for facet values, in a language (the search page renders them). Long facets keep their
 * FACET_VALUES values with the most findings, so the page stays small at scale.
 */
export function facetLabels(atlas: Atlas, lang: Lang, kindLabel: (kind: string) => string): Record<Facet, [string, string][]> {
  const top = <T>(items: readonly T[], n: (t: T) => number) =>
    items.length <= FACET_VALUES ? [...items] : [...items].sort((a, b) => n(b) - n(a)).slice(0, FACET_VALUES);
  return {
    sector: atlas.sectors.map((s) => [s.id, s.label[lang]]),
    kind: FINDING_KINDS.map((k) => [k, kindLabel(k)]),
    city: top(atlas.cities, (c) => atlas.findingsByCity.get(c.id)?.length ?? 0).map((c) => [c.id, c.name[lang]]),
    country: atlas.countries.map((cc) => [cc.toLowerCase(), countryName(cc, lang)]),
    case: top(atlas.cases, (c) => atlas.findingsByCase.get(c.slug)?.length ?? 0).map((c) => [c.slug, c.title[lang]]),
  };
}

