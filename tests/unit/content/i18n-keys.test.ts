import { describe, expect, it } from 'vitest';
import en from '../../../src/i18n/en.json' with { type: 'json' };
import id from '../../../src/i18n/id.json' with { type: 'json' };
import { t } from '../../../src/i18n/index.ts';
import { checkI18n, i18nKeyErrors } from '../../../src/lib/content/i18n-keys.ts';

describe('UI strings', () => {
  it('has the same keys in both locales', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
    expect(checkI18n()).toEqual([]);
  });
  it('reports a key missing from one locale, naming the file and key', () => {
    const errors = i18nKeyErrors({ id: { a: 'x', b: 'y' }, en: { a: 'x' } });
    expect(errors).toEqual([
      { file: 'src/i18n/en.json', entry: 'key "b"', field: '', message: 'missing (present in src/i18n/id.json)' },
    ]);
  });
  it('fills placeholders', () => {
    expect(t('en', 'case.findingsCount', { n: 3 })).toBe('3 findings');
    expect(t('id', 'case.findingsCount', { n: 3 })).toBe('3 temuan');
  });
});
