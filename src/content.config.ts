/**
 * Content collections. Structured facts come from YAML in `content/` through one loader that
 * reads and cross-validates the whole corpus (src/lib/content/): a content mistake stops the
 * build with every problem named by file, entry and field. Narratives are MDX per language: checked
 * with the corpus, and rendered from their files by the pages (src/components/Narrative.astro).
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { z } from 'zod';
import { ContentValidationError } from './lib/content/errors.ts';
import { checkI18n } from './lib/content/i18n-keys.ts';
import { loadCorpus } from './lib/content/load.ts';
import type { Corpus } from './lib/content/validate.ts';
import * as schemas from './schemas/index.ts';
import type { Narrative } from './schemas/index.ts';

function corpus(): Corpus {
  const i18nErrors = checkI18n();
  if (i18nErrors.length > 0) throw new ContentValidationError(i18nErrors);
  return loadCorpus();
}

/** A loader that takes one collection's entries from the validated corpus. */
function fromCorpus(name: string, pick: (c: Corpus) => { id: string; data: object }[]): Loader {
  return {
    name: `atlas-${name}`,
    load: async ({ store, ...context }) => {
      const entries = pick(corpus());
      store.clear();
      for (const { id, data } of entries) store.set({ id, data: await context.parseData({ id, data: { ...data } }) });
    },
  };
}

const withId = <T extends { id: string }>(items: T[]) => items.map((data) => ({ id: data.id, data }));
/** The narratives of one kind: where each file is, not its text (pages render the file itself). */
const narratives = (c: Corpus, kind: Narrative['kind']) =>
  c.narratives.filter((n) => n.kind === kind).map(({ id, ...data }) => ({ id, data }));

export const collections = {
  sectors: defineCollection({ loader: fromCorpus('sectors', (c) => withId(c.sectors)), schema: schemas.sectorSchema }),
  cities: defineCollection({ loader: fromCorpus('cities', (c) => withId(c.cities)), schema: schemas.citySchema }),
  pairings: defineCollection({
    loader: fromCorpus('pairings', (c) => withId(c.pairings)),
    schema: schemas.pairingSchema,
  }),
  frameworks: defineCollection({
    loader: fromCorpus('frameworks', (c) => withId(c.frameworks)),
    schema: schemas.frameworkSchema,
  }),
  citations: defineCollection({
    loader: fromCorpus('citations', (c) => withId(c.citations)),
    schema: schemas.citationSchema,
  }),
  releases: defineCollection({
    loader: fromCorpus('releases', (c) => c.releases.map((r) => ({ id: r.version, data: r }))),
    schema: schemas.releaseSchema,
  }),
  sources: defineCollection({
    loader: fromCorpus('sources', (c) => c.sources.map(({ parsed: _parsed, ...s }) => ({ id: s.id, data: s }))),
    schema: schemas.sourceSchema.extend({ text: z.string() }),
  }),
  cases: defineCollection({
    loader: fromCorpus('cases', (c) => c.cases.map((k) => ({ id: k.slug, data: k }))),
    schema: schemas.caseSchema.extend({ slug: z.string() }),
  }),
  findings: defineCollection({
    loader: fromCorpus('findings', (c) => withId(c.findings)),
    schema: schemas.findingSchema,
  }),
  concepts: defineCollection({
    loader: fromCorpus('concepts', (c) => c.concepts.map((k) => ({ id: k.slug, data: k }))),
    schema: schemas.conceptSchema.extend({ slug: z.string() }),
  }),
  /** Case narratives: `content/cases/<slug>/<lang>.mdx`, entry id `<slug>/<lang>`. */
  caseNarratives: defineCollection({
    loader: fromCorpus('caseNarratives', (c) => narratives(c, 'case')),
    schema: schemas.narrativeSchema,
  }),
  /** Teaching notes (editorial): `content/cases/<slug>/teaching/<lang>.mdx`, entry id `<slug>/teaching/<lang>`. */
  teachingNotes: defineCollection({
    loader: fromCorpus('teachingNotes', (c) => narratives(c, 'teaching')),
    schema: schemas.narrativeSchema,
  }),
  /** Concept explanations: `content/concepts/<slug>/<lang>.mdx`, entry id `<slug>/<lang>`. */
  conceptNarratives: defineCollection({
    loader: fromCorpus('conceptNarratives', (c) => narratives(c, 'concept')),
    schema: schemas.narrativeSchema,
  }),
};
