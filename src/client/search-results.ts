/**
 * One search result as DOM: the page, its excerpt with the matched words marked, its cities, and (on
 * a case page) the findings that match the query and facets. Excerpts are rendered as text plus
 * rebuilt <mark> elements: no HTML from the index is injected.
 */
import {
  findingMatches,
  unpackCities,
  unpackFacets,
  type Facet,
  type FindingFacets,
} from '../lib/shared/search-state.ts';
import { el, link } from './dom.ts';
import type { PagefindData } from './pagefind.ts';

export interface ResultLabels {
  /** Finding kinds' names by id. */
  kinds: Record<string, string>;
  /** "Cities" before a case's city links. */
  cities: string;
  /** A city page's URL with `{id}` for its id. */
  cityUrl: string | undefined;
  /** Said under a case none of whose findings matches every facet. */
  noSingle: string;
}
export interface Query {
  q: string;
  filters: Partial<Record<Facet, string[]>>;
}

const decoder = document.createElement('textarea');
const decode = (s: string) => {
  decoder.innerHTML = s.replace(/</g, '&lt;');
  return decoder.value;
};

/** Append a Pagefind excerpt (text with <mark> only) as text nodes and <mark> elements. */
function appendExcerpt(target: HTMLElement, html: string): void {
  let marked = false;
  for (const part of html.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part !== '') target.append(marked ? el('mark', decode(part)) : decode(part));
  }
}

/** City pages are not indexed: a case result links to its cities instead. */
function cityLine(d: PagefindData, labels: ResultLabels): HTMLElement | undefined {
  const cities = unpackCities(d.meta['cities']);
  const url = labels.cityUrl;
  if (cities.length === 0 || url === undefined) return undefined;
  const line = el('p', `${labels.cities}: `, 'meta result-cities');
  cities.forEach((c, i) => {
    if (i > 0) line.append(' · ');
    line.append(link(url.replace('{id}', encodeURIComponent(c.id)), c.name));
  });
  return line;
}

/** A case page's findings that match the query (Pagefind's sub-results) and every facet but the case. */
function matchingFindings(d: PagefindData, facets: ReadonlyMap<string, FindingFacets>, query: Query): string[] {
  const { case: _page, ...own } = query.filters;
  const hits =
    query.q === ''
      ? d.anchors.flatMap((x) => (facets.has(x.id) ? [x.id] : []))
      : d.sub_results.flatMap((s) => (s.anchor && facets.has(s.anchor.id) ? [s.anchor.id] : []));
  return [...new Set(hits)].filter((id) => {
    const f = facets.get(id);
    return f !== undefined && findingMatches(f, own);
  });
}

function findingList(
  d: PagefindData,
  facets: ReadonlyMap<string, FindingFacets>,
  ids: readonly string[],
  labels: ResultLabels,
) {
  const title = new Map(d.anchors.map((x) => [x.id, x.text ?? x.id]));
  const page = d.url.split('#')[0] ?? d.url;
  const ul = el('ul', undefined, 'hits-findings');
  for (const id of ids) {
    const li = el('li');
    li.dataset['finding'] = id;
    const kind = facets.get(id)?.kind ?? '';
    li.append(el('span', labels.kinds[kind] ?? kind, 'badge kind'), ' ', link(`${page}#${id}`, title.get(id) ?? id));
    ul.append(li);
  }
  return ul;
}

/** Other pages: up to four of their sections that matched. */
function sectionList(d: PagefindData): HTMLElement | undefined {
  const subs = d.sub_results.filter((s) => s.url !== d.url && s.url.includes('#')).slice(0, 4);
  if (subs.length === 0) return undefined;
  const ul = el('ul');
  for (const s of subs) {
    const li = el('li');
    li.append(link(s.url, s.title));
    ul.append(li);
  }
  return ul;
}

export function resultItem(d: PagefindData, query: Query, labels: ResultLabels): HTMLLIElement {
  const li = el('li');
  const h = el('h2');
  h.append(link(d.url, d.meta['title'] ?? d.url));
  const p = el('p');
  appendExcerpt(p, d.excerpt);
  li.append(h, p);
  const cities = cityLine(d, labels);
  if (cities) li.append(cities);
  const facets = new Map(unpackFacets(d.meta['findings'], '').map((f) => [f.id, f]));
  if (facets.size === 0) {
    const sections = sectionList(d);
    if (sections) li.append(sections);
    return li;
  }
  const shown = matchingFindings(d, facets, query);
  const { case: _page, ...own } = query.filters;
  if (shown.length > 0) li.append(findingList(d, facets, shown, labels));
  else if (Object.keys(own).length > 0) li.append(el('p', labels.noSingle, 'meta'));
  return li;
}
