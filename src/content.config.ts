/**
 * Content collections. Structured facts come from YAML in `content/` through one loader that
 * reads and cross-validates the whole corpus (src/lib/content/): a content mistake stops the
 * build with every problem named by file, entry and field. Narratives are MDX per language.
 */
import { resolve } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'zod';
import { checkI18n } from './i18n/index.ts';
import { ContentValidationError } from './lib/content/errors.ts';
import { contentDir, loadCorpus } from './lib/content/load.ts';
import type { Corpus } from './lib/content/validate.ts';
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
} from './schemas/index.ts';

function corpus(): Corpus {
  const i18nErrors = checkI18n();
  if (i18nErrors.length > 0) throw new ContentValidationError(i18nErrors);
  return loadCorpus();
}

/** A loader that takes one collection's entries from the validated corpus. */
function fromCorpus(name: string, pick: (c: Corpus) => { id: string; data: object }[]): Loader {
  return {
    name: `atlas-${name}`,
    load: async ({ store, parseData }) => {
      const entries = pick(corpus());
      store.clear();
      for (const { id, data } of entries) store.set({ id, data: await parseData({ id, data: { ...data } }) });
    },
  };
}

const withId = <T extends { id: string }>(items: T[]) => items.map((data) => ({ id: data.id, data }));

/**
 * Astro's glob loader, starting afresh when the content folder changes (ATLAS_CONTENT_DIR): the
 * loader keeps an entry whose text is unchanged with its old file path, so the same narrative read
 * from another folder (a synthetic corpus, a test fixture) would point at a file that may be gone.
 */
function globIn(pattern: string, base: string): Loader {
  const inner = glob({ pattern, base });
  return {
    ...inner,
    load: async (context) => {
      if (context.meta.get('base') !== base) {
        context.store.clear();
        context.meta.set('base', base);
      }
      await inner.load(context);
    },
  };
}
const dir = resolve(contentDir());

export const collections = {
  sectors: defineCollection({ loader: fromCorpus('sectors', (c) => withId(c.sectors)), schema: sectorSchema }),
  cities: defineCollection({ loader: fromCorpus('cities', (c) => withId(c.cities)), schema: citySchema }),
  pairings: defineCollection({ loader: fromCorpus('pairings', (c) => withId(c.pairings)), schema: pairingSchema }),
  frameworks: defineCollection({ loader: fromCorpus('frameworks', (c) => withId(c.frameworks)), schema: frameworkSchema }),
  citations: defineCollection({ loader: fromCorpus('citations', (c) => withId(c.citations)), schema: citationSchema }),
  sources: defineCollection({
    loader: fromCorpus('sources', (c) => c.sources.map(({ parsed: _parsed, ...s }) => ({ id: s.id, data: s }))),
    schema: sourceSchema.extend({ text: z.string() }),
  }),
  cases: defineCollection({
    loader: fromCorpus('cases', (c) => c.cases.map((k) => ({ id: k.slug, data: k }))),
    schema: caseSchema.extend({ slug: z.string() }),
  }),
  findings: defineCollection({ loader: fromCorpus('findings', (c) => withId(c.findings)), schema: findingSchema }),
  concepts: defineCollection({
    loader: fromCorpus('concepts', (c) => c.concepts.map((k) => ({ id: k.slug, data: k }))),
    schema: conceptSchema.extend({ slug: z.string() }),
  }),
  /** Case narratives: `content/cases/<slug>/<lang>.mdx`, entry id `<slug>/<lang>`. */
  caseNarratives: defineCollection({ loader: globIn('*/{id,en}.mdx', `${dir}/cases`) }),
  /** Teaching notes (editorial): `content/cases/<slug>/teaching/<lang>.mdx`, entry id `<slug>/teaching/<lang>`. */
  teachingNotes: defineCollection({ loader: globIn('*/teaching/{id,en}.mdx', `${dir}/cases`) }),
  /** Concept explanations: `content/concepts/<slug>/<lang>.mdx`. */
  conceptNarratives: defineCollection({ loader: globIn('*/{id,en}.mdx', `${dir}/concepts`) }),
};
