/**
 * The W3C Nu HTML Checker (vnu.jar, from npm's vnu-jar, run on Debian's Java) over every built
 * page: no errors. Without Java the check is skipped with a hint, except under CI=true.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { DIST, htmlPages, requireDist } from '../../tools/lib/dist.ts';
import { optionalTool } from '../../tools/lib/requirements.ts';

const JAVA = process.env['JAVA'] ?? 'java';
const HAS_JAVA = optionalTool(
  spawnSync(JAVA, ['-version'], { encoding: 'utf8' }).status === 0,
  `Java not found (${JAVA})`,
  'install it with apt-get install default-jre-headless',
);
const VNU = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');

beforeAll(requireDist);

it.skipIf(!HAS_JAVA)('finds no HTML error on any page (W3C Nu HTML Checker)', () => {
  const res = spawnSync(JAVA, ['-jar', VNU, '--errors-only', '--format', 'json', '--skip-non-html', DIST], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const report = JSON.parse(res.stderr || res.stdout || '{"messages":[]}') as {
    messages: { url?: string; lastLine?: number; message: string }[];
  };
  const errors = report.messages.map(
    (m) => `${relative(DIST, new URL(m.url ?? 'file:///').pathname)}:${String(m.lastLine ?? 0)} ${m.message}`,
  );
  expect(errors).toEqual([]);
  expect(htmlPages().length).toBeGreaterThan(100);
});
