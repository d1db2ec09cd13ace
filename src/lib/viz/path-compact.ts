/**
 * Shorter SVG path data for country outlines. d3's geoPath rounded to whole pixels repeats points
 * (`L150,94L150,94L150,94`) and keeps islands that round to a single pixel; this drops both and
 * writes the rest as relative moves (`l1,0 0,-1`), which gzip compresses far better. The shape drawn
 * is the same to the pixel.
 */

type Point = readonly [number, number];

const RING = /M[^M]*/g;
const NUMBER = /-?\d+(?:\.\d+)?(?:e-?\d+)?/g;

/** A ring's points with consecutive repeats (and a closing repeat of the first point) removed. */
function ringPoints(ring: string): Point[] {
  const nums = (ring.match(NUMBER) ?? []).map(Number);
  const points: Point[] = [];
  for (let i = 0; i + 1 < nums.length; i += 2) {
    const p: Point = [nums[i] as number, nums[i + 1] as number];
    const last = points.at(-1);
    if (!last || last[0] !== p[0] || last[1] !== p[1]) points.push(p);
  }
  const first = points[0];
  const last = points.at(-1);
  if (points.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) points.pop();
  return points;
}

const num = (n: number) => String(Math.round(n * 10) / 10);

/**
 * Compact path data made only of M, L and Z commands (what d3's geoPath writes for polygons and
 * lines). Closed rings with fewer than three distinct points (no area at this precision) are
 * dropped; open lines keep two points or more. Path data with other commands is returned unchanged.
 */
export function compactPath(d: string): string {
  if (/[^MLZ\d\s,.\-e]/.test(d)) return d;
  const out: string[] = [];
  for (const ring of d.match(RING) ?? []) {
    const closed = ring.includes('Z');
    const points = ringPoints(ring);
    if (points.length < (closed ? 3 : 2)) continue;
    const [start, ...rest] = points as [Point, ...Point[]];
    let prev = start;
    const moves = rest.map((p) => {
      const move = `${num(p[0] - prev[0])},${num(p[1] - prev[1])}`;
      prev = p;
      return move;
    });
    out.push(`M${num(start[0])},${num(start[1])}l${moves.join(' ')}${closed ? 'Z' : ''}`);
  }
  return out.join('');
}
