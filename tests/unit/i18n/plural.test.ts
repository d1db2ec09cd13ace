/** Plural forms by Intl.PluralRules (src/i18n/plural.ts) and their use by t(). */
import { describe, expect, it } from 'vitest';
import { formsFrom, isPluralForms, plural } from '../../../src/i18n/plural.ts';
import { forms, t } from '../../../src/i18n/index.ts';
import { i18nKeyErrors } from '../../../src/lib/content/i18n-keys.ts';

const FORMS = { one: '{n} finding', other: '{n} findings' };

describe('plural', () => {
  it('picks the form for the number in the language', () => {
    expect(plural(FORMS, 'en', 1)).toBe('1 finding');
    expect(plural(FORMS, 'en', 0)).toBe('0 findings');
    expect(plural(FORMS, 'en', 21)).toBe('21 findings');
    // Indonesian has one form: `other` is always chosen.
    expect(plural(FORMS, 'id', 1)).toBe('1 findings');
    expect(plural('{n} temuan', 'id', 1)).toBe('1 temuan');
  });
  it('reads forms back from a data attribute, and falls back on anything else', () => {
    expect(formsFrom(JSON.stringify(FORMS), 'x')).toEqual(FORMS);
    expect(formsFrom('"{n} hasil"', 'x')).toBe('{n} hasil');
    expect(formsFrom('{"one": 1}', 'x')).toBe('x');
    expect(formsFrom('not json', 'x')).toBe('x');
    expect(formsFrom(undefined, 'x')).toBe('x');
    expect(isPluralForms({ one: 'a' })).toBe(false);
    expect(isPluralForms({ other: 'a', several: 'b' })).toBe(false);
  });
});

describe('t() with plural strings', () => {
  it('fills the form chosen for n, in both languages, and hands the forms to browser code as JSON', () => {
    const one = t('en', 'case.findingsCount', { n: 1 });
    const many = t('en', 'case.findingsCount', { n: 2 });
    expect(one).toContain('1');
    expect(many).toContain('2');
    expect(one.replace('1', '')).not.toBe(many.replace('2', ''));
    expect(t('id', 'case.findingsCount', { n: 1 })).toContain('1');
    expect(formsFrom(forms('en', 'search.resultsCount'), '')).not.toBe('');
  });
  it('accepts plural forms in the locale files and names a malformed value', () => {
    expect(i18nKeyErrors({ id: { a: 'x', b: { other: 'y' } }, en: { a: 'x', b: { one: 'y', other: 'z' } } })).toEqual(
      [],
    );
    const errors = i18nKeyErrors({ id: { a: { one: 'x' } }, en: { a: 'x' } });
    expect(errors.map((e) => `${e.file} ${e.entry}`)).toEqual(['src/i18n/id.json key "a"']);
  });
});
