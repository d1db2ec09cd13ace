/** Label placement (src/lib/viz/labels.ts): no overlaps, inside the view, deterministic. */
import { describe, expect, it } from 'vitest';
import { placeLabels, textWidth } from '../../../src/lib/viz/labels.ts';

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
