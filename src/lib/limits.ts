/**
 * Limits that keep every page small as the corpus grows from four theses to thousands. With the
 * real corpus nothing reaches them; at scale, long lists are paged or cut with a link to search.
 */

/** Cases per page on /cases/ and /findings/. */
export const CASES_PER_PAGE = 40;
/** Case cards on the home page. */
export const HOME_CASES = 12;
/** Findings listed on a city, country or sector page before "see all in search". */
export const ENTITY_FINDINGS = 40;
/** Cases shown as columns in the comparison charts. */
export const CHART_CASES = 12;
/** Pairings drawn on one map. */
export const MAP_PAIRINGS = 300;

/** The first `limit` items, and how many were left out. */
export function cap<T>(items: readonly T[], limit: number): { shown: T[]; hidden: number } {
  return { shown: items.slice(0, limit), hidden: Math.max(0, items.length - limit) };
}

/** Split items into pages of `size` (at least one page, possibly empty). */
export function pages<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length > 0 ? out : [[]];
}
