/** Table Schemas from the tables' column definitions (src/lib/output/datapackage.ts). */
import { describe, expect, it } from 'vitest';
import { tableSchema } from '../../../src/lib/output/datapackage.ts';
import { col, INTEGER, L, listCol, oneOf, table } from '../../../src/lib/output/tables/table.ts';

interface Row {
  id: string;
  n: number;
  tags: string[];
  year: number | 'unknown';
}
const t = table<Row>({
  file: 'things.csv',
  about: L('Benda.', 'Things.'),
  key: ['id', 'n'],
  foreignKeys: [{ field: 'id', table: 'others.csv', key: 'id' }],
  columns: [
    col('id', L('Id.', 'Id.'), (r) => r.id, oneOf(['a', 'b'])),
    col('n', L('Nomor.', 'Number.'), (r) => r.n, INTEGER),
    listCol('tags', L('Label.', 'Tags.'), (r) => r.tags),
    col('year', L('Tahun.', 'Year.'), (r) => r.year, { type: 'integer', missing: ['unknown'] }),
  ],
  rows: () => [{ id: 'a', n: 1, tags: ['x', 'y'], year: 'unknown' }],
});

describe('table schema', () => {
  it('describes each column: type, required, allowed values, missing values; keys by resource name', () => {
    const schema = tableSchema(t) as { fields: Record<string, unknown>[] } & Record<string, unknown>;
    expect(schema.fields.map((f) => f['name'])).toEqual(['id', 'n', 'tags', 'year']);
    expect(schema.fields[0]).toMatchObject({ type: 'string', constraints: { required: true, enum: ['a', 'b'] } });
    expect(schema.fields[1]).toMatchObject({ type: 'integer', constraints: { required: true } });
    // A list is a string field whose description names the delimiter (the 2.0 profile has no list type).
    expect(schema.fields[2]).toMatchObject({ type: 'string', description: 'Tags. Values separated by "; ".' });
    expect(schema.fields[3]).toMatchObject({ type: 'integer', missingValues: ['', 'unknown'] });
    expect(schema['primaryKey']).toEqual(['id', 'n']);
    expect(schema['foreignKeys']).toEqual([{ fields: ['id'], reference: { resource: 'others-csv', fields: ['id'] } }]);
    expect(t.csv({} as never, () => '')).toBe('id,n,tags,year\na,1,x; y,unknown\n');
  });
});
