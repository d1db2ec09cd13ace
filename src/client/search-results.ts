/**
 * One search result as DOM: a case page with its cities and the findings that match the query and
 * facets (each with the excerpt that matched), or another page with its excerpt and sections. Excerpts are rendered as text plus
 * rebuilt <mark> elements: no HTML from the index is injected.
 */
import type { FindingHit } from '../lib/shared/finding-index.ts';
import { isRecord } from '../lib/shared/guards.ts';
import { formsFrom, plural } from '../i18n/plural.ts';
import { unpackCities, type Facet } from '../lib/shared/search-state.ts';
import { el, link } from './dom.ts';
import type { Group } from './finding-search.ts';
import type { PagefindData } from './pagefind.ts';

export interface ResultLabels {
  /** Finding kinds' names by id. */
  kinds: Record<string, string>;
  /** "Cities" before a case's city links. */
  cities: string;
  /** A city page's URL with `{id}` for its id. */
  cityUrl: string | undefined;
  /** Said above a case's findings when the query matched the case's head (title, cities, summary). */
  matchedHead: string;
  /** Said under a case page whose text matched, in none of its findings. */
  matchedPage: string;
}
/** The labels, from the search element's data attributes (written by the search page). */
export function labelsFrom(d: DOMStringMap): ResultLabels {
  let kinds: unknown = {};
  try {
    kinds = JSON.parse(d['kinds'] ?? '{}');
  } catch {
    // No kind names: the ids are shown.
  }
  return {
    kinds: isRecord(kinds) ? Object.fromEntries(Object.entries(kinds).map(([k, v]) => [k, String(v)])) : {},
    cities: d['citiesLabel'] ?? '',
    cityUrl: d['cityUrl'],
    matchedHead: d['matchedHead'] ?? '',
    matchedPage: d['matchedPage'] ?? '',
  };
}

/** "12 findings in 3 case studies · 2 other pages", or "No results" (strings from the page's data attributes). */
export function statusText(groups: readonly Group[], d: DOMStringMap): string {
  const say = (key: string, n: number) => plural(formsFrom(d[key], '{n}'), d['lang'] ?? 'id', n);
  const findings = groups.reduce((n, g) => n + g.hits.length, 0);
  const cases = groups.filter((g) => g.hits.length > 0).length;
  const others = groups.length - cases;
  if (groups.length === 0) return d['empty'] ?? '';
  if (findings === 0) return say('count', others);
  const main = `${say('findingsCount', findings)} ${say('inCases', cases)}`;
  return others > 0 ? `${main} · ${say('otherPages', others)}` : main;
}

export interface Query {
  q: string;
  filters: Partial<Record<Facet, string[]>>;
  /** Batches of results shown ("Show more" adds one, in the URL). */
  page?: number;
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

/** The listed findings of a case page: kind, statement (linked to its anchor), and the excerpt that matched. */
function findingList(d: PagefindData, hits: readonly FindingHit[], labels: ResultLabels) {
  const title = new Map(d.anchors.map((x) => [x.id, x.text ?? x.id]));
  const excerpt = new Map(d.sub_results.flatMap((s) => (s.anchor ? [[s.anchor.id, s.excerpt] as const] : [])));
  const page = d.url.split('#')[0] ?? d.url;
  const ul = el('ul', undefined, 'hits-findings');
  for (const { finding, reason } of hits) {
    const li = el('li');
    li.dataset['finding'] = finding.id;
    const kind = finding.kind;
    li.append(
      el('span', labels.kinds[kind] ?? kind, 'badge kind'),
      ' ',
      link(`${page}#${encodeURIComponent(finding.id)}`, title.get(finding.id) ?? finding.id),
    );
    const text = reason === 'section' ? excerpt.get(finding.id) : undefined;
    if (text !== undefined) {
      const p = el('p', undefined, 'hit-excerpt');
      appendExcerpt(p, text);
      li.append(p);
    }
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

/** One listed result: a case page with its matching findings, or another page with its excerpt. */
export function resultItem(d: PagefindData, group: Group, labels: ResultLabels): HTMLLIElement {
  const li = el('li');
  const h = el('h2');
  h.append(link(d.url, d.meta['title'] ?? d.url));
  li.append(h);
  const cities = cityLine(d, labels);
  if (cities) li.append(cities);
  if (group.page && group.hits.length > 0) {
    li.dataset['case'] = group.page.case;
    if (group.hits.some((x) => x.reason === 'head')) li.append(el('p', labels.matchedHead, 'meta matched-head'));
    li.append(findingList(d, group.hits, labels));
    return li;
  }
  const p = el('p');
  appendExcerpt(p, d.excerpt);
  li.append(p);
  if (group.page) li.append(el('p', labels.matchedPage, 'meta'));
  const sections = group.page ? undefined : sectionList(d);
  if (sections) li.append(sections);
  return li;
}

/**
 * One facet's counts: findings with each value, given the query and the other facets' filters. A
 * value that would list none is disabled (unless ticked). Values are re-sorted by count only when the
 * order changes, and the checkbox the reader just ticked keeps the focus (WCAG 2.4.3).
 */
export function showCounts(ul: HTMLUListElement, known: ReadonlyMap<string, number> | undefined): void {
  const items = [...ul.querySelectorAll<HTMLLIElement>('li[data-value]')];
  for (const li of items) {
    const span = li.querySelector('.count');
    if (!known) {
      delete li.dataset['count'];
      if (span) span.textContent = '';
      const box = li.querySelector('input');
      if (box) box.disabled = false;
      continue;
    }
    const n = known.get(li.dataset['value'] ?? '') ?? 0;
    li.dataset['count'] = String(n);
    if (span) span.textContent = `(${String(n)})`;
    const box = li.querySelector('input');
    if (box) box.disabled = n === 0 && !box.checked;
  }
  if (!known) return;
  const sorted = [...items].sort((a, b) => Number(b.dataset['count']) - Number(a.dataset['count']));
  if (sorted.every((li, i) => li === items[i])) return;
  const focused = document.activeElement;
  ul.append(...sorted);
  if (focused instanceof HTMLElement && ul.contains(focused)) focused.focus({ preventScroll: true });
}
