/**
 * Joins the collections into one read-only index the pages render from. Pure: built once per
 * build from plain data (see src/lib/astro/collections.ts), unit-tested on fixtures.
 */
import type {
  Case,
  Citation,
  City,
  Concept,
  Evidence,
  Finding,
  Framework,
  Pairing,
  Release,
  Sector,
  Source,
} from '../../schemas/index.ts';
import { FINDING_KIND_ORDER, type FindingKind } from '../shared/vocabulary.ts';
import { locateQuote, parseSource, type Mark, type ParsedSource } from '../content/excerpt.ts';
import { quoteAnchor, type QuoteOwner } from '../shared/anchors.ts';
import { countryName } from '../../i18n/format.ts';
import { currentRelease, newestFirst } from './releases.ts';
import type { Lang } from '../../i18n/lang.ts';

export interface AtlasInput {
  sectors: Sector[];
  cities: City[];
  pairings: Pairing[];
  frameworks: Framework[];
  citations: Citation[];
  releases: Release[];
  sources: (Source & { text: string })[];
  cases: (Case & { slug: string })[];
  findings: Finding[];
  concepts: (Concept & { slug: string })[];
}

interface QuoteMark extends Mark {
  owner: QuoteOwner;
  source: string;
}

interface SourceView extends Source {
  text: string;
  parsed: ParsedSource;
  marks: QuoteMark[];
}

export interface Atlas {
  sectors: Sector[];
  cities: City[];
  pairings: Pairing[];
  frameworks: Framework[];
  citations: Citation[];
  /** Every release, newest first (content/releases.yaml). */
  releases: Release[];
  /** The current release: the atlas's version, shown in the footer and every citation. */
  release: Release;
  sources: SourceView[];
  cases: (Case & { slug: string })[];
  findings: Finding[];
  concepts: (Concept & { slug: string })[];
  sector: Map<string, Sector>;
  city: Map<string, City>;
  pairing: Map<string, Pairing>;
  framework: Map<string, Framework>;
  citation: Map<string, Citation>;
  source: Map<string, SourceView>;
  case: Map<string, Case & { slug: string }>;
  finding: Map<string, Finding>;
  concept: Map<string, Concept & { slug: string }>;
  /** Findings per case slug, ordered by kind (context, outcome, …) then file order. */
  findingsByCase: Map<string, Finding[]>;
  /** ISO country codes of all places, sorted. */
  countries: string[];
  /** Indexes built once, so entity pages stay cheap as the corpus grows. */
  findingsByCity: Map<string, Finding[]>;
  findingsBySector: Map<string, Finding[]>;
  findingsByPairing: Map<string, Finding[]>;
  pairingsByCity: Map<string, Pairing[]>;
}

const KIND_ORDER: ReadonlyMap<string, number> = new Map(FINDING_KIND_ORDER.map((k, i) => [k, i]));
const kindRank = (kind: string) => KIND_ORDER.get(kind) ?? FINDING_KIND_ORDER.length;

const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((x) => [x.id, x]));
const bySlug = <T extends { slug: string }>(items: readonly T[]) => new Map(items.map((x) => [x.slug, x]));

/**
 * Every record that quotes the excerpts, with its owner: findings (in the order given), pairings,
 * each pairing's agreement steps, frameworks, concepts. The one walk over all evidence.
 */
export function forEachQuote(
  records: Pick<AtlasInput, 'pairings' | 'frameworks' | 'concepts'>,
  findings: readonly Finding[],
  visit: (owner: QuoteOwner, evidence: readonly Evidence[] | undefined) => void,
): void {
  for (const f of findings) visit({ type: 'finding', id: f.id }, f.evidence);
  for (const p of records.pairings) {
    visit({ type: 'pairing', id: p.id }, p.evidence);
    p.events.forEach((ev, index) => {
      visit({ type: 'event', id: p.id, index }, ev.evidence);
    });
  }
  for (const fw of records.frameworks) visit({ type: 'framework', id: fw.id }, fw.evidence);
  for (const c of records.concepts) visit({ type: 'concept', id: c.slug }, c.evidence);
}

export function buildAtlas(input: AtlasInput): Atlas {
  const sources: SourceView[] = input.sources.map((s) => ({ ...s, parsed: parseSource(s.text), marks: [] }));
  const source = byId(sources);
  const addMarks = (owner: QuoteOwner, evidence: readonly Evidence[] | undefined) => {
    (evidence ?? []).forEach((ev, i) => {
      const src = source.get(ev.source);
      if (!src) return;
      const range = locateQuote(src.parsed.plain, ev.quote);
      if (range) src.marks.push({ ...range, id: quoteAnchor(owner, i + 1), owner, source: ev.source });
    });
  };
  forEachQuote(input, input.findings, addMarks);
  for (const s of sources) s.marks.sort((a, b) => a.start - b.start || b.end - a.end);

  const findingsByCase = new Map<string, Finding[]>(input.cases.map((c) => [c.slug, []]));
  input.findings.forEach((f) => findingsByCase.get(f.case)?.push(f));
  for (const list of findingsByCase.values()) {
    list.sort((a, b) => kindRank(a.kind) - kindRank(b.kind));
  }

  const group = <T>(items: readonly T[], keys: (t: T) => readonly string[]) => {
    const m = new Map<string, T[]>();
    for (const it of items) for (const k of keys(it)) (m.get(k) ?? m.set(k, []).get(k))?.push(it);
    return m;
  };

  return {
    ...input,
    findingsByCity: group(input.findings, (f) => f.cities),
    findingsBySector: group(input.findings, (f) => f.sectors),
    findingsByPairing: group(input.findings, (f) => f.pairings ?? []),
    pairingsByCity: group(input.pairings, (p) => p.cities),
    releases: newestFirst(input.releases),
    release: currentRelease(input.releases),
    sources,
    sector: byId(input.sectors),
    city: byId(input.cities),
    pairing: byId(input.pairings),
    framework: byId(input.frameworks),
    citation: byId(input.citations),
    source,
    case: bySlug(input.cases),
    finding: byId(input.findings),
    concept: bySlug(input.concepts),
    findingsByCase,
    countries: [...new Set(input.cities.map((c) => c.country))].sort(),
  };
}

/** Cities of a case, in pairing order, without repeats. */
export function caseCities(atlas: Atlas, slug: string): City[] {
  const c = atlas.case.get(slug);
  const ids = new Set((c?.pairings ?? []).flatMap((p) => atlas.pairing.get(p)?.cities ?? []));
  return [...ids].flatMap((id) => atlas.city.get(id) ?? []);
}

/** The cities of a case that its sources do not name: inferred from external sources (shown with a mark). */
export function inferredCities(atlas: Atlas, slug: string): Set<string> {
  const c = atlas.case.get(slug);
  return new Set((c?.pairings ?? []).flatMap((p) => (atlas.pairing.get(p)?.inferred ?? []).map((i) => i.city)));
}

/** Cities by country name, then city name, in a language (the /cities/ table's order). */
export function citiesInOrder(atlas: Atlas, lang: Lang): City[] {
  const country = new Map(atlas.countries.map((cc) => [cc, countryName(cc, lang)]));
  return [...atlas.cities].sort(
    (a, b) =>
      (country.get(a.country) ?? '').localeCompare(country.get(b.country) ?? '') ||
      a.name[lang].localeCompare(b.name[lang]),
  );
}

/** Findings grouped by kind in the canonical kind order (only non-empty groups). */
export function groupByKind(findings: readonly Finding[]): { kind: FindingKind; findings: Finding[] }[] {
  return FINDING_KIND_ORDER.map((kind) => ({ kind, findings: findings.filter((f) => f.kind === kind) })).filter(
    (g) => g.findings.length > 0,
  );
}

const positions = new WeakMap<readonly object[], Map<string, number>>();

/**
 * The items of `all` with these keys, in `all`'s order, looked up rather than scanned: a page that
 * scans the whole atlas for its few cases or pairings makes the build quadratic.
 */
export function pick<T extends object>(all: readonly T[], key: (t: T) => string, ids: Iterable<string>): T[] {
  let pos = positions.get(all);
  if (!pos) {
    pos = new Map(all.map((t, i) => [key(t), i]));
    positions.set(all, pos);
  }
  const at = pos;
  return [...new Set(ids)]
    .flatMap((id) => at.get(id) ?? [])
    .sort((a, b) => a - b)
    .flatMap((i) => all[i] ?? []);
}

/** Everything that links to a city: its pairings, the cases studying them, and findings naming it. */
export function cityRelations(atlas: Atlas, cityId: string) {
  const pairings = atlas.pairingsByCity.get(cityId) ?? [];
  const caseSlugs = new Set(pairings.flatMap((p) => p.cases));
  const findings = atlas.findingsByCity.get(cityId) ?? [];
  for (const f of findings) caseSlugs.add(f.case);
  const partners = pairings
    .flatMap((p) => p.cities.filter((c) => c !== cityId))
    .flatMap((id) => atlas.city.get(id) ?? []);
  return { pairings, partners, cases: pick(atlas.cases, (c) => c.slug, caseSlugs), findings };
}

/** Everything in a country: its places, their pairings, cases and findings. */
export function countryRelations(atlas: Atlas, iso2: string) {
  const cities = atlas.cities.filter((c) => c.country === iso2);
  const pairings = [...new Set(cities.flatMap((c) => atlas.pairingsByCity.get(c.id) ?? []))];
  const caseSlugs = new Set(pairings.flatMap((p) => p.cases));
  const findings = [...new Set(cities.flatMap((c) => atlas.findingsByCity.get(c.id) ?? []))];
  return { cities, pairings, cases: atlas.cases.filter((c) => caseSlugs.has(c.slug)), findings };
}

/** Everything about a sector: cases covering it, pairings that agreed on it, findings tagged with it. */
export function sectorRelations(atlas: Atlas, sectorId: string) {
  const findings = atlas.findingsBySector.get(sectorId) ?? [];
  const caseSlugs = new Set([
    ...atlas.cases.filter((c) => c.sectors.includes(sectorId)).map((c) => c.slug),
    ...findings.map((f) => f.case),
  ]);
  return {
    cases: atlas.cases.filter((c) => caseSlugs.has(c.slug)),
    pairings: atlas.pairings.filter((p) => p.sectorsAgreed.includes(sectorId)),
    findings,
  };
}

/** The cases about each city (through their pairings), inverted once: a scan of every case per city is quadratic. */
export function casesByCity(atlas: Atlas): Map<string, string[]> {
  const casesOf = new Map<string, string[]>();
  for (const k of atlas.cases)
    for (const c of caseCities(atlas, k.slug)) (casesOf.get(c.id) ?? casesOf.set(c.id, []).get(c.id))?.push(k.slug);
  return casesOf;
}
