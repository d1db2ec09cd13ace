/**
 * <not-found-help>: the 404 page in the language of the address asked for (the other language's
 * text hidden, the page's `lang` set), and "Did you mean": the pages whose text matches the
 * address's words, from the search index. Without JavaScript the page shows both languages.
 */
import { pathLanguage, pathWords, rankPages, wordTries } from '../lib/shared/not-found.ts';
import type { Pagefind, PagefindResult } from './pagefind.ts';

const SUGGESTIONS = 3;

/** The pages one word finds: the word, else its shorter prefixes. */
async function pagesFor(pf: Pagefind, word: string): Promise<PagefindResult[]> {
  for (const q of wordTries(word)) {
    const res = await pf.search(q);
    const hits = (res?.results ?? []).filter((r) => r.words.length > 0);
    if (hits.length > 0) return hits;
  }
  return [];
}

class NotFoundHelp extends HTMLElement {
  connectedCallback(): void {
    const base = this.dataset['base'] ?? '/';
    const lang = pathLanguage(location.pathname, base);
    const sections = [...document.querySelectorAll<HTMLElement>('[data-not-found-lang]')];
    const mine = sections.find((s) => s.dataset['notFoundLang'] === lang);
    if (!mine) return;
    for (const s of sections) {
      s.hidden = s !== mine;
      // The shown section's heading is the page's h1 (the markup has the Indonesian one first).
      const h = s.querySelector('h1, h2');
      const level = s === mine ? 'H1' : 'H2';
      if (h && h.tagName !== level) {
        const swapped = document.createElement(level);
        swapped.textContent = h.textContent;
        h.replaceWith(swapped);
      }
    }
    document.documentElement.lang = lang;
    const title = mine.querySelector('h1')?.textContent;
    if (title && mine.dataset['site']) document.title = `${title} · ${mine.dataset['site']}`;
    void this.suggest(mine, lang, base);
  }

  private async suggest(section: HTMLElement, lang: string, base: string): Promise<void> {
    const box = section.querySelector<HTMLElement>('.did-you-mean');
    const list = box?.querySelector('ul');
    const words = pathWords(location.pathname, base);
    if (!box || !list || words.length === 0) return;
    const bundle = this.dataset['bundle'] ?? '/pagefind/';
    try {
      // The search glue loads only when the address has words to look for.
      const { loadManifest, loadPagefind } = await import('./pagefind.ts');
      const pf = await loadPagefind(bundle, base, lang, loadManifest(bundle));
      const ranked = rankPages(await Promise.all(words.map((w) => pagesFor(pf, w))), SUGGESTIONS);
      for (const r of ranked) {
        const data = await r.data();
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = data.url;
        a.textContent = data.meta['title'] ?? data.url;
        li.append(a);
        list.append(li);
      }
      box.hidden = ranked.length === 0;
    } catch {
      // No index (a build without search): the page's own links remain.
    }
  }
}

customElements.define('not-found-help', NotFoundHelp);
