/**
 * The checks a schema cannot make: references between records, verbatim quotes, both languages of
 * every narrative, placeholders left to fill in, and what narratives may contain. One function per
 * kind of record, each reporting through the shared ValidationContext. Pure.
 */
import { LANGS } from '../../i18n/lang.ts';
import { UNKNOWN, type Case, type City, type Concept, type Finding, type Framework, type Pairing, type Release, type Source } from '../../schemas/index.ts';
import { compareVersions } from '../model/releases.ts';
import { ISO_NUMERIC } from '../model/countries.ts';
import { SLUG, SLUG_RULE } from '../shared/patterns.ts';
import { parseSource, type ParsedSource } from './excerpt.ts';
import { renderNarrative } from './narrative.ts';
import type { RawCorpus, RawRecord } from './read.ts';
import { entryLabel, fieldPath, valueAt, type Parsed } from './records.ts';
import { hint, type ValidationContext } from './validation-context.ts';

/** The marker `npm run new-case` leaves in every field a contributor must write. */
export const PLACEHOLDER = 'FILL IN';

/** Sources: text present, unchanged since received, and belonging to a known case; each text listed. */
export function checkSources(ctx: ValidationContext, raw: RawCorpus, sources: readonly Parsed<Source>[]) {
  const entries: (Source & { text: string; parsed: ParsedSource })[] = [];
  for (const { value, rec, label } of sources) {
    const text = raw.sourceTexts.get(value.id);
    if (!text) {
      ctx.err(rec.file, label, 'id', `no text file ${raw.root}/sources/${value.id}.txt`);
      continue;
    }
    if (text.sha256 !== value.sha256) {
      const got = `${text.sha256.slice(0, 12)}…, expected ${value.sha256.slice(0, 12)}…`;
      ctx.err(text.file, label, 'sha256', `the text differs from the excerpt as received (sha256 ${got}); sources are kept verbatim`);
    }
    ctx.ref(rec.file, label, 'case', value.case, ctx.known.cases, 'case');
    const parsed = parseSource(text.text);
    ctx.texts.set(value.id, parsed);
    entries.push({ ...value, text: text.text, parsed });
  }
  const listed = new Set(sources.map((s) => s.value.id));
  for (const [id, t] of raw.sourceTexts) {
    if (!listed.has(id)) ctx.err(t.file, `source "${id}"`, '', 'text file has no entry in sources/sources.yaml');
  }
  return entries;
}

export function checkCities(ctx: ValidationContext, cities: readonly Parsed<City>[]): void {
  for (const { value, rec, label } of cities) {
    ctx.refs(rec.file, label, 'citations', value.citations, ctx.known.citations, 'citation');
    if (!(value.country in ISO_NUMERIC)) {
      const why = `country "${value.country}" has no outline on the map yet: add its ISO 3166-1 numeric code to src/lib/model/countries.ts`;
      ctx.err(rec.file, label, 'country', why);
    }
  }
}

export function checkPairings(ctx: ValidationContext, pairings: readonly Parsed<Pairing>[]): void {
  for (const { value, rec, label } of pairings) {
    ctx.refs(rec.file, label, 'cities', value.cities, ctx.known.cities, 'city');
    if (value.cities[0] === value.cities[1]) ctx.err(rec.file, label, 'cities', 'a pairing needs two different cities');
    ctx.refs(rec.file, label, 'sectorsAgreed', value.sectorsAgreed, ctx.known.sectors, 'sector');
    ctx.refs(rec.file, label, 'cases', value.cases, ctx.known.cases, 'case');
    ctx.evidence(rec.file, label, 'evidence', value.evidence);
    value.events.forEach((ev, i) => {
      ctx.support(rec.file, label, `events[${String(i)}].`, ev);
    });
    (value.inferred ?? []).forEach((inf, i) => {
      const at = `inferred[${String(i)}]`;
      if (!value.cities.includes(inf.city)) ctx.err(rec.file, label, `${at}.city`, `"${inf.city}" is not one of this pairing's cities`);
      ctx.refs(rec.file, label, `${at}.citations`, inf.citations, ctx.known.citations, 'citation');
    });
  }
}

export function checkFrameworks(ctx: ValidationContext, frameworks: readonly Parsed<Framework>[]): void {
  for (const { value, rec, label } of frameworks) {
    ctx.evidence(rec.file, label, 'evidence', value.evidence);
    if (value.elementCount !== UNKNOWN && value.elements.length !== value.elementCount) {
      const n = `${String(value.elements.length)} elements but elementCount is ${String(value.elementCount)}`;
      ctx.err(rec.file, label, 'elements', `lists ${n} (list unnamed ones with label: unknown)`);
    }
    const seen = new Set<string>();
    value.elements.forEach((el, i) => {
      if (seen.has(el.id)) ctx.err(rec.file, label, `elements[${String(i)}].id`, `duplicate element id "${el.id}"`);
      seen.add(el.id);
    });
  }
}

/** A folder's narratives in both languages; teaching notes are optional, but never in one language only. */
export function checkCases(ctx: ValidationContext, raw: RawCorpus, cases: readonly Parsed<Case>[]): void {
  for (const { value, rec, label } of cases) {
    const slug = rec.folder ?? '';
    if (!SLUG.test(slug)) ctx.err(rec.file, label, '', `folder name "${slug}" must be ${SLUG_RULE}`);
    ctx.refs(rec.file, label, 'pairings', value.pairings, ctx.known.pairings, 'pairing');
    ctx.refs(rec.file, label, 'sectors', value.sectors, ctx.known.sectors, 'sector');
    ctx.refs(rec.file, label, 'sources', value.sources, ctx.known.sources, 'source');
    if (value.framework !== undefined) ctx.ref(rec.file, label, 'framework', value.framework, ctx.known.frameworks, 'framework');
    for (const lang of LANGS) {
      if (!raw.narratives.has(`cases/${slug}/${lang}`)) {
        const why = 'file is missing: every case needs its narrative in both languages (id.mdx and en.mdx)';
        ctx.err(`${raw.root}/cases/${slug}/${lang}.mdx`, label, '', why);
      }
    }
    const notes = LANGS.filter((lang) => raw.narratives.has(`teaching/${slug}/${lang}`));
    const missing = LANGS.find((l) => !notes.includes(l));
    if (notes.length === 1 && missing !== undefined) {
      const why = 'file is missing: teaching notes must exist in both languages (teaching/id.mdx and teaching/en.mdx)';
      ctx.err(`${raw.root}/cases/${slug}/teaching/${missing}.mdx`, label, '', why);
    }
  }
}

export function checkFindings(ctx: ValidationContext, findings: readonly Parsed<Finding>[], frameworks: readonly Parsed<Framework>[]): void {
  const frameworkById = new Map(frameworks.map((f) => [f.value.id, f.value]));
  for (const { value, rec, label } of findings) {
    if (rec.folder !== undefined && value.case !== rec.folder) {
      ctx.err(rec.file, label, 'case', `is "${value.case}" but the file is in the folder of case "${rec.folder}"`);
    } else ctx.ref(rec.file, label, 'case', value.case, ctx.known.cases, 'case');
    ctx.refs(rec.file, label, 'sectors', value.sectors, ctx.known.sectors, 'sector');
    ctx.refs(rec.file, label, 'cities', value.cities, ctx.known.cities, 'city');
    ctx.refs(rec.file, label, 'pairings', value.pairings, ctx.known.pairings, 'pairing');
    ctx.support(rec.file, label, '', value);
    if (!value.element) continue;
    const fw = frameworkById.get(value.element.framework);
    if (!fw) ctx.ref(rec.file, label, 'element.framework', value.element.framework, ctx.known.frameworks, 'framework');
    else if (!fw.elements.some((e) => e.id === value.element?.element)) {
      const ids = new Set(fw.elements.map((e) => e.id));
      const el = value.element.element;
      ctx.err(rec.file, label, 'element.element', `unknown element "${el}" of framework "${fw.id}"${hint(el, ids)}`);
    }
  }
}

export function checkConcepts(ctx: ValidationContext, raw: RawCorpus, concepts: readonly Parsed<Concept>[]): void {
  for (const { value, rec, label } of concepts) {
    ctx.evidence(rec.file, label, 'evidence', value.evidence);
    ctx.refs(rec.file, label, 'related', value.related, ctx.known.concepts, 'concept');
    const slug = rec.folder ?? '';
    for (const lang of LANGS) {
      if (!raw.narratives.has(`concepts/${slug}/${lang}`)) {
        ctx.err(`${raw.root}/concepts/${slug}/${lang}.mdx`, label, '', 'file is missing: every concept needs both languages');
      }
    }
  }
}

/** Fields still holding the placeholder, as field paths. */
function placeholders(value: unknown, path: PropertyKey[] = []): string[] {
  if (typeof value === 'string') return value.includes(PLACEHOLDER) ? [fieldPath(path)] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => placeholders(v, [...path, i]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => placeholders(v, [...path, k]));
  return [];
}

/** Placeholders left by `npm run new-case` must be filled in before the content is accepted. */
export function checkPlaceholders(ctx: ValidationContext, kinds: readonly (readonly [string, readonly RawRecord[], string?])[], raw: RawCorpus): void {
  for (const [kind, records, idField = 'id'] of kinds) {
    for (const rec of records) {
      const entry = entryLabel(kind, rec, valueAt(rec.data, [idField]));
      for (const field of placeholders(rec.data)) ctx.err(rec.file, entry, field, `still has the placeholder "${PLACEHOLDER}": replace it with real content`);
    }
  }
  for (const [key, t] of raw.narratives) {
    if (t.text.includes(PLACEHOLDER)) ctx.err(t.file, key, '', `still has the placeholder "${PLACEHOLDER}": write the narrative`);
  }
}

/**
 * Narratives may cite findings with <Cite f="…" /> and link concepts with <Concept c="…" />;
 * nothing else MDX allows (imports, expressions, other components) can be rendered.
 */
export function checkNarratives(ctx: ValidationContext, raw: RawCorpus): void {
  for (const [key, t] of raw.narratives) {
    const { cites, concepts, problems } = renderNarrative(t.text, { html: false });
    for (const p of problems) ctx.err(t.file, key, `line ${String(p.line)}:${String(p.column)}`, p.message);
    for (const c of cites) ctx.ref(t.file, key, `line ${String(c.line)}:${String(c.column)} <Cite f="${c.id}">`, c.id, ctx.known.findings, 'finding');
    for (const c of concepts) ctx.ref(t.file, key, `line ${String(c.line)}:${String(c.column)} <Concept c="${c.id}">`, c.id, ctx.known.concepts, 'concept');
  }
}

/** Releases: at least one (it is the atlas's version), each version once, listed newest first, dates never going back. */
export function checkReleases(ctx: ValidationContext, raw: RawCorpus, releases: readonly Parsed<Release>[]): void {
  const file = `${raw.root}/releases.yaml`;
  if (raw.releases.length === 0 && !raw.errors.some((e) => e.file === file)) ctx.err(file, '', 'releases', 'lists no release: the atlas needs a version (see CONTRIBUTING.md, "Making a release")');
  const seen = new Set<string>();
  const [current] = releases;
  for (const [version, files] of raw.archives) {
    const at = `${raw.root}/releases/${version}/`;
    if (!releases.some((r) => r.value.version === version)) ctx.err(at, '', '', `archives release ${version}, which content/releases.yaml does not list`);
    else if (version === current?.value.version) ctx.err(at, '', '', `is the current release: its files are built from the content (archive a release when you start the next one: npm run release -- <next version>)`);
    if (files.size === 0) ctx.err(at, '', '', 'holds no files');
  }
  releases.forEach((r, i) => {
    if (i > 0 && !raw.archives.has(r.value.version))
      ctx.err(r.rec.file, r.label, 'version', `an earlier release needs its archived files in ${raw.root}/releases/${r.value.version}/ so that citations of it stay retrievable`);
    const { version, date } = r.value;
    if (seen.has(version)) ctx.err(r.rec.file, r.label, 'version', `duplicate release version "${version}"`);
    seen.add(version);
    const newer = releases[i - 1]?.value;
    if (!newer) return;
    if (compareVersions(version, newer.version) >= 0)
      ctx.err(r.rec.file, r.label, 'version', `${version} is listed after ${newer.version}: list releases newest first, each version higher than the one below it`);
    else if (date > newer.date) ctx.err(r.rec.file, r.label, 'date', `${date} is later than the date of the newer release ${newer.version} (${newer.date})`);
  });
}
