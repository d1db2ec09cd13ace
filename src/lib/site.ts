/** The build's single entry to content: every collection queried once, joined by buildAtlas. */
import { getCollection } from 'astro:content';
import { buildAtlas, type Atlas } from './atlas.ts';

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
