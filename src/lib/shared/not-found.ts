/**
 * What a missing address says about what the reader wanted: its language (`/en/…` is English) and
 * the words to look for (`/en/cases/semarang-jungu/` → "semarang", "jungu"), for the 404 page's
 * "Did you mean". Pure and browser-safe; any address, however malformed, gives an answer.
 */
import type { Lang } from '../../i18n/lang.ts';
import { SECTIONS } from './sections.ts';

/** Words of a path that name a route rather than a thing (sections, paging, files). */
const ROUTE_WORDS = new Set<string>([
  ...SECTIONS,
  'en',
  'embed',
  'page',
  'index',
  'html',
  'cite',
  'bib',
  'ris',
  'json',
]);
/** An address is read up to this many characters. */
const PATH_MAX = 200;
/** At most this many words are looked up. */
export const MAX_WORDS = 6;

/** The path below the base, decoded where it can be (a malformed %-escape is kept as written). */
function below(pathname: string, base: string): string {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\/+/, '');
  try {
    return decodeURIComponent(rest).slice(0, PATH_MAX);
  } catch {
    return rest.slice(0, PATH_MAX);
  }
}

/** The language of a missing page, from its address. */
export const pathLanguage = (pathname: string, base: string): Lang =>
  /^en(\/|$)/.test(below(pathname, base)) ? 'en' : 'id';

/** The words of the address worth searching for: letters and digits, three or more, no route words, no repeats. */
export function pathWords(pathname: string, base: string): string[] {
  const words = below(pathname, base)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3 && !/^\d+$/.test(w) && !ROUTE_WORDS.has(w));
  return [...new Set(words)].slice(0, MAX_WORDS);
}

/**
 * The searches to try for a word, best first: the word, then shorter prefixes down to four letters
 * (Pagefind matches a query as a prefix, so "jungu" → "jung" finds "Jung-gu").
 */
export function wordTries(word: string): string[] {
  const tries = [word];
  for (let n = word.length - 1; n >= 4; n--) tries.push(word.slice(0, n));
  return tries;
}

/**
 * The pages that matched the most of the address's words, best first by their places in each word's
 * (relevance-ordered) results, at most `max`: for "semarang jungu" the case that has both first,
 * and no page that names only Semarang.
 */
export function rankPages<T extends { id: string }>(perWord: readonly (readonly T[])[], max: number): T[] {
  const seen = new Map<string, { item: T; n: number; rank: number }>();
  for (const items of perWord) {
    items.forEach((item, i) => {
      const s = seen.get(item.id);
      if (s) {
        s.n++;
        s.rank += i;
      } else seen.set(item.id, { item, n: 1, rank: i });
    });
  }
  const best = Math.max(0, ...[...seen.values()].map((s) => s.n));
  return [...seen.values()]
    .filter((s) => s.n === best)
    .sort((a, b) => a.rank - b.rank)
    .slice(0, max)
    .map((s) => s.item);
}
