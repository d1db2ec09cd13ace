import { z } from 'zod';
import { PROVENANCES } from '../lib/shared/vocabulary.ts';
import { SLUG, SLUG_RULE } from '../lib/shared/patterns.ts';

/** A stable, lower-case, hyphenated identifier used in URLs and references (e.g. `ambon-health`). */
export const slug = z.string().regex(SLUG, `must be ${SLUG_RULE} (e.g. "ambon-health")`);

/** Text in both languages: `id` is the Indonesian original, `en` our English translation. */
export const localized = z.strictObject({
  /** Indonesian text (the original language of the sources). */
  id: z.string().trim().min(1, 'Indonesian text (id) is empty'),
  /** English text, our translation of the Indonesian. */
  en: z.string().trim().min(1, 'English text (en) is empty'),
});
export type Localized = z.infer<typeof localized>;

/** The literal marker for a fact the sources do not state. Shown to readers as "not stated in the source". */
export const UNKNOWN = 'unknown' as const;

/** A value that may be explicitly unknown: either the value, or the string `unknown`. */
export function unknownable<T extends z.ZodType>(schema: T) {
  return z.union([z.literal(UNKNOWN), schema]);
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True when a partial ISO date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) names a day, month or year that exists. */
export function isRealPartialDate(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  if (m[2] === undefined) return year >= 1000;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const max = month === 2 && !leap ? 28 : (DAYS_IN_MONTH[month - 1] ?? 0);
  return day >= 1 && day <= max;
}

/** A partial ISO 8601 date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; it must be a real date. */
export const partialDate = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be a partial ISO date: YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isRealPartialDate, 'is not a real date (check the month and the day)');

/** A verbatim quotation from a source excerpt, which supports a claim. */
export const evidence = z.strictObject({
  /** The id of the source excerpt (its seed file name without `.txt`, e.g. `002_87117bbd3f64466d`). */
  source: z.string().min(1),
  /** Words copied verbatim from that source. Whitespace and Markdown emphasis (`*`, `_`) are ignored when checking. */
  quote: z.string().trim().min(12, 'quote is too short to locate reliably (12 characters at least)'),
});
export type Evidence = z.infer<typeof evidence>;

/** Where a fact comes from: the thesis excerpt itself, or a cited external (secondary) source. */
export const provenance = z.enum(PROVENANCES);
export type Provenance = z.infer<typeof provenance>;

/**
 * The provenance rule, for every fact that has one (findings, agreement steps): a thesis fact needs
 * at least one evidence quote, an external fact at least one citation.
 */
export function requireSupport(
  item: {
    provenance: Provenance;
    evidence?: readonly Evidence[] | undefined;
    citations?: readonly string[] | undefined;
  },
  ctx: z.RefinementCtx,
): void {
  if (item.provenance === 'thesis' && (item.evidence?.length ?? 0) === 0) {
    ctx.addIssue({ code: 'custom', path: ['evidence'], message: 'a thesis fact needs at least one evidence quote' });
  }
  if (item.provenance === 'external' && (item.citations?.length ?? 0) === 0) {
    ctx.addIssue({ code: 'custom', path: ['citations'], message: 'an external fact needs at least one citation' });
  }
}
