/** The atlas as a publisher and author of its own pages, named once for citations and linked data. */

/** The institutional author of the atlas's pages. */
export const ATLAS_AUTHOR = 'Sister City Atlas';

/** The website's full, bilingual name (a citation's container title, JSON-LD's WebSite). */
export const ATLAS_NAME = 'Sister City Atlas (Atlas Kota Kembar)';

/** What the atlas is about, for dataset search (JSON-LD, datapackage.json, CITATION.cff). */
export const ATLAS_KEYWORDS = [
  'sister city',
  'kota kembar',
  'paradiplomacy',
  'paradiplomasi',
  'Indonesia',
  'city diplomacy',
];
