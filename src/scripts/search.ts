/**
 * <atlas-search>: runs the query in `?q=` against this language's Pagefind index and lists
 * results with their finding-level sub-results. Excerpts are rendered as text, with Pagefind's
 * <mark> highlights rebuilt as elements: no HTML from the index is injected.
 */
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
interface Pagefind {
  options(o: { baseUrl: string }): Promise<void>;
  init(): Promise<void>;
  search(q: string | null, opts?: { filters?: Record<string, string[]> }): Promise<{ results: { data(): Promise<PagefindData> }[] }>;
}

/** Append `html` (a Pagefind excerpt: text with <mark> only) to `el` as text nodes and <mark> elements. */
function appendExcerpt(el: HTMLElement, html: string): void {
  const parts = html.split(/(<mark>|<\/mark>)/);
  let marked = false;
  const decode = (s: string) => new DOMParser().parseFromString(s, 'text/html').documentElement.textContent ?? '';
  for (const p of parts) {
    if (p === '<mark>') marked = true;
    else if (p === '</mark>') marked = false;
    else if (p !== '') {
      const node = document.createTextNode(decode(p));
      if (marked) {
        const m = document.createElement('mark');
        m.append(node);
        el.append(m);
      } else el.append(node);
    }
  }
}

class AtlasSearch extends HTMLElement {
  async connectedCallback(): Promise<void> {
    this.querySelector('.nojs')?.setAttribute('hidden', '');
    const params = new URLSearchParams(location.search);
    const q = (params.get('q') ?? '').trim();
    const input = this.querySelector<HTMLInputElement>('input[name=q]');
    if (input) input.value = q;
    if (q === '') return;
    const status = this.querySelector<HTMLElement>('.status');
    const list = this.querySelector<HTMLOListElement>('.results');
    if (!status || !list) return;
    status.textContent = this.dataset['loading'] ?? '';
    const bundle = this.dataset['bundle'] ?? '/pagefind/';
    const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: this.dataset['base'] ?? '/' });
    await pagefind.init();
    const search = await pagefind.search(q.slice(0, 200));
    const data = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
    list.replaceChildren();
    for (const d of data) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = d.url;
      a.textContent = d.meta['title'] ?? d.url;
      const h = document.createElement('h2');
      h.append(a);
      const p = document.createElement('p');
      appendExcerpt(p, d.excerpt);
      li.append(h, p);
      const subs = d.sub_results.filter((s) => s.url !== d.url).slice(0, 5);
      if (subs.length > 0) {
        const ul = document.createElement('ul');
        for (const s of subs) {
          const sli = document.createElement('li');
          const sa = document.createElement('a');
          sa.href = s.url;
          sa.textContent = s.title;
          const sp = document.createElement('p');
          appendExcerpt(sp, s.excerpt);
          sli.append(sa, sp);
          ul.append(sli);
        }
        li.append(ul);
      }
      list.append(li);
    }
    status.textContent = data.length === 0 ? (this.dataset['empty'] ?? '') : (this.dataset['count'] ?? '{n}').replace('{n}', String(search.results.length));
  }
}
customElements.define('atlas-search', AtlasSearch);
