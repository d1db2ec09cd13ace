import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json' with { type: 'json' };
import id from '../../src/i18n/id.json' with { type: 'json' };
import { t } from '../../src/i18n/index.ts';
import { checkI18n, i18nKeyErrors } from '../../src/lib/content/i18n-keys.ts';
import { alternatePath, localePath, normalizeBase, splitLocale } from '../../src/i18n/paths.ts';
import { formatPartialDate } from '../../src/i18n/format.ts';
import { isRealPartialDate } from '../../src/schemas/common.ts';

describe('partial dates', () => {
  it.each(['2016', '2016-11', '2016-11-25', '2016-02-29', '2000-02-29'])('accepts %s', (d) => {
    expect(isRealPartialDate(d)).toBe(true);
  });
  it.each(['2017-02-29', '1900-02-29', '2016-13', '2016-00', '2016-04-31', '16', '2016-1-5', '25/11/2016', ''])(
    'rejects %s',
    (d) => {
      expect(isRealPartialDate(d)).toBe(false);
    },
  );
  it('formats for readers in each language', () => {
    expect(formatPartialDate('2016-11-25', 'en')).toBe('25 November 2016');
    expect(formatPartialDate('2016-11-25', 'id')).toBe('25 November 2016');
    expect(formatPartialDate('2016-05', 'id')).toBe('Mei 2016');
    expect(formatPartialDate('2015', 'en')).toBe('2015');
  });
});

describe('locale paths', () => {
  it('puts Indonesian at the root and English under /en/, below the base', () => {
    expect(localePath('id', '/cases/x/')).toBe('/cases/x/');
    expect(localePath('en', '/cases/x/')).toBe('/en/cases/x/');
    expect(localePath('en', 'sources/a/#q-1', '/atlas')).toBe('/atlas/en/sources/a/#q-1');
    expect(normalizeBase('atlas/')).toBe('/atlas/');
    expect(normalizeBase('/')).toBe('/');
  });
  it('switches language keeping the page', () => {
    expect(splitLocale('/atlas/en/cases/x/', '/atlas/')).toEqual({ lang: 'en', path: '/cases/x/' });
    expect(splitLocale('/atlas/cases/en-route/', '/atlas/')).toEqual({ lang: 'id', path: '/cases/en-route/' });
    expect(alternatePath('/cases/x/', 'en')).toBe('/en/cases/x/');
    expect(alternatePath('/en/', 'id')).toBe('/');
  });
});

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
