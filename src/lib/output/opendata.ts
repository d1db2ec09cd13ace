/** Builds the open data files from the atlas. Pure: URLs come from the `link` function passed in. */
import type { z } from 'zod';
import type { Evidence } from '../../schemas/index.ts';
import type { openCasesFile, openCitiesFile, openFindingsFile, openPairingsFile } from '../../schemas/opendata.ts';
import { caseCities, casesByCity, type Atlas } from '../model/atlas.ts';
import { quoteAnchor, type QuoteOwner } from '../shared/anchors.ts';
import type { Routes } from '../shared/routes.ts';
import { plainQuote, quoteSpan } from './quotes.ts';
import { citationText } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/lang.ts';

/** The absolute URL of a route in a language. */
export type Linker = (lang: Lang, route: (r: Routes) => string) => string;

/** The attribution GeoNames' CC BY 4.0 licence asks of the coordinates. */
export const GEONAMES_ATTRIBUTION =
  'Coordinates: GeoNames (https://www.geonames.org/), licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).';

export const LICENCE =
  "Atlas data and texts: CC BY 4.0 (Sister City Atlas). Quotations remain the work of the theses' authors and are quoted for research and teaching. Coordinates: GeoNames, CC BY 4.0.";

/** A route's absolute URL in both languages. */
export const both = (link: Linker, route: (r: Routes) => string) => ({ id: link('id', route), en: link('en', route) });

function evidenceOut(atlas: Atlas, link: Linker, owner: QuoteOwner, evidence: readonly Evidence[] | undefined) {
  return (evidence ?? []).map((ev, i) => ({
    source: ev.source,
    quote: plainQuote(ev.quote),
    ...quoteSpan(atlas, ev),
    url: both(link, (r) => r.source(ev.source, quoteAnchor(owner, i + 1))),
  }));
}

/** `references`: the thesis's APA 7 reference per case slug, in both languages. */
export function casesData(
  atlas: Atlas,
  link: Linker,
  references: ReadonlyMap<string, { id: string; en: string }>,
): z.input<typeof openCasesFile> {
  return {
    licence: LICENCE,
    cases: atlas.cases.map((c) => ({
      id: c.slug,
      slug: c.slug,
      title: c.title,
      summary: c.summary,
      thesis: {
        title: c.thesis.title,
        author: c.thesis.author,
        university: c.thesis.university,
        year: c.thesis.year,
        degree: c.thesis.degree,
      },
      cities: caseCities(atlas, c.slug).map((x) => x.id),
      sectors: c.sectors,
      pairings: c.pairings,
      framework: c.framework ?? null,
      sources: c.sources,
      findings: atlas.findingsByCase.get(c.slug)?.length ?? 0,
      reference: references.get(c.slug) ?? { id: '', en: '' },
      url: both(link, (r) => r.case(c.slug)),
    })),
  };
}

export function findingsData(atlas: Atlas, link: Linker): z.input<typeof openFindingsFile> {
  return {
    licence: LICENCE,
    findings: atlas.cases.flatMap((c) =>
      (atlas.findingsByCase.get(c.slug) ?? []).map((f) => ({
        id: f.id,
        case: f.case,
        kind: f.kind,
        sectors: f.sectors,
        cities: f.cities,
        pairings: f.pairings ?? [],
        categories: f.categories ?? [],
        element: f.element ?? null,
        text: f.text,
        provenance: f.provenance,
        evidence: evidenceOut(atlas, link, { type: 'finding', id: f.id }, f.evidence),
        citations: (f.citations ?? []).flatMap((id) => {
          const cit = atlas.citation.get(id);
          return cit ? [citationText(cit, 'en')] : [];
        }),
        url: both(link, (r) => r.finding(f)),
      })),
    ),
  };
}

export function pairingsData(atlas: Atlas, link: Linker): z.input<typeof openPairingsFile> {
  return {
    licence: LICENCE,
    pairings: atlas.pairings.map((p) => {
      const country = (id: string) => atlas.city.get(id)?.country ?? '';
      return {
        id: p.id,
        cities: p.cities,
        countries: [country(p.cities[0]), country(p.cities[1])] as [string, string],
        kind: p.kind,
        sectorsAgreed: p.sectorsAgreed,
        cases: p.cases,
        inferred: (p.inferred ?? []).map((i) => i.city),
        events: p.events.map((ev, index) => ({
          type: ev.type,
          date: ev.date,
          derived: ev.derived ?? false,
          provenance: ev.provenance,
          note: ev.note,
          evidence: evidenceOut(atlas, link, { type: 'event', id: p.id, index }, ev.evidence),
          citations: (ev.citations ?? []).flatMap((id) => {
            const cit = atlas.citation.get(id);
            return cit ? [citationText(cit, 'en')] : [];
          }),
        })),
        url: both(link, (r) => r.pairing(p) ?? r.section('cases')),
      };
    }),
  };
}

export function citiesGeoJson(atlas: Atlas): z.input<typeof openCitiesFile> {
  const casesOf = casesByCity(atlas);
  return {
    type: 'FeatureCollection',
    licence: LICENCE,
    attribution: GEONAMES_ATTRIBUTION,
    features: atlas.cities.map((c) => ({
      type: 'Feature',
      id: c.id,
      geometry: { type: 'Point', coordinates: [c.lon, c.lat] },
      properties: {
        name: c.name,
        country: c.country,
        adminType: c.adminType,
        parent: c.parent,
        indonesian: c.country === 'ID',
        gazetteer: `${c.gazetteer.name} ${c.gazetteer.ref} (${c.gazetteer.entry})`,
        pointNote: c.pointNote ?? null,
        cases: casesOf.get(c.id) ?? [],
      },
    })),
  };
}

/** The first and last year of the dated agreement steps, or undefined when none is dated. */
export function coveredYears(atlas: Atlas): [number, number] | undefined {
  const years = atlas.pairings.flatMap((p) =>
    p.events.flatMap((e) => (e.date === 'unknown' ? [] : [Number(e.date.slice(0, 4))])),
  );
  return years.length === 0 ? undefined : [Math.min(...years), Math.max(...years)];
}
