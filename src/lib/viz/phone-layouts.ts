/**
 * Phone layouts of the charts, pure: a vertical timeline and the case grids as lists, laid out for
 * a 320-unit-wide SVG (shown 288–767 px wide, so 12.5-unit text is 11 px or more). Rendering is in
 * svg-phone.ts; the wide layouts are in charts.ts.
 */
import type { EVENT_TYPES, Pairing } from '../../schemas/index.ts';
import { UNKNOWN } from '../../schemas/index.ts';
import { decimalYear } from './charts.ts';
import { wrapText } from './labels.ts';

/** Width of every phone chart, in SVG units. */
export const PHONE_WIDTH = 320;
/** Text size of every phone chart, in SVG units (≥ 11 CSS px at 288 px wide). */
export const PHONE_FONT = 12.5;
/** Line height of phone chart text, in SVG units. */
export const PHONE_LINE = 16;
/** Line height of a key entry (its drawn mark is taller than text). */
const KEY_LINE = 22;

type EventType = (typeof EVENT_TYPES)[number];

export interface PhoneTimeline {
  width: number;
  height: number;
  /** x of the vertical year axis. */
  axis: number;
  /** x where the events' labels start. */
  textX: number;
  ticks: { year: number; y: number }[];
  /** Events in date order: `at` is the date on the axis, `y` the first line of its label (pushed down so labels never overlap). */
  events: { pairing: string; type: EventType; external: boolean; at: number; y: number; lines: string[] }[];
  /** Events without a date, listed under the axis. */
  undated: { y: number; lines: string[] }[];
}

/**
 * Years run down the left; each dated event is a mark on that axis with its label to the right:
 * the event, and (when several pairings are shown) the pairing on the next lines.
 */
export function timelinePhoneLayout(
  pairings: readonly Pairing[],
  label: { event: (type: EventType, external: boolean) => string; pairing: (id: string) => string; undated: string },
  o: { yearHeight: number } = { yearHeight: 44 },
): PhoneTimeline {
  const axis = 40;
  const textX = axis + 22;
  const top = 16;
  const withEvents = pairings.filter((p) => p.events.length > 0);
  const several = withEvents.length > 1;
  const dated = withEvents.flatMap((p, order) =>
    p.events.filter((e) => e.date !== UNKNOWN).map((e) => ({ p, e, order, year: decimalYear(e.date) })),
  );
  const years = dated.map((d) => d.year);
  const lo = years.length > 0 ? Math.floor(Math.min(...years)) : 2015;
  const hi = years.length > 0 ? Math.floor(Math.max(...years)) + 1 : 2020;
  const yOf = (year: number) => Math.round((top + (year - lo) * o.yearHeight) * 10) / 10;
  const wrap = (text: string) => wrapText(text, PHONE_FONT, PHONE_WIDTH - textX - 4);
  let next = 0;
  const events = dated
    .sort((a, b) => a.year - b.year || a.order - b.order)
    .map(({ p, e, year }) => {
      const external = e.provenance === 'external';
      const lines = [...wrap(label.event(e.type, external)), ...(several ? wrap(label.pairing(p.id)) : [])];
      const at = yOf(year);
      const y = Math.max(at + 4, next);
      next = y + lines.length * PHONE_LINE + 6;
      return { pairing: p.id, type: e.type, external, at, y, lines };
    });
  const ticks = [];
  for (let year = lo; year <= hi; year++) ticks.push({ year, y: yOf(year) });
  let below = Math.max(next, yOf(hi) + PHONE_LINE);
  const undated = withEvents.flatMap((p) =>
    p.events
      .filter((e) => e.date === UNKNOWN)
      .map((e) => {
        const text = `${label.event(e.type, e.provenance === 'external')}${several ? `, ${label.pairing(p.id)}` : ''}: ${label.undated}`;
        const lines = wrapText(text, PHONE_FONT, PHONE_WIDTH - 4);
        const item = { y: below + PHONE_LINE, lines };
        below += lines.length * PHONE_LINE + 4;
        return item;
      }),
  );
  return { width: PHONE_WIDTH, height: Math.ceil(below + 8), axis, textX, ticks, events, undated };
}

export interface PhoneList {
  width: number;
  height: number;
  /** x where item text starts (marks are drawn left of it). */
  textX: number;
  groups: { col: string; y: number; lines: string[]; items: { row: string; y: number; lines: string[] }[] }[];
  /** Legend lines under the list. */
  legend: { y: number; text: string }[];
}

/**
 * A case grid (rows × case columns) as a list for phones: each case's name, then one line per row
 * that has something in that case's cell, its mark beside it.
 */
export function caseListLayout(
  cols: readonly string[],
  rows: readonly string[],
  filled: (row: string, col: string) => boolean,
  label: { col: (c: string) => string; row: (r: string, c: string) => string },
  legend: readonly string[] = [],
): PhoneList {
  const textX = 34;
  let y = 0;
  const groups = cols.map((col) => {
    const lines = wrapText(label.col(col), PHONE_FONT, PHONE_WIDTH - 4);
    const group = { col, y: y + PHONE_LINE, lines, items: [] as { row: string; y: number; lines: string[] }[] };
    y += lines.length * PHONE_LINE + 8;
    for (const row of rows.filter((r) => filled(r, col))) {
      const item = wrapText(label.row(row, col), PHONE_FONT, PHONE_WIDTH - textX - 4);
      group.items.push({ row, y: y + PHONE_LINE, lines: item });
      y += Math.max(item.length * PHONE_LINE, 22) + 4;
    }
    y += 10;
    return group;
  });
  const legendLines = legend.map((text, i) => ({ y: y + KEY_LINE * (i + 1), text }));
  return {
    width: PHONE_WIDTH,
    height: Math.ceil(y + legend.length * KEY_LINE + 8),
    textX,
    groups,
    legend: legendLines,
  };
}
