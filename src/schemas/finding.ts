import { z } from 'zod';
import { FINDING_KINDS, OBSTACLE_CATEGORIES, VERDICTS } from '../lib/shared/vocabulary.ts';
import { evidence, localized, provenance, requireSupport, slug } from './common.ts';

export { OBSTACLE_CATEGORIES, VERDICTS } from '../lib/shared/vocabulary.ts';

/** A finding's judgement on one element (or indicator) of a framework. */
const elementVerdictSchema = z.strictObject({
  /** The framework's id in `content/frameworks.yaml`. */
  framework: slug,
  /** The element's id within that framework. */
  element: slug,
  /** The thesis's verdict on that element. */
  verdict: z.enum(VERDICTS),
});

/** One claim of a thesis, with the verbatim passage that supports it. Kept in `content/cases/<slug>/findings.yaml`. */
export const findingSchema = z
  .strictObject({
    /** Stable, globally unique slug; it is the finding's anchor and permalink. Never change it once published. */
    id: slug,
    /** The case (thesis) the finding belongs to; filled in from the folder when omitted. */
    case: slug,
    /** What the finding is: outcome, obstacle, evaluation, reason, recommendation or context. */
    kind: z.enum(FINDING_KINDS),
    /** Sectors it concerns (ids from `content/sectors.yaml`); may be empty for general findings. */
    sectors: z.array(slug),
    /** Places it concerns (ids from `content/cities.yaml`). */
    cities: z.array(slug),
    /** Pairings it concerns (ids from `content/pairings.yaml`). */
    pairings: z.array(slug).optional(),
    /** For obstacles: categories used to compare obstacles across cases. */
    categories: z.array(z.enum(OBSTACLE_CATEGORIES)).optional(),
    /** For evaluations: the framework element it judges, and the verdict. */
    element: elementVerdictSchema.optional(),
    /** The claim, in Indonesian and in our English translation. */
    text: localized,
    /** `thesis` (supported by quotes from the excerpts) or `external` (supported by citations). */
    provenance: provenance.default('thesis'),
    /** Verbatim quotes from the source excerpts; required for thesis findings. */
    evidence: z.array(evidence).optional(),
    /** External citation ids; required for external findings. */
    citations: z.array(slug).optional(),
  })
  .superRefine(requireSupport);
export type Finding = z.infer<typeof findingSchema>;
