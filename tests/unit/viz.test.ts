/** Map and chart layouts: unit tests on fixed inputs, and file snapshots of the normalised SVG. */
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../../src/lib/model/atlas.ts';
import { loadCorpus } from '../../src/lib/content/load.ts';
import { decimalYear, obstacleMatrix, scorecards, sectorCaseMatrix, timelineLayout } from '../../src/lib/viz/charts.ts';
import { fitProjection, ISO_NUMERIC, layoutMap, type MapLink, type MapPlace } from '../../src/lib/viz/geo.ts';
import { escapeXml } from '../../src/lib/shared/escape.ts';
import { mapInputs } from '../../src/lib/viz/inputs.ts';
import { routes } from '../../src/lib/shared/routes.ts';
import { placeLabels, textWidth } from '../../src/lib/viz/labels.ts';
import { mapSvg, matrixSvg, obstacleSvg, scorecardSvg, timelineSvg } from '../../src/lib/viz/svg.ts';

const topology = world as unknown as Topology;
const fixture = buildAtlas(loadCorpus(process.cwd(), 'tests/fixtures/valid'));
const real = buildAtlas(loadCorpus(process.cwd(), 'content'));

/** Normalise an SVG for snapshots: one element per line, numbers to one decimal. */
const normalise = (svg: string) => svg.replace(/(\d+\.\d)\d+/g, '$1').replace(/></g, '>\n<');

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

  it('has a world-atlas id for every country the atlas uses', () => {
    for (const cc of real.countries) expect(ISO_NUMERIC[cc], cc).toBeDefined();
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

describe('label placement', () => {
  it('places labels without overlaps, inside the view, deterministically', () => {
    const inputs = Array.from({ length: 12 }, (_, i) => ({
      id: `p${i}`,
      text: `Place ${i}`,
      x: 100 + (i % 4) * 30,
      y: 100 + Math.floor(i / 4) * 14,
      priority: i % 2,
    }));
    const o = { width: 400, height: 300, fontSize: 12, pointRadius: 5 };
    const a = placeLabels(inputs, o);
    expect(placeLabels(inputs, o)).toEqual(a);
    const shown = a.filter((l) => l.visible);
    for (const l of shown) {
      expect(l.box.x0).toBeGreaterThanOrEqual(0);
      expect(l.box.x1).toBeLessThanOrEqual(400);
      for (const m of shown)
        if (m !== l)
          expect(l.box.x0 < m.box.x1 && m.box.x0 < l.box.x1 && l.box.y0 < m.box.y1 && m.box.y0 < l.box.y1).toBe(false);
    }
    expect(shown.length).toBeGreaterThan(4);
    expect(shown.length).toBeLessThan(12);
  });

  it('prefers the right of the point, then the left at the right edge', () => {
    const [right, left] = placeLabels(
      [
        { id: 'a', text: 'Alpha', x: 50, y: 50, priority: 0 },
        { id: 'b', text: 'Beta', x: 395, y: 200, priority: 0 },
      ],
      { width: 400, height: 300, fontSize: 12, pointRadius: 5 },
    );
    expect(right!.anchor).toBe('start');
    expect(left!.anchor).toBe('end');
    expect(textWidth('Alpha', 10)).toBe(31);
  });
});

describe('chart layouts', () => {
  it('builds the sector × case matrix from agreements and outcome findings', () => {
    const m = sectorCaseMatrix(fixture);
    expect(m).toEqual({
      rows: ['health'],
      cols: ['kota-uji'],
      cells: [{ row: 'health', col: 'kota-uji', agreed: true, realised: false, findings: 1 }],
    });
    const r = sectorCaseMatrix(real);
    const semarangHealth = r.cells.find((c) => c.row === 'health' && c.col === 'semarang-jung-gu');
    expect(semarangHealth?.agreed).toBe(true);
    expect(r.cells.find((c) => c.row === 'environment' && c.col === 'bandung-kawasaki')?.realised).toBe(true);
  });

  it('counts obstacles per category and case', () => {
    expect(obstacleMatrix(fixture).counts).toEqual([
      { row: 'budget', col: 'kota-uji', n: 1, findings: ['uji-budget'] },
    ]);
    const r = obstacleMatrix(real);
    expect(r.rows).toContain('pandemic');
    expect(r.counts.find((c) => c.row === 'budget' && c.col === 'semarang-jung-gu')?.n).toBeGreaterThan(0);
  });

  it('scores each framework element, unnamed ones as not stated', () => {
    expect(scorecards(fixture)[0]?.elements.map((e) => [e.id, e.verdict, e.label?.en])).toEqual([
      ['commitment', 'not-met', 'Commitment'],
      ['unnamed-1', 'not-stated', undefined],
    ]);
    const semarang = scorecards(real, 'semarang-jung-gu')[0];
    expect(semarang?.elements.filter((e) => e.verdict === 'not-met')).toHaveLength(3);
  });

  it('places dated events on a year axis and keeps undated ones apart', () => {
    expect(decimalYear('2016')).toBe(2016);
    expect(decimalYear('2016-07')).toBe(2016.5);
    const t = timelineLayout(real.pairings, { width: 720, rowHeight: 40, left: 20, right: 100, top: 20 });
    expect(t.ticks[0]?.year).toBe(2013);
    expect(t.ticks.at(-1)?.year).toBe(2019);
    const smg = t.rows.find((r) => r.pairing === 'semarang-jung-gu-ulsan');
    expect(smg?.events.map((e) => e.type)).toEqual(['friendship', 'mou', 'evaluation']);
    expect(smg?.events[0]?.provenance).toBe('external');
    expect(t.undated.some((u) => u.pairing === 'ambon-vlissingen' && u.type === 'mou')).toBe(true);
    const xs = smg?.events.map((e) => e.x) ?? [];
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });

  it('builds map inputs with links, inferred marks and sectors', () => {
    const { places, links } = mapInputs(real, routes('en', '/'));
    expect(places).toHaveLength(real.cities.length);
    expect(links.find((l) => l.id === 'padang-ba-ria-vung-tau')?.inferred).toBe(true);
    expect(links.find((l) => l.id === 'semarang-jung-gu-ulsan')?.sectors).toContain('health');
    const inset = mapInputs(real, routes('en', '/'), { cities: ['darwin'] });
    expect(inset.places.map((p) => p.id).sort()).toEqual(['ambon', 'darwin']);
  });
});

describe('SVG snapshots (fixture content, fixed sizes)', () => {
  const lang = 'en' as const;
  it('map', async () => {
    const { places, links } = mapInputs(fixture, routes(lang, '/'));
    const svg = mapSvg(layoutMap(topology, places, links, { width: 480, height: 300, padding: 30, fontSize: 12 }), {
      id: 'm',
      title: 'Map',
      desc: 'Two places',
      fontSize: 12,
    });
    expect(svg).toMatch(
      /^<svg viewBox="0 0 480 300" role="group" aria-roledescription="map" aria-labelledby="m-t m-d"/,
    );
    expect(svg).toContain('data-city="alfa"');
    expect(svg).toContain('data-pairing="alfa-beta"');
    await expect(normalise(svg)).toMatchFileSnapshot('__snapshots__/map.svg');
  });
  it('matrix', async () => {
    const svg = matrixSvg(
      sectorCaseMatrix(fixture),
      {
        title: 'M',
        desc: 'D',
        rows: { health: 'Health' },
        cols: { 'kota-uji': 'Kota Uji' },
        legend: [['◆', 'outcome']],
      },
      'mx',
    );
    await expect(normalise(svg)).toMatchFileSnapshot('__snapshots__/matrix.svg');
  });
  it('obstacles', async () => {
    const svg = obstacleSvg(
      obstacleMatrix(fixture),
      { title: 'O', desc: 'D', rows: { budget: 'Budget' }, cols: { 'kota-uji': 'Kota Uji' } },
      'ob',
    );
    await expect(normalise(svg)).toMatchFileSnapshot('__snapshots__/obstacles.svg');
  });
  it('scorecard', async () => {
    const svg = scorecardSvg(
      scorecards(fixture)[0]!,
      {
        title: 'S',
        desc: 'D',
        unnamed: 'unnamed',
        verdicts: { met: 'met', 'not-met': 'not met', partial: 'partial', 'not-stated': 'not stated' },
        lang,
      },
      'sc',
    );
    await expect(normalise(svg)).toMatchFileSnapshot('__snapshots__/scorecard.svg');
  });
  it('timeline', async () => {
    const t = timelineLayout(fixture.pairings, { width: 400, rowHeight: 40, left: 20, right: 80, top: 20 });
    const svg = timelineSvg(
      t,
      {
        title: 'T',
        desc: 'D',
        rows: { 'alfa-beta': 'Alfa – Beta' },
        events: { mou: 'MoU' },
        external: 'external',
        undated: 'no date',
      },
      'tl',
    );
    await expect(normalise(svg)).toMatchFileSnapshot('__snapshots__/timeline.svg');
  });
  it('escapes text', () => {
    expect(escapeXml('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
  });
});

describe('pick', () => {
  it("looks items up by key, in the list's own order, without repeats or unknown keys", async () => {
    const { pick } = await import('../../src/lib/model/atlas.ts');
    const all = [{ id: 'c' }, { id: 'a' }, { id: 'b' }];
    expect(pick(all, (x) => x.id, ['b', 'zz', 'c', 'b'])).toEqual([{ id: 'c' }, { id: 'b' }]);
    expect(pick(all, (x) => x.id, [])).toEqual([]);
  });
});

describe('limits', () => {
  it('caps and pages lists', async () => {
    const { cap, pages } = await import('../../src/lib/model/limits.ts');
    expect(cap([1, 2, 3], 2)).toEqual({ shown: [1, 2], hidden: 1 });
    expect(cap([1], 2)).toEqual({ shown: [1], hidden: 0 });
    expect(pages([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages([], 2)).toEqual([[]]);
  });
  it('links a few pages around the current one, not all of them', async () => {
    const { pagerItems } = await import('../../src/lib/model/limits.ts');
    expect(pagerItems(1, 1)).toEqual([1]);
    expect(pagerItems(2, 4)).toEqual([1, 2, 3, 4]);
    expect(pagerItems(1, 1000)).toEqual([1, 2, 3, 'gap', 1000]);
    expect(pagerItems(500, 1000)).toEqual([1, 'gap', 498, 499, 500, 501, 502, 'gap', 1000]);
    expect(pagerItems(4, 1000)).toEqual([1, 2, 3, 4, 5, 6, 'gap', 1000]);
    expect(pagerItems(1000, 1000)).toEqual([1, 'gap', 998, 999, 1000]);
  });
});
