/**
 * The case editor's forms for places and pairings: new places with their gazetteer source, and
 * pairings with their quotes, dated stages and any party inferred from external sources. Browser
 * code for npm run author.
 */
import { ADMIN_TYPES, EVENT_TYPES, PAIRING_KINDS } from '../../src/lib/shared/vocabulary.ts';
import { both, citations, evidence, support, toggledBoth, type Selection, type Vocab } from './forms.ts';
import { choice, choices, flag, list, str, text, type Binding, type Path } from './fields.ts';

function stagesList(b: Binding, p: Path, v: Vocab, selection: Selection, status: (m: string) => void): HTMLElement {
  return list(
    b,
    [...p, 'events'],
    'Stages',
    (e) => [
      choice(b, [...e, 'type'], 'Stage', EVENT_TYPES),
      text(b, [...e, 'date'], 'Date', { hint: 'YYYY, YYYY-MM or YYYY-MM-DD as the source gives it, or unknown' }),
      flag(
        b,
        [...e, 'derived'],
        'The date is worked out by us from the wording (e.g. “a year before 2016”), not printed',
      ),
      ...support(b, e, v, selection, status),
      ...both(b, [...e, 'note'], 'What happened', true),
    ],
    () => ({ type: 'mou', date: 'unknown', provenance: 'thesis', evidence: [], note: { id: '', en: '' } }),
    { title: (x) => `${str(x['type'])} ${str(x['date'])}` },
  );
}

function inferredList(b: Binding, p: Path, v: Vocab): HTMLElement {
  return list(
    b,
    [...p, 'inferred'],
    'Parties inferred from external sources',
    (q) => [
      choice(
        b,
        [...q, 'city'],
        'Place (one of the pairing’s two)',
        v.cities.map((c) => c.id),
      ),
      citations(b, [...q, 'citations'], 'Citations', v),
      ...both(b, [...q, 'note'], 'What the thesis itself says of it', true),
    ],
    () => ({ city: '', citations: [], note: { id: '', en: '' } }),
    { title: (x) => `inferred: ${str(x['city'])}` },
  );
}

export function pairingsForm(
  b: Binding,
  v: Vocab,
  slug: string,
  selection: Selection,
  status: (m: string) => void,
): HTMLElement {
  return list(
    b,
    ['pairings'],
    'Pairings',
    (p) => [
      text(b, [...p, 'id'], 'Id (Indonesian city first, e.g. semarang-jung-gu-ulsan)'),
      choice(
        b,
        [...p, 'cities', 0],
        'Indonesian party',
        v.cities.map((c) => c.id),
      ),
      choice(
        b,
        [...p, 'cities', 1],
        'Partner',
        v.cities.map((c) => c.id),
      ),
      choice(b, [...p, 'kind'], 'Kind', PAIRING_KINDS),
      choices(b, [...p, 'sectorsAgreed'], 'Sectors named in the agreement', v.sectors),
      evidence(b, [...p, 'evidence'], selection, status),
      stagesList(b, p, v, selection, status),
      inferredList(b, p, v),
    ],
    () => ({
      id: '',
      cities: ['', ''],
      kind: 'sister-city',
      sectorsAgreed: [],
      cases: [slug],
      evidence: [],
      events: [],
    }),
    { title: (x) => str(x['id']) || 'New pairing' },
  );
}

export function placesForm(b: Binding, v: Vocab): HTMLElement {
  return list(
    b,
    ['cities'],
    'New places',
    (p) => [
      text(b, [...p, 'id'], 'Id (e.g. surabaya)'),
      ...both(b, [...p, 'name'], 'Name'),
      text(b, [...p, 'country'], 'Country (ISO code, e.g. ID, NL)'),
      choice(b, [...p, 'adminType'], 'Type', ADMIN_TYPES),
      ...both(b, [...p, 'parent'], 'Region (province, state)'),
      text(b, [...p, 'lon'], 'Longitude', { number: true }),
      text(b, [...p, 'lat'], 'Latitude', { number: true }),
      text(b, [...p, 'gazetteer', 'name'], 'Gazetteer (where the coordinates come from)'),
      text(b, [...p, 'gazetteer', 'ref'], 'Gazetteer id (GeoNames geonameid)'),
      text(b, [...p, 'gazetteer', 'entry'], 'Gazetteer entry name'),
      toggledBoth(b, [...p, 'pointNote'], 'Why the point sits where it does', {
        optional: 'the point stands for something else (a district drawn at its city, say)',
      }),
      citations(b, [...p, 'citations'], 'Citations that identify the place (if the thesis leaves it ambiguous)', v),
    ],
    () => ({
      id: '',
      name: { id: '', en: '' },
      country: '',
      adminType: 'city',
      parent: { id: '', en: '' },
      gazetteer: { name: 'GeoNames', ref: '', entry: '' },
    }),
    { title: (x) => str(x['id']) || 'New place' },
  );
}
