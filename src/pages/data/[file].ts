/** The open data files and their JSON Schemas, generated from the collections at build time. */
import type { APIRoute } from 'astro';
import { z } from 'zod';
import { casesData, citiesGeoJson, findingsData, pairingsData, type Linker } from '../../lib/output/opendata.ts';
import { caseCitations, getAtlas } from '../../lib/astro/collections.ts';
import { ATLAS_AUTHOR } from '../../lib/output/publisher.ts';
import { TABLES } from '../../lib/output/tables/all.ts';
import { OPEN_DATA_FILES } from '../../schemas/opendata.ts';
import type { Lang } from '../../i18n/lang.ts';

const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;
const FILES: Record<string, (link: Linker, site: URL | undefined) => Promise<string>> = {
  'cases.json': async (link, site) => {
    const [id, en] = await Promise.all([caseCitations('id', site), caseCitations('en', site)]);
    const refs = new Map([...id].map(([slug, c]) => [slug, { id: c.thesisApa, en: en.get(slug)?.thesisApa ?? '' }]));
    return json(casesData(await getAtlas(), link, refs));
  },
  'findings.json': async (link) => json(findingsData(await getAtlas(), link)),
  'pairings.json': async (link) => json(pairingsData(await getAtlas(), link)),
  'cities.geojson': async () => json(citiesGeoJson(await getAtlas())),
};
for (const table of TABLES) FILES[table.file] = async (link) => table.csv(await getAtlas(), link);
for (const [name, schema] of Object.entries(OPEN_DATA_FILES)) {
  const schemaName = name.replace(/\.(json|geojson)$/, '.schema.json');
  FILES[schemaName] = () =>
    Promise.resolve(
      json({ $id: schemaName, title: `${ATLAS_AUTHOR}: ${name}`, ...z.toJSONSchema(schema, { io: 'output' }) }),
    );
}

export function getStaticPaths() {
  return Object.keys(FILES).map((file) => ({ params: { file } }));
}

export const GET: APIRoute = async ({ params, site, locals }) => {
  const make = FILES[params.file ?? ''];
  if (!make) return new Response('not found', { status: 404 });
  const link: Linker = (lang: Lang, route) => locals.absolute(route(locals.routesIn(lang)));
  return new Response(await make(link, site));
};
