/**
 * The case editor (npm run author): open or start a case, import its excerpt, quote it by
 * selection, fill the forms; every change is autosaved as a draft and checked by the build's
 * validator (messages beside their fields), a draft without errors is previewed as built, and Save
 * writes the content files. Browser code; the server is tools/lib/author/server.ts.
 */
import { getAt, h, type Binding, type Json } from './fields.ts';
import { api, is, type Opened, type Problem } from './api.ts';
import { renderSource } from './source-panel.ts';
import { caseForm, findingsForm, narrativeForm, sourcesForm, type Vocab } from './forms.ts';
import { pairingsForm, placesForm } from './pairing-form.ts';

function $(sel: string): HTMLElement {
  const el = document.querySelector(sel);
  if (!(el instanceof HTMLElement)) throw new Error(`the editor page has no ${sel}`);
  return el;
}
let state: (Opened & { errors: Problem[]; active: number }) | undefined;
let picked: { source: string; quote: string } | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
let previewAt = '';

const status = (message: string, kind: 'ok' | 'error' | 'info' = 'info') => {
  const el = $('#status');
  el.textContent = message;
  el.dataset['kind'] = kind;
};

const label = (x: Json) => {
  const name = x['name'] as Record<string, string> | undefined;
  return `${String(x['id'])}${name ? ` (${name['en'] ?? ''})` : ''}`;
};

function vocab(s: NonNullable<typeof state>): Vocab {
  const d = s.draft;
  const pairings = [...new Set([...s.context.pairingIds, ...(d['pairings'] as Json[]).map((p) => String(p['id']))])];
  const sources = [
    ...new Set([...((getAt(d, ['case', 'sources']) as string[] | undefined) ?? []), ...d.imported.map((x) => x.id)]),
  ];
  return {
    sectors: s.context.sectors.map((x) => ({ id: String(x['id']), label: label(x) })),
    cities: [...s.context.cities, ...(d['cities'] as Json[])].map((x) => ({ id: String(x['id']), label: label(x) })),
    pairings: pairings.filter(Boolean).map((id) => ({ id, label: id })),
    frameworks: s.context.frameworks.map((x) => String(x['id'])),
    citations: s.context.citations.map((x) => String(x['id'])),
    sources,
  };
}

function render(): void {
  const s = state;
  if (!s) return;
  const b: Binding = { root: () => s.draft, changed: schedule, redraw: render };
  const v = vocab(s);
  const slug = s.draft.slug;
  const selection = () => picked;
  const section = (title: string, ...children: HTMLElement[]) => h('section', {}, h('h2', {}, title), ...children);
  const teaching = s.draft['teaching'] ? narrativeForm(b, 'teaching') : [addTeaching(s)];
  $('#forms').replaceChildren(
    section('Excerpts', ...sourcesForm(b)),
    section('Case', ...caseForm(b, v)),
    section('Places not yet in the gazetteer', placesForm(b, v)),
    section('Pairings and their stages', pairingsForm(b, v, slug, selection, status)),
    section('Findings', findingsForm(b, v, slug, selection, status)),
    section('Narrative', ...narrativeForm(b, 'narratives')),
    section('Teaching notes', ...teaching),
  );
  $('#case-title').textContent = slug;
  renderSource(s);
  showErrors();
}

function addTeaching(s: NonNullable<typeof state>): HTMLElement {
  const add = h('button', { type: 'button' }, 'Add teaching notes');
  add.addEventListener('click', () => {
    s.draft['teaching'] = { ...s.teachingTemplate };
    schedule();
    render();
  });
  return add;
}

/** Where the form shows a problem: the path of its field in the draft. */
function problemPath(e: Problem, d: Opened['draft']): string {
  const field = e.field.replace(/\[(\d+)\]/g, '.$1');
  const id = /"([^"]+)"/.exec(e.entry)?.[1];
  const at = (key: string) => {
    const i = (d[key] as Json[]).findIndex((x) => x['id'] === id);
    return i < 0 ? key : [key, String(i), field].filter(Boolean).join('.');
  };
  if (e.file.endsWith(`/cases/${d.slug}/case.yaml`)) return ['case', field].filter(Boolean).join('.');
  if (e.file.endsWith('/findings.yaml')) return at('findings');
  if (e.file.endsWith('/pairings.yaml')) return at('pairings');
  if (e.file.endsWith('/cities.yaml')) return at('cities');
  if (e.file.endsWith('/sources/sources.yaml')) return at('sources');
  const mdx = /\/(teaching\/)?(id|en)\.mdx$/.exec(e.file);
  if (mdx) return `${mdx[1] ? 'teaching' : 'narratives'}.${mdx[2] ?? ''}`;
  return '';
}

function showErrors(): void {
  const s = state;
  if (!s) return;
  for (const el of document.querySelectorAll('.field-error')) el.remove();
  const summary = $('#problems');
  summary.replaceChildren();
  for (const e of s.errors) {
    const where = [e.file, e.entry, e.field].filter(Boolean).join(' › ');
    const text = `${where}: ${e.message}`;
    let key = problemPath(e, s.draft);
    let target: Element | null = null;
    while (key !== '' && !(target = document.querySelector(`[data-path="${CSS.escape(key)}"]`)))
      key = key.split('.').slice(0, -1).join('.');
    target?.append(h('p', { class: 'field-error', role: 'alert' }, text));
    summary.append(h('li', {}, text));
  }
  $('#problem-count').textContent =
    s.errors.length === 0
      ? 'No problems: ready to save.'
      : `${String(s.errors.length)} problem(s) to fix before saving.`;
}

function schedule(): void {
  status('Unsaved changes…');
  clearTimeout(timer);
  timer = setTimeout(() => void checkNow(), 500);
}

/** Check the draft (and, after a change, autosave it first). */
async function checkNow(autosave = true): Promise<void> {
  const s = state;
  if (!s) return;
  const saved = autosave
    ? await api('POST', '/api/draft', is.autosaved, { draft: s.draft, versions: s.versions })
    : null;
  const checked = await api('POST', '/api/check', is.checked, { draft: s.draft });
  s.errors = checked.errors;
  renderSource(s);
  showErrors();
  status(
    saved
      ? `Draft autosaved at ${new Date(saved.at).toLocaleTimeString()} (not yet written to the content files).`
      : `Opened ${s.draft.slug}.`,
  );
  void pollPreview();
}

async function pollPreview(): Promise<void> {
  const p = await api('GET', '/api/preview', is.preview);
  const note = $('#preview-status');
  if (p.state === 'building') {
    note.textContent = 'Building the preview…';
    setTimeout(() => void pollPreview(), 1000);
  } else if (p.state === 'ready' && p.at !== previewAt && state) {
    previewAt = p.at ?? '';
    note.textContent = `Preview built at ${new Date(previewAt).toLocaleTimeString()}.`;
    ($('#preview') as HTMLIFrameElement).src = `/preview/cases/${state.draft.slug}/?t=${encodeURIComponent(previewAt)}`;
  } else if (p.state === 'failed') note.textContent = `The preview build failed: ${p.message ?? ''}`;
}

async function open(opened: Opened): Promise<void> {
  state = { ...opened, errors: [], active: 0 };
  render();
  await checkNow(false);
  if (opened.restored)
    status(
      `Restored your unsaved draft from ${new Date(opened.restored).toLocaleString()}: nothing is lost, save when ready.`,
    );
}

async function save(): Promise<void> {
  const s = state;
  if (!s) return;
  try {
    const saved = await api('POST', '/api/save', is.saved, {
      draft: s.draft,
      versions: s.versions,
    });
    await open(saved);
    status(`Saved: ${saved.written.join(', ')}.`, 'ok');
  } catch (e) {
    const detail = (e as { detail?: { errors?: Problem[] } }).detail;
    if (detail?.errors) {
      s.errors = detail.errors;
      showErrors();
    }
    status(e instanceof Error ? e.message : String(e), 'error');
  }
}

async function importFile(file: File): Promise<void> {
  const s = state;
  if (!s) return;
  try {
    const source = await api(
      'POST',
      `/api/import?case=${encodeURIComponent(s.draft.slug)}&name=${encodeURIComponent(file.name)}`,
      is.source,
      undefined,
      file,
    );
    const { entry, ...text } = source;
    s.draft.imported = [...s.draft.imported.filter((x) => x.id !== source.id), text];
    s.draft['sources'] = [...(s.draft['sources'] as Json[]).filter((x) => x['id'] !== source.id), entry];
    const ids = (getAt(s.draft, ['case', 'sources']) as string[] | undefined) ?? [];
    (s.draft['case'] as Json)['sources'] = [...new Set([...ids, source.id])];
    s.active = Number.MAX_SAFE_INTEGER;
    render();
    schedule();
    status(`Imported ${file.name} as ${source.id}: its text is the source your quotes are checked against.`, 'ok');
  } catch (e) {
    status(e instanceof Error ? e.message : String(e), 'error');
  }
}

document.addEventListener('selectionchange', () => {
  const sel = getSelection();
  const body = document.getElementById('source-text');
  if (!sel || sel.isCollapsed || !body?.contains(sel.anchorNode) || !body.contains(sel.focusNode)) return;
  const quote = sel.toString().replace(/\s+/g, ' ').trim();
  if (quote !== '') picked = { source: body.dataset['source'] ?? '', quote };
});

async function start(): Promise<void> {
  const cases = await api('GET', '/api/cases', is.cases);
  const select = $('#open-case') as HTMLSelectElement;
  for (const c of cases) select.append(h('option', { value: c }, c));
  select.addEventListener('change', () => {
    if (select.value)
      void api('GET', `/api/open?case=${encodeURIComponent(select.value)}`, is.opened).then(open, (e: unknown) => {
        status(String(e), 'error');
      });
  });
  $('#new-case').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const slug = ($('#new-slug') as HTMLInputElement).value.trim();
    api('POST', '/api/new', is.opened, { slug }).then(open, (e: unknown) => {
      status(e instanceof Error ? e.message : String(e), 'error');
    });
  });
  ($('#import') as HTMLInputElement).addEventListener('change', (ev) => {
    const file = (ev.target as HTMLInputElement).files?.[0];
    if (file) void importFile(file);
  });
  $('#save').addEventListener('click', () => void save());
}

void start();
