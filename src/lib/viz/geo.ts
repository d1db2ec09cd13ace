/**
 * Map layout, pure: projection fitted to the places, country outlines clipped to the view,
 * great-circle arcs, and non-overlapping labels. Returns plain data (path strings, positions)
 * that the Map component renders as SVG at build time.
 */
import { memoizeWeak } from '../shared/memo.ts';
import { compactPath } from './path-compact.ts';
import { geoBounds, geoDistance, geoInterpolate, geoNaturalEarth1, geoPath, type GeoProjection } from 'd3';
import type { Feature, FeatureCollection, MultiPoint } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { ISO_NUMERIC } from '../model/countries.ts';
import { placeLabels, type LabelInput, type PlacedLabel } from './labels.ts';

export interface MapPlace {
  id: string;
  name: string;
  country: string;
  lon: number;
  lat: number;
  /** Indonesian places are drawn as squares, partners as circles. */
  indonesian: boolean;
  /** Link target (the city page) and the tooltip/title text. */
  href: string;
  title: string;
  /** Sector ids of the place's pairings, for filtering. */
  sectors: string[];
}

export interface MapLink {
  id: string;
  from: string;
  to: string;
  /** A dashed arc: one party is inferred from external sources. */
  inferred: boolean;
  href: string;
  title: string;
  sectors: string[];
}

export interface MapLayout {
  width: number;
  height: number;
  countries: { id: string; d: string; highlighted: boolean }[];
  /** `off`: the place lies outside the view (a focused map); it is drawn where its arc leaves the view. */
  places: (MapPlace & { x: number; y: number; off: boolean; label: PlacedLabel })[];
  /** Each arc with its path and its midpoint on the map (where a small arc gets its tap area). */
  links: (MapLink & { d: string; mid: { x: number; y: number } })[];
}

export interface MapOptions {
  width: number;
  height: number;
  /** Padding around the places, in pixels (vertical; also horizontal unless padX is given). */
  padding: number;
  /** Horizontal padding, to leave room for labels beside the outermost points. */
  padX?: number;
  /** Label font size in pixels (labels are placed to avoid each other and the points). */
  fontSize: number;
  /** Fit the view to these places only (see focusPlaces); the others are drawn at the edge. */
  focus?: ReadonlySet<string>;
  /** Rotation of the projection's central meridian (degrees east), chosen so Europe, Indonesia, Australia and East Asia sit together. */
  centre?: number;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Earth's mean radius, km. */
const EARTH_KM = 6371;

/**
 * The places within `km` of the Indonesian places' centre: the region a phone map is fitted to, so
 * that Indonesia is not squeezed into a corner by one partner in Europe. All places when none is Indonesian.
 */
export function focusPlaces(places: readonly MapPlace[], km: number): Set<string> {
  const home = places.filter((p) => p.indonesian);
  if (home.length === 0) return new Set(places.map((p) => p.id));
  const centre: [number, number] = [
    home.reduce((s, p) => s + p.lon, 0) / home.length,
    home.reduce((s, p) => s + p.lat, 0) / home.length,
  ];
  return new Set(places.filter((p) => geoDistance(centre, [p.lon, p.lat]) * EARTH_KM <= km).map((p) => p.id));
}

/** Where the great circle from `from` (in view) towards `to` last is inside the view, `margin` from its edge. */
function edgePoint(
  projection: GeoProjection,
  from: readonly [number, number],
  to: readonly [number, number],
  o: { width: number; height: number; margin: number },
): [number, number] {
  const along = geoInterpolate([from[0], from[1]], [to[0], to[1]]);
  let last = projection([from[0], from[1]]) ?? [0, 0];
  for (let i = 1; i <= 100; i++) {
    const p = projection(along(i / 100));
    if (!p || p[0] < o.margin || p[0] > o.width - o.margin || p[1] < o.margin || p[1] > o.height - o.margin) break;
    last = p;
  }
  return last;
}

/** Natural Earth projection, rotated to the places' mean longitude, fitted to the places. */
export function fitProjection(places: readonly { lon: number; lat: number }[], o: MapOptions): GeoProjection {
  const centre = o.centre ?? (places.length > 0 ? places.reduce((s, p) => s + p.lon, 0) / places.length : 100);
  const target: MultiPoint = { type: 'MultiPoint', coordinates: places.map((p) => [p.lon, p.lat]) };
  const projection = geoNaturalEarth1().rotate([-centre, 0]).precision(0.5);
  if (places.length === 0) return projection.fitSize([o.width, o.height], { type: 'Sphere' });
  if (places.length === 1) {
    const p = places[0] as { lon: number; lat: number };
    target.coordinates = [
      [p.lon - 8, p.lat - 6],
      [p.lon + 8, p.lat + 6],
    ];
  }
  const px = o.padX ?? o.padding;
  // Clip to the view: outlines leave out what falls outside it, which keeps insets small.
  return projection
    .fitExtent(
      [
        [px, o.padding],
        [o.width - px, o.height - o.padding],
      ],
      target,
    )
    .clipExtent([
      [-1, -1],
      [o.width + 1, o.height + 1],
    ]);
}

/** Country outlines that fall (at least partly) inside the view, as path strings rounded to 0.1 px. */
interface CachedFeature {
  feature: Feature;
  /** Geographic bounds [[west, south], [east, north]]; west > east when the feature crosses the antimeridian. */
  bounds: [[number, number], [number, number]];
}
const countryFeatures = memoizeWeak((topology: Topology): CachedFeature[] => {
  const collection = feature(topology, topology.objects['countries'] as GeometryCollection) as FeatureCollection;
  return collection.features.map((f) => ({ feature: f, bounds: geoBounds(f) }));
});

/** The geographic box the view shows (sampled along its edges), or undefined when it wraps or leaves the globe. */
function viewBounds(
  projection: GeoProjection,
  width: number,
  height: number,
): [[number, number], [number, number]] | undefined {
  const lons: number[] = [];
  const lats: number[] = [];
  const steps = 24;
  for (let i = 0; i <= steps; i++) {
    for (const [x, y] of [
      [(width * i) / steps, 0],
      [(width * i) / steps, height],
      [0, (height * i) / steps],
      [width, (height * i) / steps],
    ] as const) {
      const p = projection.invert?.([x, y]);
      if (!p || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) return undefined;
      lons.push(p[0]);
      lats.push(p[1]);
    }
  }
  const west = Math.min(...lons);
  const east = Math.max(...lons);
  if (east - west > 300) return undefined;
  return [
    [west - 2, Math.min(...lats) - 2],
    [east + 2, Math.max(...lats) + 2],
  ];
}

const pathCache = new Map<string, { id: string; d: string; highlighted: boolean }[]>();

/** Country outlines for a projection, memoised: maps of the same places (both languages of a page, rendered one after the other) share them. */
function countryPaths(
  topology: Topology,
  projection: GeoProjection,
  width: number,
  height: number,
  highlight: ReadonlySet<string>,
) {
  const key = [
    projection.scale(),
    ...projection.translate(),
    ...projection.rotate(),
    width,
    height,
    [...highlight].sort().join(','),
  ].join('|');
  const hit = pathCache.get(key);
  if (hit) return hit;
  const out = projectCountries(topology, projection, width, height, highlight);
  if (pathCache.size > 2000) pathCache.clear();
  pathCache.set(key, out);
  return out;
}

function projectCountries(
  topology: Topology,
  projection: GeoProjection,
  width: number,
  height: number,
  highlight: ReadonlySet<string>,
) {
  const view = viewBounds(projection, width, height);
  const path = geoPath(projection).digits(0);
  const out: { id: string; d: string; highlighted: boolean }[] = [];
  for (const { feature: f, bounds } of countryFeatures(topology)) {
    // Skip features wholly outside the view before projecting them (the expensive part).
    const [[w, s], [e, n]] = bounds;
    if (view && w <= e && (e < view[0][0] || w > view[1][0] || n < view[0][1] || s > view[1][1])) continue;
    const [[x0, y0], [x1, y1]] = path.bounds(f);
    if (!(x1 >= 0 && x0 <= width && y1 >= 0 && y0 <= height) || x1 - x0 < 0.5) continue;
    const d = compactPath(path(f) ?? '');
    if (d) out.push({ id: String(f.id ?? ''), d, highlighted: highlight.has(String(f.id ?? '')) });
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

export function layoutMap(
  topology: Topology,
  places: readonly MapPlace[],
  links: readonly MapLink[],
  o: MapOptions,
): MapLayout {
  const focused = o.focus ? places.filter((p) => o.focus?.has(p.id)) : places;
  const projection = fitProjection(focused.length > 0 ? focused : places, o);
  const path = geoPath(projection).digits(1);
  const inView = ([x, y]: [number, number]) => x >= 0 && x <= o.width && y >= 0 && y <= o.height;
  const raw = new Map(places.map((p) => [p.id, projection([p.lon, p.lat]) ?? ([0, 0] as [number, number])]));
  const located = places.map((p) => {
    const at = raw.get(p.id) ?? [0, 0];
    if (inView(at)) return { ...p, x: round(at[0]), y: round(at[1]), off: false };
    // Outside a focused view: drawn where the arc from its partner leaves the view.
    const link = links.find(
      (l) => (l.from === p.id || l.to === p.id) && inView(raw.get(l.from === p.id ? l.to : l.from) ?? [-1, -1]),
    );
    const partner = places.find((q) => link && q.id === (link.from === p.id ? link.to : link.from));
    const [x, y] = partner
      ? edgePoint(projection, [partner.lon, partner.lat], [p.lon, p.lat], {
          width: o.width,
          height: o.height,
          margin: 8,
        })
      : [Math.min(Math.max(at[0], 8), o.width - 8), Math.min(Math.max(at[1], 8), o.height - 8)];
    return { ...p, x: round(x), y: round(y), off: true };
  });
  const byId = new Map(located.map((p) => [p.id, p]));
  const labelInput: LabelInput[] = located.map((p) => ({
    id: p.id,
    text: p.name,
    x: p.x,
    y: p.y,
    priority: p.indonesian ? 1 : 0,
  }));
  const labels = new Map(
    placeLabels(labelInput, { width: o.width, height: o.height, fontSize: o.fontSize, pointRadius: 5 }).map((l) => [
      l.id,
      l,
    ]),
  );
  const highlight = new Set(places.flatMap((p) => ISO_NUMERIC[p.country] ?? []));
  return {
    width: o.width,
    height: o.height,
    countries: countryPaths(topology, projection, o.width, o.height, highlight),
    places: located.map((p) => ({ ...p, label: labels.get(p.id) as PlacedLabel })),
    links: links.flatMap((l) => {
      const a = byId.get(l.from);
      const b = byId.get(l.to);
      if (!a || !b) return [];
      const d = path({
        type: 'LineString',
        coordinates: [
          [a.lon, a.lat],
          [b.lon, b.lat],
        ],
      });
      // The middle of the arc; for an arc that leaves a focused view, the middle of its part in view.
      const [mx, my] =
        a.off || b.off
          ? [(a.x + b.x) / 2, (a.y + b.y) / 2]
          : (projection(geoInterpolate([a.lon, a.lat], [b.lon, b.lat])(0.5)) ?? [a.x, a.y]);
      return d ? [{ ...l, d, mid: { x: round(mx), y: round(my) } }] : [];
    }),
  };
}
