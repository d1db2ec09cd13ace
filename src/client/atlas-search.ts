/**
 * <atlas-search>: Pagefind search for this page's language, with facets. State lives in the URL
 * (`?q=anggaran&sector=health&kind=obstacle`), so reload, back/forward and shared links restore it.
 * Results are built by ./search-results.ts; the index is loaded by ./pagefind.ts.
 */
import { formsFrom, plural } from '../i18n/plural.ts';
import { isRecord } from '../lib/shared/guards.ts';
import type { ShardManifest } from '../lib/shared/search-shards.ts';
import { countsUpFront, FACETS, parseSearchState, searchStateToQuery, type Facet } from '../lib/shared/search-state.ts';
import { loadManifest, loadPagefind, type FacetCounts, type Pagefind, type PagefindResult } from './pagefind.ts';
import { el } from './dom.ts';
import { resultItem, type Query, type ResultLabels } from './search-results.ts';

/** Results whose data (one fragment each) is fetched at a time; "more" fetches the next batch. */
const BATCH = 10;

const isFacet = (name: string): name is Facet => FACETS.some((f) => f === name);

class AtlasSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;
  #manifest: Promise<ShardManifest> | undefined;
  #run = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #totals: FacetCounts | undefined;
  #more: HTMLButtonElement | undefined;
  #labels: ResultLabels | undefined;

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
      if (e.target instanceof HTMLInputElement && e.target.type === 'checkbox') this.commit('push');
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
    // The URL is the one source of state: on Back/Forward, and when the page comes back from the
    // back-forward cache. (The form has autocomplete="off", so the browser does not put back ticks
    // by position, which the count sorting reorders.)
    window.addEventListener('popstate', () => {
      this.restore();
    });
    window.addEventListener('pageshow', (e) => {
      if (e.persisted) this.restore();
    });
    this.restore();
  }

  /** Read the URL into the form, then search. */
  restore(): void {
    const state = parseSearchState(location.search);
    const input = this.querySelector<HTMLInputElement>('input[name=q]');
    if (input) input.value = state.q;
    for (const [facet, values] of Object.entries(state.filters)) for (const v of values) this.ensureBox(facet, v);
    for (const box of this.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      box.checked = isFacet(box.name) && (state.filters[box.name] ?? []).includes(box.value);
    }
    this.chips();
    void this.search(state);
  }

  /** The ticked filters as removable chips above the results, and their number on the Filter summary. */
  chips(): void {
    const list = this.querySelector<HTMLUListElement>('ul.chips');
    if (!list) return;
    const ticked = [...this.querySelectorAll<HTMLInputElement>('.facets input[type=checkbox]:checked')];
    list.replaceChildren(
      ...ticked.map((box) => {
        const text = box.closest<HTMLElement>('li[data-value]')?.dataset['label'] ?? box.value;
        const button = el('button', text, 'chip');
        const x = el('span', '×');
        x.setAttribute('aria-hidden', 'true');
        button.append(' ', x);
        button.type = 'button';
        button.setAttribute('aria-label', (this.dataset['remove'] ?? '{label}').replace('{label}', text));
        button.addEventListener('click', () => {
          box.checked = false;
          this.commit('push');
          (list.querySelector('button') ?? this.querySelector<HTMLInputElement>('input[name=q]'))?.focus();
        });
        const li = document.createElement('li');
        li.append(button);
        return li;
      }),
    );
    const group = list.closest<HTMLElement>('.active-filters');
    if (group) group.hidden = ticked.length === 0;
    const count = this.querySelector('.filter-count');
    if (count) count.textContent = ticked.length > 0 ? ` (${String(ticked.length)})` : '';
  }

  /** A value from the URL that the page does not list (long facets are cut) gets its own checkbox. */
  ensureBox(facet: string, value: string): void {
    const ul = this.querySelector(`fieldset[data-facet=${facet}] ul`);
    if (!ul || [...ul.querySelectorAll<HTMLInputElement>('input')].some((b) => b.value === value)) return;
    const li = document.createElement('li');
    li.dataset['value'] = value;
    const label = document.createElement('label');
    const box = document.createElement('input');
    Object.assign(box, { type: 'checkbox', name: facet, value });
    const count = document.createElement('span');
    count.className = 'count meta';
    label.append(box, ` ${value} `, count);
    li.append(label);
    ul.append(li);
  }

  /** Read the form into the URL, then search. */
  commit(mode: 'push' | 'replace'): void {
    const q = (this.querySelector<HTMLInputElement>('input[name=q]')?.value ?? '').trim().slice(0, 200);
    const state: Query = { q, filters: {} };
    for (const f of FACETS) {
      const values = [...this.querySelectorAll<HTMLInputElement>(`input[name=${f}]:checked`)].map((b) => b.value);
      if (values.length > 0) state.filters[f] = values;
    }
    this.chips();
    const url = `${location.pathname}${searchStateToQuery(state)}`;
    if (url !== `${location.pathname}${location.search}`) {
      if (mode === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    void this.search(state);
  }

  manifest(): Promise<ShardManifest> {
    this.#manifest ??= loadManifest(this.dataset['bundle'] ?? '/pagefind/');
    return this.#manifest;
  }

  pagefind(): Promise<Pagefind> {
    const bundle = this.dataset['bundle'] ?? '/pagefind/';
    this.#pagefind ??= loadPagefind(bundle, this.dataset['base'] ?? '/', this.dataset['lang'] ?? '', this.manifest());
    return this.#pagefind;
  }

  labels(): ResultLabels {
    if (!this.#labels) {
      const kinds: unknown = JSON.parse(this.dataset['kinds'] ?? '{}');
      this.#labels = {
        kinds: isRecord(kinds) ? Object.fromEntries(Object.entries(kinds).map(([k, v]) => [k, String(v)])) : {},
        cities: this.dataset['citiesLabel'] ?? '',
        cityUrl: this.dataset['cityUrl'],
        noSingle: this.dataset['nosingle'] ?? '',
      };
    }
    return this.#labels;
  }

  async search(state: Query): Promise<void> {
    const run = ++this.#run;
    const status = this.querySelector<HTMLElement>('.status');
    const list = this.querySelector<HTMLOListElement>('.results');
    const help = this.querySelector<HTMLElement>('.help');
    if (!status || !list || !help) return;
    try {
      await this.runSearch(run, state, { status, list, help });
    } catch (e) {
      // An index that cannot be loaded (offline, a broken deploy) is said, not shown as no results.
      if (run !== this.#run) return;
      this.#pagefind = undefined;
      this.#manifest = undefined;
      list.replaceChildren();
      status.textContent = this.dataset['failed'] ?? 'Search could not be loaded.';
      console.warn(e);
    }
  }

  async runSearch(run: number, state: Query, ui: { status: HTMLElement; list: HTMLOListElement; help: HTMLElement }) {
    const pf = await this.pagefind();
    const allCounts = countsUpFront((await this.manifest()).pages[this.dataset['lang'] ?? ''] ?? 0);
    if (state.q === '' && Object.keys(state.filters).length === 0) {
      // Totals are only needed (and only fetched) for the empty search, and only for a small index.
      if (allCounts) this.#totals ??= await pf.filters();
      if (run !== this.#run) return;
      ui.list.replaceChildren();
      this.#more?.remove();
      ui.help.hidden = true;
      ui.status.textContent = this.dataset['prompt'] ?? '';
      this.counts(this.#totals ?? {});
      return;
    }
    ui.status.textContent = this.dataset['loading'] ?? '';
    const filters = Object.fromEntries(Object.entries(state.filters).map(([k, v]) => [k, { any: v }]));
    const search = await pf.search(state.q === '' ? null : state.q, { filters });
    if (run !== this.#run || !search) return;
    ui.list.replaceChildren();
    this.#more?.remove();
    this.counts(search.filters);
    await this.show(run, ui.list, search.results, 0, state);
    if (run !== this.#run) return;
    const n = search.results.length;
    ui.status.textContent =
      n === 0
        ? (this.dataset['empty'] ?? '')
        : plural(formsFrom(this.dataset['count'], '{n}'), this.dataset['lang'] ?? 'id', n);
    ui.help.hidden = n > 0;
    performance.mark('atlas:search-results');
    if (allCounts && !this.#totals) {
      // After the results are shown: fetch every facet's filter data once, then count all facets.
      this.#totals = await pf.filters();
      const again = await pf.search(state.q === '' ? null : state.q, { filters });
      if (run === this.#run && again) this.counts(again.filters);
    }
  }

  /** Fetch and render results [from, from + BATCH), then offer a button for the rest. */
  async show(
    run: number,
    list: HTMLOListElement,
    results: PagefindResult[],
    from: number,
    state: Query,
  ): Promise<void> {
    const data = await Promise.all(results.slice(from, from + BATCH).map((r) => r.data()));
    if (run !== this.#run) return;
    for (const d of data) list.append(resultItem(d, state, this.labels()));
    this.#more?.remove();
    const next = from + BATCH;
    if (next >= results.length) return;
    const more = document.createElement('button');
    more.type = 'button';
    more.className = 'more';
    more.textContent = plural(
      formsFrom(this.dataset['more'], '{n}'),
      this.dataset['lang'] ?? 'id',
      results.length - next,
    );
    more.addEventListener('click', () => {
      more.disabled = true;
      const first = list.children.length;
      void this.show(run, list, results, next, state).then(() => list.children[first]?.querySelector('a')?.focus());
    });
    list.after(more);
    this.#more = more;
  }

  /** Show the number of matching records next to each facet value, and sort values by count. */
  counts(counts: FacetCounts): void {
    for (const fs of this.querySelectorAll<HTMLFieldSetElement>('fieldset[data-facet]')) {
      const ul = fs.querySelector('ul');
      if (ul) showCounts(ul, counts[fs.dataset['facet'] ?? '']);
    }
  }
}

/**
 * One facet's counts. No counts yet (Pagefind counts a facet once its filter data is loaded) is
 * shown as none, not 0. Values are re-sorted by count only when the order changes, and the
 * checkbox the reader just ticked keeps the focus (WCAG 2.4.3).
 */
function showCounts(ul: HTMLUListElement, known: Record<string, number> | undefined): void {
  const items = [...ul.querySelectorAll<HTMLLIElement>('li[data-value]')];
  for (const li of items) {
    const span = li.querySelector('.count');
    if (!known) {
      delete li.dataset['count'];
      if (span) span.textContent = '';
      continue;
    }
    const n = known[li.dataset['value'] ?? ''] ?? 0;
    li.dataset['count'] = String(n);
    if (span) span.textContent = `(${String(n)})`;
  }
  if (!known) return;
  const sorted = [...items].sort((a, b) => Number(b.dataset['count']) - Number(a.dataset['count']));
  if (sorted.every((li, i) => li === items[i])) return;
  const focused = document.activeElement;
  ul.append(...sorted);
  if (focused instanceof HTMLElement && ul.contains(focused)) focused.focus({ preventScroll: true });
}

customElements.define('atlas-search', AtlasSearch);
