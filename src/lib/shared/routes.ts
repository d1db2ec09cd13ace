/**
 * Every site path, built in one place: pages, components, endpoints and browser code ask here
 * instead of writing `/cases/${slug}/` themselves. Pure and browser-safe.
 */
import type { Lang } from '../../i18n/lang.ts';
import { assetPath, localePath } from '../../i18n/paths.ts';
import { pairingAnchor } from './anchors.ts';
import { searchStateToQuery, type Facet } from './search-state.ts';
import type { EmbedChart } from './embed.ts';

import type { Section } from './sections.ts';

export interface Routes {
  lang: Lang;
  /** Any site path (`/cases/`, `data/cases.json`) in this language under the base. */
  path: (path: string) => string;
  home: string;
  section: (section: Section) => string;
  /** A case page, optionally at an anchor (a finding's id, a pairing's section). */
  case: (slug: string, anchor?: string) => string;
  /** A file beside a case page (`cite.bib`). */
  caseFile: (slug: string, file: string) => string;
  /** A finding's permalink: its anchor on its case page. */
  finding: (f: { id: string; case: string }) => string;
  /** A pairing's section on the first case that studies it; undefined when no case does. */
  pairing: (p: { id: string; cases: readonly string[] }) => string | undefined;
  city: (id: string) => string;
  /** A country page from its ISO 3166-1 alpha-2 code (any case). */
  country: (iso2: string) => string;
  sector: (id: string) => string;
  concept: (slug: string) => string;
  /** A source text, optionally at a quotation's anchor. */
  source: (id: string, anchor?: string) => string;
  /** The search page with a query and facets. */
  search: (state?: { q?: string; filters?: Partial<Record<Facet, string[]>> }) => string;
  /** Compare these cases side by side. */
  compare: (slugs: readonly string[]) => string;
  /** A reading pack of these findings. */
  packOf: (findings: readonly string[]) => string;
  /** Page n of a paged listing whose first page is at `root`. */
  listingPage: (root: string, n: number) => string;
  rss: string;
  /** A language-independent file (the favicon, the search index) under the base. */
  asset: (path: string) => string;
  /** An open-data file (`cases.json`; '' for the folder). */
  data: (file: string) => string;
  /** Embeddable views, without the site's header, navigation and footer. */
  embed: {
    /** The map, filtered by sector and country as /map/ is. */
    map: (filters?: { sector?: string; country?: string }) => string;
    /** A case's card; with a finding, that finding alone (its anchor). */
    case: (slug: string, finding?: string) => string;
    chart: (chart: EmbedChart) => string;
    /** A reading pack, as /pack/ takes it (`?findings=…&cases=…`). */
    pack: (query: string) => string;
  };
}

export function routes(lang: Lang, base: string): Routes {
  const at = (path: string) => localePath(lang, path, base);
  const hash = (anchor?: string) => (anchor === undefined || anchor === '' ? '' : `#${anchor}`);
  return {
    lang,
    path: at,
    home: at('/'),
    section: (s) => at(`/${s}/`),
    case: (slug, anchor) => at(`/cases/${slug}/${hash(anchor)}`),
    caseFile: (slug, file) => at(`/cases/${slug}/${file}`),
    finding: (f) => at(`/cases/${f.case}/${hash(f.id)}`),
    pairing: (p) => (p.cases[0] === undefined ? undefined : at(`/cases/${p.cases[0]}/${hash(pairingAnchor(p.id))}`)),
    city: (id) => at(`/cities/${id}/`),
    country: (iso2) => at(`/countries/${iso2.toLowerCase()}/`),
    sector: (id) => at(`/sectors/${id}/`),
    concept: (slug) => at(`/concepts/${slug}/`),
    source: (id, anchor) => at(`/sources/${id}/${hash(anchor)}`),
    search: (state = {}) => at(`/search/${searchStateToQuery({ q: state.q ?? '', filters: state.filters ?? {} })}`),
    compare: (slugs) => at(`/compare/${slugs.length > 0 ? `?cases=${slugs.join(',')}` : ''}`),
    packOf: (findings) => at(`/pack/${findings.length > 0 ? `?findings=${findings.join(',')}` : ''}`),
    listingPage: (root, n) => at(n === 1 ? root : `${root}page/${n}/`),
    rss: at('/rss.xml'),
    asset: (path) => assetPath(path, base),
    data: (file) => assetPath(`/data/${file}`, base),
    embed: {
      map: (filters = {}) => {
        const q = new URLSearchParams(Object.entries(filters).filter(([, v]) => v !== '')).toString();
        return at(`/embed/map/${q ? `?${q}` : ''}`);
      },
      case: (slug, finding) => at(`/embed/cases/${slug}/${hash(finding)}`),
      chart: (chart) => at(`/embed/charts/${chart}/`),
      pack: (query) => at(`/embed/pack/${query}`),
    },
  };
}
