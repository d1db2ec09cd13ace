/** The atlas as a publisher and author of its own pages, named once for citations and linked data. */
import pkg from '../../../package.json' with { type: 'json' };

/** The institutional author of the atlas's pages. */
export const ATLAS_AUTHOR = 'Sister City Atlas';

/** The website's full, bilingual name (a citation's container title, JSON-LD's WebSite). */
export const ATLAS_NAME = 'Sister City Atlas (Atlas Kota Kembar)';

/** The atlas's version (package.json, semver). */
export const ATLAS_VERSION: string = pkg.version;
