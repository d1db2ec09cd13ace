/**
 * Search facets. Pagefind indexes the built pages; on a case page every finding is a sub-result
 * (its heading carries the finding's id, so a hit lands on the anchor). Facet filters are page-level
 * in Pagefind: a case page carries the union of its findings' values (`caseFilters`), and its
 * `findings` meta lists each finding's own values (`findingFacets`), so the search page can list,
 * under each case, only the findings that match the chosen facets. One index entry per page, not
 * per finding, keeps Pagefind's metadata small at 10,000 cases.
 *
 * City pages are not indexed: they are a third of all pages at scale, and Pagefind's metadata,
 * which every first search fetches whole, grows with each indexed page. A city's name still finds
 * the cases in that city (their pairing sections name it), and each case result links its cities
 * from the page's `cities` meta (`citiesMeta`). The city facet filters cases and findings.
 */
import type { Atlas } from './atlas.ts';
import { countryName } from '../../i18n/format.ts';
import type { City } from '../../schemas/index.ts';
import { FINDING_KINDS } from '../shared/vocabulary.ts';
import { FACETS, facetValues, packFacets, type Facet, type FindingFacets } from '../shared/search-state.ts';
import type { Lang } from '../../i18n/lang.ts';

/** Each finding of a case with its facet values (countries lower-case, as the filters use them). */
export function findingFacets(atlas: Atlas, caseSlug: string): FindingFacets[] {
  return (atlas.findingsByCase.get(caseSlug) ?? []).map((f) => ({
    id: f.id,
    kind: f.kind,
    sector: [...f.sectors],
    city: [...f.cities],
    country: [...new Set(f.cities.flatMap((id) => atlas.city.get(id)?.country.toLowerCase() ?? []))],
    case: caseSlug,
  }));
}

/** The case page's Pagefind filters: the case's own sectors and cities, plus every value its findings carry. */
export function caseFilters(atlas: Atlas, caseSlug: string, caseCityIds: readonly string[]): Record<Facet, string[]> {
  const facets = findingFacets(atlas, caseSlug);
  const c = atlas.case.get(caseSlug);
  const union = (own: readonly string[], pick: (f: FindingFacets) => readonly string[]) =>
    [...new Set([...own, ...facets.flatMap(pick)])].sort();
  const countries = caseCityIds.flatMap((id) => atlas.city.get(id)?.country.toLowerCase() ?? []);
  const out = {
    sector: union(c?.sectors ?? [], (f) => f.sector),
    kind: union([], (f) => [f.kind]),
    city: union(caseCityIds, (f) => f.city),
    country: union(countries, (f) => f.country),
    case: [caseSlug],
  };
  return Object.fromEntries(FACETS.map((k) => [k, out[k]])) as Record<Facet, string[]>;
}

/** The `findings` meta of a case page: its findings' facets, packed as JSON. */
export function findingsMeta(atlas: Atlas, caseSlug: string): string {
  return JSON.stringify(findingFacets(atlas, caseSlug).map(packFacets));
}

/** The `cities` meta of a case page: its cities' ids and names in the page's language, packed as JSON. */
export function citiesMeta(cities: readonly City[], lang: Lang): string {
  return JSON.stringify(cities.map((c) => [c.id, c.name[lang]]));
}

/** How many values of a long facet (cities, cases) the search page lists; the rest are reachable from the URL. */
const FACET_VALUES = 30;

/**
 * Labels for facet values, in a language (the search page renders them). Long facets keep their
 * FACET_VALUES values with the most findings, so the page stays small at scale.
 */
export function facetLabels(
  atlas: Atlas,
  lang: Lang,
  kindLabel: (kind: string) => string,
): Record<Facet, [string, string][]> {
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

/**
 * The atlas's findings by facet value, for the values the search page lists: the counts of the
 * empty search, written into the page (the finding index gives every other count).
 */
export function facetTotals(
  atlas: Atlas,
  listed: Record<Facet, [string, string][]>,
): Record<Facet, Record<string, number>> {
  const all = atlas.cases.flatMap((c) => findingFacets(atlas, c.slug));
  const totals: Record<Facet, Record<string, number>> = { sector: {}, kind: {}, city: {}, country: {}, case: {} };
  for (const facet of FACETS) {
    const values = new Set(listed[facet].map(([v]) => v));
    for (const f of all)
      for (const v of facetValues(f, facet)) if (values.has(v)) totals[facet][v] = (totals[facet][v] ?? 0) + 1;
  }
  return totals;
}
