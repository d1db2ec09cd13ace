/** From the atlas to map inputs (places and links), pure. Links come from the page's routes. */
import { pick, type Atlas } from '../model/atlas.ts';
import { countryName } from '../../i18n/format.ts';
import { pairingSectors } from './charts.ts';
import type { MapLink, MapPlace } from './geo.ts';
import { MAP_PAIRINGS } from '../model/limits.ts';
import type { Routes } from '../shared/routes.ts';

/**
 * Places and links for a map: the whole atlas, or only some pairings or cities (an inset). Insets
 * look their pairings and cities up rather than scanning the atlas: scans made every case and city
 * page O(atlas), the whole build quadratic.
 */
export function mapInputs(
  atlas: Atlas,
  routes: Routes,
  only?: { pairings?: readonly string[]; cities?: readonly string[] },
  limit = MAP_PAIRINGS,
): { places: MapPlace[]; links: MapLink[]; total: number } {
  const lang = routes.lang;
  const pairingIds = (ps: readonly Atlas['pairings'][number][]) => ps.map((p) => p.id);
  let shownPairings: readonly Atlas['pairings'][number][] = atlas.pairings;
  if (only?.pairings) shownPairings = pick(atlas.pairings, (p) => p.id, only.pairings);
  if (only?.cities) {
    const wanted = new Set(only.cities);
    const candidates = only.pairings ? shownPairings : only.cities.flatMap((c) => atlas.pairingsByCity.get(c) ?? []);
    shownPairings = pick(
      atlas.pairings,
      (p) => p.id,
      pairingIds(candidates.filter((p) => p.cities.some((c) => wanted.has(c)))),
    );
  }
  const total = shownPairings.length;
  shownPairings = shownPairings.slice(0, limit);
  const cityIds = new Set([...shownPairings.flatMap((p) => p.cities), ...(only?.cities ?? [])]);
  const sectorsOf = new Map(shownPairings.map((p) => [p.id, pairingSectors(atlas, p)]));
  const name = (id: string) => atlas.city.get(id)?.name[lang] ?? id;
  const places: MapPlace[] = pick(atlas.cities, (c) => c.id, cityIds).map((c) => ({
    id: c.id,
    name: c.name[lang],
    country: c.country,
    lon: c.lon,
    lat: c.lat,
    indonesian: c.country === 'ID',
    href: routes.city(c.id),
    title: `${c.name[lang]} (${countryName(c.country, lang)})`,
    sectors: [
      ...new Set(shownPairings.filter((p) => p.cities.includes(c.id)).flatMap((p) => sectorsOf.get(p.id) ?? [])),
    ].sort(),
  }));
  const links: MapLink[] = shownPairings.map((p) => ({
    id: p.id,
    from: p.cities[0],
    to: p.cities[1],
    inferred: (p.inferred ?? []).length > 0,
    href: routes.pairing(p) ?? routes.section('cases'),
    title: `${name(p.cities[0])} – ${name(p.cities[1])}`,
    sectors: sectorsOf.get(p.id) ?? [],
  }));
  return { places, links, total };
}
