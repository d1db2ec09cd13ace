/** A content mistake fails the real build, naming the file, the entry and the field; so does a search index that would miss pages. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { validFixtureCopy } from '../support/fixtures.ts';
import { afterAll, expect, it } from 'vitest';
import { buildEnv, scratchBuild } from '../../tools/lib/dist.ts';

const root = process.cwd();
const { work, remove } = scratchBuild();
afterAll(remove);

it('astro build stops on a misquoted source and says where', () => {
  const dir = validFixtureCopy(work);
  const file = join(dir, 'cases/kota-uji/findings.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('kurangnya   anggaran', 'kekurangan anggaran'));
  const res = spawnSync(join(root, 'node_modules/.bin/astro'), ['build', '--outDir', join(work, 'dist')], {
    cwd: root,
    env: buildEnv({ ATLAS_CONTENT_DIR: relative(root, dir) }),
    encoding: 'utf8',
  });
  const out = `${res.stdout}\n${res.stderr}`;
  expect(res.status).not.toBe(0);
  expect(out).toContain(
    'cases/kota-uji/findings.yaml › finding "uji-budget" › evidence[0].quote: not found verbatim in source 900_0000000000000000',
  );
});

it('the search indexer stops when Pagefind would index other pages than those it planned shards for', () => {
  const site = join(work, 'mismatch');
  const page = (dir: string, body: string) => {
    mkdirSync(join(site, dir), { recursive: true });
    writeFileSync(
      join(site, dir, 'index.html'),
      `<!doctype html><html lang="en"><head><title>${dir}</title></head><body><main ${body}><p>Text of ${dir}.</p></main></body></html>`,
    );
  };
  page('a', 'data-pagefind-body');
  page('b', 'data-pagefind-body');
  const run = () =>
    spawnSync(join(root, 'node_modules/.bin/node'), ['tools/index-search.ts', site], { cwd: root, encoding: 'utf8' });
  const ok = run();
  expect(ok.status, ok.stderr).toBe(0);
  expect(ok.stdout).toContain('Search index: 2 pages');
  expect(run().status).toBe(0);
  // The planner reads markup with a pattern, Pagefind with an HTML parser: a page whose only body
  // element is commented out is planned for, and not indexed.
  page('c', 'DATA-PAGEFIND-BODY');
  page('d', '><!-- <div data-pagefind-body> --');
  const res = run();
  expect(res.status).not.toBe(0);
  expect(res.stderr).toContain(`pagefind: indexed 3 pages, but 4 pages in ${site} have a data-pagefind-body element`);
});
