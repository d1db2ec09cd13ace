/**
 * Deliberately about the real content: its excerpts are the ones received, its quotes anchor once,
 * and the facts the reading guide singles out are recorded as it says. Nothing here counts cases or
 * assumes what a thesis leaves unknown: adding a thesis breaks no test (content rules are the
 * validator's, src/lib/content/).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../../../src/lib/model/atlas.ts';
import { loadCorpus } from '../../../src/lib/content/load.ts';
import { locateQuote } from '../../../src/lib/content/excerpt.ts';

const corpus = loadCorpus(process.cwd(), 'content');

describe('sources', () => {
  const listed = (
    load(readFileSync('content/sources/sources.yaml', 'utf8')) as { sources: { id: string; sha256: string }[] }
  ).sources;
  it.each(listed)('$id is byte-identical to the excerpt as received', ({ id, sha256 }) => {
    const hash = createHash('sha256')
      .update(readFileSync(`content/sources/${id}.txt`))
      .digest('hex');
    expect(hash).toBe(sha256);
  });
});

describe('the corpus', () => {
  it('every thesis finding quote is found verbatim in its source', () => {
    const sources = new Map(corpus.sources.map((s) => [s.id, s]));
    let quotes = 0;
    for (const f of corpus.findings) {
      for (const ev of f.evidence ?? []) {
        quotes++;
        expect(locateQuote(sources.get(ev.source)!.parsed.plain, ev.quote), `${f.id}: ${ev.quote}`).not.toBeNull();
      }
    }
    expect(quotes).toBeGreaterThanOrEqual(corpus.findings.filter((f) => f.provenance === 'thesis').length);
  });

  it('records Semarang’s Ringrose verdicts: three elements not met, two not named', () => {
    const verdicts = corpus.findings
      .filter((f) => f.case === 'semarang-jung-gu' && f.element?.framework === 'ringrose-2001')
      .map((f) => `${f.element?.element}:${f.element?.verdict}`);
    expect(new Set(verdicts)).toEqual(
      new Set([
        'commitment:not-met',
        'community-participation:not-met',
        'reciprocity:not-met',
        'unnamed-1:not-stated',
        'unnamed-2:not-stated',
      ]),
    );
  });

  it('shows the Ba Ria-Vung Tau partner as inferred from external sources only', () => {
    const p = corpus.pairings.find((x) => x.id === 'padang-ba-ria-vung-tau')!;
    expect(p.inferred?.map((i) => i.city)).toEqual(['padang']);
    const thesisFindings = corpus.findings.filter((f) => f.case === 'ba-ria-vung-tau' && f.provenance === 'thesis');
    expect(thesisFindings.some((f) => f.cities.includes('padang'))).toBe(false);
    const ext = corpus.findings.filter((f) => f.case === 'ba-ria-vung-tau' && f.provenance === 'external');
    expect(ext.some((f) => f.cities.includes('padang') && (f.citations?.length ?? 0) > 0)).toBe(true);
  });

  it('anchors every quotation once in its source page', () => {
    const atlas = buildAtlas(corpus);
    for (const s of atlas.sources) {
      const ids = s.marks.map((m) => m.id);
      expect(new Set(ids).size, s.id).toBe(ids.length);
    }
    const findingQuotes = corpus.findings.reduce((n, f) => n + (f.evidence?.length ?? 0), 0);
    const findingMarks = atlas.sources.flatMap((s) => s.marks).filter((m) => m.owner.type === 'finding').length;
    expect(findingMarks).toBe(findingQuotes);
  });
});
