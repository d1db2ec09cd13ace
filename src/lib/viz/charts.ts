/**
 * Chart layouts, pure: from the atlas to plain rows, cells and positions. Rendering is in svg.ts.
 */
import { scaleLinear } from 'd3';
import { EVENT_TYPES, OBSTACLE_CATEGORIES, UNKNOWN, type Pairing } from '../../schemas/index.ts';
import type { Lang } from '../../i18n/lang.ts';
import { pick, type Atlas } from '../model/atlas.ts';

export interface MatrixCell {
  row: string;
  col: string;
  /** The sector is named in the agreement of one of the case's pairings. */
  agreed: boolean;
  /** An outcome finding of the case names the sector. */
  realised: boolean;
  /** Findings of the case that name the sector. */
  findings: number;
}

/** Sector × case: agreed (per the sources) and realised (an outcome finding), with finding counts. */
export function sectorCaseMatrix(
  atlas: Atlas,
  only?: readonly string[],
): { rows: string[]; cols: string[]; cells: MatrixCell[] } {
  const cases = only ? pick(atlas.cases, (c) => c.slug, only) : atlas.cases;
  const cols = cases.map((c) => c.slug);
  const cells: MatrixCell[] = [];
  for (const s of atlas.sectors) {
    for (const c of cases) {
      const findings = (atlas.findingsByCase.get(c.slug) ?? []).filter((f) => f.sectors.includes(s.id));
      const agreed = c.pairings.some((p) => atlas.pairing.get(p)?.sectorsAgreed.includes(s.id));
      cells.push({
        row: s.id,
        col: c.slug,
        agreed,
        realised: findings.some((f) => f.kind === 'outcome'),
        findings: findings.length,
      });
    }
  }
  const rows = atlas.sectors
    .map((s) => s.id)
    .filter((r) => cells.some((c) => c.row === r && (c.agreed || c.findings > 0)));
  return { rows, cols, cells: cells.filter((c) => rows.includes(c.row)) };
}

/** Obstacle findings per category and case. */
export function obstacleMatrix(
  atlas: Atlas,
  only?: readonly string[],
): { rows: string[]; cols: string[]; counts: { row: string; col: string; n: number; findings: string[] }[] } {
  const cols = (only ? pick(atlas.cases, (c) => c.slug, only) : atlas.cases).map((c) => c.slug);
  const counts = OBSTACLE_CATEGORIES.flatMap((cat) =>
    cols.map((col) => {
      const fs = (atlas.findingsByCase.get(col) ?? []).filter(
        (f) => f.kind === 'obstacle' && (f.categories ?? []).includes(cat),
      );
      return { row: cat, col, n: fs.length, findings: fs.map((f) => f.id) };
    }),
  );
  const rows = OBSTACLE_CATEGORIES.filter((cat) => counts.some((c) => c.row === cat && c.n > 0));
  return { rows, cols, counts: counts.filter((c) => rows.includes(c.row)) };
}

/** For each case with a framework: each element and the thesis's verdict (not stated when no finding gives one). */
export function scorecards(atlas: Atlas, only?: string | readonly string[]) {
  const cases =
    only === undefined ? atlas.cases : pick(atlas.cases, (c) => c.slug, typeof only === 'string' ? [only] : only);
  return cases
    .filter((c) => c.framework !== undefined)
    .flatMap((c) => {
      const fw = atlas.framework.get(c.framework as string);
      if (!fw) return [];
      const verdicts = new Map(
        (atlas.findingsByCase.get(c.slug) ?? []).flatMap((f) =>
          f.element && f.element.framework === fw.id
            ? [[f.element.element, { verdict: f.element.verdict, finding: f.id }]]
            : [],
        ),
      );
      return [
        {
          case: c.slug,
          framework: fw.id,
          elementCount: fw.elementCount,
          elements: fw.elements.map((el) => ({
            id: el.id,
            label: el.label === UNKNOWN ? undefined : el.label,
            verdict: verdicts.get(el.id)?.verdict ?? 'not-stated',
            finding: verdicts.get(el.id)?.finding,
          })),
        },
      ];
    });
}

/** Decimal year of a partial ISO date: 2016 → 2016.0, 2016-11-25 → 2016.9. */
export function decimalYear(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) return y;
  return y + (m - 1) / 12 + ((d ?? 1) - 1) / 365;
}

export interface TimelineLayout {
  width: number;
  height: number;
  ticks: { year: number; x: number }[];
  rows: {
    pairing: string;
    y: number;
    events: {
      type: (typeof EVENT_TYPES)[number];
      date: string;
      x: number;
      provenance: 'thesis' | 'external';
      derived: boolean;
    }[];
  }[];
  /** Events the sources name without a date. */
  undated: { pairing: string; type: (typeof EVENT_TYPES)[number]; provenance: 'thesis' | 'external' }[];
}

/** Agreement events on a shared year axis, one row per pairing that has any event. */
export function timelineLayout(
  pairings: readonly Pairing[],
  o: { width: number; rowHeight: number; left: number; right: number; top: number },
): TimelineLayout {
  const dated = pairings.flatMap((p) => p.events.filter((e) => e.date !== UNKNOWN).map((e) => decimalYear(e.date)));
  const lo = dated.length > 0 ? Math.floor(Math.min(...dated)) : 2015;
  const hi = dated.length > 0 ? Math.floor(Math.max(...dated)) + 1 : 2020;
  const x = scaleLinear()
    .domain([lo, hi])
    .range([o.left, o.width - o.right]);
  const withEvents = pairings.filter((p) => p.events.length > 0);
  const rows = withEvents.map((p, i) => ({
    pairing: p.id,
    y: o.top + i * o.rowHeight + o.rowHeight / 2,
    events: p.events
      .filter((e) => e.date !== UNKNOWN)
      .map((e) => ({
        type: e.type,
        date: e.date,
        x: Math.round(x(decimalYear(e.date)) * 10) / 10,
        provenance: e.provenance,
        derived: e.derived ?? false,
      })),
  }));
  const ticks = [];
  for (let year = lo; year <= hi; year++) ticks.push({ year, x: Math.round(x(year) * 10) / 10 });
  return {
    width: o.width,
    height: o.top + withEvents.length * o.rowHeight + 24,
    ticks,
    rows,
    undated: withEvents.flatMap((p) =>
      p.events
        .filter((e) => e.date === UNKNOWN)
        .map((e) => ({ pairing: p.id, type: e.type, provenance: e.provenance })),
    ),
  };
}

/** Sectors of a pairing: those agreed, and those of findings that name the pairing. */
export function pairingSectors(atlas: Atlas, pairing: Pairing): string[] {
  const s = new Set(pairing.sectorsAgreed);
  for (const f of atlas.findingsByPairing.get(pairing.id) ?? []) for (const sec of f.sectors) s.add(sec);
  return [...s].sort();
}

/**
 * A chart column label for each case: the partner cities of its first `max` pairings, in a language;
 * with `orSlug`, the case's slug where no partner has a name.
 */
export function partnerLabels(atlas: Atlas, lang: Lang, max: number, orSlug = false): Record<string, string> {
  return Object.fromEntries(
    atlas.cases.map((c) => {
      const names = c.pairings
        .slice(0, max)
        .map((p) => atlas.city.get(atlas.pairing.get(p)?.cities[1] ?? '')?.name[lang]);
      const label = names.join(', ');
      return [c.slug, label === '' && orSlug ? c.slug : label];
    }),
  );
}

/** Chart components that show some cases: a chart id and the cases to show (all by default). */
export interface CaseChartProps {
  id?: string;
  cases?: string[];
}
