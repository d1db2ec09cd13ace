/**
 * When a query finds little in this language: how many findings the same search (query and
 * filters) lists in the other language, from that language's index, so the page can offer it.
 * Pagefind picks its language from the page's `lang` when it starts (synchronously, in the first
 * call): a second copy of its module is started with `lang` set to the other language for that
 * call only.
 */
import type { Filters } from '../lib/shared/finding-index.ts';
import { FindingSearch } from './finding-search.ts';
import type { Pagefind } from './pagefind.ts';

/** Findings in this language below which the other language is tried. */
export const FEW_FINDINGS = 3;

/** The other language's search, started once per page (its buckets then stay loaded for later queries). */
const started = new Map<string, Promise<FindingSearch>>();

async function start(o: { bundle: string; base: string; lang: string; shards: readonly string[]; depth: number }) {
  // A module of its own (its URL differs), so the page's own search instance is left alone.
  const mod = (await import(/* @vite-ignore */ `${o.bundle}pagefind.js?${o.lang}`)) as Pagefind;
  await mod.options({ baseUrl: o.base, noWorker: true });
  const html = document.documentElement;
  const own = html.lang;
  let ready: Promise<void>;
  try {
    html.lang = o.lang;
    ready = mod.init();
  } finally {
    html.lang = own;
  }
  await ready;
  await Promise.all(o.shards.map((s) => mod.mergeIndex(`${o.bundle}${s}`, { baseUrl: o.base, language: o.lang })));
  return new FindingSearch(mod, { bundle: o.bundle, depth: o.depth, totals: {} });
}

export async function otherLanguageFindings(o: {
  bundle: string;
  base: string;
  lang: string;
  shards: readonly string[];
  depth: number;
  state: { q: string; filters: Filters };
}): Promise<number> {
  const key = `${o.bundle} ${o.lang}`;
  let finder = started.get(key);
  if (!finder) {
    finder = start(o);
    finder.catch(() => started.delete(key));
    started.set(key, finder);
  }
  const { groups } = await (await finder).search(o.state).all;
  return groups.reduce((n, g) => n + g.hits.length, 0);
}

/**
 * Say so under the status when the other language lists more findings for the same search:
 * "In English, this search lists 4 findings: search there" (the link keeps the query and filters).
 */
export async function offerOtherLanguage(
  note: HTMLElement,
  o: Parameters<typeof otherLanguageFindings>[0] & { here: number; say: (n: number) => string; href: string },
  current: () => boolean,
): Promise<void> {
  const there = await otherLanguageFindings(o);
  if (!current() || there <= o.here) return;
  const a = document.createElement('a');
  a.href = o.href;
  a.hreflang = o.lang;
  a.textContent = note.dataset['link'] ?? o.href;
  note.replaceChildren(`${o.say(there)} `, a);
  note.hidden = false;
}
