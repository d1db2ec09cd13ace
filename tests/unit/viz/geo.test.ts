/** Map geometry (src/lib/viz/geo.ts): projection fitted to the places, arcs, countries culled to the view. */
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../../../src/lib/model/atlas.ts';
import { loadCorpus } from '../../../src/lib/content/load.ts';
import { fitProjection, focusPlaces, layoutMap, type MapLink, type MapPlace } from '../../../src/lib/viz/geo.ts';

const topology = world as unknown as Topology;
const real = buildAtlas(loadCorpus(process.cwd(), 'content'));

const place = (id: string, lon: number, lat: number, indonesian = false): MapPlace => ({
  id,
  name: id,
  country: indonesian ? 'ID' : 'NL',
  lon,
  lat,
  indonesian,
  href: `/cities/${id}/`,
  title: id,
  sectors: [],
});

describe('projection', () => {
  it('fits all places inside the padded view and keeps Europe west of Indonesia and Japan', () => {
    const places = real.cities;
    const o = { width: 960, height: 520, padding: 40, fontSize: 12 };
    const projection = fitProjection(places, o);
    for (const p of places) {
      const [x, y] = projection([p.lon, p.lat]) as [number, number];
      expect(x).toBeGreaterThanOrEqual(39.5);
      expect(x).toBeLessThanOrEqual(920.5);
      expect(y).toBeGreaterThanOrEqual(39.5);
      expect(y).toBeLessThanOrEqual(480.5);
    }
    const x = (id: string) => (projection([real.city.get(id)!.lon, real.city.get(id)!.lat]) as [number, number])[0];
    expect(x('vlissingen')).toBeLessThan(x('padang'));
    expect(x('bandung')).toBeLessThan(x('kawasaki'));
  });
});

describe('arcs and countries', () => {
  const o = { width: 600, height: 400, padding: 30, fontSize: 12 };
  const places = [place('a', 3.5, 51.4), place('b', 110.4, -7, true)];
  const links: MapLink[] = [
    { id: 'a-b', from: 'b', to: 'a', inferred: false, href: '/x/', title: 'b – a', sectors: [] },
  ];
  const layout = layoutMap(topology, places, links, o);

  it('draws a great-circle arc between the two points, bending north of the straight line', () => {
    const d = layout.links[0]!.d;
    const nums = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
    const ys = nums.filter((_, i) => i % 2 === 1);
    const [pa, pb] = [layout.places[0]!, layout.places[1]!];
    expect(d.startsWith(`M${pb.x},${pb.y}`)).toBe(true);
    expect(Math.min(...ys)).toBeLessThan(Math.min(pa.y, pb.y));
    expect(ys.length).toBeGreaterThan(5);
  });

  it('keeps only countries inside the view, rounded to 0.1 px, and highlights the places\u2019 countries', () => {
    expect(layout.countries.length).toBeGreaterThan(20);
    expect(layout.countries.length).toBeLessThan(177);
    expect(layout.countries.every((c) => !/\d\.\d\d/.test(c.d))).toBe(true);
    expect(
      layout.countries
        .filter((c) => c.highlighted)
        .map((c) => c.id)
        .sort(),
    ).toEqual(['360', '528']);
  });
});

describe('focused phone map', () => {
  const jakarta = place('jakarta', 106.8, -6.2, true);
  const darwin = place('darwin', 130.8, -12.5);
  const vlissingen = place('vlissingen', 3.6, 51.4);
  const links: MapLink[] = ['darwin', 'vlissingen'].map((to) => ({
    id: `jakarta-${to}`,
    from: 'jakarta',
    to,
    inferred: false,
    href: `/${to}/`,
    title: to,
    sectors: [],
  }));
  const o = { width: 320, height: 300, padding: 24, fontSize: 12.5 };

  it('keeps the places near Indonesia and leaves the far ones out', () => {
    expect([...focusPlaces([jakarta, darwin, vlissingen], 6500)].sort()).toEqual(['darwin', 'jakarta']);
    // With no Indonesian place there is nothing to centre on: every place is kept.
    expect(focusPlaces([darwin, vlissingen], 6500).size).toBe(2);
  });

  it('fits the view to the focus and draws a far partner at the edge, where its arc leaves the view', () => {
    const focus = focusPlaces([jakarta, darwin, vlissingen], 6500);
    const l = layoutMap(topology, [jakarta, darwin, vlissingen], links, { ...o, focus });
    const [j, d, v] = l.places;
    expect([j?.off, d?.off, v?.off]).toEqual([false, false, true]);
    for (const p of l.places) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(o.width);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(o.height);
    }
    // Near an edge (within the 8-unit margin plus one sampling step), north-west of Jakarta, towards Europe.
    const edge = Math.min(v!.x, v!.y, o.width - v!.x, o.height - v!.y);
    expect(edge).toBeLessThan(40);
    expect(v!.x).toBeLessThan(j!.x);
    expect(v!.y).toBeLessThan(j!.y);
    // Jakarta and Darwin span the view, not a corner of it.
    expect(Math.abs(d!.x - j!.x)).toBeGreaterThan(o.width / 2);
  });
});
