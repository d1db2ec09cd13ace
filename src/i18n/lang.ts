/** The site's languages: Indonesian (the original, at the root) and English (our translation, under `/en/`). */
export const LANGS = ['id', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The original language: its pages are at the site's root. */
export const DEFAULT_LANG: Lang = 'id';

/** The other language of the two. */
export const otherLang = (lang: Lang): Lang => (lang === 'id' ? 'en' : 'id');

/** BCP 47 locale for Intl formatting in each language. */
export const LOCALE: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };
