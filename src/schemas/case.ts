import { z } from 'zod';
import { localized, slug, unknownable } from './common.ts';

/** What is known of the thesis behind a case. Each field may be `unknown`: the excerpts rarely say. */
const thesisSchema = z.strictObject({
  /** The thesis's title as printed, or `unknown`. */
  title: unknownable(z.string().min(1)),
  /** Authors as printed, or `unknown`. Never guessed. */
  author: unknownable(z.array(z.string().min(1)).min(1)),
  /** The awarding university, or `unknown`. */
  university: unknownable(z.string().min(1)),
  /** Year of submission, or `unknown`. */
  year: unknownable(z.number().int().min(1950).max(2100)),
  /** Degree, e.g. `S1 (skripsi)`, or `unknown`. */
  degree: unknownable(z.string().min(1)),
  /** Study programme, e.g. International Relations, or `unknown`. */
  field: unknownable(localized),
});

/** One case study: one thesis, in `content/cases/<slug>/case.yaml`, with `id.mdx`, `en.mdx` and `findings.yaml` beside it. */
export const caseSchema = z.strictObject({
  /** The case's title, written by us (the theses' own titles are not in the excerpts). */
  title: localized,
  /** One paragraph summarising the case, in both languages. */
  summary: localized,
  /** Metadata of the underlying thesis. */
  thesis: thesisSchema,
  /** Pairings the thesis studies (ids from `content/pairings.yaml`). */
  pairings: z.array(slug).min(1, 'a case studies at least one pairing'),
  /** Sectors the case is about (ids from `content/sectors.yaml`). */
  sectors: z.array(slug).min(1, 'a case covers at least one sector'),
  /** The evaluation framework or indicators the thesis uses (id from `content/frameworks.yaml`). */
  framework: slug.optional(),
  /** Source excerpts of this thesis (ids from `content/sources/sources.yaml`). */
  sources: z.array(z.string().min(1)).min(1, 'a case needs at least one source excerpt'),
});
export type Case = z.infer<typeof caseSchema>;
