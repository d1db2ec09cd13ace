/** Anchor ids on the site's pages, defined once. Pure and browser-safe. */

/** Who quotes a passage: a finding, a pairing, one of a pairing's events, a framework or a concept. */
export type QuoteOwner =
  | { type: 'finding'; id: string }
  | { type: 'pairing'; id: string }
  | { type: 'event'; id: string; index: number }
  | { type: 'framework'; id: string }
  | { type: 'concept'; id: string };

/** Every kind of record that quotes the excerpts. */
export const QUOTE_OWNER_TYPES = [
  'finding',
  'pairing',
  'event',
  'framework',
  'concept',
] as const satisfies readonly QuoteOwner['type'][];

/** The anchor id of the n-th (1-based) evidence quote of an owner; stable as long as ids are. */
export function quoteAnchor(owner: QuoteOwner, n: number): string {
  switch (owner.type) {
    case 'finding':
      return `q-${owner.id}-${n}`;
    case 'event':
      return `q-event-${owner.id}-${owner.index + 1}-${n}`;
    default:
      return `q-${owner.type}-${owner.id}-${n}`;
  }
}

/** The anchor of a pairing's section on its case page. */
export const pairingAnchor = (pairingId: string): string => `pairing-${pairingId}`;

/** The ids of a case page's own sections (its narrative's headings get theirs from their text). */
export const CASE_SECTIONS = {
  /** The summary under the title: the first anchor, so the search index's page head is the title alone. */
  summary: 'summary',
  thesis: 'thesis',
  pairings: 'pairings',
  timeline: 'timeline',
  scorecard: 'scorecard',
  teaching: 'teaching',
  cite: 'cite-this',
  findings: 'findings',
} as const;

/** The ids of the data page's sections (each codebook's is codebookAnchor(), lib/output/codebook.ts). */
export const DATA_SECTIONS = {
  versions: 'versions',
  files: 'files',
  tables: 'tables',
  codebook: 'codebook',
  licence: 'licence',
  cite: 'cite',
} as const;

/** A release's anchor on the changelog page (`v0-2-0`). */
export const releaseAnchor = (version: string): string => `v${version.replace(/\./g, '-')}`;

/** The anchor of one kind's group of findings on a case page (`findings-outcome`). */
export const findingKindAnchor = (kind: string): string => `${CASE_SECTIONS.findings}-${kind}`;
