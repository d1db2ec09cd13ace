/** A content mistake fails the real build, naming the file, the entry and the field. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildEnv } from '../helpers/dist.ts';

const root = process.cwd();
const work = mkdtempSync(join(root, '.bench-fixture-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('astro build stops on a misquoted source and says where', () => {
  const dir = join(work, 'content');
  cpSync(join(root, 'tests/fixtures/valid'), dir, { recursive: true });
  const file = join(dir, 'cases/kota-uji/findings.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('kurangnya   anggaran', 'kekurangan anggaran'));
  const res = spawnSync(join(root, 'node_modules/.bin/astro'), ['build', '--outDir', join(work, 'dist')], {
    cwd: root,
    env: buildEnv({ ATLAS_CONTENT_DIR: relative(root, dir) }),
    encoding: 'utf8',
  });
  const out = `${res.stdout}\n${res.stderr}`;
  expect(res.status).not.toBe(0);
  expect(out).toContain('cases/kota-uji/findings.yaml › finding "uji-budget" › evidence[0].quote: not found verbatim in source 900_0000000000000000');
});
