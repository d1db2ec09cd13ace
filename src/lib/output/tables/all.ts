/** The open-data tables, in the order /data/ lists them (see ./table.ts for how a table is written). */
import { evidenceTable, findingsTable } from './findings.ts';
import { citiesTable, eventsTable, pairingsTable } from './places.ts';
import type { Table } from './table.ts';

export const TABLES: readonly Table[] = [findingsTable, evidenceTable, eventsTable, pairingsTable, citiesTable];
