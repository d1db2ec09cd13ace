/**
 * Plural forms of UI strings, chosen by Intl.PluralRules: a string with `{n}` may instead be an
 * object of forms by plural category (`{ "one": "{n} finding", "other": "{n} findings" }`);
 * `other` is required. Pure and browser-safe: the server fills strings with it (index.ts), and
 * browser code receives the forms as JSON in a data attribute and fills them with `plural()`.
 */

/** Forms by Intl plural category. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const CATEGORIES: readonly string[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

export const isPluralForms = (v: unknown): v is PluralForms =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Record<string, unknown>)['other'] === 'string' &&
  Object.entries(v).every(([k, x]) => CATEGORIES.includes(k) && typeof x === 'string');

/** The form of `value` for the number `n` in `lang`, with `{n}` filled in. */
export function plural(value: string | PluralForms, lang: string, n: number): string {
  const form = typeof value === 'string' ? value : (value[new Intl.PluralRules(lang).select(n)] ?? value.other);
  return form.replace(/\{n\}/g, String(n));
}

/** Plural forms sent to browser code as a data attribute's JSON, read back (a plain string, or `fallback`). */
export function formsFrom(json: string | undefined, fallback: string): string | PluralForms {
  if (json === undefined) return fallback;
  try {
    const v: unknown = JSON.parse(json);
    return typeof v === 'string' || isPluralForms(v) ? v : fallback;
  } catch {
    return fallback;
  }
}
