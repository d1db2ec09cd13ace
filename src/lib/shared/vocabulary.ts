/** The atlas's controlled vocabularies that browser code needs too. Pure and browser-safe (no schema library). */

/** What a finding is about. */
export const FINDING_KINDS = ['outcome', 'obstacle', 'evaluation', 'reason', 'recommendation', 'context'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** The order in which a case's findings are read: context first, recommendations last. */
export const FINDING_KIND_ORDER = [
  'context',
  'outcome',
  'evaluation',
  'obstacle',
  'reason',
  'recommendation',
] as const satisfies readonly FindingKind[];

export const isFindingKind = (k: unknown): k is FindingKind => FINDING_KINDS.some((x) => x === k);

/** A framework verdict's symbol, beside its word (never alone). */
export const VERDICT_SYMBOL = { met: '✓', 'not-met': '✗', partial: '◐', 'not-stated': '?' } as const;
