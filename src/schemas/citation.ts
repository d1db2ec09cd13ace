import { z } from 'zod';
import { partialDate, slug, unknownable } from './common.ts';

/** An external (secondary) source, cited for facts the thesis excerpts do not state. Kept in `content/citations.yaml`. */
export const citationSchema = z.strictObject({
  /** Stable slug used to cite it from findings, pairings and cities. */
  id: slug,
  /** CSL type of the work. */
  type: z.enum(['article-journal', 'article-newspaper', 'webpage', 'dataset']),
  /** Authors as written by the source, or `unknown`. */
  author: unknownable(z.array(z.string().min(1)).min(1)),
  /** True when the source lists more authors than we record ("et al."). */
  etAl: z.boolean().optional(),
  /** Title of the work as published, or `unknown` when we do not have it (never paraphrased into a title). */
  title: unknownable(z.string().min(1)),
  /** Journal, newspaper or site that published it. */
  container: z.string().min(1),
  /** Publication date (partial ISO), or `unknown`. */
  issued: unknownable(partialDate),
  /** Volume(issue), for journal articles. */
  volume: z.string().optional(),
  issue: z.string().optional(),
  /** DOI without the resolver prefix. */
  doi: z
    .string()
    .regex(/^10\.\d{4,}\/\S+$/, 'must be a bare DOI such as 10.18196/jpcn.v2i1.22')
    .optional(),
  /** A locator for the work when it has no DOI (site and path as reported; not fetched by the build). */
  locator: z.string().optional(),
  /** What this source reports and is cited for, in English (our words, not the source's). */
  note: z.string().min(1),
});
export type Citation = z.infer<typeof citationSchema>;
