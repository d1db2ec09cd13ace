/** The site's sections, defined once (routes, HTTP headers and the 404 page read them). Pure and browser-safe. */

/** The site's top-level sections, each a listing or a page of its own at `/<section>/`. */
export const SECTIONS = [
  'cases',
  'findings',
  'sectors',
  'cities',
  'countries',
  'concepts',
  'sources',
  'map',
  'compare',
  'pack',
  'search',
  'data',
  'teaching',
  'changelog',
  'about',
] as const;
export type Section = (typeof SECTIONS)[number];
