/**
 * Limits that keep every page small as the corpus grows from four theses to thousands. With the
 * real corpus nothing reaches them; at scale, long lists are paged or cut with a link to search.
 */

/** Cases per page on /cases/. */
export const CASES_PER_PAGE = 40;
/** Cases per page on /findings/ (each lists all its findings). */
export const FINDINGS_CASES_PER_PAGE = 10;
/** Rows per page on the /cities/ and /sources/ tables. */
export const ROWS_PER_PAGE = 200;
/** Cases listed on a city, country or sector page before "see all in search". */
export const ENTITY_CASES = 40;
/** Pairings listed on a sector page, and cities on a country page, before the link to the rest. */
export const ENTITY_PAIRINGS = 40;
export const ENTITY_CITIES = 60;
/** Pairings drawn on an inset map (case, city and sector pages). */
export const INSET_PAIRINGS = 40;
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

/** Page links for page `current` of `total`: the first and last pages and two either side of the current one; 'gap' stands for the pages left out. */
export function pagerItems(current: number, total: number): (number | 'gap')[] {
  const shown = [...new Set([1, total, current - 2, current - 1, current, current + 1, current + 2])]
    .filter((n) => n >= 1 && n <= total)
    .sort((a, b) => a - b);
  return shown.flatMap((n, i) => (i > 0 && n - (shown[i - 1] ?? n) > 1 ? ['gap' as const, n] : [n]));
}
/** Cases whose teaching notes the teaching page shows (the rest are on their case pages; ~13 kB each). */
export const TEACHING_CASES = 10;
