/** tools/lib/lean-preload.ts in a real Vite build of a small page: lazy imports work without the preload helper. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { leanPreload } from '../../../tools/lib/lean-preload.ts';

const work = mkdtempSync(join(tmpdir(), 'atlas-preload-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** A page whose script lazily imports `lazy.js` (which imports `shared.js`, as the page does). */
function project(name: string, lazy: string): string {
  const root = join(work, name);
  mkdirSync(root, { recursive: true });
  writeFileSync(
    join(root, 'index.html'),
    '<!doctype html><title>t</title><script type="module" src="./main.js"></script>',
  );
  writeFileSync(join(root, 'shared.js'), 'export const shared = (s) => `[${s}]`;');
  writeFileSync(
    join(root, 'main.js'),
    "import { shared } from './shared.js';\nimport('./lazy.js').then((m) => m.run(shared));",
  );
  writeFileSync(join(root, 'lazy.js'), lazy);
  writeFileSync(join(root, 'lazy.css'), 'body { color: red }');
  return root;
}

const run = (root: string) =>
  build({ root, logLevel: 'silent', configFile: false, plugins: [leanPreload()], build: { outDir: 'dist' } });

describe('lean preload helper', () => {
  it('replaces the helper by a plain call and preloads nothing', async () => {
    const root = project('plain', "export const run = (f) => f('ok');");
    await run(root);
    const js = readdirSync(join(root, 'dist/assets')).map((f) => readFileSync(join(root, 'dist/assets', f), 'utf8'));
    const all = js.join('\n');
    expect(all).toContain('import(');
    expect(all).not.toMatch(/modulepreload|relList|__vite__mapDeps/);
  });

  it('stops the build when a lazily loaded module brings a stylesheet', async () => {
    const root = project('styled', "import './lazy.css';\nexport const run = (f) => f('ok');");
    await expect(run(root)).rejects.toThrow(/lean-preload: .*\.js has a dynamic import that needs a stylesheet/);
  });
});
