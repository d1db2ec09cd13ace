import { describe, expect, it } from 'vitest';
import { pickRows } from '../../../src/client/findings-csv.ts';

const table =
  'id,kind,statement_en\r\nf1,obstacle,"A, quoted\n""multi-line"" cell"\r\nf2,outcome,plain\r\nf3,reason,x\r\n';

describe('the CSV of listed findings', () => {
  it('keeps the header and the listed rows in the listed order, cells intact', () => {
    expect(pickRows(table, ['f3', 'f1', 'nope'])).toBe(
      'id,kind,statement_en\nf3,reason,x\nf1,obstacle,"A, quoted\n""multi-line"" cell"\n',
    );
    expect(pickRows(`\uFEFF${table}`, [])).toBe('id,kind,statement_en\n');
  });
  it('refuses a table whose first column is not the id', () => {
    expect(() => pickRows('kind,id\n', [])).toThrow('findings.csv: the first column is not id');
  });
});
