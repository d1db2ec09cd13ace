/** The UI string files checked like content: a key missing from either language fails the build. */
import { UI_FILES } from '../../i18n/index.ts';
import { LANGS, type Lang } from '../../i18n/lang.ts';
import { isPluralForms } from '../../i18n/plural.ts';
import type { ContentError } from './errors.ts';

/** Keys present in one locale file and missing from the other, and values that are not strings. */
export function i18nKeyErrors(files: Record<Lang, Record<string, unknown>>): ContentError[] {
  const errors: ContentError[] = [];
  for (const lang of LANGS) {
    for (const other of LANGS) {
      if (other === lang) continue;
      for (const key of Object.keys(files[other])) {
        if (!(key in files[lang])) errors.push({ file: `src/i18n/${lang}.json`, entry: `key "${key}"`, field: '', message: `missing (present in src/i18n/${other}.json)` });
      }
    }
    for (const [key, value] of Object.entries(files[lang])) {
      if (typeof value !== 'string' && !isPluralForms(value))
        errors.push({ file: `src/i18n/${lang}.json`, entry: `key "${key}"`, field: '', message: 'must be a string, or plural forms such as {"one": "…", "other": "…"}' });
    }
  }
  return errors;
}

export const checkI18n = (): ContentError[] => i18nKeyErrors(UI_FILES);
