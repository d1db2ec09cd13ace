/**
 * The page context: what every page, component and endpoint needs to know about where it is,
 * made once per request by src/middleware.ts and read from `Astro.locals`. Pure.
 */
import { forms, t as translate, type UiKey, type UiVars } from '../../i18n/index.ts';
import { otherLang, type Lang } from '../../i18n/lang.ts';
import { alternatePath, splitLocale } from '../../i18n/paths.ts';
import type { Atlas } from '../model/atlas.ts';
import { routes, type Routes } from '../shared/routes.ts';

export interface PageContext {
  /** The atlas the site is built from (src/lib/model/atlas.ts). */
  atlas: Atlas;
  /** The page's language, from its path (`/en/…` is English). */
  lang: Lang;
  /** The other language. */
  other: Lang;
  /** The UI string `key` in the page's language. */
  t: (key: UiKey, vars?: UiVars) => string;
  /** The UI string `key` as JSON (a string or its plural forms), for browser code to fill in (i18n/plural.ts). */
  forms: (key: UiKey) => string;
  /** Site paths in the page's language, under the base. */
  routes: Routes;
  /** Site paths in a given language (the 404 page and the language switch). */
  routesIn: (lang: Lang) => Routes;
  /** The UI string in a given language. */
  tIn: (lang: Lang, key: UiKey, vars?: UiVars) => string;
  /** The site's base path (`/` or `/atlas/`). */
  base: string;
  /** The page's path without base and locale (`/cases/ambon/`). */
  path: string;
  /** This page's path in another language. */
  alternate: (to: Lang) => string;
  /** An absolute URL for a path on this site (canonical links, feeds, citations). */
  absolute: (path: string) => string;
}

export function pageContext(pathname: string, base: string, site: URL | undefined, atlas: Atlas): PageContext {
  const { lang, path } = splitLocale(pathname, base);
  return {
    atlas,
    lang,
    other: otherLang(lang),
    t: (key, vars) => translate(lang, key, vars),
    forms: (key) => forms(lang, key),
    routes: routes(lang, base),
    routesIn: (l) => routes(l, base),
    tIn: translate,
    base,
    path,
    alternate: (to) => alternatePath(pathname, to, base),
    absolute: (p) => new URL(p, site).href,
  };
}
