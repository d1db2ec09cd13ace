/** What a missing address asks for (src/lib/shared/not-found.ts). */
import { describe, expect, it } from 'vitest';
import { MAX_WORDS, pathLanguage, pathWords, rankPages, wordTries } from '../../../src/lib/shared/not-found.ts';

describe('a missing address', () => {
  it('is in English under /en/ (below the base), else Indonesian', () => {
    expect(pathLanguage('/en/cases/x/', '/')).toBe('en');
    expect(pathLanguage('/atlas/en/', '/atlas/')).toBe('en');
    expect(pathLanguage('/atlas/english/', '/atlas/')).toBe('id');
    expect(pathLanguage('/cases/x/', '/')).toBe('id');
  });

  it('gives the words that name a thing, not the route', () => {
    expect(pathWords('/en/cases/semarang-jungu/', '/')).toEqual(['semarang', 'jungu']);
    expect(pathWords('/atlas/cities/Bandung/page/2/', '/atlas/')).toEqual(['bandung']);
    expect(pathWords('/sources/000_e00c8278a2e82fcf/', '/')).toEqual(['e00c8278a2e82fcf']);
    expect(pathWords('/cases/kota%20kembar/', '/')).toEqual(['kota', 'kembar']);
  });

  it('answers hostile addresses: malformed escapes, huge paths, script', () => {
    expect(pathWords('/en/%E0%A4%A/x', '/')).toEqual([]);
    expect(pathWords('/cases/%E0%A4%A-bandung/', '/')).toEqual(['bandung']);
    expect(pathWords(`/${'abc-'.repeat(5000)}`, '/')).toEqual(['abc']);
    expect(pathWords(`/${Array.from({ length: 20 }, (_, i) => `word${String(i)}`).join('-')}`, '/')).toHaveLength(
      MAX_WORDS,
    );
    expect(pathWords('/<script>alert(1)</script>', '/')).toEqual(['script', 'alert']);
  });

  it('tries shorter prefixes of a word down to four letters', () => {
    expect(wordTries('kawasakii')).toEqual(['kawasakii', 'kawasaki', 'kawasak', 'kawasa', 'kawas', 'kawa']);
    expect(wordTries('abc')).toEqual(['abc']);
  });

  it('ranks the pages that match the most words first, by their places in each list', () => {
    const p = (id: string) => ({ id });
    expect(
      rankPages(
        [
          [p('kr'), p('case'), p('x')],
          [p('case'), p('y'), p('kr')],
        ],
        3,
      ).map((r) => r.id),
    ).toEqual(['case', 'kr']);
    expect(rankPages([[p('a'), p('b')]], 1).map((r) => r.id)).toEqual(['a']);
    expect(rankPages([], 3)).toEqual([]);
  });
});
