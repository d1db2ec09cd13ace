/**
 * The case editor's forms: the case, its pairings (with dated stages), new places, findings with
 * their evidence (quoted by selecting a passage of the source), narratives and teaching notes.
 * Browser code for npm run author.
 */
import {
  FINDING_KINDS,
  OBSTACLE_CATEGORIES,
  PROVENANCES,
  SOURCE_PARTS,
  VERDICTS,
} from '../../src/lib/shared/vocabulary.ts';
import {
  choice,
  choices,
  getAt,
  h,
  list,
  setAt,
  str,
  text,
  unknownable,
  type Binding,
  type Json,
  type Path,
} from './fields.ts';

export interface Vocab {
  sectors: { id: string; label: string }[];
  cities: { id: string; label: string }[];
  pairings: { id: string; label: string }[];
  frameworks: string[];
  citations: string[];
  sources: string[];
}

/** The passage selected in the source text, and which source it is in. */
export type Selection = () => { source: string; quote: string } | null;

const CATEGORIES = OBSTACLE_CATEGORIES.map((id) => ({ id, label: id }));

export const both = (b: Binding, path: Path, label: string, long = false) => [
  text(b, [...path, 'id'], `${label} (Indonesian, the original)`, { long }),
  text(b, [...path, 'en'], `${label} (English, our translation)`, { long }),
];

/** Evidence quotes: each exactly a passage selected in the source (read-only), with where it is from. */
export function evidence(b: Binding, path: Path, selection: Selection, status: (m: string) => void): HTMLElement {
  const box = list(
    b,
    path,
    'Evidence quotes',
    (p, value) => [
      h(
        'p',
        { class: 'quote', 'data-path': [...p, 'quote'].join('.') },
        h('q', {}, str(value['quote'])),
        h('span', { class: 'hint' }, ` — ${str(value['source'])}`),
      ),
    ],
    () => ({}),
    { title: (_v, i) => `Quote ${String(i + 1)}` },
  );
  const add = box.querySelector('button.add');
  const quote = h('button', { type: 'button', class: 'add quote-selection' }, 'Quote the selected passage');
  quote.addEventListener('click', () => {
    const picked = selection();
    if (!picked) {
      status('Select a passage in the source text first, then press “Quote the selected passage”.');
      return;
    }
    const items = (getAt(b.root(), path) as Json[] | undefined) ?? [];
    setAt(b.root(), path, [...items, picked]);
    b.changed();
    b.redraw();
  });
  add?.replaceWith(quote);
  return box;
}

/** Ids from content/citations.yaml, as checkboxes. */
export const citations = (b: Binding, path: Path, label: string, v: Vocab): HTMLElement =>
  choices(
    b,
    path,
    label,
    v.citations.map((id) => ({ id, label: id })),
  );

export function support(
  b: Binding,
  path: Path,
  v: Vocab,
  selection: Selection,
  status: (m: string) => void,
): HTMLElement[] {
  const external = getAt(b.root(), [...path, 'provenance']) === 'external';
  return [
    choice(b, [...path, 'provenance'], 'Where it is known from', PROVENANCES),
    external
      ? citations(b, [...path, 'citations'], 'Citations (content/citations.yaml)', v)
      : evidence(b, [...path, 'evidence'], selection, status),
  ];
}

/** A localized text that may be `unknown` as a whole (the thesis's study programme). */
/**
 * A localized text that may be absent (`optional`: a toggle adds it) or `unknown` as a whole
 * (the thesis's study programme).
 */
export function toggledBoth(b: Binding, path: Path, label: string, o: { optional?: string } = {}): HTMLElement {
  const value = getAt(b.root(), path);
  const off = o.optional ? value === undefined : value === 'unknown';
  const box = h('input', { type: 'checkbox', class: 'unknown' });
  box.checked = o.optional ? !off : off;
  box.addEventListener('change', () => {
    const wantOff = o.optional ? !box.checked : box.checked;
    setAt(b.root(), path, wantOff ? (o.optional ? undefined : 'unknown') : { id: '', en: '' });
    b.changed();
    b.redraw();
  });
  return h(
    'div',
    { class: 'field', 'data-path': path.join('.') },
    h('p', { class: 'label' }, label),
    h('label', { class: 'inline' }, box, ` ${o.optional ?? 'unknown (the excerpt does not say)'}`),
    ...(off ? [] : both(b, path, label)),
  );
}

/** The excerpts' entries: which chapter, which parts of the thesis, which languages. */
export function sourcesForm(b: Binding): HTMLElement[] {
  const entries = (getAt(b.root(), ['sources']) as Json[] | undefined) ?? [];
  const PARTS = SOURCE_PARTS.map((id) => ({ id, label: id }));
  const LANGUAGES = [
    { id: 'id', label: 'Indonesian' },
    { id: 'en', label: 'English' },
  ];
  if (entries.length === 0) return [h('p', { class: 'hint' }, 'Import the excerpt first (above).')];
  return entries.map((e, i) =>
    h(
      'details',
      { class: 'item', open: '', 'data-path': `sources.${String(i)}` },
      h('summary', {}, str(e['id'])),
      text(b, ['sources', i, 'chapter'], 'Chapter as printed (e.g. BAB V), if any'),
      choices(b, ['sources', i, 'parts'], 'What the excerpt holds', PARTS),
      choices(b, ['sources', i, 'languages'], 'Languages of the excerpt', LANGUAGES),
    ),
  );
}

export function caseForm(b: Binding, v: Vocab): HTMLElement[] {
  return [
    ...both(b, ['case', 'title'], 'Title'),
    ...both(b, ['case', 'summary'], 'Summary', true),
    h('h3', {}, 'The thesis'),
    unknownable(b, ['case', 'thesis', 'title'], 'Title as printed'),
    unknownable(b, ['case', 'thesis', 'author'], 'Author(s) as printed', { list: true }),
    unknownable(b, ['case', 'thesis', 'university'], 'University'),
    unknownable(b, ['case', 'thesis', 'year'], 'Year', { number: true }),
    unknownable(b, ['case', 'thesis', 'degree'], 'Degree, e.g. S1 (skripsi)'),
    toggledBoth(b, ['case', 'thesis', 'field'], 'Study programme'),
    choices(b, ['case', 'pairings'], 'Pairings it studies', v.pairings),
    choices(b, ['case', 'sectors'], 'Sectors', v.sectors),
    choice(b, ['case', 'framework'], 'Evaluation framework', v.frameworks, { optional: true }),
    choices(
      b,
      ['case', 'sources'],
      'Source excerpts',
      v.sources.map((id) => ({ id, label: id })),
    ),
  ];
}

export function findingsForm(
  b: Binding,
  v: Vocab,
  slug: string,
  selection: Selection,
  status: (m: string) => void,
): HTMLElement {
  return list(
    b,
    ['findings'],
    'Findings',
    (p, value) => [
      text(b, [...p, 'id'], 'Id (stable: its permalink)'),
      choice(b, [...p, 'kind'], 'Kind', FINDING_KINDS),
      choices(b, [...p, 'sectors'], 'Sectors', v.sectors),
      choices(b, [...p, 'cities'], 'Places', v.cities),
      choices(b, [...p, 'pairings'], 'Pairings', v.pairings),
      ...(value['kind'] === 'obstacle' ? [choices(b, [...p, 'categories'], 'Obstacle categories', CATEGORIES)] : []),
      ...(value['kind'] === 'evaluation'
        ? [
            choice(b, [...p, 'element', 'framework'], 'Framework', v.frameworks),
            text(b, [...p, 'element', 'element'], 'Element (id in the framework)'),
            choice(b, [...p, 'element', 'verdict'], 'Verdict', VERDICTS),
          ]
        : []),
      ...both(b, [...p, 'text'], 'Statement', true),
      ...support(b, p, v, selection, status),
    ],
    () => ({ id: `${slug}-`, kind: 'outcome', sectors: [], cities: [], text: { id: '', en: '' }, evidence: [] }),
    { title: (x) => `${str(x['kind'])}: ${str(x['id'])}` },
  );
}

export function narrativeForm(b: Binding, key: 'narratives' | 'teaching'): HTMLElement[] {
  const hint =
    'MDX: end each factual sentence with <Cite f="finding-id" />; link terms with <Concept c="paradiplomacy">…</Concept>.';
  return [
    text(b, [key, 'id'], 'Indonesian (the original)', { long: true, hint }),
    text(b, [key, 'en'], 'English (our translation)', { long: true }),
  ];
}
