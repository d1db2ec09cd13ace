/**
 * The open data files, their JSON Schemas and the Data Package descriptor, generated from the
 * collections at build time: at /data/<file> (the latest) and /data/v<version>/<file> (the current
 * release, the same bytes). Earlier releases are served verbatim from their archive
 * (content/releases/<version>/), so a cited version stays retrievable.
 */
import type { APIRoute } from 'astro';
import { z } from 'zod';
import { casesData, citiesGeoJson, findingsData, pairingsData, type Linker } from '../../lib/output/opendata.ts';
import { caseCitations, getAtlas, releaseArchives } from '../../lib/astro/collections.ts';
import { ATLAS_AUTHOR } from '../../lib/output/publisher.ts';
import { DATA_PACKAGE, dataPackage } from '../../lib/output/datapackage.ts';
import { TABLES } from '../../lib/output/tables/all.ts';
import { releaseFolder } from '../../lib/model/releases.ts';
import { once } from '../../lib/shared/memo.ts';
import { OPEN_DATA_FILES } from '../../schemas/opendata.ts';
import { t } from '../../i18n/index.ts';
import type { Lang } from '../../i18n/lang.ts';

const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;
type Make = (link: Linker, site: URL | undefined) => Promise<string>;
const FILES: Record<string, Make> = {
  'cases.json': async (link, site) => {
    const [id, en] = await Promise.all([caseCitations('id', site), caseCitations('en', site)]);
    const refs = new Map([...id].map(([slug, c]) => [slug, { id: c.thesisApa, en: en.get(slug)?.thesisApa ?? '' }]));
    return json(casesData(await getAtlas(), link, refs));
  },
  'findings.json': async (link) => json(findingsData(await getAtlas(), link)),
  'pairings.json': async (link) => json(pairingsData(await getAtlas(), link)),
  'cities.geojson': async () => json(citiesGeoJson(await getAtlas())),
  [DATA_PACKAGE]: async (link) =>
    json(
      dataPackage({
        release: (await getAtlas()).release,
        homepage: link('en', (r) => r.section('data')),
        description: t('en', 'data.lead'),
        tables: TABLES,
      }),
    ),
};
for (const table of TABLES) FILES[table.file] = async (link) => table.csv(await getAtlas(), link);
for (const [name, schema] of Object.entries(OPEN_DATA_FILES)) {
  const schemaName = name.replace(/\.(json|geojson)$/, '.schema.json');
  FILES[schemaName] = () =>
    Promise.resolve(
      json({ $id: schemaName, title: `${ATLAS_AUTHOR}: ${name}`, ...z.toJSONSchema(schema, { io: 'output' }) }),
    );
}

/** Every path below /data/ with what it serves: the latest files, the current release's copy, the archives (made once per build). */
const servedFiles = once(async (): Promise<Map<string, Make>> => {
  const current = releaseFolder((await getAtlas()).release.version);
  const out = new Map<string, Make>();
  for (const [name, make] of Object.entries(FILES)) out.set(name, make).set(`${current}/${name}`, make);
  for (const [version, files] of releaseArchives())
    for (const [name, text] of files) out.set(`${releaseFolder(version)}/${name}`, () => Promise.resolve(text));
  return out;
});

export async function getStaticPaths() {
  return [...(await servedFiles()).keys()].map((file) => ({ params: { file } }));
}

export const GET: APIRoute = async ({ params, site, locals }) => {
  const make = (await servedFiles()).get(params.file ?? '');
  if (!make) return new Response('not found', { status: 404 });
  const link: Linker = (lang: Lang, route) => locals.absolute(route(locals.routesIn(lang)));
  return new Response(await make(link, site));
};
