import { z } from 'zod';

/**
 * A narrative: the MDX prose of a case, a teaching note or a concept, in one language. The entry
 * records where the file is; pages render it from there (src/lib/content/narrative.ts), so the
 * prose is not copied into the content store (260 MB of HTML at 10,000 cases).
 */
export const narrativeSchema = z.strictObject({
  /** What the prose belongs to: a case's story, a case's teaching note, or a concept's explanation. */
  kind: z.enum(['case', 'teaching', 'concept']),
  /** The case or concept folder name. */
  slug: z.string(),
  /** The language the file is written in: Indonesian (the original) or English (our translation). */
  lang: z.enum(['id', 'en']),
  /** The MDX file, relative to the project root, e.g. `content/cases/semarang-jung-gu/en.mdx`. */
  file: z.string(),
});
export type Narrative = z.infer<typeof narrativeSchema>;
