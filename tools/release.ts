/**
 * `npm run release -- <next version>`: archives the current release's open data and starts the next
 * release (tools/lib/release.ts). Builds first with the public address (SITE_URL, as
 * `npm run build:deploy`), so that the archived files carry the address readers will cite.
 * See CONTRIBUTING.md, "Making a release".
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { contentDir } from '../src/lib/content/load.ts';
import { startRelease } from './lib/release.ts';

const next = process.argv[2];
if (next === undefined) {
  console.error('usage: SITE_URL=https://… npm run release -- <next version, e.g. 0.3.0>');
  process.exit(2);
}
const build = spawnSync('npm', ['run', 'build:deploy'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
try {
  const written = startRelease({
    content: contentDir(),
    distData: join('dist', 'data'),
    next,
    date: new Date().toISOString().slice(0, 10),
    root: process.cwd(),
  });
  console.log(`release: wrote\n  ${written.join('\n  ')}`);
  console.log(
    `Now describe ${next}'s changes in content/releases.yaml (npm run validate lists the placeholders), and set its date when you publish it.`,
  );
} catch (e) {
  console.error(`release: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
