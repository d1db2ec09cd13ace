/** From the atlas to map inputs (places and links), pure. `href` builds a localised URL for a site path. */
import type { Atlas } from '../atlas.ts';
import type { Lang } from '../content/validate.ts';
import { countryName } from '../format.ts';
import { pairingSectors } from './charts.ts';
import type { MapLink, MapPlace } from './geo.ts';
import { MAP_PAIRINGS } from '../limits.ts';

export function mapInputs(
  atlas: Atlas,
  lang: Lang,
  href: (path: string) => string,
  only?: { pairings?: readonly string[]; cities?: readonly string[] },
): { places: MapPlace[]; links: MapLink[]; total: number } {
  let shownPairings = atlas.pairings;
  if (only?.pairings) shownPairings = shownPairings.filter((p) => only.pairings?.includes(p.id));
  if (only?.cities) shownPairings = shownPairings.filter((p) => p.cities.some((c) => only.cities?.includes(c)));
  const total = shownPairings.length;
  shownPairings = shownPairings.slice(0, MAP_PAIRINGS);
  const cityIds = new Set([...shownPairings.flatMap((p) => p.cities), ...(only?.cities ?? [])]);
  const sectorsOf = new Map(shownPairings.map((p) => [p.id, pairingSectors(atlas, p)]));
  const name = (id: string) => atlas.city.get(id)?.name[lang] ?? id;
  const places: MapPlace[] = atlas.cities
    .filter((c) => cityIds.has(c.id))
    .map((c) => ({
      id: c.id,
      name: c.name[lang],
      country: c.country,
      lon: c.lon,
      lat: c.lat,
      indonesian: c.country === 'ID',
      href: href(`/cities/${c.id}/`),
      title: `${c.name[lang]} (${countryName(c.country, lang)})`,
      sectors: [...new Set(shownPairings.filter((p) => p.cities.includes(c.id)).flatMap((p) => sectorsOf.get(p.id) ?? []))].sort(),
    }));
  const links: MapLink[] = shownPairings.map((p) => ({
    id: p.id,
    from: p.cities[0],
    to: p.cities[1],
    inferred: (p.inferred ?? []).length > 0,
    href: href(`/cases/${p.cases[0]}/#pairing-${p.id}`),
    title: `${name(p.cities[0])} – ${name(p.cities[1])}`,
    sectors: sectorsOf.get(p.id) ?? [],
  }));
  return { places, links, total };
}
