/** Map geometry (src/lib/viz/geo.ts): projection fitted to the places, arcs, countries culled to the view. */
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../../../src/lib/model/atlas.ts';
import { loadCorpus } from '../../../src/lib/content/load.ts';
import { fitProjection, layoutMap, type MapLink, type MapPlace } from '../../../src/lib/viz/geo.ts';

const topology = world as unknown as Topology;
const real = buildAtlas(loadCorpus(process.cwd(), 'content'));

/** Normalise an SVG for snapshots: one element per line, numbers to one decimal. */

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
