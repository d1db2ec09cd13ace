/**
 * The case editor's source panel: the excerpt's text (one tab per excerpt) with every evidence
 * quote of the draft marked where it sits, located as the validator locates it (whitespace and
 * emphasis aside). Selecting in it is how a quote is made (editor.ts). Browser code.
 */
import { locateQuote, parseSource } from '../../src/lib/content/excerpt.ts';
import { h, str, type Json } from './fields.ts';

export interface Source {
  id: string;
  text: string;
}

/** Every evidence quote of the draft, with what it supports. */
function quotes(d: Json): { source: string; quote: string; owner: string }[] {
  const out: { source: string; quote: string; owner: string }[] = [];
  const add = (ev: unknown, owner: string) => {
    for (const e of (ev as Json[] | undefined) ?? [])
      out.push({ source: str(e['source']), quote: str(e['quote']), owner });
  };
  for (const f of d['findings'] as Json[]) add(f['evidence'], `finding ${str(f['id'])}`);
  for (const p of d['pairings'] as Json[]) {
    add(p['evidence'], `pairing ${str(p['id'])}`);
    for (const e of (p['events'] as Json[] | undefined) ?? [])
      add(e['evidence'], `pairing ${str(p['id'])}: ${str(e['type'])}`);
  }
  return out;
}

export function renderSource(s: {
  draft: Json & { imported: Source[] };
  context: { sources: Source[] };
  active: number;
}): void {
  const texts = [
    ...s.context.sources.filter((x) => x.text !== ''),
    ...s.draft.imported.filter((x) => !s.context.sources.some((c) => c.id === x.id && c.text)),
  ];
  const panel = document.getElementById('source');
  if (!panel) return;
  panel.replaceChildren();
  if (texts.length === 0) {
    panel.append(
      h('p', { class: 'hint' }, 'No excerpt yet: import the thesis excerpt (.txt, .md, .docx or .pdf) above.'),
    );
    return;
  }
  s.active = Math.min(s.active, texts.length - 1);
  const tabs = h('p', { class: 'tabs' });
  texts.forEach((t, i) => {
    const b = h('button', { type: 'button', 'aria-pressed': String(i === s.active) }, t.id);
    b.addEventListener('click', () => {
      s.active = i;
      renderSource(s);
    });
    tabs.append(b);
  });
  const current = texts[s.active] as Source;
  const { plain } = parseSource(current.text);
  const marks = quotes(s.draft)
    .filter((q) => q.source === current.id)
    .map((q) => ({ ...q, at: locateQuote(plain, q.quote) }))
    .filter((q) => q.at !== null)
    .sort((a, b) => (a.at?.start ?? 0) - (b.at?.start ?? 0));
  const body = h('div', { id: 'source-text', 'data-source': current.id });
  let pos = 0;
  for (const m of marks) {
    const { start, end } = m.at ?? { start: 0, end: 0 };
    if (start < pos) continue;
    body.append(plain.slice(pos, start), h('mark', { title: m.owner }, plain.slice(start, end)));
    pos = end;
  }
  body.append(plain.slice(pos));
  panel.append(
    tabs,
    h(
      'p',
      { class: 'hint' },
      `${String(marks.length)} quote(s) marked. Select a passage, then “Quote the selected passage” in a form.`,
    ),
    body,
  );
}
