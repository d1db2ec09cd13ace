/**
 * SVG renderers of the phone layouts (phone-layouts.ts), pure. Same conventions as svg.ts: one
 * image with a <title> and <desc>, meaning in shapes and words, colours from CSS classes.
 */
import { PHONE_FONT, PHONE_LINE, type PhoneList, type PhoneTimeline } from './phone-layouts.ts';
import { esc, frame } from './svg-frame.ts';
import { eventSymbol } from './svg.ts';

interface Described {
  title: string;
  desc: string;
}

/** Lines of text from (x, y), one tspan per line. */
const lines = (x: number, y: number, texts: readonly string[], extra = '') =>
  `<text x="${x}" y="${y}" font-size="${PHONE_FONT}"${extra}>${texts.map((t, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : PHONE_LINE}">${esc(t)}</tspan>`).join('')}</text>`;

/** The vertical timeline: years down the left, each event's mark on the axis, its label beside it. */
export function timelinePhoneSvg(t: PhoneTimeline, l: Described, id: string): string {
  const first = t.ticks[0]?.y ?? 0;
  const last = t.ticks[t.ticks.length - 1]?.y ?? 0;
  const ticks = t.ticks
    .map(
      (k) =>
        `<line class="grid" x1="${t.axis - 5}" x2="${t.axis + 5}" y1="${k.y}" y2="${k.y}"/><text x="${t.axis - 9}" y="${k.y + 4}" text-anchor="end" font-size="${PHONE_FONT}">${k.year}</text>`,
    )
    .join('');
  const events = t.events
    .map((e) => {
      const lead = `<line class="grid" x1="${t.axis + 7}" y1="${e.at}" x2="${t.textX - 4}" y2="${e.y - 4}"/>`;
      return `<g class="ev${e.external ? ' external' : ''}" data-pairing="${esc(e.pairing)}"><text class="sym" x="${t.axis}" y="${e.at + 5}" text-anchor="middle" font-size="14">${eventSymbol(e.type)}</text>${lead}${lines(t.textX, e.y, e.lines)}</g>`;
    })
    .join('');
  const undated = t.undated.map((u) => lines(0, u.y, u.lines, ' class="undated"')).join('');
  const axis = `<line class="row" x1="${t.axis}" x2="${t.axis}" y1="${first}" y2="${last}"/>`;
  return frame(id, t.width, t.height, l.title, l.desc, `${axis}${ticks}${events}${undated}`, 'chart timeline phone');
}

/**
 * A case grid as a list: each case's name in bold, then its rows, `mark` drawing the cell's mark
 * centred at (cx, cy) left of the row's words.
 */
export function caseListSvg(
  list: PhoneList,
  l: Described,
  mark: (row: string, col: string, cx: number, cy: number) => string,
  id: string,
  cls: string,
  /** The drawn mark of each key entry (list.legend), centred at (cx, cy). */
  keyMark: (index: number, cx: number, cy: number) => string = () => '',
): string {
  const body = list.groups
    .map((g) => {
      const head = lines(0, g.y, g.lines, ' font-weight="600"');
      const items = g.items
        .map((i) => `<g>${mark(i.row, g.col, 14, i.y - 4)}${lines(list.textX, i.y, i.lines)}</g>`)
        .join('');
      return `<g data-case="${esc(g.col)}">${head}${items}</g>`;
    })
    .join('');
  const legend = list.legend
    .map((k, i) => `<g>${keyMark(i, 14, k.y - 4)}${lines(list.textX, k.y, [k.text])}</g>`)
    .join('');
  return frame(id, list.width, list.height, l.title, l.desc, `${body}${legend}`, `chart ${cls} phone`);
}
