/**
 * Validates a raw corpus: each record against its zod schema (./records.ts), then every
 * cross-reference, verbatim quote, id's uniqueness and both languages of every narrative
 * (./cross-checks.ts). Pure: takes the records read from disk and returns typed data plus a list
 * of precise errors.
 */
import type { Lang } from '../../i18n/lang.ts';
import {
  caseSchema,
  citationSchema,
  citySchema,
  conceptSchema,
  findingSchema,
  frameworkSchema,
  pairingSchema,
  releaseSchema,
  sectorSchema,
  sourceSchema,
  type Case,
  type Citation,
  type City,
  type Concept,
  type Finding,
  type Framework,
  type Narrative,
  type Pairing,
  type Release,
  type Sector,
  type Source,
} from '../../schemas/index.ts';
import {
  checkCases,
  checkCities,
  checkConcepts,
  checkFindings,
  checkFrameworks,
  checkNarratives,
  checkPairings,
  checkPlaceholders,
  checkReleases,
  checkSources,
} from './cross-checks.ts';
import type { ContentError } from './errors.ts';
import type { ParsedSource } from './excerpt.ts';
import type { RawCorpus, RawRecord } from './read.ts';
import { checkUnique, parseAll, rawIds, type Parsed } from './records.ts';
import { ValidationContext } from './validation-context.ts';

interface SourceEntry extends Source {
  /** The excerpt's text, verbatim. */
  text: string;
  parsed: ParsedSource;
}
export interface CaseEntry extends Case {
  slug: string;
}
interface ConceptEntry extends Concept {
  slug: string;
}

export interface Corpus {
  sectors: Sector[];
  cities: City[];
  pairings: Pairing[];
  frameworks: Framework[];
  citations: Citation[];
  /** Newest first; the first is the atlas's current version. */
  releases: Release[];
  /** The archived open-data files of earlier releases: version → file name → text. */
  archives: Map<string, Map<string, string>>;
  sources: SourceEntry[];
  cases: CaseEntry[];
  findings: Finding[];
  concepts: ConceptEntry[];
  /** Every narrative file, checked; entry ids `<slug>/<lang>` (cases, concepts), `<slug>/teaching/<lang>`. */
  narratives: (Narrative & { id: string })[];
}

/** A finding takes its case from its folder when it does not name one. */
const withCase = (r: RawRecord): unknown =>
  r.data !== null && typeof r.data === 'object' && !Array.isArray(r.data) && !('case' in r.data)
    ? { ...r.data, case: r.folder }
    : r.data;

const folders = (records: readonly RawRecord[]) => new Set(records.flatMap((r) => r.folder ?? []));

export function validateCorpus(raw: RawCorpus): { corpus: Corpus; errors: ContentError[] } {
  const errors: ContentError[] = [...raw.errors];
  const sectors = parseAll('sector', raw.sectors, sectorSchema, errors);
  const cities = parseAll('city', raw.cities, citySchema, errors);
  const pairings = parseAll('pairing', raw.pairings, pairingSchema, errors);
  const frameworks = parseAll('framework', raw.frameworks, frameworkSchema, errors);
  const citations = parseAll('citation', raw.citations, citationSchema, errors);
  const releases = parseAll('release', raw.releases, releaseSchema, errors, (r) => r.data, 'version');
  const sources = parseAll('source', raw.sources, sourceSchema, errors);
  const cases = parseAll('case', raw.cases, caseSchema, errors);
  const findings = parseAll('finding', raw.findings, findingSchema, errors, withCase);
  const concepts = parseAll('concept', raw.concepts, conceptSchema, errors);
  const unique = (kind: string, items: readonly Parsed<{ id: string }>[]) => {
    checkUnique(kind, items, (v) => v.id, errors);
  };
  unique('sector', sectors);
  unique('city', cities);
  unique('pairing', pairings);
  unique('framework', frameworks);
  unique('citation', citations);
  unique('source', sources);
  unique('finding', findings);

  // Known ids include records that failed their schema (they have their own error), so one bad
  // record does not cascade into "unknown …" errors everywhere it is referenced.
  const ctx = new ValidationContext(errors, {
    sectors: rawIds(raw.sectors),
    cities: rawIds(raw.cities),
    pairings: rawIds(raw.pairings),
    citations: rawIds(raw.citations),
    frameworks: rawIds(raw.frameworks),
    cases: folders(raw.cases),
    sources: rawIds(raw.sources),
    findings: rawIds(raw.findings),
    concepts: folders(raw.concepts),
  });
  const sourceEntries = checkSources(ctx, raw, sources);
  checkCities(ctx, cities);
  checkPairings(ctx, pairings);
  checkFrameworks(ctx, frameworks);
  checkReleases(ctx, raw, releases);
  checkCases(ctx, raw, cases);
  checkFindings(ctx, findings, frameworks);
  checkConcepts(ctx, raw, concepts);
  checkPlaceholders(
    ctx,
    [
      ['sector', raw.sectors],
      ['city', raw.cities],
      ['pairing', raw.pairings],
      ['framework', raw.frameworks],
      ['citation', raw.citations],
      ['release', raw.releases, 'version'],
      ['source', raw.sources],
      ['case', raw.cases],
      ['finding', raw.findings],
      ['concept', raw.concepts],
    ],
    raw,
  );
  checkNarratives(ctx, raw);

  const corpus: Corpus = {
    sectors: sectors.map((s) => s.value),
    cities: cities.map((c) => c.value),
    pairings: pairings.map((p) => p.value),
    frameworks: frameworks.map((f) => f.value),
    citations: citations.map((c) => c.value),
    releases: releases.map((r) => r.value),
    archives: new Map([...raw.archives].map(([v, files]) => [v, new Map([...files].map(([f, t]) => [f, t.text]))])),
    sources: sourceEntries,
    cases: cases.map((c) => ({ ...c.value, slug: c.rec.folder ?? '' })),
    findings: findings.map((f) => f.value),
    concepts: concepts.map((c) => ({ ...c.value, slug: c.rec.folder ?? '' })),
    narratives: [...raw.narratives.entries()].flatMap(([key, t]) => narrativeEntry(key, t.file)),
  };
  return { corpus, errors };
}

/** A narrative's entry from its key `<folder>/<slug>/<lang>` (folders: cases, concepts, teaching). */
function narrativeEntry(key: string, file: string): (Narrative & { id: string })[] {
  const [folder, slug = '', lang] = key.split('/');
  if (lang !== 'id' && lang !== 'en') return [];
  const l: Lang = lang;
  const kind = folder === 'cases' ? 'case' : folder === 'concepts' ? 'concept' : 'teaching';
  return [{ id: kind === 'teaching' ? `${slug}/teaching/${l}` : `${slug}/${l}`, kind, slug, lang: l, file }];
}
