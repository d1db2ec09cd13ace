/** URL building for the two locales: Indonesian at the root, English under `/en/`, all under the site's base. */
import { DEFAULT_LANG, LANGS, type Lang } from './lang.ts';

/** Normalise a base (`/`, `/atlas`, `atlas/`) to `/…/`. */
export function normalizeBase(base: string): string {
  const inner = base.replace(/^\/+|\/+$/g, '');
  return inner === '' ? '/' : `/${inner}/`;
}

/**
 * The URL of `path` (a site path such as `/cases/ambon/` or `data/cases.json`, without base or
 * locale) in `lang`, under `base`. A fragment or query is kept.
 */
export function localePath(lang: Lang, path: string, base = '/'): string {
  const clean = path.replace(/^\/+/, '');
  const prefix = lang === DEFAULT_LANG ? '' : `${lang}/`;
  return `${normalizeBase(base)}${prefix}${clean}`;
}

/** A language-independent asset path (data files, search index) under `base`. */
export function assetPath(path: string, base = '/'): string {
  return `${normalizeBase(base)}${path.replace(/^\/+/, '')}`;
}

/** Split a pathname into its locale and the site path (with leading slash), given the base. */
export function splitLocale(pathname: string, base = '/'): { lang: Lang; path: string } {
  const b = normalizeBase(base);
  const rest = pathname.startsWith(b) ? pathname.slice(b.length) : pathname.replace(/^\/+/, '');
  if (rest === 'en' || rest.startsWith('en/')) return { lang: 'en', path: `/${rest.slice(3)}` };
  return { lang: DEFAULT_LANG, path: `/${rest}` };
}

/** The same page in the other language. */
export function alternatePath(pathname: string, to: Lang, base = '/'): string {
  return localePath(to, splitLocale(pathname, base).path, base);
}

/** `getStaticPaths` param for a locale with a rest route `[...lang]`: undefined for the default. */
export function langParam(lang: Lang): string | undefined {
  return lang === DEFAULT_LANG ? undefined : lang;
}

/** Static paths for a page that exists once per locale. */
export function perLang(): { params: { lang: string | undefined }; props: { lang: Lang } }[] {
  return LANGS.map((lang) => ({ params: { lang: langParam(lang) }, props: { lang } }));
}

/** Static paths for a page per locale and per item. */
export function perLangAnd<T, K extends string>(items: readonly T[], key: K, slugOf: (item: T) => string) {
  // Each item's two languages side by side, so they are rendered one after the other and share
  // memoised work (a map inset's country outlines) however large the corpus.
  return items.flatMap((item) =>
    LANGS.map((lang) => ({
      params: { lang: langParam(lang), [key]: slugOf(item) } as { lang: string | undefined } & Record<K, string>,
      props: { lang, item },
    })),
  );
}
