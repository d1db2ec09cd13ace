/**
 * Reading packs. <reading-pack> renders the findings and cases named in the URL from the open data
 * files, with evidence quotes and an APA bibliography, an editable title, and removal; the URL is
 * the pack, localStorage only remembers the last one. <pack-add> buttons add items from any page;
 * <pack-link> in the header opens the current pack.
 */
import { isEmptyPack, packQuery, parsePack, type PackState } from '../lib/shared/pack-state.ts';

const KEY = 'atlas-pack';

function stored(): PackState {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<PackState>;
    return { findings: Array.isArray(v.findings) ? v.findings : [], cases: Array.isArray(v.cases) ? v.cases : [], title: typeof v.title === 'string' ? v.title : '' };
  } catch {
    return { findings: [], cases: [], title: '' };
  }
}
function store(s: PackState): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(s));
  } catch {
    /* storage disabled: the URL still carries the pack */
  }
  window.dispatchEvent(new Event('atlas-pack'));
}

interface LText {
  id: string;
  en: string;
}
interface OpenFinding {
  id: string;
  case: string;
  kind: string;
  text: LText;
  provenance: string;
  evidence: { source: string; quote: string; url: LText }[];
  citations: string[];
  url: LText;
}
interface OpenCase {
  id: string;
  title: LText;
  summary: LText;
  reference: LText;
  url: LText;
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] => {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
};
const link = (href: string, text: string) => {
  const a = el('a', text);
  a.href = href;
  return a;
};

class ReadingPack extends HTMLElement {
  #data: Promise<{ findings: Map<string, OpenFinding>; cases: Map<string, OpenCase> }> | undefined;

  connectedCallback(): void {
    this.querySelector('.nojs')?.setAttribute('hidden', '');
    const form = this.querySelector<HTMLElement>('.pack-controls');
    if (form) form.hidden = false;
    let state = parsePack(location.search);
    if (isEmptyPack(state)) {
      const saved = stored();
      if (!isEmptyPack(saved)) {
        state = saved;
        history.replaceState(null, '', `${location.pathname}${packQuery(state)}`);
      }
    }
    const title = this.querySelector<HTMLInputElement>('#pack-title');
    title?.addEventListener('input', () => {
      const s = { ...parsePack(location.search), title: title.value };
      history.replaceState(null, '', `${location.pathname}${packQuery(s)}`);
      this.showTitle(s);
      this.showUrl();
      store(s);
    });
    this.querySelector('button.print')?.addEventListener('click', () => window.print());
    window.addEventListener('popstate', () => void this.render(parsePack(location.search)));
    void this.render(state);
  }

  data() {
    this.#data ??= (async () => {
      const base = this.dataset['data'] ?? '/data/';
      const [f, c] = await Promise.all([fetch(`${base}findings.json`).then((r) => r.json()), fetch(`${base}cases.json`).then((r) => r.json())]);
      return {
        findings: new Map((f as { findings: OpenFinding[] }).findings.map((x) => [x.id, x])),
        cases: new Map((c as { cases: OpenCase[] }).cases.map((x) => [x.id, x])),
      };
    })();
    return this.#data;
  }

  showTitle(s: PackState): void {
    const title = s.title || (this.dataset['defaultTitle'] ?? '');
    const h1 = this.querySelector('.pack-title');
    if (h1) h1.textContent = title;
    const input = this.querySelector<HTMLInputElement>('#pack-title');
    if (input && document.activeElement !== input) input.value = s.title;
    document.title = title;
  }

  showUrl(): void {
    const p = this.querySelector<HTMLElement>('.pack-url');
    const a = p?.querySelector('a');
    if (!p || !a) return;
    a.href = location.href;
    a.textContent = location.href;
    p.hidden = false;
  }

  async render(s: PackState): Promise<void> {
    const lang = (this.dataset['lang'] ?? 'id') as 'id' | 'en';
    const kinds = JSON.parse(this.dataset['kinds'] ?? '{}') as Record<string, string>;
    this.showTitle(s);
    const { findings, cases } = await this.data();
    const missing = [...s.findings.filter((id) => !findings.has(id)), ...s.cases.filter((id) => !cases.has(id))];
    const fs = s.findings.flatMap((id) => findings.get(id) ?? []);
    const cs = s.cases.flatMap((id) => cases.get(id) ?? []);
    const status = this.querySelector('.pack-status');
    if (status) status.textContent = missing.length > 0 ? (this.dataset['missing'] ?? '').replace('{n}', String(missing.length)).replace('{ids}', missing.join(', ')) : '';
    (this.querySelector('.pack-empty') as HTMLElement).hidden = fs.length + cs.length > 0;

    const remove = (kind: 'findings' | 'cases', id: string) => {
      const b = el('button', this.dataset['remove'] ?? 'Remove', 'copy no-print');
      b.type = 'button';
      b.addEventListener('click', () => {
        const cur = parsePack(location.search);
        const next = { ...cur, [kind]: cur[kind].filter((x) => x !== id) };
        history.pushState(null, '', `${location.pathname}${packQuery(next)}`);
        store(next);
        void this.render(next);
      });
      return b;
    };

    const caseBox = this.querySelector('.pack-cases .items');
    caseBox?.replaceChildren(
      ...cs.map((c) => {
        const art = el('article', undefined, 'pack-case');
        const h = el('h3');
        h.append(link(c.url[lang], c.title[lang]));
        art.append(h, el('p', c.summary[lang]), remove('cases', c.id));
        return art;
      }),
    );
    (this.querySelector('.pack-cases') as HTMLElement).hidden = cs.length === 0;

    const findingBox = this.querySelector('.pack-findings .items');
    findingBox?.replaceChildren(
      ...fs.map((f) => {
        const art = el('article', undefined, 'finding pack-finding');
        const meta = el('p', undefined, 'meta');
        meta.append(el('span', kinds[f.kind] ?? f.kind, 'badge kind'), ' ', link(cases.get(f.case)?.url[lang] ?? '', cases.get(f.case)?.title[lang] ?? f.case));
        if (f.provenance === 'external') meta.append(' ', el('span', this.dataset['external'] ?? 'External source', 'badge ext'));
        const h = el('h3', undefined, 'text');
        h.append(link(f.url[lang], f.text[lang]));
        art.append(meta, h);
        for (const ev of f.evidence) {
          const q = el('blockquote');
          q.lang = 'id';
          q.append(el('p', `“${ev.quote.replace(/[*_]/g, '')}”`));
          const foot = el('footer');
          foot.lang = lang;
          foot.append(link(ev.url[lang], this.dataset['see'] ?? 'See in source'), ` · ${ev.source}`);
          q.append(foot);
          art.append(q);
        }
        for (const c of f.citations) art.append(el('p', c, 'meta'));
        art.append(remove('findings', f.id));
        return art;
      }),
    );
    (this.querySelector('.pack-findings') as HTMLElement).hidden = fs.length === 0;

    const bibCases = [...new Set([...cs.map((c) => c.id), ...fs.map((f) => f.case)])].flatMap((id) => cases.get(id) ?? []);
    const refs = [...new Set(bibCases.map((c) => c.reference[lang]))].sort((a, b) => a.localeCompare(b));
    this.querySelector('.pack-bib .items')?.replaceChildren(...refs.map((r) => el('li', r)));
    (this.querySelector('.pack-bib') as HTMLElement).hidden = refs.length === 0;
    this.showUrl();
    if (!isEmptyPack(s)) store(s);
  }
}

class PackAdd extends HTMLElement {
  connectedCallback(): void {
    const type = this.dataset['type'] === 'case' ? 'cases' : 'findings';
    const id = this.dataset['id'] ?? '';
    const button = el('button', undefined, 'copy');
    button.type = 'button';
    const sync = () => {
      const on = stored()[type].includes(id);
      button.textContent = on ? (this.dataset['added'] ?? 'In the pack') : (this.dataset['label'] ?? 'Add to pack');
      button.setAttribute('aria-pressed', String(on));
    };
    button.addEventListener('click', () => {
      const s = stored();
      const next = { ...s, [type]: s[type].includes(id) ? s[type].filter((x) => x !== id) : [...s[type], id] };
      store(next);
    });
    window.addEventListener('atlas-pack', sync);
    window.addEventListener('storage', sync);
    sync();
    this.append(button);
  }
}

class PackLink extends HTMLElement {
  connectedCallback(): void {
    const a = this.querySelector('a');
    if (!a) return;
    const base = a.getAttribute('href') ?? '';
    const sync = () => {
      const s = stored();
      const n = s.findings.length + s.cases.length;
      this.hidden = n === 0;
      a.href = `${base}${packQuery(s)}`;
      a.textContent = (this.dataset['label'] ?? '({n})').replace('{n}', String(n));
    };
    window.addEventListener('atlas-pack', sync);
    window.addEventListener('storage', sync);
    sync();
  }
}

customElements.define('reading-pack', ReadingPack);
customElements.define('pack-add', PackAdd);
customElements.define('pack-link', PackLink);
