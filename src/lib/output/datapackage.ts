/**
 * The open data as a Frictionless Data Package (v2, https://datapackage.org/): `datapackage.json`
 * beside the files, describing every table with a Table Schema built from its column definitions
 * (./tables/table.ts) and every JSON file with its JSON Schema. Paths are relative, so the same
 * descriptor works at /data/ and in a release's folder /data/v<version>/. Pure.
 */
import type { Release } from '../../schemas/index.ts';
import { CODEBOOK } from './codebook.ts';
import { mediaType } from './media-type.ts';
import { ATLAS_AUTHOR, ATLAS_KEYWORDS, ATLAS_NAME } from './publisher.ts';
import { LIST_DELIMITER, type FieldSpec, type Table } from './tables/table.ts';

export const DATA_PACKAGE = 'datapackage.json';
const DATA_PACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';
const CC_BY = {
  name: 'CC-BY-4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
  title: 'Creative Commons Attribution 4.0',
};

/** A resource's name: its file name, lower-case, `.` as `-` (`findings-csv`). */
const resourceName = (file: string) => file.toLowerCase().replace(/\./g, '-');

/**
 * A column's Table Schema field. A list column ("a; b") is a `string` field: Table Schema 2.0 defines
 * a `list` type, but the published 2.0 profile omits it from the field types, so a descriptor using it
 * fails validation (frictionlessdata/datapackage#1089, fixed for 2.1). Its description names the
 * delimiter instead.
 */
function field(name: string, description: string, spec: FieldSpec): Record<string, unknown> {
  const constraints: Record<string, unknown> = {};
  if (spec.required) constraints['required'] = true;
  if (spec.enum) constraints['enum'] = spec.enum;
  const list = spec.type === 'list';
  return {
    name,
    type: list ? 'string' : spec.type,
    description:
      list && !description.includes(`"${LIST_DELIMITER}"`)
        ? `${description} Values separated by "${LIST_DELIMITER}".`
        : description,
    ...(spec.missing ? { missingValues: ['', ...spec.missing] } : {}),
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  };
}

/** A table's Table Schema: its fields, primary key and foreign keys into the package's other tables. */
export function tableSchema(table: Table): Record<string, unknown> {
  return {
    fields: table.columns.map((c) => field(c.name, c.about.en, c.field)),
    missingValues: [''],
    primaryKey: [...table.key],
    ...(table.foreignKeys.length > 0
      ? {
          foreignKeys: table.foreignKeys.map((fk) => ({
            fields: [fk.field],
            reference: { resource: resourceName(fk.table), fields: [fk.key] },
          })),
        }
      : {}),
  };
}

export interface DataPackageInput {
  release: Release;
  /** The /data/ page's absolute URL (the package's homepage). */
  homepage: string;
  description: string;
  tables: readonly Table[];
}

/** The datapackage.json descriptor of the current release. */
export function dataPackage(d: DataPackageInput): Record<string, unknown> {
  const tables = d.tables.map((t) => ({
    name: resourceName(t.file),
    type: 'table',
    path: t.file,
    format: 'csv',
    mediatype: mediaType(t.file),
    encoding: 'utf-8',
    description: t.about.en,
    dialect: { header: true, delimiter: ',', quoteChar: '"', doubleQuote: true, lineTerminator: '\n' },
    schema: tableSchema(t),
  }));
  const json = CODEBOOK.map((f) => ({
    name: resourceName(f.file),
    path: f.file,
    format: f.file.split('.').pop() ?? 'json',
    mediatype: mediaType(f.file),
    encoding: 'utf-8',
    description: f.about.en,
    /** Not a Data Package property: the file's JSON Schema, published beside it. */
    jsonSchema: f.schema,
  }));
  return {
    $schema: DATA_PACKAGE_PROFILE,
    name: 'sister-city-atlas',
    id: d.homepage,
    title: `${ATLAS_NAME}: open data`,
    description: d.description,
    homepage: d.homepage,
    version: d.release.version,
    created: `${d.release.date}T00:00:00Z`,
    keywords: ATLAS_KEYWORDS,
    contributors: [{ title: ATLAS_AUTHOR, roles: ['creator', 'publisher'] }],
    licenses: [CC_BY],
    sources: [{ title: 'GeoNames (coordinates, CC BY 4.0)', path: 'https://www.geonames.org/' }],
    resources: [...tables, ...json],
  };
}
