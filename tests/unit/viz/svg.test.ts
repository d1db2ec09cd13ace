/** SVG rendering (src/lib/viz/svg.ts): file snapshots of the normalised SVG, on the fixture at fixed sizes. */
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../../../src/lib/model/atlas.ts';
import { loadCorpus } from '../../../src/lib/content/load.ts';
import { obstacleMatrix, sectorCaseMatrix, timelineLayout } from '../../../src/lib/viz/charts.ts';
import { layoutMap } from '../../../src/lib/viz/geo.ts';
import { escapeXml } from '../../../src/lib/shared/escape.ts';
import { mapInputs } from '../../../src/lib/viz/inputs.ts';
import { routes } from '../../../src/lib/shared/routes.ts';
import { mapSvg, matrixMark, matrixSvg, obstacleSvg, timelineSvg } from '../../../src/lib/viz/svg.ts';
import { caseListLayout, PHONE_FONT, PHONE_WIDTH, timelinePhoneLayout } from '../../../src/lib/viz/phone-layouts.ts';
import { caseListSvg, timelinePhoneSvg } from '../../../src/lib/viz/svg-phone.ts';
import { textWidth } from '../../../src/lib/viz/labels.ts';

const topology = world as unknown as Topology;
const fixture = buildAtlas(loadCorpus(process.cwd(), 'tests/fixtures/valid'));

/** Normalise an SVG for snapshots: one element per line, numbers to one decimal. */
const normalise = (svg: string) => svg.replace(/(\d+\.\d)\d+/g, '$1').replace(/></g, '>\n<');

/** A phone chart: 320 units wide, every text at the phone size or larger, and no line wider than the chart. */
function expectPhoneText(svg: string) {
  expect(svg).toMatch(new RegExp(`^<svg viewBox="0 0 ${PHONE_WIDTH} `));
  const sizes = [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
  expect(sizes.length).toBeGreaterThan(0);
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(PHONE_FONT);
  for (const [, x, text] of svg.matchAll(/<tspan x="([\d.]+)"[^>]*>([^<]*)</g))
    expect(Number(x) + textWidth(text ?? '', PHONE_FONT)).toBeLessThanOrEqual(PHONE_WIDTH);
}

describe('SVG snapshots (fixture content, fixed sizes)', () => {
  const lang = 'en' as const;
  it('map', async () => {
    const { places, links } = mapInputs(fixture, routes(lang, '/'));
    const svg = mapSvg(layoutMap(topology, places, links, { width: 480, height: 300, padding: 30, fontSize: 12 }), {
      id: 'm',
      title: 'Map',
      desc: 'Two places',
      fontSize: 12,
      hit: 26,
    });
    // Every link has a tap area of at least `hit` units: a square on each place, a disc on each arc.
    for (const [, w, h] of svg.matchAll(/<rect class="hit"[^>]*width="([\d.]+)" height="([\d.]+)"/g)) {
      expect(Number(w)).toBeGreaterThanOrEqual(26);
      expect(Number(h)).toBeGreaterThanOrEqual(26);
    }
    expect(svg.match(/<rect class="hit"/g)).toHaveLength(places.length);
    expect(svg.match(/<circle class="hit"[^>]*r="13"/g)).toHaveLength(links.length);
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
        legend: [{ cell: { agreed: false, realised: true }, text: 'outcome' }],
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
  it('timeline, phone layout', async () => {
    const t = timelinePhoneLayout(fixture.pairings, {
      event: (type, external) => `${type}${external ? ' (external)' : ''}`,
      pairing: (p) => p,
      undated: 'no date',
    });
    const svg = timelinePhoneSvg(t, { title: 'T', desc: 'D' }, 'tlp');
    expectPhoneText(svg);
    await expect(normalise(svg)).toMatchFileSnapshot('__snapshots__/timeline-phone.svg');
  });
  it('matrix, phone layout', async () => {
    const m = sectorCaseMatrix(fixture);
    const cell = (r: string, c: string) => m.cells.find((x) => x.row === r && x.col === c);
    const list = caseListLayout(
      m.cols,
      m.rows,
      (r, c) => !!cell(r, c),
      {
        col: () => 'Kota Uji – a case with a long enough title to wrap onto two lines',
        row: (r, c) => `${r} (${cell(r, c)?.findings ?? 0})`,
      },
      ['◆ realised'],
    );
    const svg = caseListSvg(
      list,
      { title: 'M', desc: 'D' },
      (r, c, cx, cy) => {
        const x = cell(r, c);
        return x ? matrixMark(x, cx, cy) : '';
      },
      'mxp',
      'matrix',
    );
    expectPhoneText(svg);
    expect(list.groups[0]?.lines.length).toBe(2);
    await expect(normalise(svg)).toMatchFileSnapshot('__snapshots__/matrix-phone.svg');
  });
  it('escapes text', () => {
    expect(escapeXml('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
  });
});
