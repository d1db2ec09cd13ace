/**
 * Source excerpts are plain text with light Markdown (`*emphasis*`, `**strong**`, `#` headings).
 * These pure functions turn an excerpt into plain text with block and emphasis ranges, locate
 * quotations in it (ignoring whitespace and emphasis), and cut blocks into render-ready segments.
 */

export interface Range {
  start: number;
  end: number;
}

interface Block extends Range {
  kind: 'heading' | 'paragraph';
}

export interface ParsedSource {
  /** The excerpt with Markdown markers removed; offsets below index into it. */
  plain: string;
  blocks: Block[];
  /** Emphasised runs (from `*…*` or `**…**`). */
  emphasis: Range[];
}

/** Parse an excerpt: blank lines separate blocks, `#` lines are headings, `*` and `_` pairs mark emphasis. */
export function parseSource(markdown: string): ParsedSource {
  const text = markdown.replace(/\r\n?/g, '\n');
  let plain = '';
  const blocks: Block[] = [];
  const emphasis: Range[] = [];
  for (const raw of text.split(/\n[ \t]*\n/)) {
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    if (plain !== '') plain += '\n\n';
    const heading = /^#{1,6}\s+/.exec(trimmed);
    const body = heading ? trimmed.slice(heading[0].length) : trimmed;
    const start = plain.length;
    let emStart = -1;
    for (let i = 0; i < body.length; i++) {
      const ch = body.charAt(i);
      if (ch === '*' || (ch === '_' && isEmphasisUnderscore(body, i))) {
        while (body[i + 1] === ch) i++;
        if (emStart < 0) emStart = plain.length;
        else {
          if (plain.length > emStart) emphasis.push({ start: emStart, end: plain.length });
          emStart = -1;
        }
        continue;
      }
      plain += ch;
    }
    blocks.push({ kind: heading ? 'heading' : 'paragraph', start, end: plain.length });
  }
  return { plain, blocks, emphasis };
}

function isEmphasisUnderscore(s: string, i: number): boolean {
  const before = s[i - 1] ?? ' ';
  const after = s[i + 1] ?? ' ';
  return !(/\w/.test(before) && /\w/.test(after));
}

/** Fold text for comparison: drop emphasis markers, collapse whitespace. `map[i]` is the index in `s` of folded char i. */
export function fold(s: string): { folded: string; map: number[] } {
  let folded = '';
  const map: number[] = [];
  let pendingSpace = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    if (ch === '*' || ch === '_') continue;
    if (/\s/.test(ch)) {
      pendingSpace = folded.length > 0;
      continue;
    }
    if (pendingSpace) {
      folded += ' ';
      map.push(i - 1);
      pendingSpace = false;
    }
    folded += ch;
    map.push(i);
  }
  return { folded, map };
}

/** The last excerpt folded: a case's quotes come from the same excerpt one after another. */
let lastFold: { plain: string; hay: ReturnType<typeof fold> } | undefined;

/** Find a quotation in an excerpt's plain text, ignoring whitespace and emphasis; null when it is not there verbatim. */
export function locateQuote(plain: string, quote: string): Range | null {
  if (lastFold?.plain !== plain) lastFold = { plain, hay: fold(plain) };
  const hay = lastFold.hay;
  const needle = fold(quote).folded;
  if (needle === '') return null;
  const at = hay.folded.indexOf(needle);
  if (at < 0) return null;
  const start = hay.map[at] as number;
  const end = (hay.map[at + needle.length - 1] as number) + 1;
  return { start, end };
}

export interface Mark extends Range {
  /** Anchor id of the quotation, unique on the page. */
  id: string;
}

export interface Segment {
  text: string;
  em: boolean;
  /** Ids of the quotations covering this segment. */
  marks: string[];
  /** Ids of quotations that start at this segment (render their anchors here). */
  anchors: string[];
}

/** Cut one block into segments at every emphasis and quotation boundary. */
export function segmentBlock(parsed: ParsedSource, block: Range, marks: readonly Mark[]): Segment[] {
  const cuts = new Set<number>([block.start, block.end]);
  const inside = (r: Range) => r.end > block.start && r.start < block.end;
  const ems = parsed.emphasis.filter(inside);
  const ms = marks.filter(inside);
  for (const r of [...ems, ...ms]) {
    cuts.add(Math.max(r.start, block.start));
    cuts.add(Math.min(r.end, block.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (end <= start) continue;
    const covers = (r: Range) => r.start <= start && r.end >= end;
    segments.push({
      text: parsed.plain.slice(start, end),
      em: ems.some(covers),
      marks: ms.filter(covers).map((m) => m.id),
      anchors: ms.filter((m) => m.start === start).map((m) => m.id),
    });
  }
  return segments;
}
