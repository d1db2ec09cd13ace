/**
 * <atlas-search>: Pagefind search for this page's language, with facets. State lives in the URL
 * (`?q=anggaran&sector=health&kind=obstacle`), so reload, back/forward and shared links restore it.
 * Excerpts are rendered as text plus rebuilt <mark> elements: no HTML from the index is injected.
 */
import { FACETS, parseSearchState, searchStateToQuery, type Facet } from '../lib/search-state.ts';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: PagefindSubResult[];
}
interface PagefindSearch {
  results: { data(): Promise<PagefindData> }[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(o: { baseUrl: string }): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string | null, opts?: { filters?: Record<string, { any: string[] }> }): Promise<PagefindSearch | null>;
}
type State = ReturnType<typeof parseSearchState>;

const decoder = document.createElement('textarea');
const decode = (s: string) => {
  decoder.innerHTML = s.replace(/</g, '&lt;');
  return decoder.value;
};

/** Append a Pagefind excerpt (text with <mark> only) as text nodes and <mark> elements. */
function appendExcerpt(el: HTMLElement, html: string): void {
  let marked = false;
  for (const part of html.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part !== '') {
      const text = document.createTextNode(decode(part));
      if (marked) {
        const m = document.createElement('mark');
        m.append(text);
        el.append(m);
      } else el.append(text);
    }
  }
}

class AtlasSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;
  #run = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #totals: Record<string, Record<string, number>> | undefined;

  connectedCallback(): void {
    this.querySelector('.nojs')?.setAttribute('hidden', '');
    const form = this.querySelector('form');
    const input = this.querySelector<HTMLInputElement>('input[name=q]');
    if (!form || !input) return;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.commit('push');
    });
    form.addEventListener('change', (e) => {
      if ((e.target as HTMLElement).matches('input[type=checkbox]')) this.commit('push');
    });
    input.addEventListener('input', () => {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => this.commit('replace'), 250);
    });
    this.querySelector('a.clear')?.addEventListener('click', (e) => {
      e.preventDefault();
      for (const box of this.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = false;
      this.commit('push');
    });
    window.addEventListener('popstate', () => this.restore());
    this.restore();
  }

  /** Read the URL into the form, then search. */
  restore(): void {
    const state = parseSearchState(location.search);
    const input = this.querySelector<HTMLInputElement>('input[name=q]');
    if (input) input.value = state.q;
    // A value from the URL that the page does not list (long facets are cut) gets its own checkbox.
    for (const [facet, values] of Object.entries(state.filters)) {
      const ul = this.querySelector(`fieldset[data-facet=${facet}] ul`);
      for (const v of values) {
        if (!ul || [...ul.querySelectorAll<HTMLInputElement>('input')].some((b) => b.value === v)) continue;
        const li = document.createElement('li');
        li.dataset['value'] = v;
        const label = document.createElement('label');
        const box = document.createElement('input');
        Object.assign(box, { type: 'checkbox', name: facet, value: v });
        const count = document.createElement('span');
        count.className = 'count meta';
        label.append(box, ` ${v} `, count);
        li.append(label);
        ul.append(li);
      }
    }
    for (const box of this.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      box.checked = (state.filters[box.name as Facet] ?? []).includes(box.value);
    }
    void this.search(state);
  }

  /** Read the form into the URL, then search. */
  commit(mode: 'push' | 'replace'): void {
    const state: State = { q: (this.querySelector<HTMLInputElement>('input[name=q]')?.value ?? '').trim().slice(0, 200), filters: {} };
    for (const f of FACETS) {
      const values = [...this.querySelectorAll<HTMLInputElement>(`input[name=${f}]:checked`)].map((b) => b.value);
      if (values.length > 0) state.filters[f] = values;
    }
    const url = `${location.pathname}${searchStateToQuery(state)}`;
    if (url !== `${location.pathname}${location.search}`) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
    void this.search(state);
  }

  pagefind(): Promise<Pagefind> {
    this.#pagefind ??= (async () => {
      const pf = (await import(/* @vite-ignore */ `${this.dataset['bundle'] ?? '/pagefind/'}pagefind.js`)) as Pagefind;
      await pf.options({ baseUrl: this.dataset['base'] ?? '/' });
      await pf.init();
      return pf;
    })();
    return this.#pagefind;
  }

  async search(state: State): Promise<void> {
    const run = ++this.#run;
    const status = this.querySelector<HTMLElement>('.status');
    const list = this.querySelector<HTMLOListElement>('.results');
    const help = this.querySelector<HTMLElement>('.help');
    if (!status || !list || !help) return;
    const pf = await this.pagefind();
    const hasFilters = Object.keys(state.filters).length > 0;
    if (state.q === '' && !hasFilters) {
      // Totals are only needed (and only fetched) for the empty search.
      this.#totals ??= await pf.filters();
      if (run !== this.#run) return;
      list.replaceChildren();
      help.hidden = true;
      status.textContent = this.dataset['prompt'] ?? '';
      this.counts(this.#totals);
      return;
    }
    status.textContent = this.dataset['loading'] ?? '';
    const filters = Object.fromEntries(Object.entries(state.filters).map(([k, v]) => [k, { any: v }]));
    const search = await pf.search(state.q === '' ? null : state.q, { filters });
    if (run !== this.#run || !search) return;
    const data = await Promise.all(search.results.slice(0, 30).map((r) => r.data()));
    if (run !== this.#run) return;
    this.render(list, data);
    this.counts(search.filters);
    help.hidden = data.length > 0;
    status.textContent = data.length === 0 ? (this.dataset['empty'] ?? '') : (this.dataset['count'] ?? '{n}').replace('{n}', String(search.results.length));
  }

  render(list: HTMLOListElement, data: PagefindData[]): void {
    const kinds = JSON.parse(this.dataset['kinds'] ?? '{}') as Record<string, string>;
    list.replaceChildren();
    for (const d of data) {
      const li = document.createElement('li');
      const h = document.createElement('h2');
      const a = document.createElement('a');
      a.href = d.url;
      a.textContent = d.meta['title'] ?? d.url;
      h.append(a);
      li.append(h);
      if (d.meta['kind']) {
        const meta = document.createElement('p');
        meta.className = 'meta';
        const badge = document.createElement('span');
        badge.className = 'badge kind';
        badge.textContent = kinds[d.meta['kind']] ?? d.meta['kind'];
        meta.append(badge, ` ${d.meta['case'] ?? ''}`);
        li.append(meta);
        li.dataset['finding'] = d.meta['id'] ?? '';
      }
      const p = document.createElement('p');
      appendExcerpt(p, d.excerpt);
      li.append(p);
      const subs = d.sub_results.filter((s) => s.url !== d.url && s.url.includes('#')).slice(0, 4);
      if (subs.length > 0 && !d.meta['kind']) {
        const ul = document.createElement('ul');
        for (const s of subs) {
          const sli = document.createElement('li');
          const sa = document.createElement('a');
          sa.href = s.url;
          sa.textContent = s.title;
          sli.append(sa);
          ul.append(sli);
        }
        li.append(ul);
      }
      list.append(li);
    }
  }

  /** Show the number of matching records next to each facet value, and sort values by count. */
  counts(counts: Record<string, Record<string, number>>): void {
    for (const fs of this.querySelectorAll<HTMLFieldSetElement>('fieldset[data-facet]')) {
      const facet = fs.dataset['facet'] ?? '';
      const ul = fs.querySelector('ul');
      if (!ul) continue;
      const items = [...ul.querySelectorAll<HTMLLIElement>('li[data-value]')];
      for (const li of items) {
        const n = counts[facet]?.[li.dataset['value'] ?? ''] ?? 0;
        li.dataset['count'] = String(n);
        const span = li.querySelector('.count');
        if (span) span.textContent = `(${n})`;
      }
      items.sort((a, b) => Number(b.dataset['count']) - Number(a.dataset['count']));
      ul.append(...items);
    }
  }
}
customElements.define('atlas-search', AtlasSearch);
