/**
 * Validates a raw corpus: each record against its zod schema, then every cross-reference,
 * every verbatim quote, every id's uniqueness and every case's two languages. Pure: takes the
 * records read from disk and returns typed data plus a list of precise errors.
 */
import type { z } from 'zod';
import {
  caseSchema,
  citationSchema,
  citySchema,
  conceptSchema,
  findingSchema,
  frameworkSchema,
  pairingSchema,
  sectorSchema,
  sourceSchema,
  UNKNOWN,
  type Case,
  type Citation,
  type City,
  type Concept,
  type Evidence,
  type Finding,
  type Framework,
  type Narrative,
  type Pairing,
  type Sector,
  type Source,
} from '../../schemas/index.ts';
import { locateQuote, parseSource, type ParsedSource } from './excerpt.ts';
import type { ContentError } from './errors.ts';
import { renderNarrative } from './narrative.ts';
import type { RawCorpus, RawRecord } from './read.ts';
import { LANGS, type Lang } from '../../i18n/lang.ts';
import { SLUG, SLUG_RULE } from '../shared/patterns.ts';

/** The marker `npm run new-case` leaves in every field a contributor must write. */
export const PLACEHOLDER = 'FILL IN';

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
  sources: SourceEntry[];
  cases: CaseEntry[];
  findings: Finding[];
  concepts: ConceptEntry[];
  /** Every narrative file, checked; entry ids `<slug>/<lang>` (cases, concepts), `<slug>/teaching/<lang>`. */
  narratives: (Narrative & { id: string })[];
}

function entryLabel(kind: string, r: RawRecord, id?: unknown): string {
  if (typeof id === 'string' && id !== '') return `${kind} "${id}"`;
  if (r.folder !== undefined && r.index === undefined) return `${kind} "${r.folder}"`;
  return `${kind} #${(r.index ?? 0) + 1}`;
}

function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : `${out === '' ? '' : '.'}${String(p)}`;
  return out;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function friendly(issue: z.core.$ZodIssue, input: unknown): string {
  if (issue.code !== 'unrecognized_keys' && issue.code !== 'custom' && issue.path.length > 0 && valueAt(input, issue.path) === undefined) {
    return 'is required but missing';
  }
  if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_value') return issue.message.replace(/^Invalid option: expected one of /, 'must be one of ');
  return issue.message;
}

export function validateCorpus(raw: RawCorpus): { corpus: Corpus; errors: ContentError[] } {
  const errors: ContentError[] = [...raw.errors];
  const err = (file: string, entry: string, field: string, message: string) => errors.push({ file, entry, field, message });

  function parseAll<S extends z.ZodType>(
    kind: string,
    records: RawRecord[],
    schema: S,
    prepare?: (r: RawRecord) => unknown,
  ): { value: z.output<S>; rec: RawRecord; label: string }[] {
    const out: { value: z.output<S>; rec: RawRecord; label: string }[] = [];
    for (const rec of records) {
      const input = prepare ? prepare(rec) : rec.data;
      const id = input !== null && typeof input === 'object' ? (input as Record<string, unknown>)['id'] : undefined;
      const label = entryLabel(kind, rec, id);
      const res = schema.safeParse(input);
      if (!res.success) {
        for (const issue of res.error.issues) err(rec.file, label, fieldPath(issue.path), friendly(issue, input));
        continue;
      }
      out.push({ value: res.data, rec, label });
    }
    return out;
  }

  function uniqueIndex<T>(kind: string, items: { value: T; rec: RawRecord; label: string }[], idOf: (v: T) => string) {
    const seen = new Map<string, RawRecord>();
    for (const it of items) {
      const id = idOf(it.value);
      const first = seen.get(id);
      if (first) err(it.rec.file, it.label, 'id', `duplicate ${kind} id "${id}" (first defined in ${first.file})`);
      else seen.set(id, it.rec);
    }
    return new Set(seen.keys());
  }

  const sectors = parseAll('sector', raw.sectors, sectorSchema);
  const cities = parseAll('city', raw.cities, citySchema);
  const pairings = parseAll('pairing', raw.pairings, pairingSchema);
  const frameworks = parseAll('framework', raw.frameworks, frameworkSchema);
  const citations = parseAll('citation', raw.citations, citationSchema);
  const sources = parseAll('source', raw.sources, sourceSchema);
  const cases = parseAll('case', raw.cases, caseSchema);
  const findings = parseAll('finding', raw.findings, findingSchema, (r) =>
    r.data !== null && typeof r.data === 'object' && !Array.isArray(r.data) && !('case' in r.data)
      ? { ...r.data, case: r.folder }
      : r.data,
  );
  const concepts = parseAll('concept', raw.concepts, conceptSchema);

  // Known ids include records that failed their schema (they have their own error), so one bad
  // record does not cascade into "unknown …" errors everywhere it is referenced.
  const rawIds = (records: RawRecord[]) =>
    new Set(records.map((r) => valueAt(r.data, ['id'])).filter((v): v is string => typeof v === 'string'));
  uniqueIndex('sector', sectors, (s) => s.id);
  uniqueIndex('city', cities, (c) => c.id);
  uniqueIndex('pairing', pairings, (p) => p.id);
  uniqueIndex('framework', frameworks, (f) => f.id);
  uniqueIndex('citation', citations, (c) => c.id);
  uniqueIndex('source', sources, (s) => s.id);
  const sectorIds = rawIds(raw.sectors);
  const cityIds = rawIds(raw.cities);
  const pairingIds = rawIds(raw.pairings);
  const citationIds = rawIds(raw.citations);
  const frameworkById = new Map(frameworks.map((f) => [f.value.id, f.value]));
  const frameworkIds = rawIds(raw.frameworks);
  const caseIds = new Set(raw.cases.map((r) => r.folder as string));
  uniqueIndex('finding', findings, (f) => f.id);
  // Ids of every finding record, valid or not, so one bad finding does not cascade into "unknown finding" errors.
  const findingIds = rawIds(raw.findings);
  const conceptIds = new Set(raw.concepts.map((r) => r.folder as string));

  const refs = (file: string, label: string, field: string, ids: readonly string[] | undefined, known: Set<string>, what: string) => {
    (ids ?? []).forEach((id, i) => {
      if (!known.has(id)) err(file, label, `${field}[${i}]`, `unknown ${what} "${id}"${hint(id, known)}`);
    });
  };

  // Sources: text present, unchanged, and belonging to a known case.
  const sourceEntries: SourceEntry[] = [];
  for (const { value, rec, label } of sources) {
    const text = raw.sourceTexts.get(value.id);
    if (!text) {
      err(rec.file, label, 'id', `no text file ${raw.root}/sources/${value.id}.txt`);
      continue;
    }
    if (text.sha256 !== value.sha256) {
      err(text.file, label, 'sha256', `the text differs from the excerpt as received (sha256 ${text.sha256.slice(0, 12)}…, expected ${value.sha256.slice(0, 12)}…); sources are kept verbatim`);
    }
    if (!caseIds.has(value.case)) err(rec.file, label, 'case', `unknown case "${value.case}"${hint(value.case, caseIds)}`);
    sourceEntries.push({ ...value, text: text.text, parsed: parseSource(text.text) });
  }
  for (const [id, t] of raw.sourceTexts) {
    if (!sources.some((s) => s.value.id === id)) err(t.file, `source "${id}"`, '', 'text file has no entry in sources/sources.yaml');
  }
  const sourceById = new Map(sourceEntries.map((s) => [s.id, s]));
  const sourceIds = rawIds(raw.sources);

  const checkEvidence = (file: string, label: string, field: string, evidence: readonly Evidence[] | undefined) => {
    (evidence ?? []).forEach((ev, i) => {
      const src = sourceById.get(ev.source);
      if (!src) {
        if (!sourceIds.has(ev.source)) err(file, label, `${field}[${i}].source`, `unknown source "${ev.source}"${hint(ev.source, sourceIds)}`);
        return;
      }
      if (!locateQuote(src.parsed.plain, ev.quote)) {
        err(file, label, `${field}[${i}].quote`, `not found verbatim in source ${ev.source}: "${ev.quote.slice(0, 80)}${ev.quote.length > 80 ? '…' : ''}" (only whitespace and * _ emphasis are ignored)`);
      }
    });
  };
  const checkProvenance = (
    file: string,
    label: string,
    field: string,
    item: { provenance: 'thesis' | 'external'; evidence?: Evidence[] | undefined; citations?: string[] | undefined },
  ) => {
    // That a thesis fact has evidence and an external one citations is the schemas' rule (requireSupport).
    const prefix = field === '' ? '' : `${field}.`;
    checkEvidence(file, label, `${prefix}evidence`, item.evidence);
    refs(file, label, `${prefix}citations`, item.citations, citationIds, 'citation');
  };

  for (const { value, rec, label } of cities) refs(rec.file, label, 'citations', value.citations, citationIds, 'citation');

  for (const { value, rec, label } of pairings) {
    refs(rec.file, label, 'cities', value.cities, cityIds, 'city');
    if (value.cities[0] === value.cities[1]) err(rec.file, label, 'cities', 'a pairing needs two different cities');
    refs(rec.file, label, 'sectorsAgreed', value.sectorsAgreed, sectorIds, 'sector');
    refs(rec.file, label, 'cases', value.cases, caseIds, 'case');
    checkEvidence(rec.file, label, 'evidence', value.evidence);
    value.events.forEach((ev, i) => { checkProvenance(rec.file, label, `events[${i}]`, ev); });
    (value.inferred ?? []).forEach((inf, i) => {
      if (!value.cities.includes(inf.city)) err(rec.file, label, `inferred[${i}].city`, `"${inf.city}" is not one of this pairing's cities`);
      refs(rec.file, label, `inferred[${i}].citations`, inf.citations, citationIds, 'citation');
    });
  }

  for (const { value, rec, label } of frameworks) {
    checkEvidence(rec.file, label, 'evidence', value.evidence);
    if (value.elementCount !== UNKNOWN && value.elements.length !== value.elementCount) {
      err(rec.file, label, 'elements', `lists ${value.elements.length} elements but elementCount is ${value.elementCount} (list unnamed ones with label: unknown)`);
    }
    const seen = new Set<string>();
    value.elements.forEach((el, i) => {
      if (seen.has(el.id)) err(rec.file, label, `elements[${i}].id`, `duplicate element id "${el.id}"`);
      seen.add(el.id);
    });
  }

  for (const { value, rec, label } of cases) {
    const slug = rec.folder as string;
    if (!SLUG.test(slug)) err(rec.file, label, '', `folder name "${slug}" must be ${SLUG_RULE}`);
    refs(rec.file, label, 'pairings', value.pairings, pairingIds, 'pairing');
    refs(rec.file, label, 'sectors', value.sectors, sectorIds, 'sector');
    refs(rec.file, label, 'sources', value.sources, sourceIds, 'source');
    if (value.framework !== undefined && !frameworkIds.has(value.framework)) {
      err(rec.file, label, 'framework', `unknown framework "${value.framework}"${hint(value.framework, frameworkIds)}`);
    }
    for (const lang of LANGS) {
      if (!raw.narratives.has(`cases/${slug}/${lang}`)) {
        err(`${raw.root}/cases/${slug}/${lang}.mdx`, label, '', `file is missing: every case needs its narrative in both languages (id.mdx and en.mdx)`);
      }
    }
    // Teaching notes are optional, but never in one language only.
    const notes = LANGS.filter((lang) => raw.narratives.has(`teaching/${slug}/${lang}`));
    if (notes.length === 1) {
      const missing = LANGS.find((l) => !notes.includes(l)) as string;
      err(`${raw.root}/cases/${slug}/teaching/${missing}.mdx`, label, '', 'file is missing: teaching notes must exist in both languages (teaching/id.mdx and teaching/en.mdx)');
    }
  }

  for (const { value, rec, label } of findings) {
    if (rec.folder !== undefined && value.case !== rec.folder) err(rec.file, label, 'case', `is "${value.case}" but the file is in the folder of case "${rec.folder}"`);
    else if (!caseIds.has(value.case)) err(rec.file, label, 'case', `unknown case "${value.case}"${hint(value.case, caseIds)}`);
    refs(rec.file, label, 'sectors', value.sectors, sectorIds, 'sector');
    refs(rec.file, label, 'cities', value.cities, cityIds, 'city');
    refs(rec.file, label, 'pairings', value.pairings, pairingIds, 'pairing');
    checkProvenance(rec.file, label, '', value);
    if (value.element) {
      const fw = frameworkById.get(value.element.framework);
      if (!fw) {
        if (!frameworkIds.has(value.element.framework)) err(rec.file, label, 'element.framework', `unknown framework "${value.element.framework}"${hint(value.element.framework, frameworkIds)}`);
      }
      else if (!fw.elements.some((e) => e.id === value.element?.element)) {
        err(rec.file, label, 'element.element', `unknown element "${value.element.element}" of framework "${fw.id}"${hint(value.element.element, new Set(fw.elements.map((e) => e.id)))}`);
      }
    }
  }

  for (const { value, rec, label } of concepts) {
    checkEvidence(rec.file, label, 'evidence', value.evidence);
    refs(rec.file, label, 'related', value.related, conceptIds, 'concept');
    for (const lang of LANGS) {
      if (!raw.narratives.has(`concepts/${rec.folder}/${lang}`)) err(`${raw.root}/concepts/${rec.folder}/${lang}.mdx`, label, '', 'file is missing: every concept needs both languages');
    }
  }

  // Placeholders left by `npm run new-case` must be filled in before the content is accepted.
  const placeholders = (value: unknown, path: PropertyKey[], found: string[]) => {
    if (typeof value === 'string' && value.includes(PLACEHOLDER)) found.push(fieldPath(path));
    else if (Array.isArray(value)) value.forEach((v, i) => { placeholders(v, [...path, i], found); });
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) placeholders(v, [...path, k], found);
  };
  const kinds: [string, RawRecord[]][] = [['sector', raw.sectors], ['city', raw.cities], ['pairing', raw.pairings], ['framework', raw.frameworks], ['citation', raw.citations], ['source', raw.sources], ['case', raw.cases], ['finding', raw.findings], ['concept', raw.concepts]];
  for (const [kind, records] of kinds) {
    for (const rec of records) {
      const found: string[] = [];
      placeholders(rec.data, [], found);
      for (const field of found) err(rec.file, entryLabel(kind, rec, valueAt(rec.data, ['id'])), field, `still has the placeholder "${PLACEHOLDER}": replace it with real content`);
    }
  }
  for (const [key, t] of raw.narratives) {
    if (t.text.includes(PLACEHOLDER)) err(t.file, key, '', `still has the placeholder "${PLACEHOLDER}": write the narrative`);
  }

  // Narratives may cite findings with <Cite f="…" /> and link concepts with <Concept c="…" />;
  // nothing else MDX allows (imports, expressions, other components) can be rendered.
  for (const [key, t] of raw.narratives) {
    const { cites, concepts: linked, problems } = renderNarrative(t.text, { html: false });
    for (const p of problems) err(t.file, key, `line ${p.line}:${p.column}`, p.message);
    for (const c of cites) {
      if (!findingIds.has(c.id)) err(t.file, key, `line ${c.line}:${c.column} <Cite f="${c.id}">`, `unknown finding "${c.id}"${hint(c.id, findingIds)}`);
    }
    for (const c of linked) {
      if (!conceptIds.has(c.id)) err(t.file, key, `line ${c.line}:${c.column} <Concept c="${c.id}">`, `unknown concept "${c.id}"${hint(c.id, conceptIds)}`);
    }
  }

  const corpus: Corpus = {
    sectors: sectors.map((s) => s.value),
    cities: cities.map((c) => c.value),
    pairings: pairings.map((p) => p.value),
    frameworks: frameworks.map((f) => f.value),
    citations: citations.map((c) => c.value),
    sources: sourceEntries,
    cases: cases.map((c) => ({ ...c.value, slug: c.rec.folder as string })),
    findings: findings.map((f) => f.value),
    concepts: concepts.map((c) => ({ ...c.value, slug: c.rec.folder as string })),
    narratives: [...raw.narratives].map(([key, t]) => {
      const [folder, slug, lang] = key.split('/') as [string, string, Lang];
      const kind = folder === 'cases' ? 'case' : folder === 'concepts' ? 'concept' : 'teaching';
      return { id: kind === 'teaching' ? `${slug}/teaching/${lang}` : `${slug}/${lang}`, kind, slug, lang, file: t.file };
    }),
  };
  return { corpus, errors };
}

/** " (did you mean "x"?)" for a near miss among the known ids, else "". */
function hint(id: string, known: Set<string>): string {
  let best = '';
  let bestD = Infinity;
  for (const k of known) {
    const d = distance(id, k);
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  return best !== '' && bestD <= Math.max(2, Math.floor(id.length / 4)) ? ` (did you mean "${best}"?)` : '';
}

function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] as number;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j] as number;
      prev[j] = Math.min((prev[j] as number) + 1, (prev[j - 1] as number) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length] as number;
}
