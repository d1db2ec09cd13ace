import { describe, expect, it } from 'vitest';
import { formatPartialDate } from '../../../src/i18n/format.ts';

describe('formatPartialDate', () => {
  it('formats for readers in each language', () => {
    expect(formatPartialDate('2016-11-25', 'en')).toBe('25 November 2016');
    expect(formatPartialDate('2016-11-25', 'id')).toBe('25 November 2016');
    expect(formatPartialDate('2016-05', 'id')).toBe('Mei 2016');
    expect(formatPartialDate('2015', 'en')).toBe('2015');
  });
});
