/**
 * SVG renderers, pure: layouts (geo.ts, charts.ts) to SVG strings, rendered at build time.
 * Every figure has role="img", a <title> and a <desc>; meaning is carried by shape and text,
 * not colour alone. Colours come from CSS classes (light and dark themes).
 */
import type { MapLayout } from './geo.ts';
import { attrs, esc, frame, round1 } from './svg-frame.ts';
import type { TimelineLayout } from './charts.ts';
import { textWidth } from './labels.ts';

/**
 * The map as SVG. `hit` is the side, in the map's own units, of the square that is 24 CSS px at
 * the narrowest width the map is shown at: every city link and arc link gets an invisible tap area
 * at least that big (WCAG 2.5.8), a square over the point and its label, a disc on the arc's middle.
 */
export function mapSvg(
  layout: MapLayout,
  o: { id: string; title: string; desc: string; fontSize: number; hit: number },
): string {
  const { width: w, height: h } = layout;
  const countries = layout.countries
    .map((c) => `<path${attrs({ class: c.highlighted ? 'country hl' : 'country', d: c.d })}/>`)
    .join('');
  const links = layout.links
    .map(
      (l) =>
        `<a${attrs({ href: l.href, 'data-pairing': l.id, 'data-sectors': l.sectors.join(' '), 'data-cities': `${l.from} ${l.to}` })}><path${attrs({ class: l.inferred ? 'arc inferred' : 'arc', d: l.d })}/><circle${attrs({ class: 'hit', cx: l.mid.x, cy: l.mid.y, r: round1(o.hit / 2) })}/><title>${esc(l.title)}</title></a>`,
    )
    .join('');
  const places = layout.places
    .map((p) => {
      const mark = p.indonesian
        ? `<rect${attrs({ class: p.off ? 'pt id off' : 'pt id', x: p.x - 4.5, y: p.y - 4.5, width: 9, height: 9 })}/>`
        : `<circle${attrs({ class: p.off ? 'pt partner off' : 'pt partner', cx: p.x, cy: p.y, r: 4.5 })}/>`;
      const label = p.label.visible
        ? `<text${attrs({ x: p.label.x, y: p.label.y, 'text-anchor': p.label.anchor })}>${esc(p.name)}</text>`
        : '';
      const area = hitBox(p, o.hit);
      return `<a${attrs({ href: p.href, 'data-city': p.id, 'data-country': p.country.toLowerCase(), 'data-sectors': p.sectors.join(' ') })}><rect${attrs({ class: 'hit', ...area })}/>${mark}${label}<title>${esc(p.title)}</title></a>`;
    })
    .join('');
  const body = `<rect class="sea" width="${w}" height="${h}"/><g class="countries">${countries}</g><g class="links">${links}</g><g class="places" font-size="${o.fontSize}">${places}</g>`;
  return frame(o.id, w, h, o.title, o.desc, body, 'atlas-map', 'group');
}

/** A place's tap area: its point and visible label, grown to at least `hit` on each side. */
function hitBox(p: MapLayout['places'][number], hit: number): Record<'x' | 'y' | 'width' | 'height', number> {
  const b = p.label.visible
    ? {
        x0: Math.min(p.x - 5, p.label.box.x0),
        y0: Math.min(p.y - 5, p.label.box.y0),
        x1: Math.max(p.x + 5, p.label.box.x1),
        y1: Math.max(p.y + 5, p.label.box.y1),
      }
    : { x0: p.x - 5, y0: p.y - 5, x1: p.x + 5, y1: p.y + 5 };
  const w = Math.max(hit, b.x1 - b.x0);
  const h = Math.max(hit, b.y1 - b.y0);
  const cx = (b.x0 + b.x1) / 2;
  const cy = (b.y0 + b.y1) / 2;
  return { x: round1(cx - w / 2), y: round1(cy - h / 2), width: round1(w), height: round1(h) };
}

/** Column headers wrapped onto up to four lines to fit the column width. */
function columnHeads(
  cols: readonly string[],
  labels: Record<string, string>,
  left: number,
  colW: number,
  top: number,
): string {
  return cols
    .map((c, i) => {
      const words = (labels[c] ?? c).split(' ');
      const lines: string[] = [''];
      for (const word of words) {
        const cur = lines[lines.length - 1] as string;
        if (cur !== '' && textWidth(`${cur} ${word}`, 11) > colW - 6 && lines.length < 4) lines.push(word);
        else lines[lines.length - 1] = cur === '' ? word : `${cur} ${word}`;
      }
      const x = left + i * colW + colW / 2;
      return `<text x="${x}" y="${top - 8 - (lines.length - 1) * 12}" text-anchor="middle" font-size="11">${lines.map((t, k) => `<tspan x="${x}" dy="${k === 0 ? 0 : 12}">${esc(t)}</tspan>`).join('')}</text>`;
    })
    .join('');
}

export interface GridLabels {
  title: string;
  desc: string;
  rows: Record<string, string>;
  cols: Record<string, string>;
}

/**
 * The grid both case charts share: row labels on the left, wrapped case names on top, one ruled row
 * per entry; `cell` draws the marks of one row (given the row's centre line and each column's centre).
 */
function caseGrid(
  rows: readonly string[],
  cols: readonly string[],
  l: GridLabels,
  extraHeight: number,
  cell: (row: string, cy: number, cx: (col: string) => number) => string,
): { width: number; height: number; top: number; rowH: number; body: string } {
  const fs = 12;
  const left = Math.max(...rows.map((r) => textWidth(l.rows[r] ?? r, fs))) + 12;
  const colW = 104;
  const top = 64;
  const rowH = 26;
  const width = left + cols.length * colW + 8;
  const height = top + rows.length * rowH + extraHeight;
  const cx = (col: string) => left + cols.indexOf(col) * colW + colW / 2;
  const body = rows
    .map((r, j) => {
      const y = top + j * rowH;
      return `<g><line class="grid" x1="0" x2="${width}" y1="${y + rowH}" y2="${y + rowH}"/><text x="0" y="${y + rowH / 2 + 4}" font-size="${fs}">${esc(l.rows[r] ?? r)}</text>${cell(r, y + rowH / 2, cx)}</g>`;
    })
    .join('');
  return { width, height, top, rowH, body: `${columnHeads(cols, l.cols, left, colW, top)}${body}` };
}

/** The matrix's key: each kind of mark, drawn, and what it means. */
export type MatrixLegend = { cell: { agreed: boolean; realised: boolean }; text: string }[];

/** The mark of one sector × case cell: ◆ realised, □ agreed, both (◆ in □), • only mentioned. */
export function matrixMark(cell: { agreed: boolean; realised: boolean }, cx: number, cy: number): string {
  const shape = cell.realised
    ? `<path class="${cell.agreed ? 'sym agreed realised' : 'sym realised'}" d="M${cx} ${cy - 7}L${cx + 7} ${cy}L${cx} ${cy + 7}L${cx - 7} ${cy}Z"/>`
    : cell.agreed
      ? `<rect class="sym agreed" x="${cx - 6}" y="${cy - 6}" width="12" height="12"/>`
      : `<circle class="sym mentioned" cx="${cx}" cy="${cy}" r="3"/>`;
  const agreedMark =
    cell.agreed && cell.realised
      ? `<rect class="sym agreed-outline" x="${cx - 9}" y="${cy - 9}" width="18" height="18"/>`
      : '';
  return `${agreedMark}${shape}`;
}

/** Sector × case matrix: ◆ realised, □ agreed only, ◆ in □ both, • mentioned; the count of findings beside it. */
export function matrixSvg(
  m: {
    rows: string[];
    cols: string[];
    cells: { row: string; col: string; agreed: boolean; realised: boolean; findings: number }[];
  },
  l: GridLabels & { legend: MatrixLegend },
  id: string,
): string {
  const g = caseGrid(m.rows, m.cols, l, 24 + Math.ceil(l.legend.length / 2) * 22, (r, cy, centre) =>
    m.cols
      .map((c) => {
        const cell = m.cells.find((x) => x.row === r && x.col === c);
        if (!cell || (!cell.agreed && cell.findings === 0)) return '';
        const cx = centre(c) - 10;
        return `<g>${matrixMark(cell, cx, cy)}<text x="${cx + 12}" y="${cy + 4}" font-size="11">${cell.findings}</text></g>`;
      })
      .join(''),
  );
  const ly = g.top + m.rows.length * g.rowH + 24;
  const legend = l.legend
    .map((k, i) => {
      // Two entries to a line.
      const x = (i % 2) * Math.ceil(g.width / 2);
      const y = ly + Math.floor(i / 2) * 22;
      return `<g>${matrixMark(k.cell, x + 9, y - 4)}<text x="${x + 22}" y="${y}" font-size="11">${esc(k.text)}</text></g>`;
    })
    .join('');
  return frame(id, g.width, g.height, l.title, l.desc, `${g.body}${legend}`, 'chart matrix');
}

/** Obstacles by category and case: the count in each cell, with a dot sized by it. */
export function obstacleSvg(
  m: { rows: string[]; cols: string[]; counts: { row: string; col: string; n: number }[] },
  l: GridLabels,
  id: string,
): string {
  const g = caseGrid(m.rows, m.cols, l, 8, (r, cy, centre) =>
    m.counts
      .filter((c) => c.row === r && c.n > 0)
      .map((c) => {
        const cx = centre(c.col);
        return `<circle class="dot" cx="${cx - 8}" cy="${cy}" r="${3 + 2 * c.n}"/><text x="${cx + 2 + 2 * c.n}" y="${cy + 4}" font-size="11">${c.n}</text>`;
      })
      .join(''),
  );
  return frame(id, g.width, g.height, l.title, l.desc, g.body, 'chart obstacles');
}

const EVENT_SYMBOL: Record<string, string> = {
  exploration: '○',
  friendship: '◇',
  loi: '△',
  mou: '■',
  'action-plan': '▲',
  evaluation: '●',
  renewal: '◆',
};
export const eventSymbol = (type: string) => EVENT_SYMBOL[type] ?? '•';

/** Agreement timeline: a year axis and one row per pairing; external events are drawn hollow and marked. */
export function timelineSvg(
  t: TimelineLayout,
  l: {
    title: string;
    desc: string;
    rows: Record<string, string>;
    events: Record<string, string>;
    external: string;
    undated: string;
  },
  id: string,
): string {
  const axisY = t.height - 18;
  const ticks = t.ticks
    .map(
      (k) =>
        `<line class="grid" x1="${k.x}" x2="${k.x}" y1="0" y2="${axisY}"/><text x="${k.x}" y="${t.height - 4}" text-anchor="middle" font-size="11">${k.year}</text>`,
    )
    .join('');
  const rows = t.rows
    .map((r) => {
      const label = `<text x="0" y="${r.y - 12}" font-size="12">${esc(l.rows[r.pairing] ?? r.pairing)}</text>`;
      const events = r.events
        .map((e) => {
          const ext = e.provenance === 'external';
          return `<g class="ev${ext ? ' external' : ''}"><text class="sym" x="${e.x}" y="${r.y + 5}" text-anchor="middle" font-size="14">${eventSymbol(e.type)}</text><text x="${e.x + 9}" y="${r.y + 4}" font-size="11">${esc(l.events[e.type] ?? e.type)}${ext ? ` (${esc(l.external)})` : ''}</text></g>`;
        })
        .join('');
      const undated = t.undated
        .filter((u) => u.pairing === r.pairing)
        .map((u) => `${l.events[u.type] ?? u.type}${u.provenance === 'external' ? ` (${l.external})` : ''}`);
      const note =
        undated.length > 0
          ? `<text class="undated" x="${t.ticks[t.ticks.length - 1]?.x ?? t.width}" y="${r.y - 12}" text-anchor="end" font-size="11">${esc(`${undated.join(', ')}: ${l.undated}`)}</text>`
          : '';
      return `<g data-pairing="${esc(r.pairing)}">${note}<line class="row" x1="${t.ticks[0]?.x ?? 0}" x2="${t.ticks[t.ticks.length - 1]?.x ?? t.width}" y1="${r.y}" y2="${r.y}"/>${label}${events}</g>`;
    })
    .join('');
  return frame(id, t.width, t.height, l.title, l.desc, `${ticks}${rows}`, 'chart timeline');
}
