/**
 * <atlas-search>: search of this page's language, with facets. State lives in the URL
 * (`?q=anggaran&sector=health&kind=obstacle`, or facets alone to browse), so reload, back/forward and
 * shared links restore it. Findings are the results (./finding-search.ts), rendered by
 * ./search-results.ts; the index is loaded by ./pagefind.ts.
 */
import { formsFrom, plural } from '../i18n/plural.ts';
import { hasFilters, parseTotals, type FacetTotals } from '../lib/shared/finding-index.ts';
import { FACETS, parseSearchState, QUERY_MAX, searchStateToQuery, type Facet } from '../lib/shared/search-state.ts';
import { loadManifest, loadPagefind } from './pagefind.ts';
import { renderChips } from './search-chips.ts';
import { csvButton, csvName, type CsvButton } from './csv-download.ts';
import { BATCH, FindingSearch, type Counts, type Group } from './finding-search.ts';
import { FEW_FINDINGS, offerOtherLanguage } from './other-language.ts';
import type { ShardManifest } from '../lib/shared/search-shards.ts';
import { labelsFrom, resultItem, showCounts, statusText, type Query, type ResultLabels } from './search-results.ts';

const isFacet = (name: string): name is Facet => FACETS.some((f) => f === name);

class AtlasSearch extends HTMLElement {
  #finder: Promise<FindingSearch> | undefined;
  #manifest: Promise<ShardManifest> | undefined;
  #run = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #more: HTMLButtonElement | undefined;
  #labels: ResultLabels | undefined;
  #csv: CsvButton | undefined;
  #totals: FacetTotals | undefined;

  connectedCallback(): void {
    this.querySelector('.nojs')?.setAttribute('hidden', '');
    this.#csv = csvButton(
      this.querySelector<HTMLButtonElement>('button.download-csv'),
      this.dataset['csv'] ?? '',
      this.dataset['csvFailed'] ?? '',
    );
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
    const notice = this.querySelector<HTMLElement>('.search-notice');
    if (notice) {
      const said = [
        ...(state.cut ? [this.dataset['cut'] ?? ''] : []),
        ...(state.ignored.length > 0
          ? [(this.dataset['ignored'] ?? '{list}').replace('{list}', state.ignored.join(', '))]
          : []),
      ];
      notice.textContent = said.join(' ');
      notice.hidden = said.length === 0;
    }
    this.chips();
    void this.search(state);
  }

  /** The ticked filters as removable chips above the results, and their number on the Filter summary. */
  chips(): void {
    renderChips(this, () => {
      this.commit('push');
    });
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
    const q = (this.querySelector<HTMLInputElement>('input[name=q]')?.value ?? '').trim().slice(0, QUERY_MAX);
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

  finder(): Promise<FindingSearch> {
    const bundle = this.dataset['bundle'] ?? '/pagefind/';
    this.#manifest ??= loadManifest(bundle);
    const manifest = this.#manifest;
    this.#finder ??= (async () => {
      const pf = await loadPagefind(bundle, this.dataset['base'] ?? '/', this.dataset['lang'] ?? '', manifest);
      return new FindingSearch(pf, { bundle, depth: (await manifest).findingDepth, totals: this.totals() });
    })();
    return this.#finder;
  }

  /** A query that lists few findings here: ask the other language's index, and offer it if it lists more. */
  async otherLanguage(run: number, state: Query, here: number): Promise<void> {
    const note = this.querySelector<HTMLElement>('.other-lang');
    if (!note || !this.#manifest || state.q === '' || here >= FEW_FINDINGS) return;
    const { shards, findingDepth } = await this.#manifest;
    const d = this.dataset;
    await offerOtherLanguage(
      note,
      {
        ...{ bundle: d['bundle'] ?? '/pagefind/', base: d['base'] ?? '/', lang: d['otherLang'] ?? '', shards },
        ...{ depth: findingDepth, state, here, href: `${d['otherSearch'] ?? ''}${searchStateToQuery(state)}` },
        say: (n) => plural(formsFrom(d['otherFindings'], '{n}'), d['lang'] ?? 'id', n),
      },
      () => run === this.#run,
    );
  }

  /** The atlas's findings by facet value, written into the page: the counts of the empty search. */
  totals(): FacetTotals {
    if (!this.#totals) {
      try {
        this.#totals = parseTotals(JSON.parse(this.dataset['totals'] ?? '{}'));
      } catch {
        this.#totals = {};
      }
    }
    return this.#totals;
  }

  labels(): ResultLabels {
    this.#labels ??= labelsFrom(this.dataset);
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
      this.#finder = undefined;
      this.#manifest = undefined;
      list.replaceChildren();
      this.#more?.remove();
      status.textContent = this.dataset['failed'] ?? 'Search could not be loaded.';
      console.warn(e);
    }
  }

  async runSearch(run: number, state: Query, ui: { status: HTMLElement; list: HTMLOListElement; help: HTMLElement }) {
    if (state.q === '' && !hasFilters(state.filters)) {
      ui.list.replaceChildren();
      this.#more?.remove();
      ui.help.hidden = true;
      this.#csv?.offer([], '');
      ui.status.textContent = this.dataset['prompt'] ?? '';
      const totals = this.totals();
      this.counts(Object.fromEntries(FACETS.map((f) => [f, new Map(Object.entries(totals[f] ?? {}))])));
      return;
    }
    ui.status.textContent = this.dataset['loading'] ?? '';
    this.querySelector('.other-lang')?.setAttribute('hidden', '');
    this.#csv?.offer([], '');
    const { first, all } = (await this.finder()).search(state);
    const firstGroups = await first;
    if (run !== this.#run) return;
    ui.list.replaceChildren();
    this.#more?.remove();
    await this.show(run, ui.list, firstGroups, 0, BATCH);
    if (run !== this.#run) return;
    performance.mark('atlas:search-results');
    const { groups, counts } = await all;
    if (run !== this.#run) return;
    this.counts(counts);
    // The batches the URL's page asks for (a page past the last shows them all, and says so).
    const pages = Math.max(1, Math.ceil(groups.length / BATCH));
    await this.show(run, ui.list, groups, ui.list.children.length, Math.min(state.page ?? 1, pages) * BATCH);
    this.pageNotice(state.page ?? 1, pages);
    if (run !== this.#run) return;
    ui.status.textContent = statusText(groups, this.dataset);
    ui.help.hidden = groups.length > 0;
    void this.otherLanguage(
      run,
      state,
      groups.reduce((n, g) => n + g.hits.length, 0),
    ).catch(console.warn);
    this.#csv?.offer(
      groups.flatMap((g) => g.hits.map((h) => h.finding.id)),
      csvName(searchStateToQuery(state)),
    );
  }

  /** Fetch and render groups [from, to), then offer a button for the rest. */
  async show(run: number, list: HTMLOListElement, groups: readonly Group[], from: number, to: number): Promise<void> {
    const batch = groups.slice(from, Math.max(from, to));
    const data = await Promise.all(batch.map((g) => g.result.data()));
    if (run !== this.#run) return;
    batch.forEach((g, i) => {
      const d = data[i];
      if (d) list.append(resultItem(d, g, this.labels()));
    });
    this.offerMore(run, list, groups, from + batch.length);
  }

  /** A page past the last one is said, not an error: every result is shown. */
  pageNotice(page: number, pages: number): void {
    const notice = this.querySelector<HTMLElement>('.search-notice');
    if (!notice || page <= pages) return;
    notice.textContent =
      `${notice.textContent} ${(this.dataset['noPage'] ?? '').replace('{page}', String(page))}`.trim();
    notice.hidden = false;
  }

  offerMore(run: number, list: HTMLOListElement, groups: readonly Group[], next: number): void {
    this.#more?.remove();
    if (next >= groups.length) return;
    const more = document.createElement('button');
    more.type = 'button';
    more.className = 'more';
    more.textContent = plural(
      formsFrom(this.dataset['more'], '{n}'),
      this.dataset['lang'] ?? 'id',
      groups.length - next,
    );
    more.addEventListener('click', () => {
      more.disabled = true;
      const first = list.children.length;
      // The URL keeps how many batches are shown, so reload and Back from a hit come back to them.
      const state = parseSearchState(location.search);
      history.replaceState(null, '', `${location.pathname}${searchStateToQuery({ ...state, page: next / BATCH + 1 })}`);
      void this.show(run, list, groups, next, next + BATCH).then(() =>
        list.children[first]?.querySelector('a')?.focus(),
      );
    });
    list.after(more);
    this.#more = more;
  }

  /** Show the number of matching findings next to each facet value, and sort values by count. */
  counts(counts: Counts): void {
    for (const fs of this.querySelectorAll<HTMLFieldSetElement>('fieldset[data-facet]')) {
      const ul = fs.querySelector('ul');
      const facet = fs.dataset['facet'] ?? '';
      if (ul) showCounts(ul, isFacet(facet) ? counts[facet] : undefined);
    }
  }
}

customElements.define('atlas-search', AtlasSearch);
