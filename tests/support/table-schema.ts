/**
 * A small Table Schema reader for the tests: checks the rows of a CSV against the Data Package's own
 * description of it (field names, types, required, enum, missing values, primary and foreign keys).
 * Written from the Table Schema 2.0 text (https://datapackage.org/standard/table-schema/), for the
 * field types the atlas uses; it reads the published datapackage.json, not our column definitions.
 */
interface Field {
  name: string;
  type: string;
  constraints?: { required?: boolean; enum?: string[] };
  missingValues?: string[];
}
export interface TableResource {
  name: string;
  path: string;
  schema: {
    fields: Field[];
    missingValues?: string[];
    primaryKey?: string[];
    foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  };
}

const TYPES: Record<string, (v: string) => boolean> = {
  string: () => true,
  integer: (v) => /^-?\d+$/.test(v),
  number: (v) => v.trim() !== '' && Number.isFinite(Number(v)),
  boolean: (v) => v === 'true' || v === 'false',
};

/** Problems of one table's rows (header first) against its resource; `tables` gives the others' rows by resource name. */
export function tableProblems(res: TableResource, rows: string[][], tables: Map<string, string[][]>): string[] {
  const out: string[] = [];
  const [header = [], ...body] = rows;
  const names = res.schema.fields.map((f) => f.name);
  if (header.join(',') !== names.join(','))
    out.push(`${res.path}: header ${header.join(',')} ≠ fields ${names.join(',')}`);
  const missing = (f: Field, v: string) => (f.missingValues ?? res.schema.missingValues ?? ['']).includes(v);
  body.forEach((row, i) => {
    res.schema.fields.forEach((f, j) => {
      const v = row[j] ?? '';
      const at = `${res.path} row ${String(i + 2)} ${f.name}`;
      if (missing(f, v)) {
        if (f.constraints?.required) out.push(`${at}: required but empty`);
        return;
      }
      const check = TYPES[f.type];
      if (!check) out.push(`${at}: type ${f.type} not known to this reader`);
      else if (!check(v)) out.push(`${at}: "${v}" is not a ${f.type}`);
      if (f.constraints?.enum && !f.constraints.enum.includes(v))
        out.push(`${at}: "${v}" not in ${f.constraints.enum.join('|')}`);
    });
  });
  const column = (table: string[][], name: string) => {
    const j = (table[0] ?? []).indexOf(name);
    return table.slice(1).map((r) => r[j] ?? '');
  };
  const key = res.schema.primaryKey ?? [];
  if (key.length > 0) {
    const cols = key.map((k) => column(rows, k));
    const keys = body.map((_, i) => cols.map((c) => c[i]).join('\u0000'));
    if (new Set(keys).size !== keys.length) out.push(`${res.path}: primary key ${key.join(',')} repeats`);
  }
  for (const fk of res.schema.foreignKeys ?? []) {
    const target = tables.get(fk.reference.resource);
    if (!target) {
      out.push(`${res.path}: foreign key to unknown resource ${fk.reference.resource}`);
      continue;
    }
    const known = new Set(column(target, fk.reference.fields[0] ?? ''));
    const field = res.schema.fields.find((f) => f.name === fk.fields[0]);
    column(rows, fk.fields[0] ?? '').forEach((v, i) => {
      if (field && missing(field, v)) return;
      if (!known.has(v))
        out.push(`${res.path} row ${String(i + 2)}: ${fk.fields[0] ?? ''} "${v}" not in ${fk.reference.resource}`);
    });
  }
  return out;
}
