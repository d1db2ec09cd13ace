/** Compact country outlines (src/lib/viz/path-compact.ts): the same shapes in shorter path data. */
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import { geoNaturalEarth1, geoPath } from 'd3';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compactPath } from '../../../src/lib/viz/path-compact.ts';

/** Absolute points of each subpath of M/l/L/Z path data (an independent reader for the test). */
function rings(d: string): { points: string[]; closed: boolean }[] {
  return (d.match(/M[^M]*/g) ?? []).map((sub) => {
    const relative = /l/.test(sub);
    const nums = (sub.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
    const points: string[] = [];
    let x = 0;
    let y = 0;
    for (let i = 0; i + 1 < nums.length; i += 2) {
      const [a, b] = [nums[i] as number, nums[i + 1] as number];
      [x, y] = i === 0 || !relative ? [a, b] : [x + a, y + b];
      const p = `${(Math.round(x * 10) / 10).toString()},${(Math.round(y * 10) / 10).toString()}`;
      if (points.at(-1) !== p) points.push(p);
    }
    if (points.length > 1 && points[0] === points.at(-1)) points.pop();
    return { points, closed: sub.includes('Z') };
  });
}

describe('compactPath', () => {
  it('drops repeated points and writes relative moves', () => {
    expect(compactPath('M10,10L10,10L12,10L12,13L12,13L10,10Z')).toBe('M10,10l2,0 0,3Z');
  });

  it('drops closed rings without area at this precision and keeps the rest', () => {
    expect(compactPath('M5,5L5,5L5,5ZM1,1L3,1L3,3Z')).toBe('M1,1l2,0 0,2Z');
    expect(compactPath('M5,5L6,5L5,5Z')).toBe('');
  });

  it('keeps open lines of two points, with decimals', () => {
    expect(compactPath('M0.5,1.5L2.7,1.5L2.7,0.1')).toBe('M0.5,1.5l2.2,0 0,-1.4');
  });

  it('returns path data with other commands unchanged', () => {
    expect(compactPath('M0,0C1,1,2,2,3,3')).toBe('M0,0C1,1,2,2,3,3');
  });

  it('draws every country of the world atlas through the same points, in less than half the gzipped bytes', () => {
    const topology = world as unknown as Topology;
    const countries = feature(topology, topology.objects['countries'] as GeometryCollection) as FeatureCollection;
    const path = geoPath(geoNaturalEarth1().fitSize([560, 320], countries)).digits(0);
    const before: string[] = [];
    const after: string[] = [];
    for (const f of countries.features) {
      const d = path(f) ?? '';
      const compact = compactPath(d);
      before.push(d);
      after.push(compact);
      const kept = rings(d).filter((r) => r.points.length >= (r.closed ? 3 : 2));
      expect(rings(compact), String(f.id)).toEqual(kept);
    }
    const gz = (paths: string[]) => gzipSync(paths.join('"/><path d="')).length;
    expect(gz(after)).toBeLessThan(gz(before) / 2);
  });
});
