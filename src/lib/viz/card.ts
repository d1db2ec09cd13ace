/**
 * The link-preview card (Open Graph image, 1200 × 630): the atlas's map of partnerships, the same
 * layout as the home page's, with the light theme's colours inline (a standalone SVG, rasterised at
 * build time). No text: the card's title and description are the page's own (og:title,
 * og:description), which chat apps and course platforms print beside the image, in the page's
 * language, so the image needs no font and no translation. Pure.
 */
import { attrs } from './svg-frame.ts';
import type { MapLayout } from './geo.ts';

export const CARD = { width: 1200, height: 630 } as const;

/** The light theme's map colours (src/styles/global.css). */
const COLOURS = {
  sea: '#eef3f6',
  land: '#dcd8cf',
  landHl: '#c5bfb1',
  border: '#fdfcf9',
  arc: '#5a6f80',
  id: '#0072b2',
  partner: '#c44e00',
};

export function cardSvg(layout: MapLayout): string {
  const c = COLOURS;
  const countries = layout.countries
    .map((k) => `<path${attrs({ d: k.d, fill: k.highlighted ? c.landHl : c.land })}/>`)
    .join('');
  const arcs = layout.links
    .map((l) => `<path${attrs({ d: l.d, 'stroke-dasharray': l.inferred ? '10 8' : undefined })}/>`)
    .join('');
  const places = layout.places
    .map((p) =>
      p.indonesian
        ? `<rect${attrs({ x: p.x - 9, y: p.y - 9, width: 18, height: 18, fill: c.id })}/>`
        : `<circle${attrs({ cx: p.x, cy: p.y, r: 9, fill: c.partner })}/>`,
    )
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${String(layout.width)}" height="${String(layout.height)}" viewBox="0 0 ${String(layout.width)} ${String(layout.height)}">`,
    `<rect width="100%" height="100%" fill="${c.sea}"/>`,
    `<g stroke="${c.border}" stroke-width="1">${countries}</g>`,
    `<g fill="none" stroke="${c.arc}" stroke-width="4" stroke-linecap="round">${arcs}</g>`,
    `<g stroke="${c.border}" stroke-width="2">${places}</g>`,
    '</svg>',
  ].join('');
}
