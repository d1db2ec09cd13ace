/** The open-data tables, in the order /data/ lists them (see ./table.ts for how a table is written). */
import { casesTable } from './cases.ts';
import { evidenceTable, findingsTable } from './findings.ts';
import { citiesTable, eventsTable, pairingsTable } from './places.ts';
import type { Table } from './table.ts';

export const TABLES: readonly Table[] = [
  casesTable,
  findingsTable,
  evidenceTable,
  eventsTable,
  pairingsTable,
  citiesTable,
];
