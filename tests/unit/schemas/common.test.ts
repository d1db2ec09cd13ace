import { describe, expect, it } from 'vitest';
import { isRealPartialDate } from '../../../src/schemas/common.ts';

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
});
