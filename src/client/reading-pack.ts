/**
 * The pack page: <reading-pack> renders the findings and cases named in the URL from the open data
 * files, with evidence quotes and an APA bibliography, an editable title, and removal; the URL is
 * the pack, localStorage only remembers the last one (./pack-store.ts).
 */
import { formsFrom, plural } from '../i18n/plural.ts';
import { isRecord } from '../lib/shared/guards.ts';
import {
  packCases,
  packFindings,
  packTeaching,
  type PackCase,
  type PackFinding,
  type PackTeaching,
} from '../lib/shared/pack-data.ts';
import { isEmptyPack, packQuery, parsePack, parseTeachingItem, type PackState } from '../lib/shared/pack-state.ts';

import { announce, el, link } from './dom.ts';
import { store, stored } from './pack-store.ts';

type Lang = 'id' | 'en';
type ItemKind = 'findings' | 'cases' | 'teaching';
interface PackData {
  findings: Map<string, PackFinding>;
  cases: Map<string, PackCase>;
}

class ReadingPack extends HTMLElement {
  #data: Promise<PackData> | undefined;
  #lang: Lang = 'id';
  #kinds: Record<string, string> = {};
  #teaching = new Map<string, Promise<PackTeaching>>();

  connectedCallback(): void {
    this.#lang = this.dataset['lang'] === 'en' ? 'en' : 'id';
    const kinds: unknown = JSON.parse(this.dataset['kinds'] ?? '{}');
    if (isRecord(kinds)) this.#kinds = Object.fromEntries(Object.entries(kinds).map(([k, v]) => [k, String(v)]));
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
    const note = this.querySelector<HTMLTextAreaElement>('#pack-note');
    const edited = () => {
      const s = { ...parsePack(location.search), title: title?.value ?? '', note: note?.value ?? '' };
      history.replaceState(null, '', `${location.pathname}${packQuery(s)}`);
      this.showTitle(s);
      this.showUrl();
      store(s);
    };
    title?.addEventListener('input', edited);
    note?.addEventListener('input', edited);
    this.querySelector('button.print')?.addEventListener('click', () => {
      window.print();
    });
    this.querySelector('button.pack-copy')?.addEventListener('click', () => {
      void navigator.clipboard.writeText(location.href).then(() => {
        announce(this.dataset['copied'] ?? 'Copied');
      });
    });
    this.querySelector('button.pack-handout')?.addEventListener('click', () => {
      void import('./pack-handout.ts').then((m) => {
        m.downloadHandout(this, this.dataset['handoutName'] ?? 'reading-pack.html');
      });
    });
    window.addEventListener('popstate', () => void this.render(parsePack(location.search)));
    void this.render(state);
  }

  data(): Promise<PackData> {
    this.#data ??= (async () => {
      const base = this.dataset['data'] ?? '/data/';
      const json = (file: string) => fetch(`${base}${file}`).then((r): Promise<unknown> => r.json());
      const [findings, cases] = await Promise.all([json('findings.json'), json('cases.json')]);
      return { findings: packFindings(findings), cases: packCases(cases) };
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
    const note = this.querySelector<HTMLElement>('.pack-note');
    if (note) {
      note.textContent = s.note;
      note.hidden = s.note === '';
    }
    const field = this.querySelector<HTMLTextAreaElement>('#pack-note');
    if (field && document.activeElement !== field) field.value = s.note;
  }

  showUrl(): void {
    const p = this.querySelector<HTMLElement>('.pack-url');
    const a = p?.querySelector('a');
    if (!p || !a) return;
    a.href = location.href;
    a.textContent = location.href;
    p.hidden = false;
    // The pack's address as a QR code (made here, by uqr; loaded after the pack shows), for a printout or a projector.
    const box = p.querySelector<HTMLElement>('.pack-qr');
    if (box)
      void import('./pack-qr.ts').then((m) => {
        m.showQr(box, location.href, this.dataset['qrLabel'] ?? '');
      });
  }

  async render(s: PackState): Promise<void> {
    this.showTitle(s);
    const data = await this.data();
    const fs = s.findings.flatMap((id) => data.findings.get(id) ?? []);
    const cs = s.cases.flatMap((id) => data.cases.get(id) ?? []);
    this.showMissing([
      ...s.findings.filter((id) => !data.findings.has(id)),
      ...s.cases.filter((id) => !data.cases.has(id)),
    ]);
    this.section('.pack-empty', fs.length + cs.length + s.teaching.length === 0);
    void this.teachingItems(s.teaching, data.cases);
    this.fill(
      '.pack-cases',
      cs.map((c) => this.caseItem(c)),
    );
    this.fill(
      '.pack-findings',
      fs.map((f) => this.findingItem(f, data.cases)),
    );
    const onBibliography = [...new Set([...cs.map((c) => c.id), ...fs.map((f) => f.case)])].flatMap(
      (id) => data.cases.get(id) ?? [],
    );
    const refs = [...new Set(onBibliography.map((c) => c.reference[this.#lang]))].sort((a, b) => a.localeCompare(b));
    this.fill(
      '.pack-bib',
      refs.map((r) => el('li', r)),
    );
    this.showUrl();
    if (!isEmptyPack(s)) store(s);
  }

  /** The learning objectives and discussion questions chosen one by one, under their case. */
  async teachingItems(ids: readonly string[], cases: ReadonlyMap<string, PackCase>): Promise<void> {
    const items = ids.flatMap((id) => {
      const item = parseTeachingItem(id);
      return item ? [{ id, ...item }] : [];
    });
    const found = await Promise.all(
      items.map(async (it) => {
        const { sections } = await this.teachingOf(it.case);
        const text = sections[it.kind === 'o' ? 0 : 1]?.items[it.n - 1];
        const c = cases.get(it.case);
        if (text === undefined || !c) return undefined;
        const art = el('article', undefined, 'pack-case pack-teaching-item');
        const meta = el('p', undefined, 'meta');
        meta.append(
          link(c.url[this.#lang], c.title[this.#lang]),
          ` · ${sections[it.kind === 'o' ? 0 : 1]?.title ?? ''}`,
        );
        art.append(meta, el('p', text), this.removeButton('teaching', it.id));
        return art;
      }),
    );
    this.fill(
      '.pack-teaching-items',
      found.filter((a): a is HTMLElement => a !== undefined),
    );
  }

  showMissing(missing: readonly string[]): void {
    const status = this.querySelector('.pack-status');
    if (!status) return;
    const text = plural(formsFrom(this.dataset['missing'], ''), this.dataset['lang'] ?? 'id', missing.length).replace(
      '{ids}',
      missing.join(', '),
    );
    status.textContent = missing.length > 0 ? text : '';
  }

  /** Show or hide a part of the pack. */
  section(selector: string, shown: boolean): void {
    const part = this.querySelector<HTMLElement>(selector);
    if (part) part.hidden = !shown;
  }

  /** A part's items, shown when there are any. */
  fill(selector: string, items: HTMLElement[]): void {
    this.querySelector(`${selector} .items`)?.replaceChildren(...items);
    this.section(selector, items.length > 0);
  }

  caseItem(c: PackCase): HTMLElement {
    const art = el('article', undefined, 'pack-case');
    const h = el('h3');
    h.append(link(c.url[this.#lang], c.title[this.#lang]));
    art.append(h, el('p', c.summary[this.#lang]), this.removeButton('cases', c.id));
    void this.teaching(c.id).then((parts) => {
      art.querySelector('button')?.before(...parts);
    });
    return art;
  }

  /** A case's teaching.json, fetched once (no sections when the case has no notes in this language). */
  teachingOf(id: string): Promise<PackTeaching> {
    let got = this.#teaching.get(id);
    if (!got) {
      got = (async () => {
        const r = await fetch(`${this.dataset['cases'] ?? '/cases/'}${id}/teaching.json`).catch(() => undefined);
        return packTeaching(r?.ok ? await r.json().catch(() => null) : null);
      })();
      this.#teaching.set(id, got);
    }
    return got;
  }

  /** A case's learning objectives and discussion questions, for its entry in the pack. */
  async teaching(id: string): Promise<HTMLElement[]> {
    const { sections } = await this.teachingOf(id);
    return sections.flatMap((s, i) => {
      const list = el(i === 0 ? 'ul' : 'ol', undefined, 'pack-teaching');
      list.append(...s.items.map((text) => el('li', text)));
      return [el('h4', s.title), list];
    });
  }

  findingItem(f: PackFinding, cases: ReadonlyMap<string, PackCase>): HTMLElement {
    const lang = this.#lang;
    const art = el('article', undefined, 'finding pack-finding');
    const meta = el('p', undefined, 'meta');
    const owner = cases.get(f.case);
    meta.append(
      el('span', this.#kinds[f.kind] ?? f.kind, 'badge kind'),
      ' ',
      link(owner?.url[lang] ?? '', owner?.title[lang] ?? f.case),
    );
    if (f.provenance === 'external')
      meta.append(' ', el('span', this.dataset['external'] ?? 'External source', 'badge ext'));
    const h = el('h3', undefined, 'text');
    h.append(link(f.url[lang], f.text[lang]));
    art.append(meta, h, ...f.evidence.map((ev) => this.quote(ev)));
    for (const c of f.citations) art.append(el('p', c, 'meta'));
    art.append(this.removeButton('findings', f.id));
    return art;
  }

  quote(ev: PackFinding['evidence'][number]): HTMLElement {
    const q = el('blockquote');
    q.lang = 'id';
    q.append(el('p', `“${ev.quote}”`));
    const foot = el('footer');
    foot.lang = this.#lang;
    foot.append(link(ev.url[this.#lang], this.dataset['see'] ?? 'See in source'), ` · ${ev.source}`);
    q.append(foot);
    return q;
  }

  /** "Remove": takes the item out of the URL; focus moves to the next item's button, or the part's heading. */
  removeButton(kind: ItemKind, id: string): HTMLButtonElement {
    const b = el('button', this.dataset['remove'] ?? 'Remove', 'copy no-print');
    b.type = 'button';
    b.dataset['remove'] = id;
    b.addEventListener('click', () => {
      const part = kind === 'cases' ? '.pack-cases' : kind === 'teaching' ? '.pack-teaching-items' : '.pack-findings';
      const buttons = [...this.querySelectorAll<HTMLButtonElement>(`${part} button[data-remove]`)];
      const at = buttons.indexOf(b);
      const cur = parsePack(location.search);
      const next = { ...cur, [kind]: cur[kind].filter((x) => x !== id) };
      history.pushState(null, '', `${location.pathname}${packQuery(next)}`);
      store(next);
      void this.render(next).then(() => {
        this.refocus(part, at);
      });
    });
    return b;
  }

  /** After a removal, keep the keyboard where it was (WCAG 2.4.3) rather than on <body>. */
  refocus(part: string, at: number): void {
    const buttons = [...this.querySelectorAll<HTMLButtonElement>(`${part}:not([hidden]) button[data-remove]`)];
    const next = buttons[Math.min(at, buttons.length - 1)];
    if (next) {
      next.focus();
      return;
    }
    const heading = this.querySelector<HTMLElement>('.pack-title');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  }
}

customElements.define('reading-pack', ReadingPack);
