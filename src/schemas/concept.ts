import { z } from 'zod';
import { evidence, localized, slug } from './common.ts';

/** A glossary concept (paradiplomasi, sister city, LoI…), in `content/concepts/<slug>/concept.yaml` with `id.mdx` and `en.mdx`. */
export const conceptSchema = z.strictObject({
  /** The term in both languages. */
  term: localized,
  /** A one-sentence definition in both languages (the MDX files hold the longer explanation). */
  short: localized,
  /** Quotes where the theses use or explain the term. */
  evidence: z.array(evidence).optional(),
  /** Related concepts (their slugs). */
  related: z.array(slug).optional(),
});
export type Concept = z.infer<typeof conceptSchema>;
