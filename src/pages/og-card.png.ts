/** The link-preview image (Open Graph): the map of partnerships, rasterised at build time with resvg. */
import type { APIRoute } from 'astro';
import { Resvg } from '@resvg/resvg-js';
import world from 'world-atlas/countries-110m.json';
import type { Topology } from 'topojson-specification';
import { getAtlas } from '../lib/astro/collections.ts';
import { routes } from '../lib/shared/routes.ts';
import { CARD, cardSvg } from '../lib/viz/card.ts';
import { layoutMap } from '../lib/viz/geo.ts';
import { mapInputs } from '../lib/viz/inputs.ts';

export const GET: APIRoute = async () => {
  const { places, links } = mapInputs(await getAtlas(), routes('id', import.meta.env.BASE_URL));
  const layout = layoutMap(world as unknown as Topology, places, links, {
    ...CARD,
    padding: 70,
    padX: 110,
    fontSize: 12,
  });
  const png = new Resvg(cardSvg(layout), { font: { loadSystemFonts: false } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
