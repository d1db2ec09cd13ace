/**
 * Form fields bound to a path in the draft: text, long text, "unknown"-able text, a choice, a set
 * of choices, and lists of records with Add and Remove. Every field carries `data-path`, where the
 * validator's messages for that path are shown. Browser code for the case editor (npm run author).
 */

export type Path = (string | number)[];
export type Json = Record<string, unknown>;

export interface Binding {
  root: () => Json;
  /** A value changed (autosave and check). */
  changed: () => void;
  /** The structure changed (an item added or removed): redraw the form. */
  redraw: () => void;
}

const pathKey = (path: Path) => path.join('.');

/** A draft value as text (ids, quotes, dates: strings and numbers). */
export const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

export function getAt(root: unknown, path: Path): unknown {
  let v: unknown = root;
  for (const k of path)
    v = v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[k] : undefined;
  return v;
}

export function setAt(root: Json, path: Path, value: unknown): void {
  let v: Record<string | number, unknown> = root;
  path.slice(0, -1).forEach((k, i) => {
    const next = v[k];
    if (next === null || typeof next !== 'object') v[k] = typeof path[i + 1] === 'number' ? [] : {};
    v = v[k] as Record<string | number, unknown>;
  });
  const last = path.at(-1);
  if (last === undefined) return;
  if (value === undefined) Reflect.deleteProperty(v, last);
  else v[last] = value;
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.append(...children);
  return el;
}

function wrap(path: Path, label: string, control: HTMLElement, hint?: string): HTMLElement {
  const id = `f-${pathKey(path).replace(/[^\w-]/g, '-')}`;
  control.id = id;
  const box = h('div', { class: 'field', 'data-path': pathKey(path) }, h('label', { for: id }, label), control);
  if (hint) box.append(h('p', { class: 'hint' }, hint));
  return box;
}

export function text(
  b: Binding,
  path: Path,
  label: string,
  o: { long?: boolean; hint?: string; number?: boolean } = {},
): HTMLElement {
  const value = getAt(b.root(), path);
  const input = o.long ? h('textarea', { rows: '4' }) : h('input', { type: 'text' });
  input.value = str(value);
  input.addEventListener('input', () => {
    const v = input.value;
    setAt(b.root(), path, o.number && /^-?\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : v);
    b.changed();
  });
  return wrap(path, label, input, o.hint);
}

/** A text that may be `unknown` (an explicit choice, never a blank). */
export function unknownable(
  b: Binding,
  path: Path,
  label: string,
  o: { number?: boolean; list?: boolean } = {},
): HTMLElement {
  const value = getAt(b.root(), path);
  const isUnknown = value === 'unknown';
  const input = h('input', { type: 'text' });
  const shown = Array.isArray(value) ? value.map(str).join('; ') : isUnknown ? '' : str(value);
  input.value = shown;
  input.disabled = isUnknown;
  const box = h('input', { type: 'checkbox', class: 'unknown' });
  box.checked = isUnknown;
  const write = () => {
    if (box.checked) setAt(b.root(), path, 'unknown');
    else {
      const v = input.value.trim();
      setAt(b.root(), path, o.list ? v.split(/\s*;\s*/).filter(Boolean) : o.number && /^\d+$/.test(v) ? Number(v) : v);
    }
    input.disabled = box.checked;
    b.changed();
  };
  input.addEventListener('input', write);
  box.addEventListener('change', write);
  const field = wrap(path, label, input, o.list ? 'Several: separate them with ";".' : undefined);
  field.append(h('label', { class: 'inline' }, box, ' unknown (the excerpt does not say)'));
  return field;
}

export function choice(
  b: Binding,
  path: Path,
  label: string,
  options: readonly string[],
  o: { optional?: boolean } = {},
): HTMLElement {
  const select = h('select');
  const value = getAt(b.root(), path);
  for (const opt of o.optional ? ['', ...options] : options) {
    const el = h('option', { value: opt }, opt === '' ? '(none)' : opt);
    el.selected = opt === value;
    select.append(el);
  }
  select.addEventListener('change', () => {
    setAt(b.root(), path, select.value === '' ? undefined : select.value);
    b.changed();
    b.redraw();
  });
  return wrap(path, label, select);
}

/** A yes/no that is written only when yes (`derived: true`). */
export function flag(b: Binding, path: Path, label: string): HTMLElement {
  const box = h('input', { type: 'checkbox' });
  box.checked = getAt(b.root(), path) === true;
  box.addEventListener('change', () => {
    setAt(b.root(), path, box.checked ? true : undefined);
    b.changed();
  });
  return h('div', { class: 'field', 'data-path': pathKey(path) }, h('label', { class: 'inline' }, box, ` ${label}`));
}

/** A set of ids, as checkboxes (sectors, places, pairings, categories). */
export function choices(
  b: Binding,
  path: Path,
  label: string,
  options: readonly { id: string; label: string }[],
): HTMLElement {
  const current = new Set((getAt(b.root(), path) as string[] | undefined) ?? []);
  const group = h('fieldset', { class: 'choices' });
  for (const opt of options) {
    const box = h('input', { type: 'checkbox', value: opt.id });
    box.checked = current.has(opt.id);
    box.addEventListener('change', () => {
      const now = [...group.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
      setAt(b.root(), path, now);
      b.changed();
    });
    group.append(h('label', { class: 'inline' }, box, ` ${opt.label}`));
  }
  const box = h('div', { class: 'field', 'data-path': pathKey(path) }, h('p', { class: 'label' }, label), group);
  return box;
}

/** A list of records: each drawn by `item`, with Remove; Add appends `fresh()`. */
export function list(
  b: Binding,
  path: Path,
  label: string,
  item: (path: Path, value: Json) => HTMLElement[],
  fresh: () => Json,
  o: { title?: (value: Json, i: number) => string } = {},
): HTMLElement {
  const items = (getAt(b.root(), path) as Json[] | undefined) ?? [];
  const box = h('fieldset', { class: 'list', 'data-path': pathKey(path) }, h('legend', {}, label));
  items.forEach((value, i) => {
    const remove = h('button', { type: 'button', class: 'remove' }, 'Remove');
    remove.addEventListener('click', () => {
      items.splice(i, 1);
      b.changed();
      b.redraw();
    });
    const title = o.title?.(value, i) ?? `${label} ${String(i + 1)}`;
    box.append(
      h(
        'details',
        { class: 'item', open: '', 'data-path': pathKey([...path, i]) },
        h('summary', {}, title),
        ...item([...path, i], value),
        remove,
      ),
    );
  });
  const add = h('button', { type: 'button', class: 'add' }, `Add ${label.toLowerCase().replace(/s$/, '')}`);
  add.addEventListener('click', () => {
    setAt(b.root(), path, [...items, fresh()]);
    b.changed();
    b.redraw();
  });
  box.append(add);
  return box;
}
