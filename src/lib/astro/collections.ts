/** The build's single entry to content: every collection queried once, joined by buildAtlas. */
import { getCollection } from 'astro:content';
import type { CslData } from '@citation-js/core';
import { buildAtlas, type Atlas } from '../model/atlas.ts';
import { apaMany, pageRecord, thesisRecord } from '../output/csl.ts';
import { langParam, perLangAnd } from '../../i18n/paths.ts';
import { routes } from '../shared/routes.ts';
import { pages } from '../model/limits.ts';
import { contentDir, loadCorpus } from '../content/load.ts';
import { latestUnder, readGitDates } from './git-dates.ts';
import { memoize, once } from '../shared/memo.ts';
import { LANGS, type Lang } from '../../i18n/lang.ts';

/** The atlas, joined once per build from every collection. */
export const getAtlas = once(async (): Promise<Atlas> => {
  const [sectors, cities, pairings, frameworks, citations, releases, sources, cases, findings, concepts] =
    await Promise.all([
      getCollection('sectors'),
      getCollection('cities'),
      getCollection('pairings'),
      getCollection('frameworks'),
      getCollection('citations'),
      getCollection('releases'),
      getCollection('sources'),
      getCollection('cases'),
      getCollection('findings'),
      getCollection('concepts'),
    ]);
  const data = <T>(xs: { data: T }[]) => xs.map((x) => x.data);
  return buildAtlas({
    sectors: data(sectors),
    cities: data(cities),
    pairings: data(pairings),
    frameworks: data(frameworks),
    citations: data(citations),
    releases: data(releases),
    sources: data(sources),
    cases: data(cases).sort((a, b) => a.slug.localeCompare(b.slug)),
    findings: data(findings),
    concepts: data(concepts).sort((a, b) => a.slug.localeCompare(b.slug)),
  });
});

/** Ids (`<slug>/teaching/<lang>`) of the teaching notes that exist: they are optional, and asking for a missing entry logs a warning per page. */
export const teachingNoteIds = once(() =>
  getCollection('teachingNotes').then((notes) => new Set(notes.map((n) => n.id))),
);

const contentFolder = () => contentDir().replace(/\/+$/, '');
const gitDates = once(() => readGitDates(contentFolder()));

/** The date (YYYY-MM-DD) of the latest commit touching any of `paths` (relative to the content folder). */
export function lastUpdated(paths: readonly string[] = ['']): string | undefined {
  const dir = contentFolder();
  return latestUnder(
    gitDates(),
    paths.map((p) => (p === '' ? dir : `${dir}/${p}`)),
  );
}

/** Content files behind a case page. */
export function caseFiles(atlas: Atlas, slug: string): string[] {
  const c = atlas.case.get(slug);
  return [`cases/${slug}`, 'pairings.yaml', 'cities.yaml', ...(c?.sources ?? []).map((s) => `sources/${s}.txt`)];
}

export interface CaseCitation {
  page: CslData;
  thesis: CslData;
  pageApa: string;
  thesisApa: string;
}

/** CSL records and APA text for every case in a language, formatted in one pass and reused by every page. */
export const caseCitations = memoize(
  async (lang: Lang, site: URL | undefined): Promise<Map<string, CaseCitation>> => {
    const atlas = await getAtlas();
    const r = routes(lang, import.meta.env.BASE_URL);
    const records = atlas.cases.map((c) => ({
      slug: c.slug,
      page: pageRecord(
        c,
        lang,
        new URL(r.case(c.slug), site).href,
        lastUpdated(caseFiles(atlas, c.slug)),
        atlas.release.version,
      ),
      thesis: thesisRecord(c, lang),
    }));
    const apaText = apaMany(
      records.flatMap((r) => [r.page, r.thesis]),
      lang,
    );
    return new Map(
      records.map((r) => [
        r.slug,
        {
          page: r.page,
          thesis: r.thesis,
          pageApa: apaText.get(r.page.id) ?? '',
          thesisApa: apaText.get(r.thesis.id) ?? '',
        },
      ]),
    );
  },
  (lang, site) => `${lang}\0${site?.href ?? ''}`,
);

/** Static paths for pages 2… of a paged listing (`<root>/page/<n>/`); page 1 is the listing's index. */
export async function pagedPaths<T>(items: (atlas: Atlas, lang: Lang) => readonly T[], size: number) {
  const atlas = await getAtlas();
  return LANGS.flatMap((lang) => {
    const all = pages(items(atlas, lang), size);
    return all.slice(1).map((chunk, i) => ({
      params: { lang: langParam(lang), n: String(i + 2) },
      props: { lang, items: chunk, n: i + 2, total: all.length },
    }));
  });
}

/** The atlas's lists that have a page per item. */
type EntityList = 'cases' | 'cities' | 'sectors' | 'concepts' | 'countries' | 'sources';

/** Static paths for a page per item of an atlas list and language: `param` takes each item's slug; the item is the page's prop. */
export async function entityPaths<L extends EntityList, K extends string>(
  list: L,
  param: K,
  slugOf: (item: Atlas[L][number]) => string,
) {
  const atlas = await getAtlas();
  const items: readonly Atlas[L][number][] = atlas[list];
  return perLangAnd(items, param, slugOf);
}

/** The archived open-data files of earlier releases (content/releases/<version>/), by version and file name. */
export const releaseArchives = (): Map<string, Map<string, string>> => loadCorpus().archives;
