/** The build's single entry to content: every collection queried once, joined by buildAtlas. */
import { getCollection } from 'astro:content';
import { buildAtlas, type Atlas } from './atlas.ts';
import { contentDir } from './content/load.ts';
import { latestUnder, readGitDates } from './updated.ts';

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
