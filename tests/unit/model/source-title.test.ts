/** Titles of thesis excerpts for readers (src/lib/model/source-title.ts). */
import { describe, expect, it } from 'vitest';
import { buildAtlas, inferredCities } from '../../../src/lib/model/atlas.ts';
import { loadCorpus } from '../../../src/lib/content/load.ts';
import { sourceTitle } from '../../../src/lib/model/source-title.ts';
import { t } from '../../../src/i18n/index.ts';

const corpus = loadCorpus(process.cwd(), 'tests/fixtures/valid');
const source = corpus.sources[0]!;
const pairing = corpus.pairings[0]!;
const [first, second] = pairing.cities;
const name = (id: string) => corpus.cities.find((c) => c.id === id)!.name.en;

describe('sourceTitle', () => {
  it('names the place of the thesis and the part of it the excerpt holds', () => {
    const atlas = buildAtlas(corpus);
    const title = sourceTitle(atlas, source.id, 'en', (k, v) => t('en', k, v));
    expect(title).toBe(
      t('en', 'source.human', { place: name(first), part: `${source.chapter}: ${t('en', 'source.part.conclusions')}` }),
    );
    expect(title).not.toContain(source.id);
  });

  it('never names a place the thesis does not: an inferred party is passed over', () => {
    const inferred = { ...pairing, inferred: [{ city: first, citations: ['x'], note: { id: 'n', en: 'n' } }] };
    const atlas = buildAtlas({ ...corpus, pairings: [inferred, ...corpus.pairings.slice(1)] });
    expect([...inferredCities(atlas, source.case)]).toEqual([first]);
    expect(sourceTitle(atlas, source.id, 'en', (k, v) => t('en', k, v))).toContain(name(second));
  });

  it('falls back to the id for an unknown source', () => {
    expect(sourceTitle(buildAtlas(corpus), 'nope', 'en', (k, v) => t('en', k, v))).toBe('nope');
  });
});
