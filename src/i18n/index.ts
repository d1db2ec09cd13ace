/**
 * UI strings per locale. Keys are typed from the Indonesian file; the English file must have the
 * same keys: `t()` accepts only Indonesian keys (astro check), and the build's content check
 * (src/lib/content/i18n-keys.ts) fails on a key missing from either file.
 */
import en from './en.json' with { type: 'json' };
import id from './id.json' with { type: 'json' };
import type { Lang } from './lang.ts';
import { plural, type PluralForms } from './plural.ts';

export type UiKey = keyof typeof id;
export type UiVars = Record<string, string | number>;
const strings: Record<Lang, Record<UiKey, string | PluralForms>> = { id, en };

/** Both locale files, for the key check. */
export const UI_FILES: Record<Lang, Record<string, unknown>> = { id, en };

/**
 * The UI string `key` in `lang`, with `{name}` placeholders filled from `vars`; a string with plural
 * forms (plural.ts) takes the form for `vars.n`.
 */
export function t(lang: Lang, key: UiKey, vars: UiVars = {}): string {
  const value = strings[lang][key];
  const n = vars['n'];
  const text = typeof value === 'string' ? value : plural(value, lang, typeof n === 'number' ? n : Number(n));
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}

/** A UI string as it is stored (a string, or its plural forms), for browser code that fills it in (plural.ts). */
export const forms = (lang: Lang, key: UiKey): string => JSON.stringify(strings[lang][key]);
