/**
 * Deterministic label placement: each label tries eight positions around its point, in a fixed
 * order, and takes the first that overlaps no placed label, no point and stays inside the view.
 * Higher-priority labels are placed first; a label with no free position is hidden (the point
 * keeps its name in its link title and in the data table).
 */
export interface LabelInput {
  id: string;
  text: string;
  x: number;
  y: number;
  priority: number;
}

export interface PlacedLabel {
  id: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  visible: boolean;
  /** Box of the label, for tests. */
  box: Box;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Approximate text width: 0.62 em per character (system sans-serif, generous). */
export const textWidth = (text: string, fontSize: number) => Math.ceil(text.length * fontSize * 0.62);

export function placeLabels(
  inputs: readonly LabelInput[],
  o: { width: number; height: number; fontSize: number; pointRadius: number },
): PlacedLabel[] {
  const gap = o.pointRadius + 3;
  const h = o.fontSize;
  const points: Box[] = inputs.map((p) => ({
    x0: p.x - o.pointRadius,
    y0: p.y - o.pointRadius,
    x1: p.x + o.pointRadius,
    y1: p.y + o.pointRadius,
  }));
  const placed: Box[] = [];
  const order = [...inputs].sort(
    (a, b) => b.priority - a.priority || a.y - b.y || a.x - b.x || a.id.localeCompare(b.id),
  );
  const result = new Map<string, PlacedLabel>();
  for (const p of order) {
    const w = textWidth(p.text, o.fontSize);
    // [dx, dy] of the text anchor and its alignment: right, left, above, below, then the diagonals.
    const candidates: [number, number, PlacedLabel['anchor']][] = [
      [gap, h * 0.35, 'start'],
      [-gap, h * 0.35, 'end'],
      [0, -gap - 2, 'middle'],
      [0, gap + h * 0.8, 'middle'],
      [gap, -gap, 'start'],
      [-gap, -gap, 'end'],
      [gap, gap + h * 0.6, 'start'],
      [-gap, gap + h * 0.6, 'end'],
    ];
    let chosen: PlacedLabel | undefined;
    for (const [dx, dy, anchor] of candidates) {
      const x = Math.round((p.x + dx) * 10) / 10;
      const y = Math.round((p.y + dy) * 10) / 10;
      const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
      const box = { x0, y0: y - h * 0.8, x1: x0 + w, y1: y + h * 0.25 };
      const inside = box.x0 >= 0 && box.y0 >= 0 && box.x1 <= o.width && box.y1 <= o.height;
      if (inside && !placed.some((b) => overlaps(b, box)) && !points.some((b) => overlaps(b, box))) {
        chosen = { id: p.id, x, y, anchor, visible: true, box };
        break;
      }
    }
    if (chosen) placed.push(chosen.box);
    result.set(
      p.id,
      chosen ?? {
        id: p.id,
        x: p.x,
        y: p.y,
        anchor: 'middle',
        visible: false,
        box: { x0: p.x, y0: p.y, x1: p.x, y1: p.y },
      },
    );
  }
  return inputs.map((p) => result.get(p.id) as PlacedLabel);
}

/** Words broken into lines of at most `maxWidth` (by textWidth); a word longer than that has a line of its own. */
export function wrapText(text: string, fontSize: number, maxWidth: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && textWidth(`${last} ${word}`, fontSize) <= maxWidth)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length > 0 ? lines : [''];
}
