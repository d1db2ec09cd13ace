/** The build's single entry to content: every collection queried once, joined by buildAtlas. */
import { getCollection } from 'astro:content';
import type { CslData } from '@citation-js/core';
import { buildAtlas, type Atlas } from '../model/atlas.ts';
import { apaMany, pageRecord, thesisRecord } from '../output/csl.ts';
import { langParam } from '../../i18n/paths.ts';
import { routes } from '../shared/routes.ts';
import { pages } from '../model/limits.ts';
import { contentDir } from '../content/load.ts';
import { latestUnder, readGitDates } from './git-dates.ts';
import { LANGS, type Lang } from '../../i18n/lang.ts';

let atlas: Promise<Atlas> | undefined;

export function getAtlas(): Promise<Atlas> {
  atlas ??= (async () => {
    const [sectors, cities, pairings, frameworks, citations, sources, cases, findings, concepts] = await Promise.all([
      getCollection('sectors'),
      getCollection('cities'),
      getCollection('pairings'),
      getCollection('frameworks'),
      getCollection('citations'),
      getCollection('sources'),
      getCollection('cases'),
      getCollection('findings'),
      getCollection('concepts'),
    ]);
    const data = <T extends { data: unknown }>(xs: T[]) => xs.map((x) => x.data as T['data']);
    return buildAtlas({
      sectors: data(sectors),
      cities: data(cities),
      pairings: data(pairings),
      frameworks: data(frameworks),
      citations: data(citations),
      sources: data(sources),
      cases: data(cases).sort((a, b) => a.slug.localeCompare(b.slug)),
      findings: data(findings),
      concepts: data(concepts).sort((a, b) => a.slug.localeCompare(b.slug)),
    });
  })();
  return atlas;
}

let teachingIds: Promise<Set<string>> | undefined;

/** Ids (`<slug>/teaching/<lang>`) of the teaching notes that exist: they are optional, and asking for a missing entry logs a warning per page. */
export function teachingNoteIds(): Promise<Set<string>> {
  teachingIds ??= getCollection('teachingNotes').then((notes) => new Set(notes.map((n) => n.id)));
  return teachingIds;
}

let gitDates: Map<string, string> | undefined;

/** The date (YYYY-MM-DD) of the latest commit touching any of `paths` (relative to the content folder). */
export function lastUpdated(paths: readonly string[] = ['']): string | undefined {
  const dir = contentDir().replace(/\/+$/, '');
  gitDates ??= readGitDates(dir);
  return latestUnder(gitDates, paths.map((p) => (p === '' ? dir : `${dir}/${p}`)));
}

/** Content files behind a case page. */
export function caseFiles(atlas: Atlas, slug: string): string[] {
  const c = atlas.case.get(slug);
  return [`cases/${slug}`, 'pairings.yaml', 'cities.yaml', ...(c?.sources ?? []).map((s) => `sources/${s}.txt`)];
}

const citationCache = new Map<string, Promise<Map<string, CaseCitation>>>();

export interface CaseCitation {
  page: CslData;
  thesis: CslData;
  pageApa: string;
  thesisApa: string;
}

/** CSL records and APA text for every case in a language, formatted in one pass and reused by every page. */
export function caseCitations(lang: Lang, site: URL | undefined): Promise<Map<string, CaseCitation>> {
  const key = `${lang}\0${site?.href ?? ''}`;
  let hit = citationCache.get(key);
  if (!hit) {
    hit = (async () => {
      const atlas = await getAtlas();
      const r = routes(lang, import.meta.env.BASE_URL);
      const records = atlas.cases.map((c) => ({
        slug: c.slug,
        page: pageRecord(c, lang, new URL(r.case(c.slug), site).href, lastUpdated(caseFiles(atlas, c.slug))),
        thesis: thesisRecord(c),
      }));
      const apaText = apaMany(records.flatMap((r) => [r.page, r.thesis]), lang);
      return new Map(records.map((r) => [r.slug, { page: r.page, thesis: r.thesis, pageApa: apaText.get(r.page.id) ?? '', thesisApa: apaText.get(r.thesis.id) ?? '' }]));
    })();
    citationCache.set(key, hit);
  }
  return hit;
}

/** Static paths for pages 2… of a paged listing (`<root>/page/<n>/`); page 1 is the listing's index. */
export async function pagedPaths<T>(items: (atlas: Atlas, lang: Lang) => readonly T[], size: number) {
  const atlas = await getAtlas();
  return LANGS.flatMap((lang) => {
    const all = pages(items(atlas, lang), size);
    return all.slice(1).map((chunk, i) => ({ params: { lang: langParam(lang), n: String(i + 2) }, props: { lang, items: chunk, n: i + 2, total: all.length } }));
  });
}
