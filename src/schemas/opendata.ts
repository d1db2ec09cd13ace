/**
 * Shapes of the open data files published under /data/. Each is also published as a JSON Schema
 * (generated from these definitions), and the tests validate the built files against them.
 */
import { z } from 'zod';
import { FINDING_KINDS } from '../lib/shared/vocabulary.ts';
import { EVENT_TYPES, OBSTACLE_CATEGORIES, PAIRING_KINDS, PROVENANCES, VERDICTS } from '../lib/shared/vocabulary.ts';

const text = z.object({
  id: z.string().describe('Indonesian (original)'),
  en: z.string().describe('English (our translation)'),
});
const url = z.object({ id: z.url().describe('Indonesian page'), en: z.url().describe('English page') });
const unknownOr = <T extends z.ZodType>(t: T) => z.union([z.literal('unknown'), t]);
const evidence = z.object({
  source: z.string().describe('Source excerpt id (see /sources/<id>/)'),
  quote: z.string().describe('The quotation as plain text: Markdown emphasis removed, whitespace collapsed'),
  start: z.number().int().min(0).describe("Start of the quotation's span in the source file (code point index)"),
  end: z.number().int().min(0).describe('End of the span (exclusive)'),
  url: url.describe('The quotation highlighted in the source page'),
});

const openCaseSchema = z
  .object({
    id: z.string().describe('Stable case id (same as slug)'),
    slug: z.string().describe('URL slug of the case'),
    title: text.describe('Case title, written by the atlas (not the thesis title)'),
    summary: text.describe('One-paragraph summary'),
    thesis: z
      .object({
        title: unknownOr(z.string()),
        author: unknownOr(z.array(z.string())),
        university: unknownOr(z.string()),
        year: unknownOr(z.number().int()),
        degree: unknownOr(z.string()),
      })
      .describe('Thesis metadata; "unknown" where the excerpts do not state it'),
    cities: z.array(z.string()).describe('City ids (see cities.geojson)'),
    sectors: z.array(z.string()).describe('Sector ids'),
    pairings: z.array(z.string()).describe('Pairing ids (see pairings.json)'),
    framework: z.string().nullable().describe('Evaluation framework id, or null'),
    sources: z.array(z.string()).describe('Source excerpt ids'),
    findings: z.number().int().describe('Number of findings'),
    reference: text.describe('APA 7 reference of the thesis (unknown parts left out, never invented)'),
    url: url,
  })
  .strict();

const openFindingSchema = z
  .object({
    id: z.string().describe('Stable finding id; also its anchor on the case page'),
    case: z.string().describe('Case id'),
    kind: z.enum(FINDING_KINDS),
    sectors: z.array(z.string()),
    cities: z.array(z.string()),
    pairings: z.array(z.string()),
    categories: z.array(z.enum(OBSTACLE_CATEGORIES)).describe('Obstacle categories (obstacles only)'),
    element: z
      .object({ framework: z.string(), element: z.string(), verdict: z.enum(VERDICTS) })
      .nullable()
      .describe('Framework element judged, with the verdict, or null'),
    text: text,
    provenance: z.enum(PROVENANCES),
    evidence: z.array(evidence).describe('Verbatim quotations (thesis findings)'),
    citations: z.array(z.string()).describe('External citation texts (external findings)'),
    url: url,
  })
  .strict();

const openPairingSchema = z
  .object({
    id: z.string(),
    cities: z.tuple([z.string(), z.string()]).describe('Indonesian party first'),
    countries: z.tuple([z.string(), z.string()]).describe('ISO 3166-1 alpha-2 codes'),
    kind: z.enum(PAIRING_KINDS),
    sectorsAgreed: z.array(z.string()),
    cases: z.array(z.string()),
    inferred: z.array(z.string()).describe('Cities identified from external sources, not the thesis'),
    events: z.array(
      z.object({
        type: z.enum(EVENT_TYPES),
        date: z.string().describe('Partial ISO date (YYYY, YYYY-MM, YYYY-MM-DD) or "unknown"'),
        derived: z.boolean().describe('True when we derived the date from the source wording'),
        provenance: z.enum(PROVENANCES),
        note: text,
        evidence: z.array(evidence),
        citations: z.array(z.string()),
      }),
    ),
    url: url,
  })
  .strict();

export const openCasesFile = z.object({ licence: z.string(), cases: z.array(openCaseSchema) });
export const openFindingsFile = z.object({ licence: z.string(), findings: z.array(openFindingSchema) });
export const openPairingsFile = z.object({ licence: z.string(), pairings: z.array(openPairingSchema) });
export const openCitiesFile = z.object({
  type: z.literal('FeatureCollection'),
  licence: z.string().describe('Data licence'),
  attribution: z.string().describe("The coordinates' source and licence (GeoNames, CC BY 4.0)"),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      id: z.string(),
      geometry: z.object({
        type: z.literal('Point'),
        coordinates: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
      }),
      properties: z.object({
        name: text,
        country: z.string().regex(/^[A-Z]{2}$/),
        adminType: z.string(),
        parent: text,
        indonesian: z.boolean(),
        gazetteer: z.string().describe('Gazetteer and identifier of the point'),
        pointNote: text.nullable(),
        cases: z.array(z.string()).describe('Cases that study a pairing of this place'),
      }),
    }),
  ),
});

export type OpenCase = z.infer<typeof openCaseSchema>;
export type OpenFinding = z.infer<typeof openFindingSchema>;

/** The published files and their schemas. */
export const OPEN_DATA_FILES = {
  'cases.json': openCasesFile,
  'findings.json': openFindingsFile,
  'pairings.json': openPairingsFile,
  'cities.geojson': openCitiesFile,
} as const;
