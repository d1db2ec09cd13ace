/**
 * UI strings per locale. Keys are typed from the Indonesian file; the English file must have
 * exactly the same keys (checked by the type system in `astro check` and by checkI18n at build).
 */
import type { ContentError } from '../lib/content/errors.ts';
import type { Lang } from '../lib/content/validate.ts';
import en from './en.json' with { type: 'json' };
import id from './id.json' with { type: 'json' };

export type UiKey = keyof typeof id;
const strings: Record<Lang, Record<UiKey, string>> = { id, en };

/** The UI string `key` in `lang`, with `{name}` placeholders filled from `vars`. */
export function t(lang: Lang, key: UiKey, vars: Record<string, string | number> = {}): string {
  return strings[lang][key].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}

/** Keys present in one locale file and missing from the other (a missing key fails the build). */
export function i18nKeyErrors(files: Record<Lang, Record<string, unknown>>): ContentError[] {
  const errors: ContentError[] = [];
  const langs = Object.keys(files) as Lang[];
  for (const lang of langs) {
    for (const other of langs) {
      if (other === lang) continue;
      for (const key of Object.keys(files[other])) {
        if (!(key in files[lang])) errors.push({ file: `src/i18n/${lang}.json`, entry: `key "${key}"`, field: '', message: `missing (present in src/i18n/${other}.json)` });
      }
    }
    for (const [key, value] of Object.entries(files[lang])) {
      if (typeof value !== 'string') errors.push({ file: `src/i18n/${lang}.json`, entry: `key "${key}"`, field: '', message: 'must be a string' });
    }
  }
  return errors;
}

export function checkI18n(): ContentError[] {
  return i18nKeyErrors({ id, en });
}
