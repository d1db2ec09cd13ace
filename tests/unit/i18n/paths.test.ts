import { describe, expect, it } from 'vitest';
import { alternatePath, localePath, normalizeBase, splitLocale } from '../../../src/i18n/paths.ts';

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
