/** Chart and map inputs (src/lib/viz/charts.ts, inputs.ts): layouts from the atlas, on the fixture and (deliberately) on the real content. */
import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../../../src/lib/model/atlas.ts';
import { loadCorpus } from '../../../src/lib/content/load.ts';
import {
  decimalYear,
  obstacleMatrix,
  scorecards,
  sectorCaseMatrix,
  timelineLayout,
} from '../../../src/lib/viz/charts.ts';
import { mapInputs } from '../../../src/lib/viz/inputs.ts';
import { routes } from '../../../src/lib/shared/routes.ts';

const fixture = buildAtlas(loadCorpus(process.cwd(), 'tests/fixtures/valid'));
const real = buildAtlas(loadCorpus(process.cwd(), 'content'));

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
