import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../../../src/lib/model/atlas.ts';
import { loadCorpus } from '../../../src/lib/content/load.ts';
import { caseListLayout, PHONE_LINE, PHONE_WIDTH, timelinePhoneLayout } from '../../../src/lib/viz/phone-layouts.ts';
import { wrapText } from '../../../src/lib/viz/labels.ts';
import type { Pairing } from '../../../src/schemas/index.ts';

const fixture = buildAtlas(loadCorpus(process.cwd(), 'tests/fixtures/valid'));
const base = fixture.pairings[0] as Pairing;
const event = base.events[0] as Pairing['events'][number];
/** Pairings made from the fixture's one pairing, with the given event dates. */
const pairing = (id: string, dates: string[]): Pairing => ({
  ...base,
  id,
  events: dates.map((date) => ({ ...event, date })),
});
const labels = { event: (type: string) => type, pairing: (p: string) => `pairing ${p}`, undated: 'no date' };

describe('phone timeline layout', () => {
  it('runs years down the axis and keeps the events in date order', () => {
    const t = timelinePhoneLayout([pairing('a', ['2019-05', '2016']), pairing('b', ['2017'])], labels);
    expect(t.width).toBe(PHONE_WIDTH);
    expect(t.ticks.map((k) => k.year)).toEqual([2016, 2017, 2018, 2019, 2020]);
    expect(t.ticks.every((k, i) => i === 0 || k.y > (t.ticks[i - 1]?.y ?? 0))).toBe(true);
    expect(t.events.map((e) => e.pairing)).toEqual(['a', 'b', 'a']);
    expect(t.events.every((e) => e.y >= e.at)).toBe(true);
  });
  it('pushes the labels of events on the same date apart, so none overlaps', () => {
    const t = timelinePhoneLayout([pairing('a', ['2016', '2016']), pairing('b', ['2016'])], labels);
    const spans = t.events.map((e) => [e.y, e.y + e.lines.length * PHONE_LINE] as const);
    for (let i = 1; i < spans.length; i++) expect(spans[i]?.[0]).toBeGreaterThanOrEqual(spans[i - 1]?.[1] ?? 0);
    expect(t.height).toBeGreaterThanOrEqual(spans[spans.length - 1]?.[1] ?? 0);
  });
  it('names the pairing only when several are shown, and lists undated events under the axis', () => {
    const one = timelinePhoneLayout([pairing('a', ['2016'])], labels);
    expect(one.events[0]?.lines).toEqual(['mou']);
    const two = timelinePhoneLayout([pairing('a', ['2016']), pairing('b', ['unknown'])], labels);
    expect(two.events[0]?.lines).toEqual(['mou', 'pairing a']);
    expect(two.undated.map((u) => u.lines.join(' '))).toEqual(['mou, pairing b: no date']);
    expect(two.undated[0]?.y).toBeGreaterThan(two.ticks[two.ticks.length - 1]?.y ?? 0);
  });
});

describe('case list layout', () => {
  it('lists each case with only its filled rows, top to bottom', () => {
    const l = caseListLayout(['c1', 'c2'], ['r1', 'r2'], (r, c) => !(c === 'c2' && r === 'r1'), {
      col: (c) => c,
      row: (r, c) => `${r}/${c}`,
    });
    expect(l.groups.map((g) => g.items.map((i) => i.lines.join(' ')))).toEqual([['r1/c1', 'r2/c1'], ['r2/c2']]);
    const ys = l.groups.flatMap((g) => [g.y, ...g.items.map((i) => i.y)]);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(l.height).toBeGreaterThan(ys[ys.length - 1] ?? 0);
  });
});

describe('wrapText', () => {
  it('breaks at spaces to fit, and keeps a word longer than the width on its own line', () => {
    expect(wrapText('one two three', 10, 50)).toEqual(['one two', 'three']);
    expect(wrapText('Kerjasama', 10, 20)).toEqual(['Kerjasama']);
    expect(wrapText('', 10, 20)).toEqual(['']);
  });
});
