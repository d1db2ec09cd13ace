/**
 * <atlas-search>: Pagefind search for this page's language, with facets. State lives in the URL
 * (`?q=anggaran&sector=health&kind=obstacle`), so reload, back/forward and shared links restore it.
 * Excerpts are rendered as text plus rebuilt <mark> elements: no HTML from the index is injected.
 */
import {
  countsUpFront,
  FACETS,
  findingMatches,
  parseSearchState,
  searchStateToQuery,
  unpackCities,
  unpackFacets,
  type Facet,
} from '../lib/shared/search-state.ts';
import { parseManifest, SHARDS_FILE, type ShardManifest } from '../lib/shared/search-shards.ts';

interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
}
interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: PagefindAnchor;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  anchors: PagefindAnchor[];
  sub_results: PagefindSubResult[];
}
type PagefindResult = { data(): Promise<PagefindData> };
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(o: { baseUrl: string; noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, o: { baseUrl: string; language: string }): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string | null, opts?: { filters?: Record<string, { any: string[] }> }): Promise<PagefindSearch | null>;
}
type State = ReturnType<typeof parseSearchState>;

/** Results whose data (one fragment each) is fetched at a time; "more" fetches the next batch. */
const BATCH = 10;

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
      this.#timer = setTimeout(() => {
        this.commit('replace');
      }, 250);
    });
    this.querySelector('a.clear')?.addEventListener('click', (e) => {
      e.preventDefault();
      for (const box of this.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = false;
      this.commit('push');
    });
    window.addEventListener('popstate', () => {
      this.restore();
    });
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
    const state: State = {
      q: (this.querySelector<HTMLInputElement>('input[name=q]')?.value ?? '').trim().slice(0, 200),
      filters: {},
    };
    for (const f of FACETS) {
      const values = [...this.querySelectorAll<HTMLInputElement>(`input[name=${f}]:checked`)].map((b) => b.value);
      if (values.length > 0) state.filters[f] = values;
    }
    const url = `${location.pathname}${searchStateToQuery(state)}`;
    if (url !== `${location.pathname}${location.search}`)
      history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
    void this.search(state);
  }

  pagefind(): Promise<Pagefind> {
    this.#pagefind ??= (async () => {
      const bundle = this.dataset['bundle'] ?? '/pagefind/';
      const baseUrl = this.dataset['base'] ?? '/';
      const [pf, { shards }] = await Promise.all([
        import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<Pagefind>,
        this.manifest(),
      ]);
      // No worker: the worker script repeats Pagefind's 42 kB search code; our searches are short.
      await pf.options({ baseUrl, noWorker: true });
      await pf.init();
      // A large index comes in shards (src/lib/shared/search-shards.ts): merged, they search as one.
      await Promise.all(
        shards.map((s) => pf.mergeIndex(`${bundle}${s}`, { baseUrl, language: this.dataset['lang'] ?? '' })),
      );
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
    const allCounts = countsUpFront(await this.pageCount());
    if (state.q === '' && !hasFilters) {
      // Totals are only needed (and only fetched) for the empty search, and only for a small index.
      if (allCounts) this.#totals ??= await pf.filters();
      if (run !== this.#run) return;
      list.replaceChildren();
      this.#more?.remove();
      help.hidden = true;
      status.textContent = this.dataset['prompt'] ?? '';
      this.counts(this.#totals ?? {});
      return;
    }
    status.textContent = this.dataset['loading'] ?? '';
    const filters = Object.fromEntries(Object.entries(state.filters).map(([k, v]) => [k, { any: v }]));
    const search = await pf.search(state.q === '' ? null : state.q, { filters });
    if (run !== this.#run || !search) return;
    list.replaceChildren();
    this.#more?.remove();
    this.counts(search.filters);
    await this.show(run, list, search.results, 0, state);
    if (run !== this.#run) return;
    status.textContent =
      search.results.length === 0
        ? (this.dataset['empty'] ?? '')
        : (this.dataset['count'] ?? '{n}').replace('{n}', String(search.results.length));
    help.hidden = search.results.length > 0;
    performance.mark('atlas:search-results');
    if (allCounts && !this.#totals) {
      // After the results are shown: fetch every facet's filter data once, then count all facets.
      this.#totals = await pf.filters();
      const again = await pf.search(state.q === '' ? null : state.q, { filters });
      if (run === this.#run && again) this.counts(again.filters);
    }
  }

  #more: HTMLButtonElement | undefined;
  #manifest: Promise<ShardManifest> | undefined;
  #kinds: Record<string, string> | undefined;

  /** The index's shards and page counts, written next to Pagefind's bundle by tools/index-search.ts. */
  manifest(): Promise<ShardManifest> {
    const url = `${this.dataset['bundle'] ?? '/pagefind/'}${SHARDS_FILE}`;
    this.#manifest ??= fetch(url).then(async (r) => {
      if (!r.ok) throw new Error(`search: ${url}: HTTP ${r.status}`);
      return parseManifest(await r.json());
    });
    return this.#manifest;
  }

  /** Pages in this language's index, all shards together. */
  async pageCount(): Promise<number> {
    return (await this.manifest()).pages[this.dataset['lang'] ?? ''] ?? 0;
  }

  /** Fetch and render results [from, from + BATCH), then offer a button for the rest. */
  async show(
    run: number,
    list: HTMLOListElement,
    results: PagefindResult[],
    from: number,
    state: State,
  ): Promise<void> {
    const data = await Promise.all(results.slice(from, from + BATCH).map((r) => r.data()));
    if (run !== this.#run) return;
    for (const d of data) list.append(this.result(d, state));
    this.#more?.remove();
    const next = from + BATCH;
    if (next < results.length) {
      const more = document.createElement('button');
      more.type = 'button';
      more.className = 'more';
      more.textContent = (this.dataset['more'] ?? '{n}').replace('{n}', String(results.length - next));
      more.addEventListener('click', () => {
        more.disabled = true;
        const first = list.children.length;
        void this.show(run, list, results, next, state).then(() => list.children[first]?.querySelector('a')?.focus());
      });
      list.after(more);
      this.#more = more;
    }
  }

  /** One result: the page, its excerpt, and (on a case page) the findings that match the query and facets. */
  result(d: PagefindData, state: State): HTMLLIElement {
    this.#kinds ??= JSON.parse(this.dataset['kinds'] ?? '{}') as Record<string, string>;
    const kinds = this.#kinds;
    const li = document.createElement('li');
    const h = document.createElement('h2');
    const a = document.createElement('a');
    a.href = d.url;
    a.textContent = d.meta['title'] ?? d.url;
    h.append(a);
    const p = document.createElement('p');
    appendExcerpt(p, d.excerpt);
    li.append(h, p);
    // City pages are not indexed: a case result links to its cities.
    const cities = unpackCities(d.meta['cities']);
    const cityUrl = this.dataset['cityUrl'];
    if (cities.length > 0 && cityUrl) {
      const line = document.createElement('p');
      line.className = 'meta result-cities';
      line.append(`${this.dataset['citiesLabel'] ?? ''}: `);
      cities.forEach((c, i) => {
        const ca = document.createElement('a');
        ca.href = cityUrl.replace('{id}', encodeURIComponent(c.id));
        ca.textContent = c.name;
        line.append(...(i > 0 ? [' · ', ca] : [ca]));
      });
      li.append(line);
    }
    const facets = new Map(unpackFacets(d.meta['findings'], '').map((f) => [f.id, f]));
    if (facets.size > 0) {
      // A case page: Pagefind matched the page; list the findings that match on their own.
      const { case: _page, ...own } = state.filters;
      const title = new Map(d.anchors.filter((x) => facets.has(x.id)).map((x) => [x.id, x.text ?? x.id]));
      const hits =
        state.q === ''
          ? [...title.keys()]
          : d.sub_results.flatMap((s) => (s.anchor && facets.has(s.anchor.id) ? [s.anchor.id] : []));
      const shown = [...new Set(hits)].filter((id) => {
        const f = facets.get(id);
        return f !== undefined && findingMatches(f, own);
      });
      if (shown.length > 0) {
        const ul = document.createElement('ul');
        ul.className = 'hits-findings';
        for (const id of shown) {
          const fli = document.createElement('li');
          fli.dataset['finding'] = id;
          const badge = document.createElement('span');
          badge.className = 'badge kind';
          const kind = facets.get(id)?.kind ?? '';
          badge.textContent = kinds[kind] ?? kind;
          const fa = document.createElement('a');
          fa.href = `${d.url.split('#')[0]}#${id}`;
          fa.textContent = title.get(id) ?? id;
          fli.append(badge, ' ', fa);
          ul.append(fli);
        }
        li.append(ul);
      } else if (Object.keys(own).length > 0) {
        const note = document.createElement('p');
        note.className = 'meta';
        note.textContent = this.dataset['nosingle'] ?? '';
        li.append(note);
      }
      return li;
    }
    const subs = d.sub_results.filter((s) => s.url !== d.url && s.url.includes('#')).slice(0, 4);
    if (subs.length > 0) {
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
    return li;
  }

  /** Show the number of matching records next to each facet value, and sort values by count. */
  counts(counts: Record<string, Record<string, number>>): void {
    for (const fs of this.querySelectorAll<HTMLFieldSetElement>('fieldset[data-facet]')) {
      const facet = fs.dataset['facet'] ?? '';
      const ul = fs.querySelector('ul');
      if (!ul) continue;
      const items = [...ul.querySelectorAll<HTMLLIElement>('li[data-value]')];
      const known = counts[facet];
      for (const li of items) {
        // Pagefind counts a facet only once its filter data is loaded: no count yet is shown as none, not 0.
        if (!known) {
          delete li.dataset['count'];
          const span = li.querySelector('.count');
          if (span) span.textContent = '';
          continue;
        }
        const n = known[li.dataset['value'] ?? ''] ?? 0;
        li.dataset['count'] = String(n);
        const span = li.querySelector('.count');
        if (span) span.textContent = `(${n})`;
      }
      if (!known) continue;
      items.sort((a, b) => Number(b.dataset['count']) - Number(a.dataset['count']));
      ul.append(...items);
    }
  }
}
customElements.define('atlas-search', AtlasSearch);
