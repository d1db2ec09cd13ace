import { z } from 'zod';
import { SEMVER } from '../lib/shared/patterns.ts';
import { isRealPartialDate, localized } from './common.ts';

/** What a change touched: the cases and their sources, the open-data files, or the site itself. */
const changeKind = z.enum(['content', 'data', 'site']);

/**
 * A release of the atlas, kept in `content/releases.yaml` (newest first): the changelog, and the one
 * home of the atlas's version. Its open-data files stay downloadable under `/data/v<version>/`.
 */
export const releaseSchema = z.strictObject({
  /** Semantic version, MAJOR.MINOR.PATCH. */
  version: z.string().regex(SEMVER, 'must be a version MAJOR.MINOR.PATCH such as 0.2.0'),
  /** The release date, YYYY-MM-DD. */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
    .refine(isRealPartialDate, 'is not a real date (check the month and the day)'),
  /** What changed, each in both languages (Indonesian first; English our translation). */
  changes: z.array(z.strictObject({ kind: changeKind, text: localized })).min(1, 'a release lists what changed'),
});
export type Release = z.infer<typeof releaseSchema>;
