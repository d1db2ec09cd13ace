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

/** Verdicts a thesis can give on one element of its framework. */
export const VERDICTS = ['met', 'not-met', 'partial', 'not-stated'] as const;

/** Obstacle categories used to compare obstacles across cases. */
export const OBSTACLE_CATEGORIES = [
  'budget',
  'human-resources',
  'language-culture',
  'bureaucracy',
  'pandemic',
  'coordination',
  'community-participation',
  'media-information',
  'reciprocity',
  'monitoring',
] as const;

/** Kinds of agreement event on a pairing's timeline, in their usual order. */
export const EVENT_TYPES = ['exploration', 'friendship', 'loi', 'mou', 'action-plan', 'evaluation', 'renewal'] as const;

/** The forms a pairing's relationship takes. */
export const PAIRING_KINDS = ['sister-city', 'sister-province', 'other-cooperation'] as const;

/** Administrative types of a place. */
export const ADMIN_TYPES = ['city', 'regency', 'district', 'province', 'metropolitan-city', 'special-city'] as const;

/** The parts of a thesis an excerpt may hold. */
export const SOURCE_PARTS = ['abstract', 'conclusions', 'recommendations', 'keywords'] as const;

/** Where a fact is known from: the thesis (quoted) or an external publication (cited). */
export const PROVENANCES = ['thesis', 'external'] as const;
